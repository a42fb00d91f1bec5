package org.folkestyre.toolkit.internal.rules;

import static org.folkestyre.core.LocalizedText.of;

import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Predicate;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.governance.Citation;
import org.folkestyre.core.governance.Confidence;
import org.folkestyre.core.governance.Findings;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.toolkit.initiative.CitizenInitiative;
import org.folkestyre.toolkit.initiative.InitiativeRegister;
import org.folkestyre.toolkit.initiative.InitiativeRulePacks;
import org.folkestyre.toolkit.initiative.InitiativeStatus;
import org.folkestyre.toolkit.initiative.SchemeKind;
import org.folkestyre.toolkit.initiative.Signature;

/**
 * The rules of citizen initiatives: Norway's statutory innbyggerforslag (kommuneloven § 12-1) and
 * Danish municipalities' own borgerforslag schemes. The Norwegian rules check initiatives under
 * the statutory scheme only; the Danish ones initiatives under a Danish municipality's local
 * scheme, against the parameters that scheme sets.
 */
public final class InitiativeRules {
  private static final URI KOMMUNELOVEN = URI.create("https://lovdata.no/dokument/NL/lov/2018-06-22-83");

  private InitiativeRules() {}

  private static Citation kommuneloven(String paragraph) {
    return Citation.law("kommuneloven", "LOV-2018-06-22-83", "§ 12-1", paragraph, KOMMUNELOVEN);
  }

  private static Citation danishScheme() {
    return Citation.localPolicy("kommunalbestyrelsen", "kommunens egen ordning for borgerforslag");
  }

  private static boolean norwegian(CitizenInitiative initiative) {
    return initiative.scheme().isStatutory();
  }

  private static boolean danishLocal(CitizenInitiative initiative) {
    return initiative.scheme().kind() == SchemeKind.LOCAL
        && initiative.scheme().jurisdiction().equals(Jurisdiction.denmark());
  }

  private static final LocalizedText THRESHOLD_MESSAGE = of(
      "Forslaget {initiative} ble fremmet {submitted} med støtte fra {counted} innbyggere, men krever {required}.",
      "Forslaget {initiative} vart fremja {submitted} med støtte frå {counted} innbyggjarar, men krev {required}.",
      "Forslaget {initiative} blev indleveret {submitted} med støtte fra {counted} personer, men kræver {required}.",
      "Initiative {initiative} was submitted on {submitted} with the support of {counted} persons, but needs"
          + " {required}.");

  private static final LocalizedText RESIDENTS_MESSAGE = of(
      "Underskrift {position} er fra en person registrert i kommune {residence}, som ikke hører til {area}.",
      "Underskrift {position} er frå ein person registrert i kommune {residence}, som ikkje høyrer til {area}.",
      "Underskrift {position} er fra en person registreret i kommune {residence}, der ikke hører til {area}.",
      "Signature {position} is from a person registered in municipality {residence}, which is not part of {area}.");

  private static final LocalizedText DEADLINE_MESSAGE = of(
      "Forslaget {initiative} ble fremmet {submitted} og skulle vært avgjort senest {deadline}; det er {days} dager"
          + " over fristen.",
      "Forslaget {initiative} vart fremja {submitted} og skulle vore avgjort seinast {deadline}; det er {days} dagar"
          + " over fristen.",
      "Forslaget {initiative} blev indleveret {submitted} og skulle have været behandlet senest {deadline}; det er"
          + " {days} dage over fristen.",
      "Initiative {initiative} was submitted on {submitted} and had to be decided by {deadline}; it is {days} days"
          + " past the deadline.");

  private static void checkThreshold(CitizenInitiative initiative, Findings findings) {
    if (initiative.submitted().isEmpty()) {
      return;
    }
    InitiativeStatus status = initiative.status(initiative.submitted().get());
    if (!status.isThresholdReached()) {
      findings.report("signatures", ImmutableMap.of("initiative", initiative.id(),
          "submitted", initiative.submitted().get(), "counted", status.counted(), "required", status.required(),
          "inhabitants", initiative.area().population().count()));
    }
  }

  private static void checkResidents(CitizenInitiative initiative, Findings findings) {
    if (!initiative.scheme().residentsOnly()) {
      return;
    }
    for (int i = 0; i < initiative.signatures().size(); i++) {
      Signature signature = initiative.signatures().get(i);
      if (!initiative.isEligible(signature)) {
        findings.report("signatures[" + i + "].residence", ImmutableMap.of("position", i,
            "residence", signature.residence(), "area", initiative.area(), "date", signature.date()));
      }
    }
  }

