package org.folkestyre.core.internal.jurisdiction;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.jurisdiction.HolidayCalendar;
import org.folkestyre.core.jurisdiction.PublicHoliday;

/**
 * The shared part of the built-in holiday calendars: range checks, a per-year cache, merging of
 * holidays that share a date, and working-day arithmetic.
 *
 * <p>A subclass only lists the holidays of a year ({@link #computeHolidays(int)}). Working-day
 * arithmetic rests on one function, {@code index(d)}: the number of working days from a fixed
 * Monday before the first supported year up to, but excluding, {@code d}. It is computed from
 * whole weeks plus a running count of the holidays that fall on Monday to Friday, so that
 * counting across two centuries costs no more than counting across a week:
 * <ul>
 *   <li>{@code workingDaysBetween(a, b) = index(b) - index(a)}, which makes the count
 *       antisymmetric and additive by construction;</li>
 *   <li>{@code plusWorkingDays} finds the working day with a given index by binary search.</li>
 * </ul>
 * Instances are immutable in behaviour and thread-safe; the caches fill lazily.
 */
abstract class AbstractHolidayCalendar implements HolidayCalendar {
  /** The first supported year. */
  static final int FIRST_YEAR = 1900;
  /** The last supported year. */
  static final int LAST_YEAR = 2199;

  private static final String NAME_SEPARATOR = " / ";

  private final LocalDate firstDay = LocalDate.of(FIRST_YEAR, 1, 1);
  /** The day after the last supported day: the exclusive end of the range. */
  private final LocalDate endDay = LocalDate.of(LAST_YEAR + 1, 1, 1);
  private final long referenceMonday =
      firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay();
  private final ConcurrentMap<Integer, YearHolidays> years = new ConcurrentHashMap<>();
  /** Element {@code i}: holidays on Monday to Friday in the years before {@code FIRST_YEAR + i}. */
  private final Supplier<long[]> weekdayHolidaysBeforeYear =
      Suppliers.memoize(this::countWeekdayHolidaysBeforeEachYear);

  /** Creates a calendar; subclasses must be stateless apart from what this class caches. */
  AbstractHolidayCalendar() {}

  /**
   * Lists every public holiday of a year, in any order; several may share a date, and this
   * class merges them into one entry.
   *
   * @param year a supported year
   * @return the holidays, each dated in {@code year}
   */
  abstract List<PublicHoliday> computeHolidays(int year);

  @Override
  public final int firstSupportedYear() {
    return FIRST_YEAR;
  }

  @Override
  public final int lastSupportedYear() {
    return LAST_YEAR;
  }

  @Override
  public final ImmutableList<PublicHoliday> holidays(int year) {
    return yearHolidays(year).holidays;
  }

