package org.folkestyre.toolkit.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.folkestyre.core.consultation.Channel;
import org.folkestyre.core.consultation.RespondentKind;
import org.folkestyre.core.consultation.Submission;
import org.folkestyre.core.municipality.AnnualBudget;
import org.folkestyre.core.municipality.Coordinator;
import org.folkestyre.core.municipality.District;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.ReferenceData;
import org.folkestyre.toolkit.activity.Activity;
import org.folkestyre.toolkit.activity.ActivityPlan;
import org.folkestyre.toolkit.activity.ActivityReport;
import org.folkestyre.toolkit.activity.ActivityRulePack;
import org.folkestyre.toolkit.activity.DistrictBudgetReport;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.ParticipationMethod;

/**
 * Generators of participation activities and activity plans for property-based tests.
 *
 * <p>{@link #candidates(ActivityPlan, Year)} produces activities that are structurally valid and name
 * the right coordinator but may cost more than their budget holds; {@link #validPlan(ActivityPlan, Year)}
 * adds such candidates through {@link ActivityPlan#withActivity(Activity)}, keeping those the budget
 * can cover, and so breaks no rule of {@link ActivityRulePack}. {@link #breaking(String)} produces
 * plans that break exactly one named rule. Every generator is a pure function of its random source
 * and size; larger sizes give more activities.
 */
public final class ActivityGenerators {
  /** The year of the Drammen plans: the first year of the merged municipality. */
  private static final Year YEAR = Year.of(2020);
  private static final ImmutableList<ParticipationMethod> METHODS = MethodCatalogue.builtIn().methods();

  private ActivityGenerators() {}

  /**
   * Returns the ids of the rules {@link #breaking(String)} can break.
   *
   * @return every rule of {@link ActivityRulePack#pack()}
   */
  public static ImmutableSet<String> breakableRules() {
    return ImmutableSet.of(ActivityRulePack.BUDGET, ActivityRulePack.FUNDED, ActivityRulePack.COORDINATOR,
        ActivityRulePack.FEEDBACK);
  }