  private static void checkDeadline(CitizenInitiative initiative, LocalDate asOf, Findings findings) {
    Optional<LocalDate> deadline = initiative.decisionDeadline();
    if (deadline.isEmpty()) {
      return;
    }
    LocalDate end = initiative.decided().orElse(asOf);
    if (end.isAfter(deadline.get())) {
      findings.report(initiative.decided().isPresent() ? "decided" : "submitted", ImmutableMap.of(
          "initiative", initiative.id(), "submitted", initiative.submitted().get(), "deadline", deadline.get(),
          "days", ChronoUnit.DAYS.between(deadline.get(), end),
          "decided", initiative.decided().map(LocalDate::toString).orElse("-")));
    }
  }

  /** A rule of an initiative scheme: the check runs only on the initiatives the scheme applies to. */
  private static Rule<CitizenInitiative> schemeRule(String id, Confidence confidence, Citation citation,
      Predicate<CitizenInitiative> applies, LocalizedText title, LocalizedText explanation, LocalizedText message,
      Rule.Check<CitizenInitiative> check) {
    return Rule.builder(id, CitizenInitiative.class).confidence(confidence).citation(citation).title(title)
        .explanation(explanation).message(message)
        .check((initiative, context, findings) -> {
          if (applies.test(initiative)) {
            check.check(initiative, context, findings);
          }
        });
  }

  private static Rule<CitizenInitiative> thresholdRule(String id, Confidence confidence, Citation citation,
      Predicate<CitizenInitiative> applies, LocalizedText title, LocalizedText explanation) {
    return schemeRule(id, confidence, citation, applies, title, explanation, THRESHOLD_MESSAGE,
        (initiative, context, findings) -> checkThreshold(initiative, findings));
  }

  private static Rule<CitizenInitiative> residentsRule(String id, Confidence confidence, Citation citation,
      Predicate<CitizenInitiative> applies, LocalizedText title, LocalizedText explanation) {
    return schemeRule(id, confidence, citation, applies, title, explanation, RESIDENTS_MESSAGE,
        (initiative, context, findings) -> checkResidents(initiative, findings));
  }

  private static Rule<CitizenInitiative> deadlineRule(String id, Confidence confidence, Citation citation,
      Predicate<CitizenInitiative> applies, LocalizedText title, LocalizedText explanation) {
    return schemeRule(id, confidence, citation, applies, title, explanation, DEADLINE_MESSAGE,
        (initiative, context, findings) -> checkDeadline(initiative, context.asOf(), findings));
  }

  public static final Rule<CitizenInitiative> NO_THRESHOLD = thresholdRule(InitiativeRulePacks.THRESHOLD,
      Confidence.VERIFIED_TEXT, kommuneloven("første ledd"), InitiativeRules::norwegian,
      of("Nok underskrifter for innbyggerforslag", "Nok underskrifter for innbyggjarforslag",
          "Nok underskrifter til norsk innbyggerforslag", "Enough signatures for a citizens' initiative"),
      of("Kommunestyret eller fylkestinget må selv ta stilling til et forslag som støttes av minst 2 prosent av"
              + " innbyggerne (rundet opp); 300 underskrifter i en kommune og 500 i et fylke er alltid nok. Hver person"
              + " telles én gang.",
          "Kommunestyret eller fylkestinget må sjølv ta stilling til eit forslag som blir støtta av minst 2 prosent av"
              + " innbyggjarane (runda opp); 300 underskrifter i ein kommune og 500 i eit fylke er alltid nok. Kvar"
              + " person blir talt éin gong.",
          "Det norske kommunestyre eller fylkesting skal selv tage stilling til et forslag, som støttes af mindst 2"
              + " procent af indbyggerne (rundet op); 300 underskrifter i en kommune og 500 i et fylke er altid nok."
              + " Hver person tælles én gang.",
          "The council must itself consider a proposal supported by at least 2 % of the inhabitants (rounded up);"
              + " 300 signatures in a municipality and 500 in a county always suffice. Each person counts once."));

