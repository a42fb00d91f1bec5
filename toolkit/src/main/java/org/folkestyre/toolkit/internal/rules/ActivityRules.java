package org.folkestyre.toolkit.internal.rules;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.Money;
import org.folkestyre.core.governance.Citation;
import org.folkestyre.core.governance.Confidence;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.internal.Names;
import org.folkestyre.core.municipality.Coordinator;
import org.folkestyre.core.municipality.District;
import org.folkestyre.toolkit.activity.Activity;
import org.folkestyre.toolkit.activity.ActivityPlan;
import org.folkestyre.toolkit.activity.ActivityRulePack;

/**
 * The rules of participation activities on district budgets, from Drammen's neighbourhood-democracy
 * scheme: each district has some money for participation activities (NOK 50,000 in 2020), spent by
 * using the participation toolbox, with a local coordinator who mobilises and coordinates locally.
 */
public final class ActivityRules {
  private ActivityRules() {}

  /** The scheme's resources: "Foreslått 50.000 kr i 2020 til medvirkningsaktivitet (bruk av verktøykassa)". */
  static Citation drammenNeighbourhoodDemocracy() {
    return Citation.localPolicy("Drammen kommune, fellesnemnda",
        "lokaldemokrati: nærdemokratiordning i alle 10 kommunedeler (2019)");
  }

  /** The lesson of the merger's participation processes: follow-up and loyalty to the input. */
  static Citation drammenLoyaltyToInput() {
    return Citation.localPolicy("Drammen kommune, fellesnemnda",
        "erfaringer fra medvirkningen: gode oppsummeringer og lojalitet til innspillene (2020)");
  }

  /** The activities drawing on a budget commit no more than it holds. */
  public static final Rule<ActivityPlan> WITHIN_BUDGET = Rule.builder(ActivityRulePack.BUDGET, ActivityPlan.class)
      .confidence(Confidence.SECONDARY)
      .citation(drammenNeighbourhoodDemocracy())
      .title(LocalizedText.of("Innenfor budsjettet", "Innanfor budsjettet", "Inden for budgettet",
          "Within the budget"))
      .explanation(LocalizedText.of(
          "Aktivitetene i en kommunedel kan ikke bruke mer enn kommunedelens midler til medvirkning for året"
              + " (50 000 kroner i 2020); en aktivitet teller med det den kostet når den er rapportert, ellers med"
              + " planlagt kostnad.",
          "Aktivitetane i ein kommunedel kan ikkje bruke meir enn midlane kommunedelen har til medverknad for"
              + " året (50 000 kroner i 2020); ein aktivitet tel med det han kosta når han er rapportert, elles med"
              + " planlagd kostnad.",
          "Aktiviteterne i et lokalområde kan ikke bruge mere end lokalområdets midler til borgerinddragelse for"
              + " året (50 000 norske kroner i 2020); en aktivitet tæller med det, den kostede, når den er"
              + " rapporteret, ellers med den planlagte udgift.",
          "The activities of a district cannot spend more than the district's participation budget for the"
              + " year (NOK 50,000 in 2020); an activity counts at what it spent once reported, at its planned cost"
              + " before."))
      .message(LocalizedText.of(
          "Aktivitetene i {scope} binder {committed} av budsjettet på {budget} for {year}.",
          "Aktivitetane i {scope} bind {committed} av budsjettet på {budget} for {year}.",
          "Aktiviteterne i {scope} binder {committed} af budgettet på {budget} for {year}.",
          "The activities of {scope} commit {committed} of the budget of {budget} for {year}."))
      .check((plan, context, findings) -> {
        Map<String, Money> committed = new HashMap<>();
        Map<String, Boolean> reported = new HashMap<>();
        for (int i = 0; i < plan.activities().size(); i++) {
          Activity activity = plan.activities().get(i);
          Optional<Money> budget = plan.budgetFor(activity);
          if (budget.isEmpty()) {
            continue;
          }
          String key = activity.district().map(Names::key).orElse("") + "|" + activity.budgetYear();
          Money total = committed.getOrDefault(key, Money.ofMinor(budget.get().currency(), 0)).plus(activity.drawn());
          committed.put(key, total);
          if (total.compareTo(budget.get()) > 0 && reported.put(key, Boolean.TRUE) == null) {
            findings.report("activities[" + i + "]", ImmutableMap.of("scope", scope(plan, activity),
                "committed", plan.sharingBudgetWith(activity).stream().map(Activity::drawn)
                    .reduce(Money::plus).orElse(total),
                "budget", budget.get(), "year", activity.budgetYear()));
          }
        }
      });

