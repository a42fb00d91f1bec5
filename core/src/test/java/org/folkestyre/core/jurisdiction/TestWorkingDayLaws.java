package org.folkestyre.core.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property tests of the holiday calendars over seeded random dates, for every built-in
 * jurisdiction. The laws, for a calendar {@code c}, dates {@code a, b, d} and
 * {@code between = c.workingDaysBetween}, {@code plus = c.plusWorkingDays}:
 * <ol>
 *   <li>holidays of a year are in that year, strictly ascending (unique dates), and
 *       {@code isWorkingDay(d) == (d is Monday to Friday && !isHoliday(d))};</li>
 *   <li>{@code plus(d, 0) == d}; for {@code n != 0}, {@code plus(d, n)} is a working day, after
 *       {@code d} when {@code n > 0} and before it when {@code n < 0};</li>
 *   <li>counting law: for {@code n < 0}, {@code between(d, plus(d, n)) == n}; for {@code n > 0},
 *       {@code between(d, plus(d, n)) == n - 1 + (isWorkingDay(d) ? 1 : 0)}, that is
 *       {@code between(d + 1, plus(d, n) + 1) == n}; so on a working day {@code d},
 *       {@code between(d, plus(d, n)) == n} for every {@code n};</li>
 *   <li>round trip: on a working day {@code d}, {@code plus(plus(d, n), -n) == d};</li>
 *   <li>{@code plus(d, n)} equals stepping day by day and counting working days;</li>
 *   <li>{@code between(a, b) == -between(b, a)}, {@code between(a, a) == 0} and
 *       {@code between(a, b) + between(b, c) == between(a, c)} for dates in any order;</li>
 *   <li>{@code between(a, b)} equals a day-by-day count of working days in {@code [a, b)};</li>
 *   <li>{@code w = workingDayOnOrAfter(d)} is a working day, {@code w >= d},
 *       {@code between(d, w) == 0}, {@code workingDayOnOrAfter(w) == w}, and {@code w == d}
 *       exactly when {@code d} is a working day;
 *       {@code nextWorkingDay(d) == workingDayOnOrAfter(d + 1) == plus(d, 1)}.</li>
 * </ol>
 */
