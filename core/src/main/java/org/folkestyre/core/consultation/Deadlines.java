package org.folkestyre.core.consultation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.jurisdiction.HolidayCalendar;

/**
 * Deadline arithmetic of consultations.
 *
 * <p>The earliest legal closing date is the opening date plus the minimum period; when that day
 * is a Saturday, a Sunday or a public holiday of the jurisdiction's calendar, the deadline moves
 * to the next working day ({@link HolidayCalendar#workingDayOnOrAfter(LocalDate)}). A kommuneplan
 * put out on Tuesday 24 March 2026 may close on Tuesday 5 May 2026 at the earliest; one put out
 * on Thursday 19 February 2026 lands on Maundy Thursday, 2 April, and moves past Easter to
 * Tuesday 7 April. A period in months follows {@link LocalDate#plus(java.time.temporal.TemporalAmount)}:
 * 30 November plus 3 months is 28 (or 29) February. A municipality may set a later closing date,
 * never an earlier one.
 */
public final class Deadlines {
  private Deadlines() {}

  /**
   * Returns the earliest closing date the law allows for a kind of consultation.
   *
   * @param kind the kind; {@link ConsultationKind#VOLUNTARY} has no minimum, which gives the
   *     opening day itself or the working day after it
   * @param opens the day the consultation opens (is announced and the documents are available)
   * @param calendar the jurisdiction's calendar
   * @return the earliest closing date, always a working day
   * @throws InvalidValueException if the result would leave the calendar's supported years
   */
  public static LocalDate earliestClose(ConsultationKind kind, LocalDate opens, HolidayCalendar calendar) {
    Objects.requireNonNull(kind, "kind");
    return earliestClose(kind.minimumPeriod(), opens, calendar);
  }

  /**
   * Returns the earliest closing date for a minimum period, such as one a municipality sets for a
   * voluntary consultation.
   *
   * @param minimum the minimum period, not negative
   * @param opens the opening day
   * @param calendar the calendar of working days
   * @return the opening day plus the period, or the first working day after that
   * @throws InvalidValueException if the period is negative or the result would leave the
   *     calendar's supported years
   */
  public static LocalDate earliestClose(Period minimum, LocalDate opens, HolidayCalendar calendar) {
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(calendar, "calendar");
    if (minimum.isNegative()) {
      throw new InvalidValueException("minimum", minimum, "a period must not be negative");
    }
    return calendar.workingDayOnOrAfter(opens.plus(minimum));
  }

  /**
   * Returns the closing date the normal period gives: 3 months for a state hearing, otherwise the
   * same as {@link #earliestClose(ConsultationKind, LocalDate, HolidayCalendar)}.
   *
   * @param kind the kind
   * @param opens the opening day
   * @param calendar the jurisdiction's calendar
   * @return the opening day plus the normal period, moved to a working day
   * @throws InvalidValueException if the result would leave the calendar's supported years
   */
  public static LocalDate normalClose(ConsultationKind kind, LocalDate opens, HolidayCalendar calendar) {
    Objects.requireNonNull(kind, "kind");
    return earliestClose(kind.normalPeriod(), opens, calendar);
  }

  /**
   * Formats a period in ISO 8601 as the law states it: whole weeks as weeks ({@code P6W}),
   * anything else as {@link Period#toString()} ({@code P3M}, {@code P10D}).
   *
   * @param period the period
   * @return the ISO 8601 text
   */
  public static String isoPeriod(Period period) {
    Objects.requireNonNull(period, "period");
    if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() != 0 && period.getDays() % 7 == 0) {
      return "P" + period.getDays() / 7 + "W";
    }
    return period.toString();
  }

  /**
   * Describes a period in words: {@code 6 uker}, {@code 6 veker}, {@code 6 uger}, {@code 6 weeks};
   * {@code 3 måneder}, {@code 3 months}. Whole weeks are given as weeks.
   *
   * @param period the period, not negative
   * @param language the language
   * @return the description, such as {@code "1 month, 2 weeks"} for {@code P1M14D}
   */
  public static String describe(Period period, Language language) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(language, "language");
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(unit(period.getYears(), Unit.YEAR, language));
    }
    if (period.getMonths() != 0) {
      parts.add(unit(period.getMonths(), Unit.MONTH, language));
    }
    int days = period.getDays();
    if (days != 0 && days % 7 == 0) {
      parts.add(unit(days / 7, Unit.WEEK, language));
    } else if (days != 0 || parts.isEmpty()) {
      parts.add(unit(days, Unit.DAY, language));
    }
    return String.join(", ", parts);
  }

  private enum Unit {
    YEAR("år", "år", "år", "år", "år", "år", "year", "years"),
    MONTH("måned", "måneder", "månad", "månader", "måned", "måneder", "month", "months"),
    WEEK("uke", "uker", "veke", "veker", "uge", "uger", "week", "weeks"),
    DAY("dag", "dager", "dag", "dagar", "dag", "dage", "day", "days");

    private final String[] words;

    Unit(String... words) {
      this.words = words;
    }

    String word(Language language, boolean plural) {
      return words[language.ordinal() * 2 + (plural ? 1 : 0)];
    }
  }

  private static String unit(int count, Unit unit, Language language) {
    return count + " " + unit.word(language, Math.abs(count) != 1);
  }
}
