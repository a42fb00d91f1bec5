package org.folkestyre.toolkit.budgeting;

import java.math.BigDecimal;
import java.util.Objects;
import org.folkestyre.core.InvalidValueException;

/**
 * An exact, non-negative amount of money in an election's own unit, such as a budget or a project
 * cost — beløp.
 *
 * <p>Folkestyre's own elections count in whole minor units (øre), but data from elsewhere may carry
 * decimals (a Pabulib budget of {@code 748772.64}); an amount holds either exactly, as a decimal
 * without trailing zeros, so {@code 400000.0} and {@code 400000} are equal. It is never rounded and
 * never floating point. This class is immutable and thread-safe.
 */
public final class Amount implements Comparable<Amount> {
  /** The amount zero. */
  public static final Amount ZERO = new Amount(BigDecimal.ZERO);

  private final BigDecimal value;

  private Amount(BigDecimal value) {
    this.value = value;
  }

  /**
   * Obtains an amount of whole units.
   *
   * @param units the amount, 0 or more
   * @return the amount
   * @throws InvalidValueException if the amount is negative
   */
  public static Amount of(long units) {
    return of(BigDecimal.valueOf(units));
  }

  /**
   * Obtains an amount from an exact decimal.
   *
   * @param value the amount, 0 or more
   * @return the amount, with trailing zeros removed
   * @throws InvalidValueException if the amount is negative
   */
  public static Amount of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new InvalidValueException("amount", value.toPlainString(), "must not be negative");
    }
    if (value.signum() == 0) {
      return ZERO;
    }
    BigDecimal normal = value.stripTrailingZeros();
    if (normal.scale() < 0) {
      normal = normal.setScale(0);
    }
    return new Amount(normal);
  }

  /**
   * Parses a decimal amount such as {@code "45000"}, {@code "400000.0"} or {@code "748772.64"}.
   *
   * <p>A decimal comma ({@code "748772,64"}) is read as a decimal point; exponents, signs other than
   * a leading minus, and grouping separators are rejected.
   *
   * @param text the text
   * @return the amount
   * @throws InvalidValueException if the text is not a non-negative decimal number
   */
  public static Amount parse(String text) {
    Objects.requireNonNull(text, "text");
    String normal = text.trim().replace(',', '.');
    if (!normal.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw new InvalidValueException("amount", text, "must be a decimal number such as 45000 or 748772.64");
    }
    return of(new BigDecimal(normal));
  }

  /**
   * Returns the amount as an exact decimal.
   *
   * @return the amount, without trailing zeros
   */
  public BigDecimal toBigDecimal() {
    return value;
  }

  /**
   * Returns whether the amount is a whole number of units.
   *
   * @return true if it has no fractional part
   */
  public boolean isWhole() {
    return value.scale() <= 0;
  }

  /**
   * Returns whether the amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * Returns the amount as whole units.
   *
   * @return the amount
   * @throws ArithmeticException if the amount has a fractional part or does not fit in a {@code long}
   */
  public long toLongExact() {
    return value.longValueExact();
  }


  /**
   * Returns the sum of this amount and another.
   *
   * @param other the amount to add
   * @return the sum
   */
  public Amount plus(Amount other) {
    return of(value.add(other.value));
  }

  /**
   * Returns this amount less another.
   *
   * @param other the amount to subtract, at most this amount
   * @return the difference
   * @throws InvalidValueException if the result would be negative
   */
  public Amount minus(Amount other) {
    return of(value.subtract(other.value));
  }

  @Override
  public int compareTo(Amount other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Amount && value.equals(((Amount) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the amount in plain decimal notation, such as {@code "748772.64"}.
   *
   * @return the amount
   */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