  @Override
  public final Optional<PublicHoliday> holiday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Optional.ofNullable(yearHolidays(date.getYear()).byDate.get(date));
  }

  @Override
  public final boolean isHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return yearHolidays(date.getYear()).byDate.containsKey(date);
  }

  @Override
  public final boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    boolean holiday = isHoliday(date); // checks the year, even for a weekend
    return !holiday && isWeekday(date);
  }

  @Override
  public final LocalDate workingDayOnOrAfter(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (isWorkingDay(date)) {
      return date;
    }
    long wanted = index(date);
    if (wanted >= index(endDay)) {
      throw noWorkingDayAfter(date);
    }
    return workingDayWithIndex(wanted);
  }

  @Override
  public final LocalDate nextWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkYear(date.getYear());
    long wanted = index(date.plusDays(1));
    if (wanted >= index(endDay)) {
      throw noWorkingDayAfter(date);
    }
    return workingDayWithIndex(wanted);
  }

  @Override
  public final LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    Objects.requireNonNull(date, "date");
    checkYear(date.getYear());
    if (workingDays == 0) {
      return date;
    }
    // Forwards: the n-th working day strictly after the date. Backwards: the working day w such
    // that [w, date) holds exactly |n| working days.
    long wanted = workingDays > 0
        ? index(date.plusDays(1)) + workingDays - 1
        : index(date) + workingDays;
    if (wanted < index(firstDay) || wanted >= index(endDay)) {
      throw new InvalidValueException("workingDays", workingDays, "moves " + date
          + " outside the years " + FIRST_YEAR + " to " + LAST_YEAR + " that this calendar supports");
    }
    return workingDayWithIndex(wanted);
  }

  @Override
  public final long workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    checkYear(startInclusive.getYear());
    checkYear(endExclusive.getYear());
    return index(endExclusive) - index(startInclusive);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + FIRST_YEAR + ".." + LAST_YEAR + "]";
  }

  /**
   * Counts the working days in {@code [referenceMonday, date)}.
   *
   * @param date a supported date or {@code endDay}
   */
  private long index(LocalDate date) {
    long days = date.toEpochDay() - referenceMonday;
    long weekdays = 5 * (days / 7) + Math.min(days % 7, 5);
    long[] before = weekdayHolidaysBeforeYear.get();
    int yearIndex = date.getYear() - FIRST_YEAR;
    long holidays = before[yearIndex];
    if (yearIndex < before.length - 1) {
      holidays += yearHolidays(date.getYear()).weekdayHolidaysBefore(date);
    }
    return weekdays - holidays;
  }

  /** Returns the working day {@code w} with {@code index(w) == wanted}, which must exist. */
  private LocalDate workingDayWithIndex(long wanted) {
    // Smallest day d with index(d + 1) > wanted: index grows by one exactly on working days.
    long low = firstDay.toEpochDay();
    long high = endDay.toEpochDay() - 1;
    while (low < high) {
      long middle = low + (high - low) / 2;
      if (index(LocalDate.ofEpochDay(middle + 1)) > wanted) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return LocalDate.ofEpochDay(low);
  }

  private long[] countWeekdayHolidaysBeforeEachYear() {
    long[] before = new long[LAST_YEAR - FIRST_YEAR + 2];
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      int i = year - FIRST_YEAR;
      before[i + 1] = before[i] + yearHolidays(year).weekdayHolidayDays.length;
    }
    return before;
  }

  private YearHolidays yearHolidays(int year) {
    checkYear(year);
    return years.computeIfAbsent(year, this::buildYear);
  }

  private YearHolidays buildYear(int year) {
    List<PublicHoliday> computed = computeHolidays(year);
    for (PublicHoliday holiday : computed) {
      if (holiday.date().getYear() != year) {
        throw new IllegalStateException(holiday + " is not in " + year);
      }
    }
    return new YearHolidays(mergeByDate(computed));
  }

  private static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidValueException("year", year, "must be between " + FIRST_YEAR + " and "
          + LAST_YEAR + ", the years this holiday calendar supports");
    }
  }

  private static InvalidValueException noWorkingDayAfter(LocalDate date) {
    return new InvalidValueException("date", date, "has no working day after it up to the end of "
        + LAST_YEAR + ", the last year this holiday calendar supports");
  }

  private static boolean isWeekday(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /**
   * Sorts holidays by date and merges those on the same date into one, joining their names with
   * {@code " / "} in the order given.
   *
   * @param holidays the holidays, in any order
   * @return one holiday per date, in date order
   */
  static ImmutableList<PublicHoliday> mergeByDate(List<PublicHoliday> holidays) {
    Map<LocalDate, List<PublicHoliday>> byDate = new TreeMap<>();
    for (PublicHoliday holiday : holidays) {
      byDate.computeIfAbsent(holiday.date(), date -> new ArrayList<>()).add(holiday);
    }
    ImmutableList.Builder<PublicHoliday> merged = ImmutableList.builder();
    for (Map.Entry<LocalDate, List<PublicHoliday>> entry : byDate.entrySet()) {
      List<PublicHoliday> same = entry.getValue();
      merged.add(same.size() == 1 ? same.get(0) : merge(entry.getKey(), same));
    }
    return merged.build();
  }

  private static PublicHoliday merge(LocalDate date, List<PublicHoliday> same) {
    List<String> localNames = new ArrayList<>();
    for (PublicHoliday holiday : same) {
      localNames.add(holiday.localName());
    }
    return PublicHoliday.of(date, String.join(NAME_SEPARATOR, localNames),
        LocalizedText.of(joinNames(same, Language.NB), joinNames(same, Language.NN),
            joinNames(same, Language.DA), joinNames(same, Language.EN)));
  }

  private static String joinNames(List<PublicHoliday> holidays, Language language) {
    List<String> names = new ArrayList<>();
    for (PublicHoliday holiday : holidays) {
      names.add(holiday.names().get(language));
    }
    return String.join(NAME_SEPARATOR, names);
  }

  /** The holidays of one year, indexed for the lookups the calendar makes. */
  private static final class YearHolidays {
    private final ImmutableList<PublicHoliday> holidays;
    private final ImmutableMap<LocalDate, PublicHoliday> byDate;
    /** Day-of-year of each holiday that falls on Monday to Friday, ascending. */
    private final int[] weekdayHolidayDays;

    YearHolidays(ImmutableList<PublicHoliday> holidays) {
      this.holidays = holidays;
      ImmutableMap.Builder<LocalDate, PublicHoliday> map = ImmutableMap.builder();
      List<Integer> weekdayDays = new ArrayList<>();
      for (PublicHoliday holiday : holidays) {
        map.put(holiday.date(), holiday);
        if (isWeekday(holiday.date())) {
          weekdayDays.add(holiday.date().getDayOfYear());
        }
      }
      this.byDate = map.buildOrThrow();
      this.weekdayHolidayDays = weekdayDays.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Counts the holidays on Monday to Friday earlier in the year than a date. */
    int weekdayHolidaysBefore(LocalDate date) {
      int dayOfYear = date.getDayOfYear();
      int count = 0;
      while (count < weekdayHolidayDays.length && weekdayHolidayDays[count] < dayOfYear) {
        count++;
      }
      return count;
    }
  }
}
