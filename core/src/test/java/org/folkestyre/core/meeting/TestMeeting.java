package org.folkestyre.core.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Meetings: the state machine, the calendar sequence, and the structural checks. */
class TestMeeting {
  private static Meeting planned() {
    return Meeting.builder().id("fsk-2025-05").committeeId("formannskapet").number("5/2025")
        .startIn(Jurisdiction.norway(), LocalDateTime.of(2025, 6, 4, 10, 0)).place("Bystyresalen").build();
  }

  // --- state machine

  @ParameterizedTest
  @CsvSource({
      "PLANNED, CONVENED, true", "PLANNED, CANCELLED, true", "PLANNED, HELD, false",
      "PLANNED, MINUTES_APPROVED, false", "PLANNED, PLANNED, false",
      "CONVENED, HELD, true", "CONVENED, CANCELLED, true", "CONVENED, PLANNED, false",
      "CONVENED, MINUTES_APPROVED, false",
      "HELD, MINUTES_APPROVED, true", "HELD, CANCELLED, false", "HELD, CONVENED, false",
      "MINUTES_APPROVED, HELD, false", "MINUTES_APPROVED, CANCELLED, false",
      "CANCELLED, PLANNED, false", "CANCELLED, CONVENED, false"})
  void canMoveTo_followsTheLegalPaths(MeetingState from, MeetingState to, boolean legal) {
    assertEquals(legal, from.canMoveTo(to));
  }

  @ParameterizedTest
  @EnumSource(MeetingState.class)
  void finalStates_haveNoNextState(MeetingState state) {
    boolean isFinal = state == MeetingState.MINUTES_APPROVED || state == MeetingState.CANCELLED;
    assertEquals(isFinal, state.allowedNext().isEmpty());
  }

