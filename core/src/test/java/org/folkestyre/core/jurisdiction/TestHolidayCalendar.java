package org.folkestyre.core.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.internal.jurisdiction.Easter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Example-based tests of the Norwegian and Danish holiday calendars with real dates. */
class TestHolidayCalendar {
  private static final HolidayCalendar NO = Jurisdiction.norway().holidayCalendar();
  private static final HolidayCalendar DK = Jurisdiction.denmark().holidayCalendar();

  private static HolidayCalendar calendar(String id) {
    return Jurisdiction.of(id).holidayCalendar();
  }

  private static List<LocalDate> dates(List<PublicHoliday> holidays) {
    return holidays.stream().map(PublicHoliday::date).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Norway {
    @Test
    void holidaysOf2024() {
      List<LocalDate> expected = Stream.of(
              "2024-01-01", "2024-03-28", "2024-03-29", "2024-03-31", "2024-04-01", "2024-05-01",
              "2024-05-09", "2024-05-17", "2024-05-19", "2024-05-20", "2024-12-25", "2024-12-26")
          .map(LocalDate::parse)
          .collect(Collectors.toList());
      assertEquals(expected, dates(NO.holidays(2024)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "2024-01-01 | Nyttårsdag",
        "2024-03-28 | Skjærtorsdag",
        "2024-03-29 | Langfredag",
        "2024-03-31 | 1. påskedag",
        "2024-04-01 | 2. påskedag",
        "2024-05-01 | Offentlig høytidsdag",
        "2024-05-09 | Kristi himmelfartsdag",
        "2024-05-17 | Grunnlovsdag",
        "2024-05-19 | 1. pinsedag",
        "2024-05-20 | 2. pinsedag",
        "2024-12-25 | 1. juledag",
        "2024-12-26 | 2. juledag",
    })
    void localNamesAreBokmal(LocalDate date, String localName) {
      PublicHoliday holiday = NO.holiday(date).orElseThrow();
      assertEquals(localName, holiday.localName());
      assertEquals(localName, holiday.names().get(Language.NB));
    }

    @Test
    void namesInEveryLanguage() {
      PublicHoliday constitutionDay = NO.holiday(LocalDate.of(2024, 5, 17)).orElseThrow();
      assertEquals("Grunnlovsdag", constitutionDay.names().get(Language.NN));
      assertEquals("Norges grundlovsdag", constitutionDay.names().get(Language.DA));
      assertEquals("Constitution Day", constitutionDay.names().get(Language.EN));
      PublicHoliday mayDay = NO.holiday(LocalDate.of(2024, 5, 1)).orElseThrow();
      assertEquals("Offentleg høgtidsdag", mayDay.names().get(Language.NN));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "2012-05-17 | Grunnlovsdag / Kristi himmelfartsdag | Constitution Day / Ascension Day",
        "2007-05-17 | Grunnlovsdag / Kristi himmelfartsdag | Constitution Day / Ascension Day",
        "2027-05-17 | Grunnlovsdag / 2. pinsedag | Constitution Day / Whit Monday",
        "1970-05-17 | Grunnlovsdag / 1. pinsedag | Constitution Day / Whit Sunday",
        "2008-05-01 | Offentlig høytidsdag / Kristi himmelfartsdag | Labour Day (1 May) / Ascension Day",
    })
    void coincidingHolidaysAreOneEntry(LocalDate date, String localName, String english) {
      List<PublicHoliday> holidays = NO.holidays(date.getYear());
      List<PublicHoliday> onDate =
          holidays.stream().filter(h -> h.date().equals(date)).collect(Collectors.toList());
      assertEquals(1, onDate.size(), () -> "entries on " + date + ": " + onDate);
      assertEquals(localName, onDate.get(0).localName());
      assertEquals(english, onDate.get(0).names().get(Language.EN));
      assertEquals(11, holidays.size(), "twelve holidays on eleven dates");
      assertEquals(Optional.of(onDate.get(0)), NO.holiday(date));
    }

    @Test
    void the2018ConstitutionDayIsNotAscension() {
      assertEquals("Grunnlovsdag", NO.holiday(LocalDate.of(2018, 5, 17)).orElseThrow().localName());
      assertEquals(12, NO.holidays(2018).size());
    }

    @ParameterizedTest(name = "{0} is not a public holiday")
    @ValueSource(strings = {"2024-12-24", "2024-12-31", "2024-03-30", "2024-06-05", "2024-04-26"})
    void eves(LocalDate date) {
      assertFalse(NO.isHoliday(date));
      assertEquals(Optional.empty(), NO.holiday(date));
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class Denmark {
    @Test
    void storeBededagIsAHolidayIn2023() {
      PublicHoliday holiday = DK.holiday(LocalDate.of(2023, 5, 5)).orElseThrow();
      assertEquals("Store bededag", holiday.localName());
      assertEquals("General Prayer Day", holiday.names().get(Language.EN));
      assertEquals(11, DK.holidays(2023).size());
    }

    @Test
    void storeBededagIsAbolishedFrom2024() {
      assertFalse(DK.isHoliday(LocalDate.of(2024, 4, 26)));
      assertTrue(DK.isWorkingDay(LocalDate.of(2024, 4, 26)));
      assertEquals(10, DK.holidays(2024).size());
      for (int year = 2024; year <= DK.lastSupportedYear(); year++) {
        assertTrue(DK.holidays(year).stream().noneMatch(h -> h.localName().equals("Store bededag")),
            "year " + year);
      }
      for (int year = DK.firstSupportedYear(); year <= 2023; year++) {
        LocalDate bededag = Easter.sunday(year).plusDays(26);
        assertEquals("Store bededag", DK.holiday(bededag).orElseThrow().localName(), "year " + year);
      }
    }

    @Test
    void holidaysOf2023() {
      List<LocalDate> expected = Stream.of(
              "2023-01-01", "2023-04-06", "2023-04-07", "2023-04-09", "2023-04-10", "2023-05-05",
              "2023-05-18", "2023-05-28", "2023-05-29", "2023-12-25", "2023-12-26")
          .map(LocalDate::parse)
          .collect(Collectors.toList());
      assertEquals(expected, dates(DK.holidays(2023)));
    }

    @Test
    void localNamesAreDanish() {
      assertEquals(
          List.of("Nytårsdag", "Skærtorsdag", "Langfredag", "Påskedag", "2. påskedag",
              "Kristi himmelfartsdag", "Pinsedag", "2. pinsedag", "Juledag", "2. juledag"),
          DK.holidays(2024).stream().map(PublicHoliday::localName).collect(Collectors.toList()));
    }

    @ParameterizedTest(name = "{0} is not a Danish public holiday")
    @ValueSource(strings = {"2024-06-05", "2024-12-24", "2024-05-01", "2024-05-17"})
    void notHolidays(LocalDate date) {
      assertFalse(DK.isHoliday(date));
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class WorkingDays {
    @ParameterizedTest(name = "{0}: {1} plus {2} working days is {3}")
    @CsvSource({
        // Easter 2024: Thursday 28 March to Monday 1 April are off in both countries.
        "NO, 2024-03-27, 1, 2024-04-02",
        "DK, 2024-03-27, 1, 2024-04-02",
        "NO, 2024-04-02, -1, 2024-03-27",
        "NO, 2024-03-27, 3, 2024-04-04",
        // Store bededag 2023 is off in Denmark only; abolished in 2024.
        "DK, 2023-05-04, 1, 2023-05-08",
        "NO, 2023-05-04, 1, 2023-05-05",
        "DK, 2024-04-25, 1, 2024-04-26",
        // Weekend start: Saturday plus one working day is Monday.
        "NO, 2024-06-08, 1, 2024-06-10",
        "NO, 2024-06-08, -1, 2024-06-07",
        // Zero leaves even a Saturday unchanged.
        "NO, 2024-06-08, 0, 2024-06-08",
        // Ascension, then 17 May and Whit Monday (Norway only).
        "NO, 2024-05-08, 2, 2024-05-13",
        "DK, 2024-05-08, 2, 2024-05-13",
        "NO, 2024-05-15, 2, 2024-05-21",
        "DK, 2024-05-15, 2, 2024-05-17",
        // Christmas.
        "NO, 2024-12-23, 1, 2024-12-24",
        "NO, 2024-12-24, 1, 2024-12-27",
        "NO, 2024-12-27, -1, 2024-12-24",
    })
    void plusWorkingDays(String id, LocalDate date, int days, LocalDate expected) {
      assertEquals(expected, calendar(id).plusWorkingDays(date, days));
    }

    @ParameterizedTest(name = "{0}: working days in [{1}, {2}) = {3}")
    @CsvSource({
        "NO, 2024-01-01, 2025-01-01, 252",
        "DK, 2024-01-01, 2025-01-01, 254",
        "NO, 2023-01-01, 2024-01-01, 251",
        "DK, 2023-01-01, 2024-01-01, 252",
        "NO, 1950-03-07, 2050-11-13, 25410",
        "DK, 1950-03-07, 2050-11-13, 25475",
        "NO, 1900-01-01, 2199-12-31, 75709",
        "DK, 1900-01-01, 2199-12-31, 75997",
        "NO, 2024-03-25, 2024-04-08, 7",
        "NO, 2024-06-08, 2024-06-08, 0",
        "NO, 2025-01-01, 2024-01-01, -252",
    })
    void workingDaysBetween(String id, LocalDate start, LocalDate end, long expected) {
      assertEquals(expected, calendar(id).workingDaysBetween(start, end));
    }

    @ParameterizedTest(name = "{0}: working day on or after {1} is {2}")
    @CsvSource({
        "NO, 2024-03-28, 2024-04-02",
        "NO, 2024-04-02, 2024-04-02",
        "NO, 2024-06-08, 2024-06-10",
        "NO, 2024-05-17, 2024-05-21",
        "DK, 2024-05-17, 2024-05-17",
        "NO, 1900-01-01, 1900-01-02",
        "NO, 2199-12-31, 2199-12-31",
    })
    void workingDayOnOrAfter(String id, LocalDate date, LocalDate expected) {
      assertEquals(expected, calendar(id).workingDayOnOrAfter(date));
    }

    @Test
    void nextWorkingDay() {
      assertEquals(LocalDate.of(2024, 4, 2), NO.nextWorkingDay(LocalDate.of(2024, 3, 27)));
      assertEquals(LocalDate.of(2024, 4, 3), NO.nextWorkingDay(LocalDate.of(2024, 4, 2)));
      assertEquals(LocalDate.of(2199, 12, 31), NO.nextWorkingDay(LocalDate.of(2199, 12, 30)));
    }

    @Test
    void isWorkingDay() {
      assertTrue(NO.isWorkingDay(LocalDate.of(2024, 12, 24)));
      assertFalse(NO.isWorkingDay(LocalDate.of(2024, 12, 25)));
      assertFalse(NO.isWorkingDay(LocalDate.of(2024, 6, 8)));
      assertFalse(NO.isWorkingDay(LocalDate.of(2024, 6, 9)));
      assertTrue(DK.isWorkingDay(LocalDate.of(2024, 5, 17)));
    }
  }

  // ---------------------------------------------------------------------------------------------
  @Nested
  class SupportedRange {
    @ParameterizedTest
    @ValueSource(strings = {"NO", "DK"})
    void range(String id) {
      assertEquals(1900, calendar(id).firstSupportedYear());
      assertEquals(2199, calendar(id).lastSupportedYear());
      assertFalse(calendar(id).holidays(1900).isEmpty());
      assertFalse(calendar(id).holidays(2199).isEmpty());
    }

    @ParameterizedTest(name = "{0}: year {1} is rejected")
    @CsvSource({"NO, 1899", "NO, 2200", "DK, 1899", "DK, 2200", "NO, -5", "DK, 10000"})
    void yearsOutsideTheRangeAreRejected(String id, int year) {
      HolidayCalendar calendar = calendar(id);
      LocalDate date = LocalDate.of(year, 6, 1);
      List<Consumer<HolidayCalendar>> calls = List.of(
          c -> c.holidays(year),
          c -> c.holiday(date),
          c -> c.isHoliday(date),
          c -> c.isWorkingDay(date),
          c -> c.workingDayOnOrAfter(date),
          c -> c.nextWorkingDay(date),
          c -> c.plusWorkingDays(date, 0),
          c -> c.plusWorkingDays(date, 1),
          c -> c.workingDaysBetween(date, LocalDate.of(2000, 1, 1)),
          c -> c.workingDaysBetween(LocalDate.of(2000, 1, 1), date));
      for (Consumer<HolidayCalendar> call : calls) {
        InvalidValueException e =
            assertThrows(InvalidValueException.class, () -> call.accept(calendar));
        assertEquals("year", e.field());
        assertEquals(String.valueOf(year), e.value());
        assertTrue(e.getMessage().contains("'" + year + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("between 1900 and 2199"), e.getMessage());
      }
    }

    @Test
    void resultsOutsideTheRangeAreRejected() {
      LocalDate last = LocalDate.of(2199, 12, 31);
      LocalDate first = LocalDate.of(1900, 1, 2);
      InvalidValueException next = assertThrows(InvalidValueException.class,
          () -> NO.nextWorkingDay(last));
      assertTrue(next.getMessage().contains("2199-12-31"), next.getMessage());
      assertThrows(InvalidValueException.class, () -> NO.plusWorkingDays(last, 1));
      assertThrows(InvalidValueException.class,
          () -> NO.plusWorkingDays(LocalDate.of(2199, 12, 30), 2));
      assertThrows(InvalidValueException.class, () -> NO.plusWorkingDays(first, -1));
      assertThrows(InvalidValueException.class,
          () -> NO.plusWorkingDays(first, Integer.MAX_VALUE));
      assertThrows(InvalidValueException.class,
          () -> NO.plusWorkingDays(last, Integer.MIN_VALUE));
      assertEquals(last, NO.plusWorkingDays(LocalDate.of(2199, 12, 30), 1));
      assertEquals(first, NO.plusWorkingDays(LocalDate.of(1900, 1, 3), -1));
      assertEquals(last, NO.plusWorkingDays(first, 75_709));
      assertEquals(first, NO.plusWorkingDays(last, -75_709));
    }

    @Test
    void nullsAreRejectedNamingTheParameter() {
      NullPointerException e = assertThrows(NullPointerException.class, () -> NO.holiday(null));
      assertEquals("date", e.getMessage());
      e = assertThrows(NullPointerException.class, () -> NO.plusWorkingDays(null, 1));
      assertEquals("date", e.getMessage());
      e = assertThrows(NullPointerException.class,
          () -> NO.workingDaysBetween(LocalDate.of(2024, 1, 1), null));
      assertEquals("endExclusive", e.getMessage());
    }

    @Test
    void holidayListsAreImmutable() {
      List<PublicHoliday> holidays = NO.holidays(2024);
      assertThrows(UnsupportedOperationException.class, holidays::clear);
    }
  }
}
