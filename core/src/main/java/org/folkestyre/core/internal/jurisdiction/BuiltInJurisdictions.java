package org.folkestyre.core.internal.jurisdiction;

import com.google.common.collect.ImmutableList;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.Money;
import org.folkestyre.core.jurisdiction.Concept;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * The jurisdictions built into the library: Norway and Denmark. They are constants, independent
 * of the registry, so that providers may use them while the registry loads.
 *
 * <p>Terms follow one convention: a term is how a reader of each language names <em>this
 * jurisdiction's</em> institution.
 * <ul>
 *   <li>In the jurisdiction's own language (bokmål and nynorsk for Norway, Danish for Denmark)
 *       it is the official local term: {@code kommunestyre}, {@code kommunalbestyrelse}.</li>
 *   <li>In the other Scandinavian language it is the reader's own word for the corresponding
 *       institution, followed by the local term in parentheses when the two are different words
 *       rather than spellings of one word: Norway's council is
 *       {@code "kommunalbestyrelse (norsk: kommunestyre)"} in Danish, Denmark's council is
 *       {@code "kommunestyre (dansk: kommunalbestyrelse)"} in bokmål; Denmark's meeting is
 *       simply {@code "møte"}.</li>
 *   <li>In English it is the English term of the API (the glossary), the same for both.</li>
 * </ul>
 */
public final class BuiltInJurisdictions {
  /** Norway, governed by kommuneloven (rule pack {@code NO-KL}). */
  public static final Jurisdiction NORWAY = Jurisdiction.builder()
      .id(Jurisdiction.NORWAY_ID)
      .name(LocalizedText.of("Norge", "Noreg", "Norge", "Norway"))
      .primaryLanguage(Language.NB)
      .zone(ZoneId.of("Europe/Oslo"))
      .currency(Money.NOK)
      .municipalityCodeDigits(4)
      .terms(norwegianTerms())
      .holidayCalendar(NorwegianHolidayCalendar.INSTANCE)
      .addRulePackId("NO-KL")
      .build();

  /** Denmark, governed by the kommunestyrelseslov (rule pack {@code DK-KSL}). */
  public static final Jurisdiction DENMARK = Jurisdiction.builder()
      .id(Jurisdiction.DENMARK_ID)
      .name(LocalizedText.of("Danmark", "Danmark", "Danmark", "Denmark"))
      .primaryLanguage(Language.DA)
      .zone(ZoneId.of("Europe/Copenhagen"))
      .currency(Money.DKK)
      .municipalityCodeDigits(3)
      .terms(danishTerms())
      .holidayCalendar(DanishHolidayCalendar.INSTANCE)
      .addRulePackId("DK-KSL")
      .build();

  /** The built-in jurisdictions in registry order. */
  static final ImmutableList<Jurisdiction> ALL = ImmutableList.of(NORWAY, DENMARK);

  private BuiltInJurisdictions() {}

  private static Map<Concept, LocalizedText> norwegianTerms() {
    Map<Concept, LocalizedText> terms = new EnumMap<>(Concept.class);
    terms.put(Concept.MUNICIPALITY,
        LocalizedText.of("kommune", "kommune", "kommune", "municipality"));
    terms.put(Concept.MUNICIPALITY_CODE, LocalizedText.of("kommunenummer", "kommunenummer",
        "kommunekode (norsk: kommunenummer)", "municipality code"));
    terms.put(Concept.DISTRICT, LocalizedText.of("kommunedel", "kommunedel",
        "lokalområde (norsk: kommunedel)", "district"));
    terms.put(Concept.MUNICIPAL_COUNCIL, LocalizedText.of("kommunestyre", "kommunestyre",
        "kommunalbestyrelse (norsk: kommunestyre)", "municipal council"));
    terms.put(Concept.EXECUTIVE_COMMITTEE, LocalizedText.of("formannskap", "formannskap",
        "økonomiudvalg (norsk: formannskap)", "executive committee"));
    terms.put(Concept.MAYOR,
        LocalizedText.of("ordfører", "ordførar", "borgmester (norsk: ordfører)", "mayor"));
    terms.put(Concept.DEPUTY_MAYOR, LocalizedText.of("varaordfører", "varaordførar",
        "viceborgmester (norsk: varaordfører)", "deputy mayor"));
    terms.put(Concept.STANDING_COMMITTEE, LocalizedText.of("hovedutvalg", "hovudutval",
        "stående udvalg (norsk: hovedutvalg)", "standing committee"));
    terms.put(Concept.LOCAL_COMMITTEE, LocalizedText.of("nærutvalg", "nærutval",
        "lokaludvalg (norsk: nærutvalg)", "local committee"));
    terms.put(Concept.HUB, LocalizedText.of("knutepunkt", "knutepunkt",
        "samlingssted (norsk: knutepunkt)", "hub"));
    terms.put(Concept.LOCAL_COORDINATOR, LocalizedText.of("lokal koordinator",
        "lokal koordinator", "lokal koordinator", "local coordinator"));
    terms.put(Concept.CONSULTATION,
        LocalizedText.of("høring", "høyring", "høring", "public consultation"));
    terms.put(Concept.MEETING, LocalizedText.of("møte", "møte", "møde", "meeting"));
    terms.put(Concept.MINUTES,
        LocalizedText.of("møtebok", "møtebok", "referat (norsk: møtebok)", "minutes"));
    terms.put(Concept.PUBLIC_HOLIDAY,
        LocalizedText.of("helligdag", "heilagdag", "helligdag", "public holiday"));
    terms.put(Concept.WORKING_DAY,
        LocalizedText.of("virkedag", "yrkedag", "hverdag (norsk: virkedag)", "working day"));
    return terms;
  }