  /** Every activity has a budget to draw on. */
  public static final Rule<ActivityPlan> HAS_BUDGET = Rule.builder(ActivityRulePack.FUNDED, ActivityPlan.class)
      .confidence(Confidence.SECONDARY)
      .citation(drammenNeighbourhoodDemocracy())
      .title(LocalizedText.of("Aktiviteten har et budsjett", "Aktiviteten har eit budsjett",
          "Aktiviteten har et budget", "The activity has a budget"))
      .explanation(LocalizedText.of(
          "En aktivitet i en kommunedel bruker kommunedelens midler til medvirkning for året den starter; en"
              + " aktivitet for hele kommunen bruker kommunens midler. Midlene må være satt av for det året.",
          "Ein aktivitet i ein kommunedel brukar midlane kommunedelen har til medverknad for året han startar;"
              + " ein aktivitet for heile kommunen brukar midlane til kommunen. Midlane må vere sette av for det året.",
          "En aktivitet i et lokalområde bruger lokalområdets midler til borgerinddragelse for det år, den"
              + " begynder; en aktivitet for hele kommunen bruger kommunens midler. Midlerne skal være afsat for"
              + " det år.",
          "An activity in a district draws on the district's participation budget for the year it starts in; a"
              + " municipality-wide activity draws on the municipal one. The budget must be set for that year."))
      .message(LocalizedText.of(
          "Aktiviteten {activity} har ingen midler å bruke: {scope} har ikke noe budsjett til medvirkning for {year}.",
          "Aktiviteten {activity} har ingen midlar å bruke: {scope} har ikkje noko budsjett til medverknad for {year}.",
          "Aktiviteten {activity} har ingen midler at bruge: {scope} har intet budget til borgerinddragelse for {year}.",
          "Activity {activity} has nothing to draw on: {scope} has no participation budget for {year}."))
      .check((plan, context, findings) -> {
        for (int i = 0; i < plan.activities().size(); i++) {
          Activity activity = plan.activities().get(i);
          if (plan.budgetFor(activity).isEmpty()) {
            findings.report("activities[" + i + "]", ImmutableMap.of("activity", activity.id(),
                "scope", scope(plan, activity), "year", activity.budgetYear()));
          }
        }
      });

