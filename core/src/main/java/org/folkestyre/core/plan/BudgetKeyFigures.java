package org.folkestyre.core.plan;

import java.time.Year;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.immutables.value.Value;

/**
 * The key figures of a budget or annual accounts that fiscal rules are checked against —
 * finansielle nøkkeltall (NO), nøgletal (DK).
 *
 * <p>All amounts are in one currency. This class is immutable and thread-safe. Build one with
 * {@link #builder()}.
 */
@Value.Immutable
public abstract class BudgetKeyFigures {
  BudgetKeyFigures() {}

  /**
   * Returns the budget year.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Returns the operating revenue — driftsinntekter.
   *
   * @return the revenue, positive
   */
  public abstract Money operatingRevenue();

  /**
   * Returns the net operating result — netto driftsresultat; negative means running operations do
   * not balance.
   *
   * @return the net operating result
   */
  public abstract Money netOperatingResult();

  /**
   * Returns the long-term debt — lånegjeld.
   *
   * @return the debt, not negative
   */
  public abstract Money debt();

  /**
   * Returns the disposition fund — disposisjonsfond.
   *
   * @return the fund, not negative
   */
  public abstract Money dispositionFund();

  /**
   * Returns the interest-rate reserve fund — rentesikringsfond.
   *
   * @return the fund, not negative
   */
  public abstract Money interestReserveFund();

  /**
   * Returns the non-profitable investments of the year — ikke-rentable investeringer.
   *
   * @return the investments, not negative
   */
  public abstract Money nonProfitableInvestments();

  /**
   * Returns how much of those investments is financed from operations rather than loans —
   * egenfinansiering.
   *
   * @return the self-financing, not negative
   */
  public abstract Money selfFinancing();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Money[] all = {operatingRevenue(), netOperatingResult(), debt(), dispositionFund(), interestReserveFund(),
        nonProfitableInvestments(), selfFinancing()};
    for (Money money : all) {
      if (!money.currency().equals(operatingRevenue().currency())) {
        throw new InvalidValueException("currency", money, "all key figures must be in " + operatingRevenue().currency());
      }
    }
    if (!operatingRevenue().isPositive()) {
      throw new InvalidValueException("operatingRevenue", operatingRevenue(), "must be positive");
    }
    Money[] nonNegative = {debt(), dispositionFund(), interestReserveFund(), nonProfitableInvestments(), selfFinancing()};
    for (Money money : nonNegative) {
      if (money.isNegative()) {
        throw new InvalidValueException("keyFigures", money, "debt, funds, investments and self-financing must not be negative");
      }
    }
  }

  /** Builds {@link BudgetKeyFigures}: every figure is required. */
  public static final class Builder extends ImmutableBudgetKeyFigures.Builder {
    Builder() {}
  }
}