  public static final Rule<CitizenInitiative> NO_RESIDENTS = residentsRule(InitiativeRulePacks.RESIDENTS,
      Confidence.SECONDARY, kommuneloven("første ledd"), InitiativeRules::norwegian,
      of("Bare innbyggere kan skrive under", "Berre innbyggjarar kan skrive under",
          "Kun indbyggere kan skrive under (Norge)", "Only residents may sign"),
      of("Innbyggerforslag fremmes av innbyggerne i kommunen eller fylket: bare personer som er registrert bosatt"
              + " der, kan skrive under. Det er ingen aldersgrense.",
          "Innbyggjarforslag blir fremja av innbyggjarane i kommunen eller fylket: berre personar som er registrerte"
              + " busette der, kan skrive under. Det er inga aldersgrense.",
          "Et norsk innbyggerforslag fremsættes af indbyggerne i kommunen eller fylket: kun personer, der er"
              + " registreret som bosiddende der, kan skrive under. Der er ingen aldersgrænse.",
          "A citizens' initiative is put forward by the inhabitants of the municipality or county: only persons"
              + " registered as living there may sign. There is no age limit."));

  public static final Rule<CitizenInitiative> NO_DEADLINE = deadlineRule(InitiativeRulePacks.DEADLINE,
      Confidence.VERIFIED_TEXT, kommuneloven("andre ledd"), InitiativeRules::norwegian,
      of("Vedtak innen seks måneder", "Vedtak innan seks månader", "Afgørelse inden seks måneder (Norge)",
          "Decision within six months"),
      of("Kommunestyret eller fylkestinget skal ta stilling til forslaget senest seks måneder etter at det er"
              + " fremmet (samme dato seks måneder senere, eller månedens siste dag). Fristen gjelder ikke når"
              + " forslaget er henvist til behandling i en pågående plansak etter plan- og bygningsloven.",
          "Kommunestyret eller fylkestinget skal ta stilling til forslaget seinast seks månader etter at det er"
              + " fremja (same dato seks månader seinare, eller den siste dagen i månaden). Fristen gjeld ikkje når"
              + " forslaget er vist til handsaming i ei pågåande plansak etter plan- og bygningslova.",
          "Det norske kommunestyre eller fylkesting skal tage stilling til forslaget senest seks måneder efter"
              + " indleveringen (samme dato seks måneder senere eller månedens sidste dag). Fristen gælder ikke, når"
              + " forslaget er henvist til en igangværende plansag efter plan- og bygningsloven.",
          "The council must decide on the proposal no later than six months after it was submitted (the same date"
              + " six months on, or that month's last day). The deadline does not apply when the proposal is"
              + " referred to an ongoing plan case under the Planning and Building Act."));

