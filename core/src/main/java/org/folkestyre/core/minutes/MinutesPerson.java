package org.folkestyre.core.minutes;

import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.meeting.AttendanceStatus;
import org.folkestyre.core.meeting.MeetingRecord;
import org.immutables.value.Value;

/**
 * A person as the minutes name them — in the attendance, a recusal or a vote: the name, whether the
 * person is a member of the body, the role and the party.
 *
 * <p>A member is a person who holds a seat on the body (chair, deputy chair, member, deputy member
 * or observer) or who attended as a substitute for a member; a secretary holds no seat. The public
 * view withholds the name, role and party of everyone else: {@link #name()} is then empty. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MinutesPerson {
  MinutesPerson() {}

  /**
   * Returns the name.
   *
   * @return the name, or empty when the view withholds it
   */
  public abstract Optional<String> name();

  /**
   * Returns whether the person is a member of the body: holds a seat other than secretary, or
   * attended as a substitute for a member.
   *
   * @return true for a member, whose name every view shows
   */
  public abstract boolean member();

  /**
   * Returns the person's role on the body.
   *
   * @return the role, or empty for a person without a seat or whose name is withheld
   */
  public abstract Optional<Role> role();

  /**
   * Returns the abbreviation of the party the person was elected from.
   *
   * @return the abbreviation, such as {@code "Ap"}, or empty
   */
  public abstract Optional<String> party();

  /**
   * Returns whether the name is withheld.
   *
   * @return true if the view withholds the name
   */
  public boolean isNameWithheld() {
    return name().isEmpty();
  }

  /** The person as the record knows them, with their seat on the body and their attendance. */
  static MinutesPerson of(Person person, MeetingRecord record) {
    Optional<Membership> seat = record.committee().memberships().stream()
        .filter(m -> m.person().id().equals(person.id())).findFirst();
    boolean substitute = record.meeting().attendanceOf(person.id())
        .map(a -> a.status() == AttendanceStatus.SUBSTITUTE).orElse(false);
    boolean member = seat.map(s -> s.role() != Role.SECRETARY).orElse(false) || substitute;
    return ImmutableMinutesPerson.builder().name(person.name()).member(member)
        .role(seat.map(Membership::role)).party(seat.flatMap(Membership::party).map(Party::abbreviation)).build();
  }

  /** The person as the public view shows them: a member unchanged, anyone else without name, role or party. */
  MinutesPerson forPublic() {
    return member() || isNameWithheld() ? this : ImmutableMinutesPerson.builder().member(false).build();
  }

  @Value.Check
  void check() {
    if (isNameWithheld() && (member() || role().isPresent() || party().isPresent())) {
      throw new InvalidValueException("minutesPerson.name", "", "only the name of a person who is not a member"
          + " is withheld, and then role and party too");
    }
  }

  @Override
  public String toString() {
    return name().orElse("(name withheld)") + (member() ? "" : " (not a member)");
  }
}
