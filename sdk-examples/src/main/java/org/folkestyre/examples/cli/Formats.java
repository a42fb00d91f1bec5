package org.folkestyre.examples.cli;

import java.math.BigDecimal;
import java.text.NumberFormat;
import org.folkestyre.core.Language;
import org.folkestyre.core.Money;

/**
 * Formats numbers and amounts for text output in the conventions of a language: 101,469 in
 * English, 101 469 in Norwegian, 101.469 in Danish. Non-breaking spaces, which the Norwegian
 * conventions use, become ordinary spaces so that the output can be searched and copied.
 */
final class Formats {
  private Formats() {}

  /** Formats a whole number with grouping. */
  static String integer(long value, Language language) {
    return plain(NumberFormat.getIntegerInstance(language.locale()).format(value));
  }

  /** Formats an amount as currency code and grouped number: "NOK 50,000", or "NOK 12,345.50" with øre. */
  static String money(Money money, Language language) {
    BigDecimal major = money.toMajor();
    NumberFormat format = NumberFormat.getNumberInstance(language.locale());
    int fraction = major.stripTrailingZeros().scale() > 0 ? major.scale() : 0;
    format.setMinimumFractionDigits(fraction);
    format.setMaximumFractionDigits(fraction);
    return money.currency().getCurrencyCode() + " " + plain(format.format(major));
  }

  private static String plain(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }
}
