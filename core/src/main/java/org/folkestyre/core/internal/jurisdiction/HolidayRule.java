package org.folkestyre.core.internal.jurisdiction;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.jurisdiction.PublicHoliday;

/**
 * One line of a holiday table: a named holiday on a fixed day of the year or a fixed number of
 * days from Easter Sunday, optionally only in a range of years.
 */
final class HolidayRule {
  /** Where a rule's holiday falls in a year. */
  @FunctionalInterface
  private interface DateRule {
    LocalDate in(int year, LocalDate easterSunday);
  }

  private final LocalizedText names;
  private final DateRule dateRule;
  private final int fromYear;
  private final int toYear;

  private HolidayRule(LocalizedText names, DateRule dateRule, int fromYear, int toYear) {
    this.names = Objects.requireNonNull(names, "names");
    this.dateRule = dateRule;
    this.fromYear = fromYear;
    this.toYear = toYear;
  }

  /**
   * A holiday on the same day every year, such as 17 May.
   *
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @param names the names in every language
   * @return the rule
   */
  static HolidayRule fixed(int month, int day, LocalizedText names) {
    MonthDay monthDay = MonthDay.of(month, day);
    return new HolidayRule(names, (year, easter) -> monthDay.atYear(year), Integer.MIN_VALUE,
        Integer.MAX_VALUE);
  }

  /**
   * A holiday a fixed number of days from Easter Sunday, such as Good Friday at minus two.
   *
   * @param offsetDays the days after Easter Sunday, negative for days before it
   * @param names the names in every language
   * @return the rule
   */
  static HolidayRule easter(int offsetDays, LocalizedText names) {
    return new HolidayRule(names, (year, easter) -> easter.plusDays(offsetDays), Integer.MIN_VALUE,
        Integer.MAX_VALUE);
  }

  /**
   * Returns this rule limited to the years up to and including a last year, for an abolished
   * holiday.
   *
   * @param lastYear the last year the holiday was kept
   * @return the limited rule
   */
  HolidayRule untilYear(int lastYear) {
    return new HolidayRule(names, dateRule, fromYear, lastYear);
  }

  /**
   * Applies the rule to a year.
   *
   * @param year the year
   * @param easterSunday Easter Sunday of that year
   * @param localLanguage the language of the jurisdiction, for the local name
   * @return the holiday, or empty if the rule does not apply in that year
   */
  Optional<PublicHoliday> in(int year, LocalDate easterSunday, Language localLanguage) {
    if (year < fromYear || year > toYear) {
      return Optional.empty();
    }
    LocalDate date = dateRule.in(year, easterSunday);
    return Optional.of(PublicHoliday.of(date, names.get(localLanguage), names));
  }

  /**
   * Applies every rule of a table to a year.
   *
   * @param rules the table
   * @param year the year
   * @param localLanguage the language of the jurisdiction, for the local names
   * @return the holidays of the year in table order, possibly several on one date
   */
  static List<PublicHoliday> applyAll(List<HolidayRule> rules, int year, Language localLanguage) {
    LocalDate easterSunday = Easter.sunday(year);
    List<PublicHoliday> holidays = new ArrayList<>(rules.size());
    for (HolidayRule rule : rules) {
      rule.in(year, easterSunday, localLanguage).ifPresent(holidays::add);
    }
    return holidays;
  }
}
