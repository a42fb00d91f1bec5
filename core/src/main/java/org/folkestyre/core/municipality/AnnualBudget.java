package org.folkestyre.core.municipality;

import java.time.Year;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.immutables.value.Value;

/**
 * A district's budget for participation activities in one year (seed: NOK 50,000 per district in 2020).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnnualBudget {
  AnnualBudget() {}

  /**
   * Returns the budget year.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract Year year();

  /**
   * Returns the amount, in whole minor units.
   *
   * @return the amount, not negative
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Obtains a budget.
   *
   * @param year the budget year
   * @param amount the amount, not negative
   * @return the budget
   * @throws InvalidValueException if the amount is negative
   */
  public static AnnualBudget of(Year year, Money amount) {
    return ImmutableAnnualBudget.of(year, amount);
  }

  @Value.Check
  void check() {
    if (amount().isNegative()) {
      throw new InvalidValueException("budget.amount", amount(), "must not be negative");
    }
  }
}
