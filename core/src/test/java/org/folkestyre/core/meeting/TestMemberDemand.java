package org.folkestyre.core.meeting;

import static org.folkestyre.core.meeting.MeetingFixtures.ballots;
import static org.folkestyre.core.meeting.MeetingFixtures.committee;
import static org.folkestyre.core.meeting.MeetingFixtures.decided;
import static org.folkestyre.core.meeting.MeetingFixtures.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;

/** Examples of demands by members for a meeting or an agenda item, kommuneloven §§ 11-2 and 11-3. */
class TestMemberDemand {
  private static final String MEETING_DEMAND = "NO-KL-11-2-MEETING-DEMAND";
  private static final String AGENDA_DEMAND = "NO-KL-11-3-AGENDA-DEMAND";
  private static final Validator NORWAY = Validator.forJurisdiction(Jurisdiction.norway());
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2015, 6, 1));
  private static final LocalDate MARCH_1 = LocalDate.of(2015, 3, 1);
  private static final Committee NINE = committee(CommitteeKinds.NO_STANDING, 9);

  /** A held meeting of all nine members on 24 March 2015 with the one item "Sak 1", and the demands. */
  private static MeetingRecord record(MeetingState state, MemberDemand... demands) {
    Vote vote = Vote.ofBallots("Innstillingen", VoteKind.ORDINARY, ballots(VoteOption.FOR, VoteOption.FOR,
        VoteOption.FOR, VoteOption.FOR, VoteOption.FOR, VoteOption.FOR, VoteOption.FOR, VoteOption.FOR,
        VoteOption.FOR)).withRecordedResult(VoteResult.adopted(VoteResult.Reason.MAJORITY));
    Meeting meeting = meeting(Jurisdiction.norway(), NINE, 9).state(state).addAgendaItem(decided("1", vote)).build();
    return MeetingRecord.builder().from(MeetingRecord.of(meeting, NINE, Jurisdiction.norway()))
        .addDemands(demands).build();
  }

  private static List<Violation> violations(MeetingRecord record) {
    return NORWAY.validate(record, CONTEXT).violations();
  }

  private static List<String> ruleIds(MeetingRecord record) {
    return violations(record).stream().map(Violation::ruleId).toList();
  }

  @Test
  void threeOfNineDemandAnItem_itMustBeOnTheAgenda() {
    MemberDemand demand = MemberDemand.of(DemandKind.AGENDA_ITEM, "Trafikksikkerhet ved skolen",
        Set.of("m3", "m4", "m5"), MARCH_1);
    MeetingRecord record = record(MeetingState.HELD, demand);
    List<Violation> violations = violations(record);
    assertEquals(List.of(AGENDA_DEMAND), violations.stream().map(Violation::ruleId).toList());
    assertEquals("demands[0]", violations.get(0).path());
    assertEquals("3", violations.get(0).values().get("demanding"));
    assertEquals("9", violations.get(0).values().get("members"));
  }

  @Test
  void twoOfNine_isNotAThird() {
    MemberDemand demand = MemberDemand.of(DemandKind.AGENDA_ITEM, "Trafikksikkerhet ved skolen",
        Set.of("m3", "m4"), MARCH_1);
    assertFalse(demand.isByAThirdOf(NINE));
    assertEquals(List.of(), ruleIds(record(MeetingState.HELD, demand)));
  }

  @Test
  void demandsByNonMembers_doNotCount() {
    // Two members, a deputy and two residents: two voting members of nine.
    MemberDemand demand = MemberDemand.of(DemandKind.AGENDA_ITEM, "Trafikksikkerhet ved skolen",
        Set.of("m3", "m4", "d1", "innbygger-1", "innbygger-2"), MARCH_1);
    assertEquals(2, demand.membersOf(NINE));
    assertEquals(List.of(), ruleIds(record(MeetingState.HELD, demand)));
    MemberDemand meeting = MemberDemand.of(DemandKind.MEETING, "Ekstraordinært møte",
        Set.of("d1", "innbygger-1", "innbygger-2"), LocalDate.of(2015, 4, 1));
    assertEquals(List.of(), ruleIds(record(MeetingState.HELD, meeting)));
  }

  @Test
  void metDemand_noViolation_titleComparedInNfcIgnoringCase() {
    MemberDemand demand = MemberDemand.of(DemandKind.AGENDA_ITEM, "  SAK 1 ", Set.of("m3", "m4", "m5", "m6"),
        MARCH_1);
    MeetingRecord record = record(MeetingState.HELD, demand);
    assertTrue(record.isMet(demand));
    assertEquals(List.of(), ruleIds(record));

    Meeting decomposed = meeting(Jurisdiction.norway(), NINE, 9).addAgendaItem(AgendaItem.builder().number("1")
        .title("M\u00f6teplan").kind(ItemKind.ORIENTATION).build()).build();
    MeetingRecord nfc = MeetingRecord.of(decomposed, NINE, Jurisdiction.norway());
    assertTrue(nfc.isMet(MemberDemand.of(DemandKind.AGENDA_ITEM, "MO\u0308TEPLAN", Set.of("m1"), MARCH_1)));
  }

  @Test
  void meetingDemand_metByAMeetingConvenedOrHeldOnOrAfterIt() {
    MemberDemand demand = MemberDemand.of(DemandKind.MEETING, "Ekstraordinært møte", Set.of("m1", "m2", "m3"),
        LocalDate.of(2015, 3, 24));
    assertEquals(List.of(), ruleIds(record(MeetingState.HELD, demand)));
    assertTrue(record(MeetingState.CONVENED, demand).isMet(demand));
    assertFalse(record(MeetingState.PLANNED, demand).isMet(demand));
    assertFalse(record(MeetingState.CANCELLED, demand).isMet(demand));

    MemberDemand later = MemberDemand.of(DemandKind.MEETING, "Ekstraordinært møte", Set.of("m1", "m2", "m3"),
        LocalDate.of(2015, 3, 25));
    assertEquals(List.of(MEETING_DEMAND), ruleIds(record(MeetingState.HELD, later)));
  }

  @Test
  void onlyNorwegianRecords() {
    Committee udvalg = committee(CommitteeKinds.DK_STANDING, 9);
    Meeting meeting = meeting(Jurisdiction.denmark(), udvalg, 9).build();
    MeetingRecord record = MeetingRecord.builder().from(MeetingRecord.of(meeting, udvalg, Jurisdiction.denmark()))
        .addDemands(MemberDemand.of(DemandKind.AGENDA_ITEM, "Punkt", Set.of("m1", "m2", "m3"), MARCH_1)).build();
    for (Rule<?> rule : RulePacks.allRules()) {
      if (rule.id().equals(AGENDA_DEMAND) || rule.id().equals(MEETING_DEMAND)) {
        @SuppressWarnings("unchecked")
        Rule<MeetingRecord> demandRule = (Rule<MeetingRecord>) rule;
        assertEquals(List.of(), demandRule.apply(record, CONTEXT), rule.id());
      }
    }
  }

  @Test
  void structuralChecks() {
    assertThrows(InvalidValueException.class,
        () -> MemberDemand.of(DemandKind.MEETING, "Møte", Set.of(), MARCH_1));
    assertThrows(InvalidValueException.class,
        () -> MemberDemand.of(DemandKind.MEETING, "   ", Set.of("m1"), MARCH_1));
    assertEquals("M\u00f6te", MemberDemand.of(DemandKind.MEETING, " Mo\u0308te ", Set.of("m1"), MARCH_1).subject());
  }

  @Test
  void existingBuilders_haveNoDemands() {
    assertEquals(List.of(), record(MeetingState.HELD).demands());
  }
}
