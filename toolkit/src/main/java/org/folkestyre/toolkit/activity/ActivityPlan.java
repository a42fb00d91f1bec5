package org.folkestyre.toolkit.activity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.folkestyre.core.internal.Names;
import org.folkestyre.core.municipality.AnnualBudget;
import org.folkestyre.core.municipality.District;
import org.folkestyre.core.municipality.Municipality;
import org.immutables.value.Value;

/**
 * A municipality's plan of participation activities — aktivitetsplan for medvirkning (NO),
 * aktivitetsplan for borgerinddragelse (DK): the activities, each drawing on a participation budget.
 *
 * <p>Each district's budget for a year is the district's own {@link AnnualBudget} (in Drammen
 * NOK 50,000 per district in 2020, {@link District#budget(Year)}); municipality-wide activities draw
 * on the plan's {@link #municipalBudgets()}. An activity draws on the budget of its district, or the
 * municipal one, for the year it starts in ({@link Activity#budgetYear()}).
 *
 * <p>There are two ways to build a plan, and they differ on purpose:
 *
 * <ul>
 *   <li>{@link #builder()} builds any plan, overspent or not, so that a plan made elsewhere can be
 *       read in and asked what is wrong with it: validate it with the rules of
 *       {@link ActivityRulePack#pack()}, which report an overspent budget as a violation of
 *       {@link ActivityRulePack#BUDGET}.
 *   <li>{@link #withActivity(Activity)} and {@link #withReport(String, ActivityReport)} promise to keep
 *       every budget they touch within bounds: they throw {@link InvalidValueException} rather than
 *       add an activity, or a report of what it spent, that the budget cannot cover.
 * </ul>
 *
 * <p>Structural invariants are checked when the plan is built: activity ids are unique (ignoring
 * case), every activity's district is a district of the municipality, every amount is in the
 * municipality's currency, and there is at most one municipal budget per year.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActivityPlan {
  ActivityPlan() {}

  /**
   * Returns the municipality, whose districts carry their participation budgets.
   *
   * @return the municipality
   */
  public abstract Municipality municipality();

  /**
   * Returns the municipal participation budgets for municipality-wide activities, at most one per
   * year, in year order.
   *
   * @return the budgets, possibly none
   */
  public abstract ImmutableList<AnnualBudget> municipalBudgets();

  /**
   * Returns the activities, in the order they were added.
   *
   * @return the activities
   */
  public abstract ImmutableList<Activity> activities();

  /**
   * Obtains an empty plan for a municipality.
   *
   * @param municipality the municipality
   * @return a plan without activities or municipal budgets
   */
  public static ActivityPlan of(Municipality municipality) {
    return builder().municipality(municipality).build();
  }

  /**
   * Returns a new builder, which builds any plan, within its budgets or not.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the activity with an id, ignoring case.
   *
   * @param id the id
   * @return the activity, or empty
   */
  public Optional<Activity> activity(String id) {
    Objects.requireNonNull(id, "id");
    String key = Names.key(id);
    return activities().stream().filter(a -> Names.key(a.id()).equals(key)).findFirst();
  }

  /**
   * Returns a district's participation budget for a year.
   *
   * @param district the district's name, ignoring case
   * @param year the year
   * @return the budget, or empty if the district has none for the year or does not exist
   */
  public Optional<Money> districtBudget(String district, Year year) {
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(year, "year");
    return municipality().district(district).flatMap(d -> d.budget(year));
  }

  /**
   * Returns the municipal participation budget for municipality-wide activities in a year.
   *
   * @param year the year
   * @return the budget, or empty if none is set
   */
  public Optional<Money> municipalBudget(Year year) {
    Objects.requireNonNull(year, "year");
    return municipalBudgets().stream().filter(b -> b.year().equals(year)).map(AnnualBudget::amount).findFirst();
  }

  /**
   * Returns the budget an activity draws on: its district's, or the municipal one, for its budget
   * year.
   *
   * @param activity the activity
   * @return the budget, or empty if none is set
   */
  public Optional<Money> budgetFor(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    return activity.district().map(d -> districtBudget(d, activity.budgetYear()))
        .orElseGet(() -> municipalBudget(activity.budgetYear()));
  }

  /**
   * Returns the activities that draw on the same budget as an activity, in plan order: those of the
   * same district, or the municipality-wide ones, in the same budget year.
   *
   * @param activity the activity, in this plan or not
   * @return the activities sharing its budget, itself included if it is in the plan
   */
  public ImmutableList<Activity> sharingBudgetWith(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    return activities().stream().filter(sameBudget(activity.district(), activity.budgetYear()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the planned and spent amounts of a district's budget in a year.
   *
   * @param district the district's name, ignoring case
   * @param year the year
   * @return the report
   * @throws InvalidValueException if the municipality has no such district
   */
  public DistrictBudgetReport districtReport(String district, Year year) {
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(year, "year");
    District known = municipality().district(district).orElseThrow(() -> unknownDistrict("district", district));
    return line(Optional.of(known.name()), year);
  }

  /**
   * Returns the planned and spent amounts of the municipal budget in a year.
   *
   * @param year the year
   * @return the report
   */
  public DistrictBudgetReport municipalReport(Year year) {
    Objects.requireNonNull(year, "year");
    return line(Optional.empty(), year);
  }

  /**
   * Returns the planned and spent amounts of every district's budget in a year, and of the
   * municipal budget if there is one or a municipality-wide activity that year.
   *
   * @param year the year
   * @return the report
   */
  public BudgetReport budgetReport(Year year) {
    Objects.requireNonNull(year, "year");
    ImmutableBudgetReport.Builder report = ImmutableBudgetReport.builder().year(year)
        .currency(municipality().jurisdiction().currency());
    for (District district : municipality().districts()) {
      report.addLine(line(Optional.of(district.name()), year));
    }
    DistrictBudgetReport municipal = municipalReport(year);
    if (municipal.budget().isPresent() || municipal.activities() > 0) {
      report.addLine(municipal);
    }
    return report.build();
  }

  /**
   * Returns the years with a budget or an activity.
   *
   * @return the years, ascending
   */
  public ImmutableSortedSet<Year> years() {
    ImmutableSortedSet.Builder<Year> years = ImmutableSortedSet.naturalOrder();
    municipality().districts().forEach(d -> d.budgets().forEach(b -> years.add(b.year())));
    municipalBudgets().forEach(b -> years.add(b.year()));
    activities().forEach(a -> years.add(a.budgetYear()));
    return years.build();
  }

  /**
   * Returns a copy with one more activity, provided its budget can cover it.
   *
   * <p>The activity draws its planned cost, or what it spent if it comes with a report. This method
   * keeps the plan within the budget it draws on; the other rules (such as the responsible
   * coordinator) are left to the validator.
   *
   * @param activity the activity
   * @return the plan with the activity added last
   * @throws InvalidValueException if its id is taken, its district is unknown, it has no budget to
   *     draw on, or what is already committed plus what it draws would overspend that budget
   */
  public ActivityPlan withActivity(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    if (activity(activity.id()).isPresent()) {
      throw new InvalidValueException("activity.id", activity.id(), "is taken by another activity of the plan");
    }
    activity.district().filter(d -> municipality().district(d).isEmpty()).ifPresent(d -> {
      throw unknownDistrict("activity.district", d);
    });
    requireCovered(activity, activity.drawn(), sharingBudgetWith(activity));
    return builder().from(this).addActivity(activity).build();
  }

  /**
   * Returns a copy in which an activity has its report, provided its budget can cover what it spent.
   *
   * <p>From then on the activity draws what it spent instead of its planned cost, so a report may
   * free part of the budget or use more of it.
   *
   * @param activityId the id of an activity of the plan, ignoring case
   * @param report the report after the activity
   * @return the plan with the report
   * @throws InvalidValueException if there is no such activity, the report is dated before the
   *     activity's last day, or what it spent would overspend the budget
   */
  public ActivityPlan withReport(String activityId, ActivityReport report) {
    Objects.requireNonNull(activityId, "activityId");
    Objects.requireNonNull(report, "report");
    Activity activity = activity(activityId).orElseThrow(() ->
        new InvalidValueException("activityId", activityId, "is not an activity of the plan"));
    Activity reported = activity.withReport(report);
    List<Activity> others = sharingBudgetWith(activity).stream().filter(a -> a != activity).toList();
    requireCovered(reported, reported.drawn(), others);
    ImmutableList.Builder<Activity> activities = ImmutableList.builder();
    activities().forEach(a -> activities.add(a == activity ? reported : a));
    return builder().from(this).activities(activities.build()).build();
  }

  private void requireCovered(Activity activity, Money drawn, List<Activity> others) {
    String scope = scope(activity.district());
    Money budget = budgetFor(activity).orElseThrow(() -> new InvalidValueException("activity.district",
        activity.district().orElse("(municipality-wide)"), scope + " has no participation budget for "
            + activity.budgetYear() + " to draw on (" + ActivityRulePack.FUNDED + ")"));
    Money committed = Money.ofMinor(budget.currency(), 0);
    for (Activity other : others) {
      committed = committed.plus(other.drawn());
    }
    Money total = committed.plus(drawn);
    if (total.compareTo(budget) > 0) {
      long remaining = budget.minorUnits() - committed.minorUnits();
      throw new InvalidValueException(activity.report().isPresent() ? "activity.report.spent" : "activity.cost",
          drawn, "would overspend the participation budget of " + scope + " for " + activity.budgetYear()
              + ": budget " + budget + ", already committed " + committed + ", remaining "
              + Money.ofMinor(budget.currency(), remaining) + " (" + ActivityRulePack.BUDGET + ")");
    }
  }

  private String scope(Optional<String> district) {
    return district.map(d -> "district '" + municipality().district(d).map(District::name).orElse(d) + "'")
        .orElse("the municipality");
  }

  private DistrictBudgetReport line(Optional<String> district, Year year) {
    Money zero = Money.ofMinor(municipality().jurisdiction().currency(), 0);
    Money planned = zero;
    Money spent = zero;
    Money committed = zero;
    int count = 0;
    int reported = 0;
    for (Activity activity : activities()) {
      if (sameBudget(district, year).test(activity)) {
        count++;
        planned = planned.plus(activity.cost());
        committed = committed.plus(activity.drawn());
        if (activity.report().isPresent()) {
          reported++;
          spent = spent.plus(activity.report().get().spent());
        }
      }
    }
    Optional<Money> budget = district.isPresent() ? districtBudget(district.get(), year) : municipalBudget(year);
    return ImmutableDistrictBudgetReport.builder().district(district).year(year).budget(budget).planned(planned)
        .spent(spent).committed(committed).activities(count).reported(reported).build();
  }

  private static Predicate<Activity> sameBudget(Optional<String> district, Year year) {
    Optional<String> key = district.map(Names::key);
    return a -> a.budgetYear().equals(year) && a.district().map(Names::key).equals(key);
  }

  private InvalidValueException unknownDistrict(String field, String district) {
    return new InvalidValueException(field, district, "is not a district of " + municipality().name() + "; districts: "
        + String.join(", ", municipality().districts().stream().map(District::name).toList()));
  }

  @Value.Check
  ActivityPlan normalize() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < activities().size(); i++) {
      Activity activity = activities().get(i);
      if (!ids.add(Names.key(activity.id()))) {
        throw new InvalidValueException("activities[" + i + "].id", activity.id(),
            "is the id of an earlier activity; activity ids are unique in a plan");
      }
      if (activity.district().isPresent() && municipality().district(activity.district().get()).isEmpty()) {
        throw unknownDistrict("activities[" + i + "].district", activity.district().get());
      }
      if (!activity.cost().currency().equals(municipality().jurisdiction().currency())) {
        throw new InvalidValueException("activities[" + i + "].cost", activity.cost(),
            "must be in " + municipality().jurisdiction().currency() + ", the currency of " + municipality().name());
      }
    }
    Map<Year, AnnualBudget> years = new HashMap<>();
    for (AnnualBudget budget : municipalBudgets()) {
      if (years.put(budget.year(), budget) != null) {
        throw new InvalidValueException("municipalBudgets", budget.year(), "has two municipal budgets for the same year");
      }
      if (!budget.amount().currency().equals(municipality().jurisdiction().currency())) {
        throw new InvalidValueException("municipalBudgets", budget.amount(),
            "must be in " + municipality().jurisdiction().currency() + ", the currency of " + municipality().name());
      }
    }
    ImmutableList<AnnualBudget> sorted =
        ImmutableList.sortedCopyOf((a, b) -> a.year().compareTo(b.year()), municipalBudgets());
    return sorted.equals(municipalBudgets()) ? this : builder().from(this).municipalBudgets(sorted).build();
  }

  @Override
  public String toString() {
    return "ActivityPlan[" + municipality().name() + ", " + activities().size() + " activities]";
  }

  /**
   * Builds an {@link ActivityPlan}, within its budgets or not: the municipality is required,
   * municipal budgets and activities are optional.
   */
  public static final class Builder extends ImmutableActivityPlan.Builder {
    Builder() {}
  }
}
