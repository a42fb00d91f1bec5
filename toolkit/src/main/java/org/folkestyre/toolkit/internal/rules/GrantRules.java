package org.folkestyre.toolkit.internal.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.governance.Citation;
import org.folkestyre.core.governance.Confidence;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.Severity;
import org.folkestyre.toolkit.grant.GrantAllocation;
import org.folkestyre.toolkit.grant.GrantApplication;
import org.folkestyre.toolkit.grant.GrantDecision;
import org.folkestyre.toolkit.grant.GrantPool;
import org.folkestyre.toolkit.grant.GrantRound;

/**
 * The rules of grant pools (puljer): on a round before allocation ({@link GrantRound}) and on its
 * decisions ({@link GrantAllocation}). Listed in {@link org.folkestyre.toolkit.grant.GrantPoolRules}.
 */
public final class GrantRules {
  /** Id: an application asks for no more than the whole pool. */
  public static final String APPLICATION_WITHIN_POOL = "GRANT-APPLICATION-WITHIN-POOL";
  /** Id: every application is assessed before allocation. */
  public static final String APPLICATION_ASSESSED = "GRANT-APPLICATION-ASSESSED";
  /** Id: an application reaches at least one of the pool's target groups. */
  public static final String TARGET_GROUP = "GRANT-TARGET-GROUP";
  /** Id: the awards of a round together stay within the pool. */
  public static final String AWARDS_WITHIN_POOL = "GRANT-AWARDS-WITHIN-POOL";
  /** Id: no application is granted more than it asked for. */
  public static final String AWARD_WITHIN_REQUEST = "GRANT-AWARD-WITHIN-REQUEST";
  /** Id: every application is decided exactly once. */
  public static final String EVERY_APPLICATION_DECIDED = "GRANT-EVERY-APPLICATION-DECIDED";

  private static final URI FORVALTNINGSLOVEN_DK = URI.create("https://www.retsinformation.dk/eli/lta/2014/433");

  private GrantRules() {}

  /** Holbæk's pool for vote promotion, as the Democracy Experimentarium discussed and recommended it. */
  private static Citation holbaekPool() {
    return Citation.localPolicy("Holbæk Kommune, Demokratieksperimentariet",
        "pulje til valgfremme, punkt 120 (sag 15/10481), 24. marts 2015");
  }

  /** Holbæk's council's decision of 12 June 2013 on the groups vote promotion should reach. */
  private static Citation holbaekTargetGroups() {
    return Citation.localPolicy("Holbæk Byråd",
        "valgfremme med fokus på unge, socialt udsatte og nydanskere, 12. juni 2013");
  }

  /** The Danish forvaltningslov's § 22, on the reasons a written decision gives. */
  private static Citation forvaltningslovenReasons() {
    return Citation.law("forvaltningsloven", "LBK nr 433 af 22/04/2014", "§ 22", "", FORVALTNINGSLOVEN_DK);
  }

