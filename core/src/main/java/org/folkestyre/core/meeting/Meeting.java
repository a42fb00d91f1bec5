package org.folkestyre.core.meeting;

import com.google.common.collect.ImmutableList;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.internal.Names;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.immutables.value.Value;

/**
 * A meeting of a municipal body — møte (NO), møde (DK): when and where, its state, who attended,
 * and the agenda with what was decided.
 *
 * <p>The start and end are wall-clock times in the zone of the body's jurisdiction (see
 * {@link Jurisdiction#zone()}); {@link MeetingRecord} checks the zone. The state moves only along
 * the legal paths of {@link MeetingState}, through {@link #moveTo(MeetingState)}. Every change a
 * calendar subscriber should see — state, time, place — raises {@link #sequence()}, which a
 * calendar feed publishes as the iCalendar {@code SEQUENCE}.
 *
 * <p>Structural invariants checked when it is built: the end is after the start, agenda item
 * numbers are unique, each person has one line of attendance, no member is both present and
 * substituted, and — once attendance is recorded — every ballot is cast by a person present and no
 * vote has more votes than persons present. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Meeting {
  Meeting() {}

  /**
   * Returns the stable id, unique among the municipality's meetings, such as the base of a
   * calendar {@code UID}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the id of the body that meets.
   *
   * @return the committee id, such as {@code "formannskapet"}
   */
  public abstract String committeeId();

  /**
   * Returns the meeting's number as written — møtenummer (NO), mødenummer (DK).
   *
   * @return the number, such as {@code "3/2015"}, or empty
   */
  public abstract Optional<String> number();

  /**
   * Returns when the meeting starts, in the jurisdiction's zone.
   *
   * @return the start
   */
  public abstract ZonedDateTime start();

  /**
   * Returns when the meeting ends.
   *
   * @return the end, after the start, or empty if not known
   */
  public abstract Optional<ZonedDateTime> end();

  /**
   * Returns where the meeting is held — møtested (NO), mødested (DK).
   *
   * @return the place, such as {@code "lokale 1.D, Kanalstræde 2"}, or empty if not known
   */
  public abstract Optional<String> place();

  /**
   * Returns whether the meeting is held remotely — fjernmøte (NO, kommuneloven § 11-7).
   *
   * @return true for a remote meeting
   */
  @Value.Default
  public boolean remote() {
    return false;
  }

  /**
   * Returns the state.
   *
   * @return the state; {@link MeetingState#PLANNED} unless set
   */
  @Value.Default
  public MeetingState state() {
    return MeetingState.PLANNED;
  }

  /**
   * Returns the revision number a calendar feed publishes as {@code SEQUENCE}: 0 when created,
   * one more after every change of state, time or place.
   *
   * @return the sequence, 0 or more
   */
  @Value.Default
  public int sequence() {
    return 0;
  }

  /**
   * Returns the attendance record.
   *
   * @return one line per person, empty if not recorded
   */
  public abstract ImmutableList<Attendance> attendance();

  /**
   * Returns the agenda — saksliste (NO), dagsorden (DK).
   *
   * @return the items, in order
   */
  public abstract ImmutableList<AgendaItem> agendaItems();

  /**
   * Returns the persons present: members present and substitutes.
   *
   * @return the persons present, in attendance order
   */
  public ImmutableList<Person> presentPersons() {
    return attendance().stream().filter(Attendance::isPresent).map(Attendance::person)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether a person was present, as member or substitute.
   *
   * @param personId the person's id
   * @return true if present
   */
  public boolean isPresent(String personId) {
    return attendance().stream().anyMatch(a -> a.isPresent() && a.person().id().equals(personId));
  }

  /**
   * Returns the attendance line of a person.
   *
   * @param personId the person's id
   * @return the line, or empty if the person is not in the record
   */
  public Optional<Attendance> attendanceOf(String personId) {
    return attendance().stream().filter(a -> a.person().id().equals(personId)).findFirst();
  }

  /**
   * Returns the agenda item with a number.
   *
   * @param number the number as written
   * @return the item, or empty
   */
  public Optional<AgendaItem> item(String number) {
    String key = Names.key(number);
    return agendaItems().stream().filter(i -> Names.key(i.number()).equals(key)).findFirst();
  }

  /**
   * Returns a copy moved to another state, with the sequence raised by one.
   *
   * @param next the new state
   * @return the meeting in the new state
   * @throws InvalidValueException if the state cannot move there, such as from HELD to CANCELLED
   */
  public Meeting moveTo(MeetingState next) {
    Objects.requireNonNull(next, "next");
    if (!state().canMoveTo(next)) {
      throw new InvalidValueException("meeting.state", next, "a meeting cannot move from " + state() + " to "
          + next + "; from " + state() + " it may move to " + state().allowedNext());
    }
    return builder().from(this).state(next).sequence(sequence() + 1).build();
  }

  /**
   * Returns a copy moved to a new start, keeping its length, with the sequence raised by one.
   *
   * @param newStart the new start, in the same zone
   * @return the rescheduled meeting
   * @throws InvalidValueException if the meeting was already held or cancelled
   */
  public Meeting rescheduled(ZonedDateTime newStart) {
    Objects.requireNonNull(newStart, "newStart");
    requireNotFinal("start", newStart);
    Optional<ZonedDateTime> newEnd = end().map(e -> newStart.plus(java.time.Duration.between(start(), e)));
    return builder().from(this).start(newStart).end(newEnd).sequence(sequence() + 1).build();
  }

  /**
   * Returns a copy moved to a new place, with the sequence raised by one.
   *
   * @param newPlace the new place
   * @return the relocated meeting
   * @throws InvalidValueException if the meeting was already held or cancelled
   */
  public Meeting relocated(String newPlace) {
    Objects.requireNonNull(newPlace, "newPlace");
    requireNotFinal("place", newPlace);
    return builder().from(this).place(newPlace).sequence(sequence() + 1).build();
  }

  private void requireNotFinal(String field, Object value) {
    if (state() != MeetingState.PLANNED && state() != MeetingState.CONVENED) {
      throw new InvalidValueException("meeting." + field, value, "a " + state() + " meeting cannot be changed");
    }
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
  Meeting normalize() {
    String id = Names.normalize("meeting.id", id());
    String committeeId = Names.normalize("meeting.committeeId", committeeId());
    Optional<String> number = number().map(n -> Names.normalize("meeting.number", n));
    Optional<String> place = place().map(p -> Names.normalize("meeting.place", p));
    if (end().isPresent() && !end().get().isAfter(start())) {
      throw new InvalidValueException("meeting.end", end().get(), "must be after the start " + start());
    }
    if (end().isPresent() && !end().get().getZone().equals(start().getZone())) {
      throw new InvalidValueException("meeting.end", end().get(), "must be in the zone of the start " + start().getZone());
    }
    if (sequence() < 0) {
      throw new InvalidValueException("meeting.sequence", sequence(), "must not be negative");
    }
    checkAgenda();
    checkAttendance();
    if (!attendance().isEmpty()) {
      checkVotes();
    }
    boolean same = id.equals(id()) && committeeId.equals(committeeId()) && number.equals(number())
        && place.equals(place());
    return same ? this : builder().from(this).id(id).committeeId(committeeId).number(number).place(place).build();
  }

  private void checkAgenda() {
    Set<String> numbers = new HashSet<>();
    for (int i = 0; i < agendaItems().size(); i++) {
      String number = agendaItems().get(i).number();
      if (!numbers.add(Names.key(number))) {
        throw new InvalidValueException("meeting.agendaItems[" + i + "].number", number,
            "numbers another item of the agenda too");
      }
    }
  }

  private void checkAttendance() {
    Set<String> persons = new HashSet<>();
    Map<String, String> substituted = new HashMap<>();
    for (int i = 0; i < attendance().size(); i++) {
      Attendance line = attendance().get(i);
      if (!persons.add(line.person().id())) {
        throw new InvalidValueException("meeting.attendance[" + i + "].person", line.person().id(),
            "has another line of attendance");
      }
      if (line.standsInFor().isPresent()) {
        String member = line.standsInFor().get().id();
        String earlier = substituted.put(member, line.person().id());
        if (earlier != null) {
          throw new InvalidValueException("meeting.attendance[" + i + "].standsInFor", member,
              "is already substituted by " + earlier);
        }
      }
    }
    for (int i = 0; i < attendance().size(); i++) {
      Attendance line = attendance().get(i);
      if (line.status() == AttendanceStatus.PRESENT && substituted.containsKey(line.person().id())) {
        throw new InvalidValueException("meeting.attendance[" + i + "].person", line.person().id(),
            "is present and substituted by " + substituted.get(line.person().id()));
      }
    }
  }

  private void checkVotes() {
    for (int i = 0; i < agendaItems().size(); i++) {
      AgendaItem item = agendaItems().get(i);
      for (int j = 0; j < item.votes().size(); j++) {
        Vote vote = item.votes().get(j);
        String path = "meeting.agendaItems[" + i + "].votes[" + j + "]";
        VoteCounter.checkAgainst(vote, this, path);
      }
    }
  }

  @Override
  public String toString() {
    return committeeId() + " " + number().orElse(id()) + " " + start() + " (" + state() + ")";
  }

  /** Builds a {@link Meeting}: id, committee id and start are required. */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}

    /**
     * Sets the start from a wall-clock time in a jurisdiction's zone.
     *
     * @param jurisdiction the jurisdiction of the body
     * @param localStart the wall-clock start, such as 24 March 2015 at 17:00
     * @return this builder
     */
    public Builder startIn(Jurisdiction jurisdiction, LocalDateTime localStart) {
      start(localStart.atZone(jurisdiction.zone()));
      return this;
    }
  }
}
