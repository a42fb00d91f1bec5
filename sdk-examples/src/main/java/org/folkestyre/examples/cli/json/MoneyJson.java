package org.folkestyre.examples.cli.json;

import org.folkestyre.core.Money;

/**
 * An amount of money in the command line's JSON output.
 *
 * @param currency the ISO 4217 code, such as {@code NOK}
 * @param amountMinor the exact amount in minor units (øre)
 * @param amount the amount in major units as a decimal string, such as {@code "500000.00"}
 */
public record MoneyJson(String currency, long amountMinor, String amount) {

  /**
   * Describes an amount.
   *
   * @param money the amount
   * @return its JSON form
   */
  public static MoneyJson of(Money money) {
    return new MoneyJson(money.currency().getCurrencyCode(), money.minorUnits(), money.toMajor().toPlainString());
  }
}