  public static final Rule<GrantRound> WITHIN_POOL = Rule.builder(APPLICATION_WITHIN_POOL, GrantRound.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(holbaekPool())
      .title(LocalizedText.of("Søknad innenfor puljen", "Søknad innanfor puljen", "Ansøgning inden for puljen",
          "Application within the pool"))
      .explanation(LocalizedText.of(
          "En søknad kan ikke innvilges med mer enn puljen rommer; den må reduseres eller avslås før tildelingen.",
          "Ein søknad kan ikkje innvilgast med meir enn puljen rommar; han må reduserast eller avslåast før"
              + " tildelinga.",
          "En ansøgning kan ikke bevilges mere, end puljen rummer; den må nedsættes eller afslås før fordelingen.",
          "No application can be granted more than the pool holds; reduce it or reject it before allocation."))
      .message(LocalizedText.of(
          "Søknaden {application} ber om {requested} øre, mer enn puljens {budget} øre.",
          "Søknaden {application} ber om {requested} øre, meir enn puljen sine {budget} øre.",
          "Ansøgningen {application} søger {requested} øre, mere end puljens {budget} øre.",
          "Application {application} asks for {requested} øre, more than the pool's {budget} øre."))
      .check((round, context, findings) -> {
        for (int i = 0; i < round.applications().size(); i++) {
          GrantApplication application = round.applications().get(i);
          if (application.amountRequested() > round.pool().budget()) {
            findings.report("applications[" + i + "].amountRequested", ImmutableMap.of(
                "application", application.id(), "requested", application.amountRequested(),
                "budget", round.pool().budget()));
          }
        }
      });

  public static final Rule<GrantRound> ASSESSED = Rule.builder(APPLICATION_ASSESSED, GrantRound.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(holbaekPool())
      .title(LocalizedText.of("Alle søknader vurdert", "Alle søknader vurderte", "Alle ansøgninger vurderet",
          "Every application assessed"))
      .explanation(LocalizedText.of(
          "Hver søknad vurderes etter puljens kriterier før midlene fordeles.",
          "Kvar søknad blir vurdert etter kriteria til puljen før midlane blir fordelte.",
          "Hver ansøgning vurderes efter puljens kriterier, før midlerne fordeles.",
          "Every application is assessed against the pool's criteria before the money is allocated."))
      .message(LocalizedText.of(
          "Søknaden {application} er ikke vurdert.", "Søknaden {application} er ikkje vurdert.",
          "Ansøgningen {application} er ikke vurderet.", "Application {application} is not assessed."))
      .check((round, context, findings) -> {
        for (int i = 0; i < round.applications().size(); i++) {
          String id = round.applications().get(i).id();
          if (round.assessment(id).isEmpty()) {
            findings.report("applications[" + i + "]", ImmutableMap.of("application", id));
          }
        }
      });

  public static final Rule<GrantRound> REACHES_TARGET_GROUP = Rule.builder(TARGET_GROUP, GrantRound.class)
      .severity(Severity.WARNING)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(holbaekTargetGroups())
      .title(LocalizedText.of("Når puljens målgrupper", "Når målgruppene til puljen", "Når puljens målgrupper",
          "Reaches the pool's target groups"))
      .explanation(LocalizedText.of(
          "En søknad bør nå minst én av puljens målgrupper, for valgfremme i Holbæk unge, sosialt utsatte og"
              + " nydansker.",
          "Ein søknad bør nå minst éi av målgruppene til puljen, for valfremjing i Holbæk unge, sosialt utsette"
              + " og nydanskar.",
          "En ansøgning bør nå mindst én af puljens målgrupper, for valgfremme i Holbæk unge, socialt udsatte og"
              + " nydanskere.",
          "An application should reach at least one of the pool's target groups; for vote promotion in Holbæk,"
              + " young people, the socially vulnerable and new citizens."))
      .message(LocalizedText.of(
          "Søknaden {application} nevner ingen av puljens målgrupper ({groups}).",
          "Søknaden {application} nemner ingen av målgruppene til puljen ({groups}).",
          "Ansøgningen {application} nævner ingen af puljens målgrupper ({groups}).",
          "Application {application} names none of the pool's target groups ({groups})."))
      .check((round, context, findings) -> {
        GrantPool pool = round.pool();
        if (pool.targetGroups().isEmpty()) {
          return;
        }
        String groups = pool.targetGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        for (int i = 0; i < round.applications().size(); i++) {
          GrantApplication application = round.applications().get(i);
          if (application.targetGroups().stream().noneMatch(pool.targetGroups()::contains)) {
            findings.report("applications[" + i + "].targetGroups",
                ImmutableMap.of("application", application.id(), "groups", groups));
          }
        }
      });

  public static final Rule<GrantAllocation> AWARDS_WITHIN = Rule.builder(AWARDS_WITHIN_POOL, GrantAllocation.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(holbaekPool())
      .title(LocalizedText.of("Tildelingen holder seg innenfor puljen", "Tildelinga held seg innanfor puljen",
          "Bevillingerne holder sig inden for puljen", "Awards within the pool"))
      .explanation(LocalizedText.of(
          "Summen av det som innvilges i en runde, er aldri større enn puljen (i Holbæk 75 000 kroner per valg).",
          "Summen av det som blir innvilga i ein runde, er aldri større enn puljen (i Holbæk 75 000 kroner per"
              + " val).",
          "Summen af det, der bevilges i en runde, er aldrig større end puljen (i Holbæk 75.000 kr. pr. valg).",
          "What a round awards in all never exceeds the pool (in Holbæk DKK 75,000 per election)."))
      .message(LocalizedText.of(
          "Det er innvilget {awarded} øre, {excess} øre mer enn puljens {budget} øre.",
          "Det er innvilga {awarded} øre, {excess} øre meir enn puljen sine {budget} øre.",
          "Der er bevilget {awarded} øre, {excess} øre mere end puljens {budget} øre.",
          "{awarded} øre is awarded, {excess} øre more than the pool's {budget} øre."))
      .check((allocation, context, findings) -> {
        long budget = allocation.round().pool().budget();
        long awarded = allocation.totalAwarded();
        if (awarded > budget) {
          findings.report("decisions", ImmutableMap.of("awarded", awarded, "excess", awarded - budget,
              "budget", budget));
        }
      });

  public static final Rule<GrantAllocation> WITHIN_REQUEST = Rule.builder(AWARD_WITHIN_REQUEST, GrantAllocation.class)
      .confidence(Confidence.UNVERIFIED)
      .citation(holbaekPool())
      .title(LocalizedText.of("Ikke mer enn det søkte", "Ikkje meir enn det søkte", "Ikke mere end det ansøgte",
          "No more than asked for"))
      .explanation(LocalizedText.of(
          "Ingen søker får mer enn det søkte beløpet.",
          "Ingen søkjar får meir enn det søkte beløpet.",
          "Ingen ansøger får mere end det ansøgte beløb.",
          "No applicant is granted more than the amount asked for."))
      .message(LocalizedText.of(
          "Søknaden {application} er innvilget {awarded} øre, men ba om {requested} øre.",
          "Søknaden {application} er innvilga {awarded} øre, men bad om {requested} øre.",
          "Ansøgningen {application} er bevilget {awarded} øre, men søgte {requested} øre.",
          "Application {application} is awarded {awarded} øre but asked for {requested} øre."))
      .check((allocation, context, findings) -> {
        for (int i = 0; i < allocation.decisions().size(); i++) {
          GrantDecision decision = allocation.decisions().get(i);
          int index = i;
          allocation.round().application(decision.applicationId())
              .filter(application -> decision.amountAwarded() > application.amountRequested())
              .ifPresent(application -> findings.report("decisions[" + index + "].amountAwarded",
                  ImmutableMap.of("application", application.id(), "awarded", decision.amountAwarded(),
                      "requested", application.amountRequested())));
        }
      });

  public static final Rule<GrantAllocation> DECIDED_ONCE =
      Rule.builder(EVERY_APPLICATION_DECIDED, GrantAllocation.class)
          .confidence(Confidence.UNVERIFIED)
          .citation(forvaltningslovenReasons())
          .title(LocalizedText.of("Hver søknad avgjort én gang", "Kvar søknad avgjord éin gong",
              "Hver ansøgning afgjort én gang", "Every application decided once"))
          .explanation(LocalizedText.of(
              "Hver søknad får nøyaktig ett vedtak med begrunnelse; ingen søknad forsvinner i stillhet, og ingen"
                  + " avgjøres to ganger.",
              "Kvar søknad får nøyaktig eitt vedtak med grunngjeving; ingen søknad forsvinn i stillheit, og ingen"
                  + " blir avgjord to gonger.",
              "Hver ansøgning får præcis én afgørelse med begrundelse; ingen ansøgning forsvinder i stilhed, og"
                  + " ingen afgøres to gange.",
              "Every application gets exactly one decision with its reason: none is silently dropped, none decided"
                  + " twice."))
          .message(LocalizedText.of(
              "Søknaden {application} har {count} vedtak.",
              "Søknaden {application} har {count} vedtak.",
              "Ansøgningen {application} har {count} afgørelser.",
              "Application {application} has {count} decisions."))
          .check((allocation, context, findings) -> {
            Map<String, Integer> counts = new HashMap<>();
            allocation.decisions().forEach(d -> counts.merge(d.applicationId(), 1, Integer::sum));
            for (int i = 0; i < allocation.round().applications().size(); i++) {
              String id = allocation.round().applications().get(i).id();
              int count = counts.getOrDefault(id, 0);
              if (count != 1) {
                findings.report("applications[" + i + "]", ImmutableMap.of("application", id, "count", count));
              }
            }
          });

  /** Every rule of grant pools, in the order of the pack. */
  public static final ImmutableList<Rule<?>> ALL = ImmutableList.of(WITHIN_POOL, ASSESSED, REACHES_TARGET_GROUP,
      AWARDS_WITHIN, WITHIN_REQUEST, DECIDED_ONCE);
}
