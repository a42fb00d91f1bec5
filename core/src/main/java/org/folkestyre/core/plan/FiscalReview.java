package org.folkestyre.core.plan;

import org.immutables.value.Value;

/**
 * A budget's key figures together with the fiscal policy they are checked against: the subject of
 * the fiscal rules.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FiscalReview {
  FiscalReview() {}

  /**
   * Returns the key figures.
   *
   * @return the figures
   */
  @Value.Parameter
  public abstract BudgetKeyFigures figures();

  /**
   * Returns the policy.
   *
   * @return the fiscal policy
   */
  @Value.Parameter
  public abstract FiscalPolicy policy();

  /**
   * Obtains a review.
   *
   * @param figures the key figures
   * @param policy the fiscal policy
   * @return the review
   */
  public static FiscalReview of(BudgetKeyFigures figures, FiscalPolicy policy) {
    return ImmutableFiscalReview.of(figures, policy);
  }
}
