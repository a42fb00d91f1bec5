package org.folkestyre.core.internal.rules;

import static org.folkestyre.core.LocalizedText.of;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.folkestyre.core.committee.Gender;
import org.folkestyre.core.election.CandidateList;
import org.folkestyre.core.election.ProportionalElection;
import org.folkestyre.core.governance.Confidence;
import org.folkestyre.core.governance.Rule;

/** The list rules of kommuneloven § 7-5 for proportional elections of a body's members. */
public final class ElectionListRules {
  private ElectionListRules() {}

  public static final Rule<ProportionalElection> LIST_LENGTH =
      Rule.builder("NO-KL-7-5-LIST-LENGTH", ProportionalElection.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 7-5", "første ledd"))
      .title(of("Listens lengde", "Lengda på lista", "Listens længde", "Length of a list"))
      .explanation(of("En liste kan ha høyst dobbelt så mange navn som det skal velges medlemmer.",
          "Ei liste kan ha høgst dobbelt så mange namn som det skal veljast medlemmer.",
          "En liste kan højst have dobbelt så mange navne, som der skal vælges medlemmer.",
          "A list may hold at most twice as many names as there are members to elect."))
      .message(of("Listen til {party} til {body} har {names} navn; høyst {maximum} er tillatt for {seats} medlemmer.",
          "Lista til {party} til {body} har {names} namn; høgst {maximum} er tillate for {seats} medlemmer.",
          "Listen fra {party} til {body} har {names} navne; højst {maximum} er tilladt ved {seats} medlemmer.",
          "The list of {party} for {body} has {names} names; at most {maximum} are allowed for {seats} members."))
      .check((election, context, findings) -> {
        for (int i = 0; i < election.lists().size(); i++) {
          CandidateList list = election.lists().get(i);
          if (list.candidates().size() > 2 * election.seats()) {
            findings.report("lists[" + i + "]", ImmutableMap.of("party", list.party().abbreviation(),
                "body", election.body(), "names", list.candidates().size(), "maximum", 2 * election.seats(),
                "seats", election.seats()));
          }
        }
      });

  public static final Rule<ProportionalElection> LIST_GENDER =
      Rule.builder("NO-KL-7-5-LIST-GENDER", ProportionalElection.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 7-5", "andre ledd"))
      .title(of("Kjønnsbalanse på listene", "Kjønnsbalanse på listene", "Kønsbalance på listerne",
          "Gender balance on the lists"))
      .explanation(of("Skal det velges 4 eller flere medlemmer, skal hvert kjønn utgjøre minst 40 prosent av"
              + " kandidatene på hver liste; skal det velges 2 eller 3, skal begge kjønn være representert.",
          "Skal det veljast 4 eller fleire medlemmer, skal kvart kjønn utgjere minst 40 prosent av kandidatane på"
              + " kvar liste; skal det veljast 2 eller 3, skal begge kjønn vere representerte.",
          "Skal der vælges 4 eller flere medlemmer, skal hvert køn udgøre mindst 40 procent af kandidaterne på hver"
              + " liste; ved 2 eller 3 skal begge køn være repræsenteret.",
          "With 4 or more members to elect, each gender makes up at least 40 per cent of the candidates on each"
              + " list; with 2 or 3, both genders are on each list."))
      .message(of("Listen til {party} til {body}: {female} kvinner, {male} menn, {unknown} ukjent av {names};"
              + " hvert kjønn skal ha minst {minimum}.",
          "Lista til {party} til {body}: {female} kvinner, {male} menn, {unknown} ukjend av {names};"
              + " kvart kjønn skal ha minst {minimum}.",
          "Listen fra {party} til {body}: {female} kvinder, {male} mænd, {unknown} ukendt af {names};"
              + " hvert køn skal have mindst {minimum}.",
          "The list of {party} for {body}: {female} women, {male} men, {unknown} unknown of {names};"
              + " each gender needs at least {minimum}."))
      .check((election, context, findings) -> {
        if (election.councilMembersOnly() || election.seats() < 2) {
          return;
        }
        for (int i = 0; i < election.lists().size(); i++) {
          CandidateList list = election.lists().get(i);
          int names = list.candidates().size();
          long female = list.candidates().stream().filter(p -> p.gender().equals(Optional.of(Gender.FEMALE))).count();
          long male = list.candidates().stream().filter(p -> p.gender().equals(Optional.of(Gender.MALE))).count();
          int minimum = election.seats() >= 4 ? (int) Math.ceil(0.4 * names - 1e-9) : 1;
          if (names > 0 && (female < minimum || male < minimum)) {
            findings.report("lists[" + i + "]", ImmutableMap.<String, Object>builder()
                .put("party", list.party().abbreviation()).put("body", election.body()).put("female", female)
                .put("male", male).put("unknown", names - female - male).put("names", names)
                .put("minimum", minimum).build());
          }
        }
      });
}
