package org.folkestyre.core.redaction;

/**
 * Dates and check digits of Norwegian and Danish identity numbers, read straight from the
 * characters of a text (no copies), for the scanner.
 *
 * <p>Norwegian numbers (fødselsnummer, D-, H- and FH-numbers), digits {@code d1 … d11}: the first
 * check digit is valid when {@code 3·d1 + 7·d2 + 6·d3 + 1·d4 + 8·d5 + 9·d6 + 4·d7 + 5·d8 + 2·d9 +
 * 1·d10} modulo 11 is 0, or, by the rule valid from 1 January 2032, 0, 1, 2 or 3; the second when
 * {@code 5·d1 + 4·d2 + 3·d3 + 2·d4 + 7·d5 + 6·d6 + 5·d7 + 4·d8 + 3·d9 + 2·d10 + 1·d11} modulo 11 is
 * 0. Danish CPR numbers: the legacy modulus-11 test with weights {@code 4,3,2,7,6,5,4,3,2,1}, which
 * numbers issued since 2007 may fail; it only raises certainty, never decides detection.
 */
final class IdentityNumbers {
  private static final int[] NO_WEIGHTS_1 = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};
  private static final int[] NO_WEIGHTS_2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
  private static final int[] DK_WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
  private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  /** No Norwegian number: an implausible date and no FH-number. */
  static final int NONE = -1;

  private IdentityNumbers() {}

  /**
   * Classifies eleven digits as a Norwegian number by their date, or as an FH-number by their
   * check digits.
   *
   * @param digits the eleven digits, each 0 to 9
   * @return the kind's ordinal in {@link FindingKind}, or {@link #NONE}
   */
  static int norwegianKind(int[] digits) {
    int day = digits[0] * 10 + digits[1];
    int month = digits[2] * 10 + digits[3];
    int year = digits[4] * 10 + digits[5];
    boolean dNumber = day >= 41 && day <= 71;
    if (dNumber) {
      day -= 40;
    }
    boolean hNumber = false;
    if (month >= 41 && month <= 52) {
      month -= 40;
      hNumber = true;
    } else if (month >= 81 && month <= 92) {
      month -= 80; // Test-Norge/Tenor synthetic numbers
    }
    if (isPlausibleDate(day, month, year % 4 == 0)) {
      if (hNumber) {
        return FindingKind.NO_H_NUMBER.ordinal();
      }
      return (dNumber ? FindingKind.NO_D_NUMBER : FindingKind.NO_FODSELSNUMMER).ordinal();
    }
    if ((digits[0] == 8 || digits[0] == 9) && norwegianCheckDigitsValid(digits)) {
      return FindingKind.NO_H_NUMBER.ordinal(); // felles hjelpenummer: random digits, valid check digits
    }
    return NONE;
  }

  /**
   * Returns whether eleven digits have valid Norwegian check digits, by the rule before 2032 or
   * the rule valid from 2032.
   *
   * @param digits the eleven digits
   * @return true if both check digits are valid
   */
  static boolean norwegianCheckDigitsValid(int[] digits) {
    int first = 0;
    for (int i = 0; i < 10; i++) {
      first += NO_WEIGHTS_1[i] * digits[i];
    }
    int second = 0;
    for (int i = 0; i < 11; i++) {
      second += NO_WEIGHTS_2[i] * digits[i];
    }
    return first % 11 <= 3 && second % 11 == 0;
  }

  /**
   * Returns whether ten digits have a plausible CPR birth date: the day and month exist in the
   * year the seventh digit and the two-digit year give.
   *
   * @param digits the ten digits
   * @return true if the date exists
   */
  static boolean danishDatePlausible(int[] digits) {
    int day = digits[0] * 10 + digits[1];
    int month = digits[2] * 10 + digits[3];
    int yy = digits[4] * 10 + digits[5];
    int seventh = digits[6];
    int century;
    if (seventh <= 3) {
      century = 1900;
    } else if (seventh == 4 || seventh == 9) {
      century = yy <= 36 ? 2000 : 1900;
    } else {
      century = yy <= 57 ? 2000 : 1800;
    }
    int year = century + yy;
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return isPlausibleDate(day, month, leap);
  }

  /**
   * Returns whether ten digits pass the legacy CPR modulus-11 test.
   *
   * @param digits the ten digits
   * @return true if the weighted sum is divisible by 11
   */
  static boolean danishModulus11(int[] digits) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += DK_WEIGHTS[i] * digits[i];
    }
    return sum % 11 == 0;
  }

  /**
   * Returns whether eight digits read as a date, {@code YYYYMMDD} or {@code DDMMYYYY}, with a year
   * from 1900 to 2099.
   *
   * @param digits the eight digits
   * @return true if either reading is a date
   */
  static boolean isCompactDate(int[] digits) {
    int a = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    int b = digits[4] * 1000 + digits[5] * 100 + digits[6] * 10 + digits[7];
    if (a >= 1900 && a <= 2099 && isPlausibleDate(b % 100, b / 100, isLeap(a))) {
      return true;
    }
    return b >= 1900 && b <= 2099 && isPlausibleDate(a / 100, a % 100, isLeap(b));
  }

  private static boolean isLeap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static boolean isPlausibleDate(int day, int month, boolean leapPossible) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    if (month == 2 && day == 29) {
      return leapPossible;
    }
    return day <= DAYS_IN_MONTH[month - 1];
  }
}