class TestWorkingDayLaws {
  private static final int TRIES = 2_000;
  /** Dates drawn for {@code plusWorkingDays} stay this far inside the range, so results fit. */
  private static final LocalDate SAFE_FIRST = LocalDate.of(1910, 1, 1);
  private static final LocalDate SAFE_LAST = LocalDate.of(2189, 12, 31);
  private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2199, 12, 31);

  /** A date and a number of working days to add. */
  record Shift(String jurisdiction, LocalDate date, int workingDays) {}

  /** Three dates in any order. */
  record Dates(String jurisdiction, LocalDate a, LocalDate b, LocalDate c) {}

  /** A date. */
  record Day(String jurisdiction, LocalDate date) {}

  private static HolidayCalendar calendar(String id) {
    return Jurisdiction.of(id).holidayCalendar();
  }

  // ---------------------------------------------------------------------------------------------
  // Generators: pure functions of a random generator and a size.

  /**
   * Draws a date between {@code first} and {@code last}, biased towards where bugs live: around
   * holidays, around the turn of the year and at the ends of the range.
   */
  static LocalDate date(RandomGenerator random, HolidayCalendar calendar, LocalDate first,
      LocalDate last) {
    int kind = random.nextInt(10);
    LocalDate date;
    if (kind < 4) {
      date = LocalDate.ofEpochDay(random.nextLong(first.toEpochDay(), last.toEpochDay() + 1));
    } else if (kind < 7) {
      int year = random.nextInt(first.getYear(), last.getYear() + 1);
      List<PublicHoliday> holidays = calendar.holidays(year);
      date = holidays.get(random.nextInt(holidays.size())).date().plusDays(random.nextInt(-4, 5));
    } else if (kind < 9) {
      int year = random.nextInt(first.getYear(), last.getYear() + 1);
      date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(-6, 7));
    } else {
      date = random.nextBoolean()
          ? first.plusDays(random.nextInt(0, 15))
          : last.minusDays(random.nextInt(0, 15));
    }
    return clamp(date, first, last);
  }

  private static LocalDate clamp(LocalDate date, LocalDate first, LocalDate last) {
    return date.isBefore(first) ? first : date.isAfter(last) ? last : date;
  }

  /** A number of working days: mostly small, up to {@code 10 * size} (about four years). */
  static int workingDays(RandomGenerator random, int size) {
    int bound = random.nextInt(4) == 0 ? 6 : 10 * size;
    return random.nextInt(-bound, bound + 1);
  }

  static Shift shift(String id, RandomGenerator random, int size) {
    return new Shift(id, date(random, calendar(id), SAFE_FIRST, SAFE_LAST),
        workingDays(random, size));
  }

  /** Three dates: the second and third within {@code 60 * size} days of the first, or anywhere. */
  static Dates dates(String id, RandomGenerator random, int size) {
    HolidayCalendar calendar = calendar(id);
    LocalDate a = date(random, calendar, FIRST, LAST);
    return new Dates(id, a, near(random, calendar, a, size), near(random, calendar, a, size));
  }

  private static LocalDate near(RandomGenerator random, HolidayCalendar calendar, LocalDate a,
      int size) {
    if (random.nextInt(10) == 0) {
      return date(random, calendar, FIRST, LAST);
    }
    int span = 60 * size;
    return clamp(a.plusDays(random.nextInt(-span, span + 1)), FIRST, LAST);
  }

  // ---------------------------------------------------------------------------------------------
  // Oracles, written without the calendar's arithmetic.

  private static boolean naiveWorkingDay(HolidayCalendar calendar, LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      return false;
    }
    for (PublicHoliday holiday : calendar.holidays(date.getYear())) {
      if (holiday.date().equals(date)) {
        return false;
      }
    }
    return true;
  }

  private static long naiveBetween(HolidayCalendar calendar, LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      return -naiveBetween(calendar, end, start);
    }
    long count = 0;
    for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
      if (naiveWorkingDay(calendar, day)) {
        count++;
      }
    }
    return count;
  }

  private static LocalDate naivePlus(HolidayCalendar calendar, LocalDate date, int workingDays) {
    int step = workingDays > 0 ? 1 : -1;
    LocalDate day = date;
    for (int left = Math.abs(workingDays); left > 0; ) {
      day = day.plusDays(step);
      if (naiveWorkingDay(calendar, day)) {
        left--;
      }
    }
    return day;
  }

  // ---------------------------------------------------------------------------------------------
  // Law 1

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NO", "DK"})
  void holidaysAreSortedUniqueAndInTheirYear(String id) {
    HolidayCalendar calendar = calendar(id);
    for (int year = calendar.firstSupportedYear(); year <= calendar.lastSupportedYear(); year++) {
      List<PublicHoliday> holidays = calendar.holidays(year);
      for (int i = 0; i < holidays.size(); i++) {
        PublicHoliday holiday = holidays.get(i);
        assertEquals(year, holiday.date().getYear(), holiday.toString());
        assertEquals(holiday, calendar.holiday(holiday.date()).orElseThrow(), holiday.toString());
        if (i > 0) {
          assertTrue(holidays.get(i - 1).date().isBefore(holiday.date()),
              id + " " + year + " not strictly ascending: " + holidays);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NO", "DK"})
  void workingDayIsAWeekdayThatIsNoHoliday(String id) {
    HolidayCalendar calendar = calendar(id);
    PropertyCheck.forAll(id + ": isWorkingDay/isHoliday agree with holidays(year)", TRIES,
        (random, size) -> new Day(id, date(random, calendar, FIRST, LAST)),
        day -> {
          LocalDate d = day.date();
          boolean listed = calendar.holidays(d.getYear()).stream().anyMatch(h -> h.date().equals(d));
          assertEquals(listed, calendar.isHoliday(d), "isHoliday");
          assertEquals(listed, calendar.holiday(d).isPresent(), "holiday");
          assertEquals(naiveWorkingDay(calendar, d), calendar.isWorkingDay(d), "isWorkingDay");
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Laws 2 to 5

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NO", "DK"})
  void plusWorkingDaysLandsOnAWorkingDayOnTheRightSide(String id) {
    HolidayCalendar calendar = calendar(id);
    PropertyCheck.forAll(id + ": plusWorkingDays lands on a working day", TRIES,
        (random, size) -> shift(id, random, size),
        s -> {
          LocalDate result = calendar.plusWorkingDays(s.date(), s.workingDays());
          if (s.workingDays() == 0) {
            assertEquals(s.date(), result, "adding zero");
          } else {
            assertTrue(calendar.isWorkingDay(result), result + " is not a working day");
            assertEquals(s.workingDays() > 0, result.isAfter(s.date()), "direction of " + result);
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NO", "DK"})
  void plusWorkingDaysAndWorkingDaysBetweenAgree(String id) {
    HolidayCalendar calendar = calendar(id);
    PropertyCheck.forAll(id + ": counting law", TRIES,
        (random, size) -> shift(id, random, size),
        s -> {
          LocalDate d = s.date();
          int n = s.workingDays();
          LocalDate result = calendar.plusWorkingDays(d, n);
          long expected = n > 0 && !calendar.isWorkingDay(d) ? n - 1 : n;
          assertEquals(expected, calendar.workingDaysBetween(d, result),
              "workingDaysBetween(" + d + ", " + result + ")");
          if (n > 0) {
            assertEquals(n, calendar.workingDaysBetween(d.plusDays(1), result.plusDays(1)),
                "workingDaysBetween(d + 1, result + 1)");
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NO", "DK"})
  void plusWorkingDaysRoundTripsFromAWorkingDay(String id) {
    HolidayCalendar calendar = calendar(id);
    PropertyCheck.forAll(id + ": plus(plus(d, n), -n) == d on a working day", TRIES,
        (random, size) -> {
          Shift s = shift(id, random, size);
          return new Shift(id, calendar.workingDayOnOrAfter(s.date()), s.workingDays());
        },
        s -> {
          LocalDate there = calendar.plusWorkingDays(s.date(), s.workingDays());
          assertEquals(s.date(), calendar.plusWorkingDays(there, -s.workingDays()),
              "back from " + there);
        });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NO", "DK"})
  void plusWorkingDaysMatchesSteppingDayByDay(String id) {
    HolidayCalendar calendar = calendar(id);
    PropertyCheck.forAll(id + ": plusWorkingDays equals stepping", TRIES,
        (random, size) -> shift(id, random, size),
        s -> assertEquals(naivePlus(calendar, s.date(), s.workingDays()),
            calendar.plusWorkingDays(s.date(), s.workingDays())));
  }

  // ---------------------------------------------------------------------------------------------
  // Laws 6 and 7

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NO", "DK"})
  void workingDaysBetweenIsAntisymmetricAndAdditive(String id) {
    HolidayCalendar calendar = calendar(id);
    PropertyCheck.forAll(id + ": antisymmetric and additive", TRIES,
        (random, size) -> dates(id, random, size),
        t -> {
          long ab = calendar.workingDaysBetween(t.a(), t.b());
          long bc = calendar.workingDaysBetween(t.b(), t.c());
          long ac = calendar.workingDaysBetween(t.a(), t.c());
          assertEquals(-ab, calendar.workingDaysBetween(t.b(), t.a()), "antisymmetry");
          assertEquals(0, calendar.workingDaysBetween(t.a(), t.a()), "empty interval");
          assertEquals(ac, ab + bc, "additivity");
          long days = ChronoUnit.DAYS.between(t.a(), t.b());
          assertTrue(Math.abs(ab) <= Math.abs(days), "more working days than days");
          assertTrue(Long.signum(ab) * Long.signum(days) >= 0, "sign");
        });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NO", "DK"})
  void workingDaysBetweenMatchesADayByDayCount(String id) {
    HolidayCalendar calendar = calendar(id);
    PropertyCheck.forAll(id + ": workingDaysBetween equals a day-by-day count", TRIES / 4,
        (random, size) -> dates(id, random, size),
        t -> assertEquals(naiveBetween(calendar, t.a(), t.b()),
            calendar.workingDaysBetween(t.a(), t.b())));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NO", "DK"})
  void workingDaysBetweenMatchesADayByDayCountOverTheWholeRange(String id) {
    HolidayCalendar calendar = calendar(id);
    assertEquals(naiveBetween(calendar, FIRST, LAST), calendar.workingDaysBetween(FIRST, LAST));
    assertEquals(naiveBetween(calendar, FIRST, LAST), calendar.workingDaysBetween(LAST, FIRST) * -1);
  }

  // ---------------------------------------------------------------------------------------------
  // Law 8

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NO", "DK"})
  void workingDayOnOrAfterIsIdempotentAndNeverEarlier(String id) {
    HolidayCalendar calendar = calendar(id);
    PropertyCheck.forAll(id + ": workingDayOnOrAfter", TRIES,
        (random, size) -> new Day(id, date(random, calendar, FIRST, SAFE_LAST)),
        day -> {
          LocalDate d = day.date();
          LocalDate w = calendar.workingDayOnOrAfter(d);
          assertTrue(calendar.isWorkingDay(w), w + " is not a working day");
          assertFalse(w.isBefore(d), "earlier: " + w);
          assertEquals(0, calendar.workingDaysBetween(d, w), "skipped a working day before " + w);
          assertEquals(w, calendar.workingDayOnOrAfter(w), "idempotent");
          assertEquals(calendar.isWorkingDay(d), w.equals(d), "unchanged exactly on working days");
          LocalDate next = calendar.nextWorkingDay(d);
          assertEquals(calendar.workingDayOnOrAfter(d.plusDays(1)), next, "nextWorkingDay");
          assertEquals(calendar.plusWorkingDays(d, 1), next, "plusWorkingDays(d, 1)");
        });
  }
}