  private static Map<Concept, LocalizedText> danishTerms() {
    Map<Concept, LocalizedText> terms = new EnumMap<>(Concept.class);
    terms.put(Concept.MUNICIPALITY,
        LocalizedText.of("kommune", "kommune", "kommune", "municipality"));
    terms.put(Concept.MUNICIPALITY_CODE, LocalizedText.of("kommunenummer (dansk: kommunekode)",
        "kommunenummer (dansk: kommunekode)", "kommunekode", "municipality code"));
    terms.put(Concept.DISTRICT, LocalizedText.of("kommunedel (dansk: lokalområde)",
        "kommunedel (dansk: lokalområde)", "lokalområde", "district"));
    terms.put(Concept.MUNICIPAL_COUNCIL, LocalizedText.of("kommunestyre (dansk: kommunalbestyrelse)",
        "kommunestyre (dansk: kommunalbestyrelse)", "kommunalbestyrelse", "municipal council"));
    terms.put(Concept.EXECUTIVE_COMMITTEE, LocalizedText.of("formannskap (dansk: økonomiudvalg)",
        "formannskap (dansk: økonomiudvalg)", "økonomiudvalg", "executive committee"));
    terms.put(Concept.MAYOR, LocalizedText.of("ordfører (dansk: borgmester)",
        "ordførar (dansk: borgmester)", "borgmester", "mayor"));
    terms.put(Concept.DEPUTY_MAYOR, LocalizedText.of("varaordfører (dansk: viceborgmester)",
        "varaordførar (dansk: viceborgmester)", "viceborgmester", "deputy mayor"));
    terms.put(Concept.STANDING_COMMITTEE, LocalizedText.of("hovedutvalg (dansk: stående udvalg)",
        "hovudutval (dansk: stående udvalg)", "stående udvalg", "standing committee"));
    terms.put(Concept.LOCAL_COMMITTEE, LocalizedText.of("nærutvalg (dansk: lokaludvalg)",
        "nærutval (dansk: lokaludvalg)", "lokaludvalg", "local committee"));
    terms.put(Concept.HUB, LocalizedText.of("knutepunkt (dansk: samlingssted)",
        "knutepunkt (dansk: samlingssted)", "samlingssted", "hub"));
    terms.put(Concept.LOCAL_COORDINATOR, LocalizedText.of("lokal koordinator",
        "lokal koordinator", "lokal koordinator", "local coordinator"));
    terms.put(Concept.CONSULTATION,
        LocalizedText.of("høring", "høyring", "høring", "public consultation"));
    terms.put(Concept.MEETING, LocalizedText.of("møte", "møte", "møde", "meeting"));
    terms.put(Concept.MINUTES, LocalizedText.of("møtebok (dansk: referat)",
        "møtebok (dansk: referat)", "referat", "minutes"));
    terms.put(Concept.PUBLIC_HOLIDAY,
        LocalizedText.of("helligdag", "heilagdag", "helligdag", "public holiday"));
    terms.put(Concept.WORKING_DAY, LocalizedText.of("virkedag (dansk: hverdag)",
        "yrkedag (dansk: hverdag)", "hverdag", "working day"));
    return terms;
  }
}
