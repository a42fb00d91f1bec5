package org.folkestyre.core.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.jurisdiction.Easter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests Easter Sunday, the anchor of every movable holiday. */
class TestEaster {
  private static final MonthDay EARLIEST = MonthDay.of(3, 22);
  private static final MonthDay LATEST = MonthDay.of(4, 25);

  // ---------------------------------------------------------------------------------------------
  // Known dates, each checked against published Easter tables before being written down.

  @ParameterizedTest(name = "Easter {0} is {1}")
  @CsvSource({
      "1900, 1900-04-15",
      "1961, 1961-04-02",
      "2000, 2000-04-23",
      "2008, 2008-03-23",
      "2012, 2012-04-08",
      "2018, 2018-04-01",
      "2019, 2019-04-21",
      "2023, 2023-04-09",
      "2024, 2024-03-31",
      "2025, 2025-04-20",
      "2027, 2027-03-28",
      "2038, 2038-04-25",
      "2100, 2100-03-28",
      "2199, 2199-04-14",
  })
  void knownDates(int year, LocalDate expected) {
    assertEquals(expected, Easter.sunday(year));
  }

  @ParameterizedTest(name = "{0} is one of the rare years with Easter on {1}")
  @CsvSource({
      "1913, 1913-03-23",
      "2008, 2008-03-23",
      "1943, 1943-04-25",
      "2038, 2038-04-25",
  })
  void extremesOfTheRange(int year, LocalDate expected) {
    assertEquals(expected, Easter.sunday(year));
  }

  @Test
  void rejectsYearsBeforeTheGregorianCalendar() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Easter.sunday(1582));
    assertTrue(e.getMessage().contains("1582"), e.getMessage());
  }

  // ---------------------------------------------------------------------------------------------
  // Properties.

  /** Every supported year agrees with Gauss's Easter formula, an independent derivation. */
  @Test
  void agreesWithGaussForEverySupportedYear() {
    for (int year = 1900; year <= 2199; year++) {
      assertEquals(gauss(year), Easter.sunday(year), "year " + year);
    }
  }

  @Test
  void isAlwaysASundayBetween22MarchAnd25April() {
    PropertyCheck.forAll("Easter is a Sunday in [22 Mar, 25 Apr]", 5_000,
        (random, size) -> random.nextInt(1583, 10_000),
        year -> {
          LocalDate easter = Easter.sunday(year);
          assertEquals(year, easter.getYear(), "year");
          assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), "day of week of " + easter);
          MonthDay day = MonthDay.from(easter);
          assertTrue(!day.isBefore(EARLIEST) && !day.isAfter(LATEST), easter + " out of range");
          assertEquals(gauss(year), easter, "Gauss's formula");
        });
  }

  /**
   * Gauss's Easter algorithm for the Gregorian calendar, with its two exceptions; written
   * independently of the algorithm under test.
   */
  private static LocalDate gauss(int year) {
    int a = year % 19;
    int b = year % 4;
    int c = year % 7;
    int k = year / 100;
    int p = (13 + 8 * k) / 25;
    int q = k / 4;
    int m = (15 - p + k - q) % 30;
    int n = (4 + k - q) % 7;
    int d = (19 * a + m) % 30;
    int e = (2 * b + 4 * c + 6 * d + n) % 7;
    if (d == 29 && e == 6) {
      return LocalDate.of(year, 4, 19);
    }
    if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
      return LocalDate.of(year, 4, 18);
    }
    return LocalDate.of(year, 3, 22).plusDays(d + e);
  }
}
