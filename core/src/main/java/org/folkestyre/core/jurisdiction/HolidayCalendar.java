package org.folkestyre.core.jurisdiction;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The public holidays of a jurisdiction, year by year, and the working-day arithmetic built on them.
 *
 * <p>A working day (virkedag/hverdag) is a Monday to Friday that is not a public holiday.
 * Deadlines in later parts of the library (consultation periods, access requests) use
 * {@link #workingDayOnOrAfter(LocalDate)} and {@link #plusWorkingDays(LocalDate, int)}.
 * Implementations must be immutable and thread-safe.
 */
public interface HolidayCalendar {

  /**
   * Returns the first year this calendar supports.
   *
   * @return the first supported year, such as 1900
   */
  int firstSupportedYear();

  /**
   * Returns the last year this calendar supports.
   *
   * @return the last supported year, such as 2199
   */
  int lastSupportedYear();

  /**
   * Returns the public holidays of a year in date order.
   *
   * @param year the year
   * @return the holidays, sorted by date
   * @throws org.folkestyre.core.InvalidValueException if the year is outside the supported range
   */
  ImmutableList<PublicHoliday> holidays(int year);

  /**
   * Returns the public holiday on a date, if there is one.
   *
   * @param date the date
   * @return the holiday, or empty on an ordinary day
   * @throws org.folkestyre.core.InvalidValueException if the year is outside the supported range
   */
  Optional<PublicHoliday> holiday(LocalDate date);

  /**
   * Returns whether a date is a public holiday.
   *
   * @param date the date
   * @return true on a public holiday
   * @throws org.folkestyre.core.InvalidValueException if the year is outside the supported range
   */
  boolean isHoliday(LocalDate date);

  /**
   * Returns whether a date is a working day: Monday to Friday and not a public holiday.
   *
   * @param date the date
   * @return true on a working day
   * @throws org.folkestyre.core.InvalidValueException if the year is outside the supported range
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * Returns the date itself if it is a working day, otherwise the first working day after it.
   * This is how a legal deadline that falls on a weekend or holiday moves.
   *
   * @param date the date
   * @return the working day on or after the date
   * @throws org.folkestyre.core.InvalidValueException if the result would leave the supported range
   */
  LocalDate workingDayOnOrAfter(LocalDate date);

  /**
   * Returns the first working day strictly after a date.
   *
   * @param date the date
   * @return the next working day
   * @throws org.folkestyre.core.InvalidValueException if the result would leave the supported range
   */
  LocalDate nextWorkingDay(LocalDate date);

  /**
   * Returns the date that lies a number of working days after (or, when negative, before) a date.
   * Adding zero returns the date unchanged, even when it is not a working day; adding one
   * returns {@link #nextWorkingDay(LocalDate)}.
   *
   * @param date the start date
   * @param workingDays the number of working days to add, may be negative
   * @return the resulting date, always a working day unless {@code workingDays} is zero
   * @throws org.folkestyre.core.InvalidValueException if the result would leave the supported range
   */
  LocalDate plusWorkingDays(LocalDate date, int workingDays);

  /**
   * Counts the working days from a start date (inclusive) to an end date (exclusive).
   * The count is negative when the end lies before the start, so that
   * {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}.
   *
   * @param startInclusive the first date counted
   * @param endExclusive the date after the last date counted
   * @return the number of working days
   * @throws org.folkestyre.core.InvalidValueException if a year in between is outside the supported range
   */
  long workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive);
}