  @Test
  void moveTo_raisesTheSequence_andRejectsIllegalMoves() {
    Meeting meeting = planned();
    assertEquals(MeetingState.PLANNED, meeting.state());
    assertEquals(0, meeting.sequence());
    Meeting held = meeting.moveTo(MeetingState.CONVENED).moveTo(MeetingState.HELD);
    assertEquals(MeetingState.HELD, held.state());
    assertEquals(2, held.sequence());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> held.moveTo(MeetingState.CANCELLED));
    assertEquals("meeting.state", e.field());
    assertEquals("CANCELLED", e.value());
    assertTrue(e.getMessage().contains("from HELD to CANCELLED"), e.getMessage());
    assertEquals(3, held.moveTo(MeetingState.MINUTES_APPROVED).sequence());
  }

  @Test
  void rescheduleAndRelocate_raiseTheSequence_untilTheMeetingIsHeld() {
    Meeting meeting = Meeting.builder().from(planned()).end(planned().start().plusHours(3)).build();
    ZonedDateTime later = meeting.start().plusDays(7);
    Meeting moved = meeting.rescheduled(later).relocated("Formannskapssalen");
    assertEquals(later, moved.start());
    assertEquals(Optional.of(later.plusHours(3)), moved.end());
    assertEquals(Optional.of("Formannskapssalen"), moved.place());
    assertEquals(2, moved.sequence());
    Meeting held = moved.moveTo(MeetingState.CONVENED).moveTo(MeetingState.HELD);
    assertThrows(InvalidValueException.class, () -> held.relocated("Et annet sted"));
    assertThrows(InvalidValueException.class, () -> held.rescheduled(later.plusDays(1)));
  }

  // --- structure

  @Test
  void startIn_usesTheJurisdictionsZone() {
    assertEquals(ZoneId.of("Europe/Oslo"), planned().start().getZone());
    assertEquals(LocalDateTime.of(2025, 6, 4, 10, 0), planned().start().toLocalDateTime());
  }

  @Test
  void anEndBeforeTheStart_isRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Meeting.builder().from(planned()).end(planned().start().minusMinutes(1)).build());
    assertEquals("meeting.end", e.field());
  }

  @Test
  void anItemNumberedTwice_isRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Meeting.builder().from(planned())
        .addAgendaItem(AgendaItem.of("PS 12/25", "Budsjett", ItemKind.DECISION))
        .addAgendaItem(AgendaItem.of("ps 12/25", "Budsjett igjen", ItemKind.DISCUSSION)).build());
    assertEquals("meeting.agendaItems[1].number", e.field());
    assertEquals("ps 12/25", e.value());
  }

  @Test
  void attendance_isOneLinePerPerson_andNobodyIsBothPresentAndSubstituted() {
    assertThrows(InvalidValueException.class, () -> Meeting.builder().from(planned())
        .addAttendance(Attendance.present(MeetingFixtures.member(1)))
        .addAttendance(Attendance.absent(MeetingFixtures.member(1))).build());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Meeting.builder().from(planned())
        .addAttendance(Attendance.present(MeetingFixtures.member(1)))
        .addAttendance(Attendance.substitute(MeetingFixtures.member(9), MeetingFixtures.member(1))).build());
    assertTrue(e.getMessage().contains("present and substituted"), e.getMessage());
    assertThrows(InvalidValueException.class,
        () -> Attendance.builder().person(MeetingFixtures.member(1)).status(AttendanceStatus.SUBSTITUTE).build());
  }

  @Test
  void withAttendance_ballotsOfAbsentPersons_areRejected() {
    var committee = MeetingFixtures.committee(CommitteeKinds.NO_STANDING, 5);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> MeetingFixtures
        .meeting(Jurisdiction.norway(), committee, 3)
        .addAgendaItem(MeetingFixtures.decided("1", Vote.ofBallots("Forslag", VoteKind.ORDINARY,
            MeetingFixtures.ballots(VoteOption.FOR, VoteOption.FOR, VoteOption.FOR, VoteOption.AGAINST))))
        .build());
    assertEquals("meeting.agendaItems[0].votes[0].ballots[3].person", e.field());
  }

  @Test
  void presentPersons_includeSubstitutes() {
    Meeting meeting = Meeting.builder().from(planned())
        .addAttendance(Attendance.present(MeetingFixtures.member(1)))
        .addAttendance(Attendance.absent(MeetingFixtures.member(2)))
        .addAttendance(Attendance.substitute(MeetingFixtures.member(9), MeetingFixtures.member(2))).build();
    assertEquals(Set.of("m1", "m9"), Set.copyOf(meeting.presentPersons().stream().map(p -> p.id()).toList()));
    assertTrue(meeting.isPresent("m9"));
    assertFalse(meeting.isPresent("m2"));
  }

  @Test
  void item_isFoundByNumber() {
    Meeting meeting = Meeting.builder().from(planned())
        .addAgendaItem(AgendaItem.of("PS 12/25", "Budsjett", ItemKind.DECISION)).build();
    assertEquals("Budsjett", meeting.item("PS 12/25").orElseThrow().title());
    assertTrue(meeting.item("PS 13/25").isEmpty());
  }

  @Test
  void itemKinds_haveNamesInFourLanguages() {
    assertEquals("vedtakssak", ItemKind.DECISION.names().get(org.folkestyre.core.Language.NB));
    assertEquals("beslutning", ItemKind.DECISION.names().get(org.folkestyre.core.Language.DA));
    assertEquals("drøftingssak", ItemKind.DISCUSSION.names().get(org.folkestyre.core.Language.NN));
    assertEquals("orientering", ItemKind.ORIENTATION.names().get(org.folkestyre.core.Language.DA));
    assertEquals("appointment", ItemKind.APPOINTMENT.names().get(org.folkestyre.core.Language.EN));
    assertTrue(ItemKind.ELECTION.isDecision());
    assertFalse(ItemKind.ORIENTATION.isDecision());
  }

  @Test
  void objections_onlyToItemsAddedLate() {
    assertThrows(InvalidValueException.class, () -> AgendaItem.builder().number("1").title("Sak").kind(ItemKind.DECISION)
        .objectionByChair(true).build());
    assertThrows(InvalidValueException.class, () -> AgendaItem.builder().number("1").title("Sak").kind(ItemKind.DECISION)
        .addedLate(true).objectingMembers(-1).build());
  }
}