  /**
   * Returns a generator of candidate activities for a plan in a year: in the plan's districts or
   * municipality-wide, starting in the year, with the district's coordinator, a cost of up to one and
   * a half times the budget they draw on, and sometimes a report with inputs and feedback.
   *
   * @param plan the plan whose municipality and budgets the activities are for
   * @param year the budget year
   * @return the generator of zero to {@code 2 * size + 1} activities with ids unique among themselves
   */
  public static Generator<List<Activity>> candidates(ActivityPlan plan, Year year) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(year, "year");
    return (random, size) -> {
      int count = random.nextInt(2 * size + 2);
      List<Activity> activities = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        activities.add(candidate(random, plan, year, "activity-" + year + "-" + i));
      }
      return activities;
    };
  }

  /**
   * Returns a generator of plans within their budgets: the base plan with candidate activities added
   * through {@link ActivityPlan#withActivity(Activity)}, those refused left out.
   *
   * @param base the plan to start from, such as an empty plan of a municipality
   * @param year the budget year of the activities
   * @return the generator
   */
  public static Generator<ActivityPlan> validPlan(ActivityPlan base, Year year) {
    Generator<List<Activity>> candidates = candidates(base, year);
    return (random, size) -> {
      ActivityPlan plan = base;
      for (Activity activity : candidates.generate(random, size)) {
        try {
          plan = plan.withActivity(activity);
        } catch (InvalidValueException refused) {
          // Over budget: the safe API refuses it, and the generated plan goes without it.
        }
      }
      return plan;
    };
  }

  /**
   * Returns a generator of Drammen's 2020 plans within their budgets: the 10 districts of
   * {@link ReferenceData#drammen2020()} with NOK 50,000 each, a municipal budget of up to NOK 200,000
   * for municipality-wide activities, and activities of 2020.
   *
   * @return the generator
   */
  public static Generator<ActivityPlan> validPlan() {
    Municipality drammen = ReferenceData.drammen2020();
    return (random, size) -> {
      ActivityPlan base = ActivityPlan.builder().municipality(drammen)
          .addMunicipalBudget(AnnualBudget.of(YEAR, Money.ofMinor(Money.NOK, 100 * random.nextLong(200_001))))
          .build();
      return validPlan(base, YEAR).generate(random, size);
    };
  }

  /**
   * Returns a generator of Drammen plans that break exactly the named rule of
   * {@link ActivityRulePack#pack()} and no other: a plan of {@link #validPlan()} with one more activity,
   * added through the builder, that breaks it.
   *
   * @param ruleId the rule to break, one of {@link #breakableRules()}
   * @return the generator
   * @throws InvalidValueException if the rule cannot be broken by this method
   */
  public static Generator<ActivityPlan> breaking(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (!breakableRules().contains(ruleId)) {
      throw new InvalidValueException("ruleId", ruleId,
          "cannot be broken by an activity generator; breakable: " + breakableRules());
    }
    Generator<ActivityPlan> valid = validPlan();
    return (random, size) -> {
      ActivityPlan plan = valid.generate(random, size);
      List<District> districts = plan.municipality().districts();
      District district = districts.get(random.nextInt(districts.size()));
      String coordinator = district.coordinator().map(Coordinator::name).orElse("Lokal koordinator");
      LocalDate start = dayIn(random, YEAR);
      Activity.Builder breaker = Activity.builder();
      breaker.id("breaking-" + ruleId.toLowerCase(java.util.Locale.ROOT)).title("Aktivitet som bryter " + ruleId)
          .methodId(method(random).id()).district(district.name()).start(start).end(start)
          .coordinator(coordinator).cost(Money.ofMinor(Money.NOK, 0));
      switch (ruleId) {
        case ActivityRulePack.BUDGET -> {
          DistrictBudgetReport line = plan.districtReport(district.name(), YEAR);
          long remaining = line.remaining().orElseThrow().minorUnits();
          breaker.cost(Money.ofMinor(Money.NOK, remaining + 1 + random.nextLong(100 * (size + 1L) * 100)));
        }
        case ActivityRulePack.FUNDED -> {
          LocalDate later = dayIn(random, YEAR.plusYears(1));
          breaker.start(later).end(later).cost(Money.ofMinor(Money.NOK, 100 * random.nextLong(50_000)));
        }
        case ActivityRulePack.COORDINATOR -> breaker.coordinator("Ikke koordinatoren i " + district.name());
        default -> {
          int inputs = 1 + random.nextInt(size + 1);
          ActivityReport.Builder report = ActivityReport.builder().date(start).spent(Money.ofMinor(Money.NOK, 0))
              .participants(inputs + random.nextInt(20));
          for (int k = 0; k < inputs; k++) {
            report.addInput(input(random, "breaking-input-" + k, Channel.DIALOGUE_MEETING, district.name(), start));
          }
          breaker.report(report.build());
        }
      }
      return ActivityPlan.builder().from(plan).addActivity(breaker.build()).build();
    };
  }

  private static Activity candidate(RandomGenerator random, ActivityPlan plan, Year year, String id) {
    List<District> districts = plan.municipality().districts();
    boolean wide = districts.isEmpty() || random.nextInt(5) == 0;
    Optional<District> district = wide ? Optional.empty() : Optional.of(districts.get(random.nextInt(districts.size())));
    Money budget = district.flatMap(d -> d.budget(year)).or(() -> wide ? plan.municipalBudget(year) : Optional.empty())
        .orElse(Money.ofMajor(plan.municipality().jurisdiction().currency(), 50_000));
    long bound = budget.minorUnits() * 3 / 2 + 1;
    Money cost = Money.ofMinor(budget.currency(), random.nextLong(bound));
    ParticipationMethod method = method(random);
    LocalDate start = dayIn(random, year);
    LocalDate end = start.plusDays(random.nextInt(4));
    Activity.Builder activity = Activity.builder();
    activity.id(id).title(method.name(org.folkestyre.core.Language.NB) + " " + (district.map(District::name)
            .orElse(plan.municipality().name())))
        .methodId(method.id()).district(district.map(District::name)).start(start).end(end).cost(cost)
        .coordinator(district.flatMap(District::coordinator).map(Coordinator::name).orElse("Medvirkningsrådgiver"));
    if (random.nextBoolean()) {
      LocalDate date = end.plusDays(random.nextInt(31));
      int inputs = random.nextInt(4);
      ActivityReport.Builder report = ActivityReport.builder().date(date)
          .spent(Money.ofMinor(budget.currency(), random.nextLong(bound))).participants(inputs + random.nextInt(60));
      for (int k = 0; k < inputs; k++) {
        report.addInput(input(random, id + "-input-" + k, Channel.other(method.id()),
            district.map(District::name).orElse(null), end));
      }
      if (inputs > 0 || random.nextBoolean()) {
        report.feedback("Oppsummeringen er sendt til deltakerne og lagt ut på kommunens nettside.");
      }
      activity.report(report.build());
    }
    return activity.build();
  }

  private static Submission input(RandomGenerator random, String id, Channel channel, String district, LocalDate day) {
    Submission.Builder input = Submission.builder();
    input.id(id).respondent(random.nextBoolean() ? RespondentKind.RESIDENT : RespondentKind.ANONYMOUS)
        .channel(channel).received(day.atTime(LocalTime.of(20, 0)).toInstant(ZoneOffset.UTC))
        .text("Innspill " + id + ": " + (random.nextBoolean() ? "flere benker ved knutepunktet" : "bedre busstilbud"));
    if (district != null) {
      input.district(district);
    }
    return input.build();
  }

  private static ParticipationMethod method(RandomGenerator random) {
    return METHODS.get(random.nextInt(METHODS.size()));
  }

  private static LocalDate dayIn(RandomGenerator random, Year year) {
    return year.atDay(1 + random.nextInt(year.length()));
  }
}
