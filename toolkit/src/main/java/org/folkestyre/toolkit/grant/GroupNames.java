package org.folkestyre.toolkit.grant;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.toolkit.method.TargetGroup;

/** The names of target groups in the texts of pool reports. */
final class GroupNames {
  private static final ImmutableMap<TargetGroup, LocalizedText> NAMES = ImmutableMap.<TargetGroup, LocalizedText>builder()
      .put(TargetGroup.GENERAL_PUBLIC, LocalizedText.of("alle innbyggere", "alle innbyggjarar", "alle borgere",
          "the general public"))
      .put(TargetGroup.AFFECTED_RESIDENTS, LocalizedText.of("berørte innbyggere", "råka innbyggjarar",
          "berørte borgere", "affected residents"))
      .put(TargetGroup.CHILDREN, LocalizedText.of("barn", "born", "børn", "children"))
      .put(TargetGroup.YOUTH, LocalizedText.of("unge", "unge", "unge", "young people"))
      .put(TargetGroup.FIRST_TIME_VOTERS, LocalizedText.of("førstegangsvelgere", "førstegongsveljarar",
          "førstegangsvælgere", "first-time voters"))
      .put(TargetGroup.STUDENTS, LocalizedText.of("elever og studenter", "elevar og studentar",
          "elever og studerende", "pupils and students"))
      .put(TargetGroup.ELDERLY, LocalizedText.of("eldre", "eldre", "ældre", "older people"))
      .put(TargetGroup.PEOPLE_WITH_DISABILITIES, LocalizedText.of("personer med funksjonsnedsettelse",
          "personar med funksjonsnedsetjing", "personer med handicap", "people with disabilities"))
      .put(TargetGroup.SERVICE_USERS, LocalizedText.of("brukere", "brukarar", "brugere", "service users"))
      .put(TargetGroup.RELATIVES, LocalizedText.of("pårørende", "pårørande", "pårørende", "relatives and carers"))
      .put(TargetGroup.SOCIALLY_VULNERABLE, LocalizedText.of("sosialt utsatte", "sosialt utsette",
          "socialt udsatte", "socially vulnerable people"))
      .put(TargetGroup.LOW_INCOME, LocalizedText.of("lavinntektsgrupper", "lågtinntektsgrupper",
          "lavindkomstgrupper", "people on low incomes"))
      .put(TargetGroup.IMMIGRANTS, LocalizedText.of("innvandrere", "innvandrarar", "nydanskere",
          "immigrants (new citizens)"))
      .put(TargetGroup.LANGUAGE_MINORITIES, LocalizedText.of("språklige minoriteter", "språklege minoritetar",
          "sproglige minoriteter", "language minorities"))
      .put(TargetGroup.SAMI, LocalizedText.of("samer", "samar", "samer", "the Sami"))
      .put(TargetGroup.VOLUNTEERS, LocalizedText.of("frivillige", "frivillige", "frivillige", "volunteers"))
      .put(TargetGroup.STAKEHOLDERS, LocalizedText.of("organisasjoner og foreninger", "organisasjonar og"
          + " foreiningar", "organisationer og foreninger", "organisations and associations"))
      .put(TargetGroup.BUSINESSES, LocalizedText.of("næringsliv", "næringsliv", "erhvervsliv", "businesses"))
      .put(TargetGroup.LANDOWNERS, LocalizedText.of("grunneiere", "grunneigarar", "lodsejere", "landowners"))
      .put(TargetGroup.EMPLOYEES, LocalizedText.of("kommunens ansatte", "kommunen sine tilsette",
          "kommunens medarbejdere", "municipal employees"))
      .put(TargetGroup.ELECTED, LocalizedText.of("folkevalgte", "folkevalde", "politikere",
          "elected representatives"))
      .put(TargetGroup.EXPERTS, LocalizedText.of("fagfolk", "fagfolk", "fagfolk", "experts"))
      .put(TargetGroup.ELECTORATE, LocalizedText.of("velgerne", "veljarane", "vælgerne", "the electorate"))
      .build();

  private GroupNames() {}

  /** Returns a group's name, or its constant in lower case for a group added since. */
  static String name(TargetGroup group, Language language) {
    LocalizedText text = NAMES.get(group);
    return text != null ? text.get(language) : group.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