  /** A district's activity is the responsibility of the district's local coordinator. */
  public static final Rule<ActivityPlan> DISTRICT_COORDINATOR =
      Rule.builder(ActivityRulePack.COORDINATOR, ActivityPlan.class)
      .confidence(Confidence.SECONDARY)
      .citation(drammenNeighbourhoodDemocracy())
      .title(LocalizedText.of("Kommunedelens koordinator har ansvaret", "Koordinatoren i kommunedelen har ansvaret",
          "Lokalområdets koordinator har ansvaret", "The district's coordinator is responsible"))
      .explanation(LocalizedText.of(
          "Den lokale koordinatoren skal mobilisere, samordne og bygge lokale relasjoner; en aktivitet i en"
              + " kommunedel har derfor kommunedelens koordinator som ansvarlig.",
          "Den lokale koordinatoren skal mobilisere, samordne og byggje lokale relasjonar; ein aktivitet i ein"
              + " kommunedel har difor koordinatoren i kommunedelen som ansvarleg.",
          "Den lokale koordinator skal mobilisere, koordinere og opbygge lokale relationer; en aktivitet i et"
              + " lokalområde har derfor lokalområdets koordinator som ansvarlig.",
          "The local coordinator mobilises, coordinates and builds local relations; a district's activity"
              + " therefore has the district's coordinator as the one responsible."))
      .message(LocalizedText.of(
          "Aktiviteten {activity} har {coordinator} som ansvarlig, men koordinatoren i {district} er {expected}.",
          "Aktiviteten {activity} har {coordinator} som ansvarleg, men koordinatoren i {district} er {expected}.",
          "Aktiviteten {activity} har {coordinator} som ansvarlig, men koordinatoren i {district} er {expected}.",
          "Activity {activity} names {coordinator} as responsible, but the coordinator of {district} is {expected}."))
      .check((plan, context, findings) -> {
        for (int i = 0; i < plan.activities().size(); i++) {
          Activity activity = plan.activities().get(i);
          Optional<District> district = activity.district().flatMap(d -> plan.municipality().district(d));
          Optional<Coordinator> expected = district.flatMap(District::coordinator);
          if (expected.isPresent() && !Names.key(expected.get().name()).equals(Names.key(activity.coordinator()))) {
            findings.report("activities[" + i + "].coordinator", ImmutableMap.of("activity", activity.id(),
                "coordinator", activity.coordinator(), "district", district.get().name(),
                "expected", expected.get().name()));
          }
        }
      });

  /** A report with inputs records the feedback given to participants. */
  public static final Rule<ActivityPlan> FEEDBACK_GIVEN = Rule.builder(ActivityRulePack.FEEDBACK, ActivityPlan.class)
      .confidence(Confidence.SECONDARY)
      .citation(drammenLoyaltyToInput())
      .title(LocalizedText.of("Tilbakemelding til deltakerne", "Tilbakemelding til deltakarane",
          "Tilbagemelding til deltagerne", "Feedback to participants"))
      .explanation(LocalizedText.of(
          "Oppfølging er viktig, og kommunen skal være lojal mot innspillene den får: en rapport etter en"
              + " aktivitet som samlet inn innspill, sier hvilken tilbakemelding deltakerne fikk.",
          "Oppfølging er viktig, og kommunen skal vere lojal mot innspela han får: ein rapport etter ein"
              + " aktivitet som samla inn innspel, seier kva tilbakemelding deltakarane fekk.",
          "Opfølgning er vigtig, og kommunen skal være loyal over for de input, den får: en rapport efter en"
              + " aktivitet, der indsamlede input, siger, hvilken tilbagemelding deltagerne fik.",
          "Follow-up matters, and the municipality is loyal to the input it gets: the report after an activity"
              + " that collected inputs states the feedback given to participants."))
      .message(LocalizedText.of(
          "Rapporten etter {activity} har {inputs} innspill, men ingen tilbakemelding til deltakerne.",
          "Rapporten etter {activity} har {inputs} innspel, men ingen tilbakemelding til deltakarane.",
          "Rapporten efter {activity} har {inputs} input, men ingen tilbagemelding til deltagerne.",
          "The report after {activity} has {inputs} inputs but no feedback to participants."))
      .check((plan, context, findings) -> {
        for (int i = 0; i < plan.activities().size(); i++) {
          Activity activity = plan.activities().get(i);
          String path = "activities[" + i + "].report.feedback";
          activity.report().filter(r -> !r.inputs().isEmpty() && r.feedback().isEmpty()).ifPresent(r ->
              findings.report(path, ImmutableMap.of("activity", activity.id(),
                  "inputs", r.inputs().size())));
        }
      });

  private static String scope(ActivityPlan plan, Activity activity) {
    return activity.district().flatMap(d -> plan.municipality().district(d)).map(District::name)
        .orElse(plan.municipality().name());
  }
}
