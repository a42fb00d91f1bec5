package org.folkestyre.toolkit.activity;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.folkestyre.core.Money;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * The participation budgets of a municipality in one year — rapport om midler til medvirkning (NO):
 * one {@link DistrictBudgetReport} per district, in the municipality's order, and one for the
 * municipal budget when there is one or a municipality-wide activity draws on it.
 *
 * <p>Obtain one from {@link ActivityPlan#budgetReport(Year)}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class BudgetReport {
  BudgetReport() {}

  /**
   * Returns the year.
   *
   * @return the budget year
   */
  public abstract Year year();

  /**
   * Returns the currency of every amount.
   *
   * @return the municipality's currency
   */
  public abstract Currency currency();

  /**
   * Returns one line per district, in the municipality's order, then the municipal line if any.
   *
   * @return the lines
   */
  public abstract ImmutableList<DistrictBudgetReport> lines();

  /**
   * Returns the line of a district, ignoring case.
   *
   * @param district the district's name
   * @return the line, or empty if the municipality has no such district
   */
  public Optional<DistrictBudgetReport> line(String district) {
    Objects.requireNonNull(district, "district");
    String key = Names.key(district);
    return lines().stream().filter(l -> l.district().map(d -> Names.key(d).equals(key)).orElse(false)).findFirst();
  }

  /**
   * Returns the line of the municipal budget for municipality-wide activities.
   *
   * @return the line, or empty if there is neither a municipal budget nor a municipality-wide activity
   */
  public Optional<DistrictBudgetReport> municipal() {
    return lines().stream().filter(DistrictBudgetReport::isMunicipal).findFirst();
  }

  /**
   * Returns the sum of the budgets set.
   *
   * @return the total budget
   */
  public Money totalBudget() {
    return sum(l -> l.budget().orElse(Money.ofMinor(currency(), 0)));
  }

  /**
   * Returns the sum of the planned amounts.
   *
   * @return the total planned
   */
  public Money totalPlanned() {
    return sum(DistrictBudgetReport::planned);
  }

  /**
   * Returns the sum of the amounts spent.
   *
   * @return the total spent
   */
  public Money totalSpent() {
    return sum(DistrictBudgetReport::spent);
  }

  /**
   * Returns the sum of the committed amounts: each activity at what it spent once reported, at its
   * planned cost before.
   *
   * @return the total committed
   */
  public Money totalCommitted() {
    return sum(DistrictBudgetReport::committed);
  }

  /**
   * Returns the lines that are overspent.
   *
   * @return the overspent lines, possibly none
   */
  public ImmutableList<DistrictBudgetReport> overspent() {
    return lines().stream().filter(DistrictBudgetReport::isOverspent).collect(ImmutableList.toImmutableList());
  }

  private Money sum(Function<DistrictBudgetReport, Money> amount) {
    Money total = Money.ofMinor(currency(), 0);
    for (DistrictBudgetReport line : lines()) {
      total = total.plus(amount.apply(line));
    }
    return total;
  }
}
