package org.folkestyre.core.election;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the explanation of a seat allocation: the quotient that won a seat —
 * kvotient (NO), kvotient (DK).
 *
 * <p>For a divisor method the quotient is {@code votes ÷ divisor}. For Hare it is the votes the
 * winner had left when it won the seat: its vote total minus one Hare quota (total votes ÷ seats)
 * for every seat it had already won; whole quotas come first, then the largest remainders. The
 * quotient is rounded to 4 decimal places for display only: the allocation itself compares exact
 * values. Obtained from {@link SeatAllocation#quotients()}; immutable and thread-safe.
 */
@Value.Immutable
public abstract class WinningQuotient {
  WinningQuotient() {}

  /**
   * Returns the stage the seat was won in: the empty string for a single-stage allocation and for
   * the first stage of an allocation with alliances; otherwise the name of the alliance whose
   * seats were being divided.
   *
   * @return the stage, such as {@code ""} or {@code "VF1"}
   */
  public abstract String stage();

  /**
   * Returns the number of the seat within its stage, counted from 1 in the order seats are won.
   *
   * @return the seat number
   */
  public abstract int seat();

  /**
   * Returns the winner of the seat: a list, or in the first stage of an allocation with alliances
   * possibly an alliance, and in a valgforbund's stage possibly a listeforbund.
   *
   * @return the name of the list or alliance
   */
  public abstract String list();

  /**
   * Returns the vote total of the winner in its stage; for an alliance, the sum of its lists.
   *
   * @return the vote total
   */
  public abstract long votes();

  /**
   * Returns the divisor of a divisor method: the vote total was divided by it to give the quotient.
   *
   * @return the exact divisor, such as {@code 1.4} or {@code 3}; empty for Hare
   */
  public abstract Optional<BigDecimal> divisor();

  /**
   * Returns the quotient that won the seat, rounded half up to 4 decimal places.
   *
   * @return the quotient, such as {@code 71428.5714}
   */
  public abstract BigDecimal quotient();

  @Override
  public String toString() {
    return (stage().isEmpty() ? "" : stage() + " ") + "seat " + seat() + ": " + list() + " "
        + quotient().toPlainString();
  }
}
