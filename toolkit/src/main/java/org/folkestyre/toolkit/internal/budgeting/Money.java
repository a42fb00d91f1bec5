package org.folkestyre.toolkit.internal.budgeting;

/** Formats exact amounts for explanations. */
final class Money {
  private Money() {}

  /** The amount as a decimal if it is one with at most six places, else as the exact fraction and a rounded value. */
  static String text(Rational value) {
    return value.decimalText().orElseGet(() -> value + " (≈ " + value.toBigDecimal(2).toPlainString() + ")");
  }
}
