package org.folkestyre.core;

import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * An amount of money in whole minor units: øre for NOK and DKK.
 *
 * <p>Amounts are exact {@code long} counts of the currency's minor unit, never floating point;
 * {@code Money.ofMajor(NOK, 50_000)} is NOK 50,000, held as 5,000,000 øre. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Money implements Comparable<Money> {
  /** Norwegian krone. */
  public static final Currency NOK = Currency.getInstance("NOK");
  /** Danish krone. */
  public static final Currency DKK = Currency.getInstance("DKK");

  Money() {}

  /**
   * Returns the currency.
   *
   * @return the currency, such as NOK
   */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Returns the amount in minor units (øre).
   *
   * @return the amount in minor units, possibly negative
   */
  @Value.Parameter
  public abstract long minorUnits();

  /**
   * Obtains an amount in minor units.
   *
   * @param currency the currency
   * @param minorUnits the amount in minor units, such as øre
   * @return the amount
   */
  public static Money ofMinor(Currency currency, long minorUnits) {
    return ImmutableMoney.of(currency, minorUnits);
  }

  /**
   * Obtains an amount in whole major units, such as kroner.
   *
   * @param currency the currency
   * @param majorUnits the amount in major units
   * @return the amount
   * @throws InvalidValueException if the amount overflows a {@code long} of minor units
   */
  public static Money ofMajor(Currency currency, long majorUnits) {
    long factor = BigDecimal.ONE.movePointRight(fractionDigits(currency)).longValueExact();
    try {
      return ofMinor(currency, Math.multiplyExact(majorUnits, factor));
    } catch (ArithmeticException e) {
      throw new InvalidValueException("majorUnits", majorUnits, "overflows the range of minor units");
    }
  }

  /**
   * Returns whether the amount is above zero.
   *
   * @return true if positive
   */
  public boolean isPositive() {
    return minorUnits() > 0;
  }

  /**
   * Returns whether the amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return minorUnits() < 0;
  }

  /**
   * Returns this amount plus another in the same currency.
   *
   * @param other the amount to add
   * @return the sum
   * @throws InvalidValueException if the currencies differ or the sum overflows
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    try {
      return ofMinor(currency(), Math.addExact(minorUnits(), other.minorUnits()));
    } catch (ArithmeticException e) {
      throw new InvalidValueException("amount", other, "the sum overflows the range of minor units");
    }
  }

  /**
   * Returns the amount as a decimal number of major units, such as {@code 50000.00}.
   *
   * @return the exact amount in major units
   */
  public BigDecimal toMajor() {
    return BigDecimal.valueOf(minorUnits(), fractionDigits(currency()));
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minorUnits(), other.minorUnits());
  }

  private void requireSameCurrency(Money other) {
    if (!currency().equals(other.currency())) {
      throw new InvalidValueException(
          "currency", other.currency(), "must match " + currency() + " to combine amounts");
    }
  }

  private static int fractionDigits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  /**
   * Returns the amount as currency code and major units, such as {@code NOK 50000.00}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return currency().getCurrencyCode() + " " + toMajor().toPlainString();
  }
}
