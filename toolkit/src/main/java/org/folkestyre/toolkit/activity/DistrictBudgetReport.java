package org.folkestyre.toolkit.activity;

import java.time.Year;
import java.util.Optional;
import org.folkestyre.core.Money;
import org.immutables.value.Value;

/**
 * The state of one participation budget in one year — budsjettoppfølging per kommunedel (NO): the
 * budget of a district (kommunedel), or the municipal budget for municipality-wide activities,
 * beside what its activities plan and have spent.
 *
 * <p>{@link #planned()} sums the planned cost of every activity drawing on the budget and
 * {@link #spent()} what the reported ones spent; {@link #committed()} counts each activity at what
 * it spent once reported and at its planned cost before, and is what the budget must cover
 * ({@link ActivityRulePack#BUDGET}). Obtain one from {@link ActivityPlan#districtReport(String, Year)},
 * {@link ActivityPlan#municipalReport(Year)} or {@link ActivityPlan#budgetReport(Year)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DistrictBudgetReport {
  DistrictBudgetReport() {}

  /**
   * Returns the district whose budget this is.
   *
   * @return the district's name, or empty for the municipal budget
   */
  public abstract Optional<String> district();

  /**
   * Returns the budget year.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Returns the budget.
   *
   * @return the amount, or empty if no budget is set for the year
   */
  public abstract Optional<Money> budget();

  /**
   * Returns the sum of the planned costs of the activities drawing on the budget.
   *
   * @return the planned amount, not negative
   */
  public abstract Money planned();

  /**
   * Returns the sum of what the reported activities spent.
   *
   * @return the amount spent, not negative
   */
  public abstract Money spent();

  /**
   * Returns what the activities draw on the budget: each at what it spent once reported, at its
   * planned cost before.
   *
   * @return the committed amount, not negative
   */
  public abstract Money committed();

  /**
   * Returns the number of activities drawing on the budget.
   *
   * @return the count
   */
  public abstract int activities();

  /**
   * Returns the number of those activities that have a report.
   *
   * @return the count, at most {@link #activities()}
   */
  public abstract int reported();

  /**
   * Returns whether this is the municipal budget for municipality-wide activities.
   *
   * @return true if no district is named
   */
  public boolean isMunicipal() {
    return district().isEmpty();
  }

  /**
   * Returns what is left of the budget after what is committed; negative when overspent.
   *
   * @return the remaining amount, or empty if no budget is set
   */
  public Optional<Money> remaining() {
    return budget().map(b -> Money.ofMinor(b.currency(), Math.subtractExact(b.minorUnits(), committed().minorUnits())));
  }

  /**
   * Returns whether more is committed than the budget holds; with no budget, whether anything is
   * committed at all.
   *
   * @return true if overspent
   */
  public boolean isOverspent() {
    return remaining().map(Money::isNegative).orElse(committed().isPositive());
  }

  @Override
  public String toString() {
    return district().orElse("municipality") + " " + year() + ": budget " + budget().map(Money::toString).orElse("none")
        + ", planned " + planned() + ", spent " + spent() + ", committed " + committed();
  }
}
