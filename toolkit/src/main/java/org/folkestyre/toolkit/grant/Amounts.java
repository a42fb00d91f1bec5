package org.folkestyre.toolkit.grant;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import org.folkestyre.core.Language;

/** Formats amounts in øre for the texts of decisions and reports. */
final class Amounts {
  private Amounts() {}

  /** Formats øre as {@code DKK 75.000} (da), {@code DKK 75 000} (nb, nn) or {@code DKK 75,000} (en). */
  static String format(long minor, Currency currency, Language language) {
    NumberFormat format = NumberFormat.getNumberInstance(language.locale());
    int fraction = minor % 100 == 0 ? 0 : 2;
    format.setMinimumFractionDigits(fraction);
    format.setMaximumFractionDigits(fraction);
    String number = format.format(BigDecimal.valueOf(minor, 2));
    return currency.getCurrencyCode() + " " + number.replace('\u00a0', ' ').replace('\u202f', ' ');
  }
}
