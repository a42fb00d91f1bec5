package org.folkestyre.core.consultation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.folkestyre.core.jurisdiction.HolidayCalendar;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The laws of the earliest closing date, for every opening day of 1990–2060, every kind and both
 * countries: it is on or after the opening day plus the minimum period, it is a working day, and
 * no earlier working day on or after the opening day plus the minimum period exists.
 */
class TestDeadlineLaws {
  private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2060, 12, 31);

  private static void assertLaws(Period minimum, LocalDate opens, LocalDate close, HolidayCalendar calendar,
      String what) {
    LocalDate bound = opens.plus(minimum);
    assertFalse(close.isBefore(bound), () -> what + " opening " + opens + ": " + close + " is before " + bound);
    assertTrue(calendar.isWorkingDay(close), () -> what + " opening " + opens + ": " + close + " is no working day");
    for (LocalDate day = bound; day.isBefore(close); day = day.plusDays(1)) {
      LocalDate earlier = day;
      assertFalse(calendar.isWorkingDay(day), () -> what + " opening " + opens + ": " + earlier
          + " is an earlier working day than " + close);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyDayOf1990To2060_everyKind_bothCountries() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Jurisdiction jurisdiction : List.of(Jurisdiction.norway(), Jurisdiction.denmark())) {
      for (ConsultationKind kind : ConsultationKind.values()) {
        if (!kind.appliesTo(jurisdiction)) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(jurisdiction.id() + " " + kind.id(), () -> {
          HolidayCalendar calendar = jurisdiction.holidayCalendar();
          int days = 0;
          for (LocalDate opens = FIRST; !opens.isAfter(LAST); opens = opens.plusDays(1)) {
            assertLaws(kind.minimumPeriod(), opens, Deadlines.earliestClose(kind, opens, calendar), calendar,
                jurisdiction.id() + " " + kind.id());
            assertLaws(kind.normalPeriod(), opens, Deadlines.normalClose(kind, opens, calendar), calendar,
                jurisdiction.id() + " " + kind.id() + " (normal)");
            days++;
          }
          assertTrue(days == 25_933, "days checked: " + days);
        }));
      }
    }
    return tests.stream();
  }

  /** An opening day of 1990–2060 and a period a municipality might set, up to half a year. */
  private record Case(LocalDate opens, Period period, boolean danish) {}

  @Test
  void municipalitySetPeriods_obeyTheSameLaws() {
    Generator<Case> cases = (random, size) -> new Case(
        FIRST.plusDays(random.nextInt(25_933)),
        Period.of(0, random.nextInt(size / 10 + 1), random.nextInt(size + 1)),
        random.nextBoolean());
    PropertyCheck.forAll("municipality-set periods", 24L, 2_000, 190, cases, c -> {
      HolidayCalendar calendar = (c.danish() ? Jurisdiction.denmark() : Jurisdiction.norway()).holidayCalendar();
      assertLaws(c.period(), c.opens(), Deadlines.earliestClose(c.period(), c.opens(), calendar), calendar,
          c.period().toString());
    });
  }
}
