package org.folkestyre.core.meeting;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKind;
import org.folkestyre.core.internal.Names;
import org.folkestyre.core.jurisdiction.HolidayCalendar;
import org.immutables.value.Value;

/**
 * A body's meeting schedule for a year — møteplan (NO), mødeplan (DK): the committee, the year and
 * the planned dates.
 *
 * <p>The dates lie in the year, each once, in ascending order. The committee's kind is carried so
 * that rules for one kind of body (such as Drammen's four meetings a year for a local committee)
 * can check the plan alone. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeetingPlan {
  MeetingPlan() {}

  /**
   * Returns the id of the body.
   *
   * @return the committee id
   */
  public abstract String committeeId();

  /**
   * Returns the kind of the body.
   *
   * @return the kind
   */
  public abstract CommitteeKind committeeKind();

  /**
   * Returns the year.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Returns the planned dates.
   *
   * @return the dates, ascending, each in {@link #year()}
   */
  public abstract ImmutableList<LocalDate> dates();

  /**
   * Returns the number of planned meetings.
   *
   * @return the number of dates
   */
  public int meetingCount() {
    return dates().size();
  }

  /**
   * Returns the planned dates that fall on a public holiday of a calendar.
   *
   * @param calendar the holiday calendar, such as {@code Jurisdiction.norway().holidayCalendar()}
   * @return the dates on holidays, ascending
   * @throws InvalidValueException if the year is outside the calendar's range
   */
  public ImmutableList<LocalDate> datesOnHolidays(HolidayCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return dates().stream().filter(calendar::isHoliday).collect(ImmutableList.toImmutableList());
  }

  /**
   * Obtains a plan for a committee; the dates are sorted.
   *
   * @param committee the committee
   * @param year the year
   * @param dates the planned dates, each in the year and once
   * @return the plan
   * @throws InvalidValueException if a date lies outside the year or appears twice
   */
  public static MeetingPlan of(Committee committee, Year year, Collection<LocalDate> dates) {
    Objects.requireNonNull(committee, "committee");
    return builder().committeeId(committee.id()).committeeKind(committee.kind()).year(year)
        .dates(dates.stream().sorted().toList()).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  MeetingPlan normalize() {
    String committeeId = Names.normalize("meetingPlan.committeeId", committeeId());
    Set<LocalDate> seen = new HashSet<>();
    LocalDate previous = null;
    boolean sorted = true;
    for (int i = 0; i < dates().size(); i++) {
      LocalDate date = dates().get(i);
      if (date.getYear() != year().getValue()) {
        throw new InvalidValueException("meetingPlan.dates[" + i + "]", date, "is not in " + year());
      }
      if (!seen.add(date)) {
        throw new InvalidValueException("meetingPlan.dates[" + i + "]", date, "is planned twice");
      }
      sorted &= previous == null || previous.isBefore(date);
      previous = date;
    }
    if (committeeId.equals(committeeId()) && sorted) {
      return this;
    }
    return builder().from(this).committeeId(committeeId).dates(dates().stream().sorted().toList()).build();
  }

  @Override
  public String toString() {
    return committeeId() + " " + year() + " " + dates();
  }

  /** Builds a {@link MeetingPlan}: committee id, kind and year are required. */
  public static final class Builder extends ImmutableMeetingPlan.Builder {
    Builder() {}
  }
}
