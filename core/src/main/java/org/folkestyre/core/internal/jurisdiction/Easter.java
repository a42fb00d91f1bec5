package org.folkestyre.core.internal.jurisdiction;

import java.time.LocalDate;
import org.folkestyre.core.InvalidValueException;

/**
 * Easter Sunday in the Gregorian calendar, the date the movable holidays of Norway and Denmark
 * count from.
 *
 * <p>Uses the anonymous Gregorian algorithm (published by Meeus), which is exact for every
 * Gregorian year: Easter is the first Sunday after the ecclesiastical full moon on or after
 * 21 March, and always falls between 22 March and 25 April.
 */
public final class Easter {
  /** The first year of the Gregorian calendar. */
  public static final int FIRST_GREGORIAN_YEAR = 1583;

  private Easter() {}

  /**
   * Returns Easter Sunday of a year.
   *
   * @param year the year, 1583 or later
   * @return Easter Sunday, between 22 March and 25 April of that year
   * @throws InvalidValueException if the year is before 1583
   */
  public static LocalDate sunday(int year) {
    if (year < FIRST_GREGORIAN_YEAR) {
      throw new InvalidValueException(
          "year", year, "must be " + FIRST_GREGORIAN_YEAR + " or later (Gregorian calendar)");
    }
    int golden = year % 19;
    int century = year / 100;
    int yearOfCentury = year % 100;
    int skippedLeapCenturies = century / 4;
    int centuryRemainder = century % 4;
    int moonCorrection = (century + 8) / 25;
    int solarCorrection = (century - moonCorrection + 1) / 3;
    int epact = (19 * golden + century - skippedLeapCenturies - solarCorrection + 15) % 30;
    int leapQuarters = yearOfCentury / 4;
    int leapRemainder = yearOfCentury % 4;
    int weekdayOffset =
        (32 + 2 * centuryRemainder + 2 * leapQuarters - epact - leapRemainder) % 7;
    int lateCorrection = (golden + 11 * epact + 22 * weekdayOffset) / 451;
    int sum = epact + weekdayOffset - 7 * lateCorrection + 114;
    int month = sum / 31;
    int day = sum % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