  public static final Rule<InitiativeRegister> NO_REPEAT = Rule.builder(InitiativeRulePacks.NO_REPEAT,
          InitiativeRegister.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(kommuneloven("tredje ledd"))
      .title(of("Ikke samme forslag to ganger i valgperioden", "Ikkje same forslag to gonger i valperioden",
          "Ikke samme forslag to gange i valgperioden (Norge)", "No repeat within the council term"))
      .explanation(of("I samme valgperiode kan det ikke fremmes innbyggerforslag med samme innhold som et tidligere"
              + " innbyggerforslag, eller som en sak kommunestyret har behandlet i perioden. Samme innhold betyr samme"
              + " tekst (uten hensyn til store og små bokstaver, mellomrom og tegnsetting) eller en uttrykkelig kobling.",
          "I same valperiode kan det ikkje fremjast innbyggjarforslag med same innhald som eit tidlegare"
              + " innbyggjarforslag, eller som ei sak kommunestyret har handsama i perioden. Same innhald tyder same"
              + " tekst (utan omsyn til store og små bokstavar, mellomrom og teiknsetjing) eller ei uttrykkeleg kopling.",
          "I samme valgperiode kan der ikke fremsættes et norsk innbyggerforslag med samme indhold som et tidligere"
              + " forslag eller som en sag, kommunestyret har behandlet i perioden. Samme indhold betyder samme tekst"
              + " (uden hensyn til store og små bogstaver, mellemrum og tegnsætning) eller en udtrykkelig kobling.",
          "In the same council term no initiative may be submitted with the same content as an earlier initiative, or"
              + " as a matter the council has handled in the term. Same content means the same text (ignoring case,"
              + " spacing and punctuation) or an explicit link."))
      .message(of("Forslaget {initiative} har samme innhold som {earlier}, som allerede er fremmet eller behandlet"
              + " i valgperioden {term}.",
          "Forslaget {initiative} har same innhald som {earlier}, som alt er fremja eller handsama i valperioden"
              + " {term}.",
          "Forslaget {initiative} har samme indhold som {earlier}, der allerede er fremsat eller behandlet i"
              + " valgperioden {term}.",
          "Initiative {initiative} has the same content as {earlier}, already submitted or handled in the term"
              + " {term}."))
      .check((register, context, findings) -> {
        for (int i = 0; i < register.initiatives().size(); i++) {
          CitizenInitiative initiative = register.initiatives().get(i);
          if (!initiative.scheme().forbidsRepeatInTerm() || initiative.submitted().isEmpty()) {
            continue;
          }
          Optional<String> earlier = register.repeatOf(initiative);
          if (earlier.isPresent()) {
            findings.report("initiatives[" + i + "]", ImmutableMap.of("initiative", initiative.id(),
                "earlier", earlier.get(), "term", register.term()));
          }
        }
      });

  public static final Rule<CitizenInitiative> DK_THRESHOLD = thresholdRule(InitiativeRulePacks.DK_THRESHOLD,
      Confidence.SECONDARY, danishScheme(), InitiativeRules::danishLocal,
      of("Nok støtte etter kommunens ordning (Danmark)", "Nok støtte etter ordninga til kommunen (Danmark)",
          "Nok støtte efter kommunens ordning", "Enough support under the municipality's scheme (Denmark)"),
      of("En dansk kommune som har en ordning for borgerforslag, setter selv kravet: et antall underskrifter eller en"
              + " andel av innbyggerne, samlet innen et antall dager. Bare underskrifter innen innsamlingsperioden"
              + " teller, og hver person én gang.",
          "Ein dansk kommune som har ei ordning for borgarforslag, set sjølv kravet: eit tal på underskrifter eller ein"
              + " del av innbyggjarane, samla innan eit tal på dagar. Berre underskrifter innan innsamlingsperioden"
              + " tel, og kvar person éin gong.",
          "En kommune med en ordning for borgerforslag fastsætter selv kravet: et antal støtter eller en andel af"
              + " indbyggerne, indsamlet inden for et antal dage. Kun støtter inden for indsamlingsperioden tæller, og"
              + " hver person én gang.",
          "A Danish municipality with a borgerforslag scheme sets its own threshold: a number of signatures or a share"
              + " of the inhabitants, collected within a number of days. Only signatures within the collection period"
              + " count, each person once."));

  public static final Rule<CitizenInitiative> DK_RESIDENTS = residentsRule(InitiativeRulePacks.DK_RESIDENTS,
      Confidence.SECONDARY, danishScheme(), InitiativeRules::danishLocal,
      of("Bare innbyggere kan støtte (Danmark)", "Berre innbyggjarar kan støtte (Danmark)",
          "Kun kommunens borgere kan støtte", "Only residents may support (Denmark)"),
      of("Når kommunens ordning krever det, kan bare personer som er registrert bosatt i kommunen, støtte et"
              + " borgerforslag.",
          "Når ordninga til kommunen krev det, kan berre personar som er registrerte busette i kommunen, støtte eit"
              + " borgarforslag.",
          "Når kommunens ordning kræver det, kan kun personer med bopæl i kommunen (folkeregisteret) støtte et"
              + " borgerforslag.",
          "When the municipality's scheme requires it, only persons registered as living in the municipality may"
              + " support an initiative."));

  public static final Rule<CitizenInitiative> DK_DEADLINE = deadlineRule(InitiativeRulePacks.DK_DEADLINE,
      Confidence.SECONDARY, danishScheme(), InitiativeRules::danishLocal,
      of("Behandling innen kommunens frist (Danmark)", "Handsaming innan fristen til kommunen (Danmark)",
          "Behandling inden kommunens frist", "Decision within the municipality's deadline (Denmark)"),
      of("Når kommunens ordning setter en frist for behandling, skal kommunalbestyrelsen ta stilling til forslaget"
              + " innen fristen, regnet fra forslaget ble levert.",
          "Når ordninga til kommunen set ein frist for handsaming, skal kommunalbestyrelsen ta stilling til forslaget"
              + " innan fristen, rekna frå forslaget vart levert.",
          "Når kommunens ordning fastsætter en frist for behandling, skal kommunalbestyrelsen tage stilling til"
              + " forslaget inden fristen, regnet fra indleveringen.",
          "When the municipality's scheme sets a deadline, the council must decide on the proposal within it,"
              + " counted from submission."));
}
