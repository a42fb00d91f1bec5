package org.folkestyre.core.meeting;

import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Person;
import org.immutables.value.Value;

/**
 * A line of the attendance record of a meeting — fremmøte (NO), fremmøde (DK): who was present,
 * who was absent, and who stood in for whom.
 *
 * <p>A substitute names the member they stand in for; nobody else does. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Attendance {
  Attendance() {}

  /**
   * Returns the person.
   *
   * @return the person
   */
  public abstract Person person();

  /**
   * Returns whether the person was present, absent or a substitute.
   *
   * @return the status
   */
  public abstract AttendanceStatus status();

  /**
   * Returns the member a substitute stands in for.
   *
   * @return the member, present exactly for {@link AttendanceStatus#SUBSTITUTE}
   */
  public abstract Optional<Person> standsInFor();

  /**
   * Returns whether the person was at the meeting, as a member or as a substitute.
   *
   * @return true unless absent
   */
  public boolean isPresent() {
    return status() != AttendanceStatus.ABSENT;
  }

  /**
   * Obtains the attendance of a member who was present.
   *
   * @param person the member
   * @return the attendance
   */
  public static Attendance present(Person person) {
    return builder().person(person).status(AttendanceStatus.PRESENT).build();
  }

  /**
   * Obtains the attendance of a member who was absent.
   *
   * @param person the member
   * @return the attendance
   */
  public static Attendance absent(Person person) {
    return builder().person(person).status(AttendanceStatus.ABSENT).build();
  }

  /**
   * Obtains the attendance of a substitute who stood in for an absent member.
   *
   * @param substitute the person who attended, usually a deputy member
   * @param member the member they stood in for
   * @return the attendance
   */
  public static Attendance substitute(Person substitute, Person member) {
    return builder().person(substitute).status(AttendanceStatus.SUBSTITUTE).standsInFor(member).build();
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
  void check() {
    if (status() == AttendanceStatus.SUBSTITUTE && standsInFor().isEmpty()) {
      throw new InvalidValueException("attendance.standsInFor", person().id(),
          "a substitute names the member they stand in for");
    }
    if (status() != AttendanceStatus.SUBSTITUTE && standsInFor().isPresent()) {
      throw new InvalidValueException("attendance.standsInFor", standsInFor().get().id(),
          "only a substitute stands in for a member");
    }
    if (standsInFor().isPresent() && standsInFor().get().id().equals(person().id())) {
      throw new InvalidValueException("attendance.standsInFor", person().id(), "a person cannot stand in for themselves");
    }
  }

  @Override
  public String toString() {
    return person() + " " + status() + standsInFor().map(m -> " for " + m).orElse("");
  }

  /** Builds an {@link Attendance}: person and status are required. */
  public static final class Builder extends ImmutableAttendance.Builder {
    Builder() {}
  }
}
