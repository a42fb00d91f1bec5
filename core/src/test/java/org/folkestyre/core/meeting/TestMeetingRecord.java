package org.folkestyre.core.meeting;

import static org.folkestyre.core.meeting.MeetingFixtures.ballots;
import static org.folkestyre.core.meeting.MeetingFixtures.decided;
import static org.folkestyre.core.meeting.VoteOption.AGAINST;
import static org.folkestyre.core.meeting.VoteOption.BLANK;
import static org.folkestyre.core.meeting.VoteOption.FOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.VoteResult.Reason;
import org.folkestyre.core.spi.LotSource;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** Meeting records: Holbæk's meeting of 24 March 2015, worked examples of the procedure rules, structure. */
class TestMeetingRecord {
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2015, 3, 24));
  private static final Validator NORWAY = Validator.forJurisdiction(Jurisdiction.norway());
  private static final Validator DENMARK = Validator.forJurisdiction(Jurisdiction.denmark());

  private static List<String> ruleIds(Validator validator, MeetingRecord record) {
    return validator.validate(record, CONTEXT).violations().stream().map(Violation::ruleId).toList();
  }

  // --- Holbæk, 24 March 2015 (seed 004)

  @Test
  void holbaek2015_hasItems119To123AsTheMinutesListThem() {
    MeetingRecord record = ReferenceData.holbaekMeeting2015();
    Meeting meeting = record.meeting();
    assertEquals(LocalDateTime.of(2015, 3, 24, 17, 0), meeting.start().toLocalDateTime());
    assertEquals(ZoneId.of("Europe/Copenhagen"), meeting.start().getZone());
    assertEquals(Optional.of("lokale 1.D, Kanalstræde 2"), meeting.place());
    assertEquals(List.of("119", "120", "121", "122", "123"),
        meeting.agendaItems().stream().map(AgendaItem::number).toList());
    assertEquals(List.of(ItemKind.DISCUSSION, ItemKind.DISCUSSION, ItemKind.DISCUSSION, ItemKind.DISCUSSION,
        ItemKind.ORIENTATION), meeting.agendaItems().stream().map(AgendaItem::kind).toList());
    assertEquals(List.of("13/37262", "15/10481", "13/37262", "13/37262", "13/37262"),
        meeting.agendaItems().stream().map(i -> i.caseNumber().orElseThrow().text()).toList());
    assertEquals(CaseNumberScheme.DK_YEAR_SEQUENCE, meeting.item("120").orElseThrow().caseNumber().orElseThrow().scheme());
    assertEquals("Drøftelse af Holbæk Kommunes valgfremmeindsats", meeting.item("120").orElseThrow().title());
    assertEquals(List.of("Statistik for deltagelsen i kommunalvalget i Holbæk Kommune",
        "Holbæk Kommunes valgfremmeinitiativer ved kommunalvalget i 2013"),
        meeting.item("120").orElseThrow().attachments().stream().map(Attachment::title).toList());
    assertEquals(List.of("5 eksempler på samskabelse i Holbæk kommune"),
        meeting.item("122").orElseThrow().attachments().stream().map(Attachment::title).toList());
    assertTrue(meeting.item("120").orElseThrow().decision().orElseThrow().contains("75.000 kr."));
    assertTrue(meeting.item("122").orElseThrow().decision().orElseThrow().contains("udsat"));
    assertEquals("orientering", meeting.item("123").orElseThrow().kind().names().get(Language.DA));
    assertEquals(CommitteeKinds.DK_PROJECT, record.committee().kind());
  }

  @Test
  void holbaek2015_isValidUnderDanishLaw_andTakesNoDecision() {
    MeetingRecord record = ReferenceData.holbaekMeeting2015();
    assertEquals(List.of(), ruleIds(DENMARK, record));
    assertTrue(record.meeting().agendaItems().stream().noneMatch(AgendaItem::isDecided));
    assertEquals(record, ReferenceData.holbaekMeeting2015());
  }

  // --- quorum with 7 members

  private static MeetingRecord withPresent(Jurisdiction jurisdiction, int present, Vote vote) {
    Committee committee = MeetingFixtures.committee(
        jurisdiction.equals(Jurisdiction.norway()) ? CommitteeKinds.NO_STANDING : CommitteeKinds.DK_PROJECT, 7);
    Meeting meeting = MeetingFixtures.meeting(jurisdiction, committee, present).addAgendaItem(decided("1", vote)).build();
    return MeetingRecord.of(meeting, committee, jurisdiction);
  }

  @Test
  void denmark_sevenMembers_fourPresentIsAQuorum_threeIsNot() {
    Vote four = Vote.ofBallots("Indstillingen", VoteKind.ORDINARY, ballots(FOR, FOR, FOR, AGAINST))
        .withRecordedResult(VoteResult.adopted(Reason.MAJORITY));
    assertEquals(List.of(), ruleIds(DENMARK, withPresent(Jurisdiction.denmark(), 4, four)));
    Vote three = Vote.ofBallots("Indstillingen", VoteKind.ORDINARY, ballots(FOR, FOR, AGAINST))
        .withRecordedResult(VoteResult.adopted(Reason.MAJORITY));
    List<Violation> violations = DENMARK.validate(withPresent(Jurisdiction.denmark(), 3, three), CONTEXT).violations();
    assertEquals(List.of("DK-KSL-11-QUORUM"), violations.stream().map(Violation::ruleId).toList());
    assertEquals("meeting.attendance", violations.get(0).path());
    assertEquals("3", violations.get(0).values().get("present"));
    assertEquals("4", violations.get(0).values().get("required"));
  }

  @Test
  void norway_sevenMembers_aVoteOfThreeIsNoQuorum_andRecusedVotesDoNotCount() {
    Vote three = Vote.ofBallots("Innstillingen", VoteKind.ORDINARY, ballots(FOR, FOR, AGAINST))
        .withRecordedResult(VoteResult.adopted(Reason.MAJORITY));
    List<Violation> violations = NORWAY.validate(withPresent(Jurisdiction.norway(), 3, three), CONTEXT).violations();
    assertEquals(List.of("NO-KL-11-9-QUORUM"), violations.stream().map(Violation::ruleId).toList());
    assertEquals("meeting.agendaItems[0].votes[0]", violations.get(0).path());

    Committee committee = MeetingFixtures.committee(CommitteeKinds.NO_STANDING, 7);
    Vote four = Vote.ofBallots("Innstillingen", VoteKind.ORDINARY, ballots(FOR, FOR, AGAINST, AGAINST))
        .withRecordedResult(VoteResult.adopted(Reason.CASTING_VOTE));
    AgendaItem item = AgendaItem.builder().from(decided("1", four))
        .addRecusal(Recusal.of(MeetingFixtures.member(4), RecusalGround.NO_FVL_6_1_A, "Erklært inhabil")).build();
    MeetingRecord record = MeetingRecord.of(MeetingFixtures.meeting(Jurisdiction.norway(), committee, 5)
        .addAgendaItem(item).build(), committee, Jurisdiction.norway());
    assertEquals(List.of("NO-KL-11-9-QUORUM", "NO-FVL-6-RECUSAL", "NO-KL-8-1-DUTY-TO-VOTE").stream().sorted().toList(),
        ruleIds(NORWAY, record).stream().distinct().sorted().toList());
  }

  // --- ties and casting votes

  @Test
  void norway_tieThreeToThree_adoptedByTheChairsCastingVote_isValid() {
    Vote vote = Vote.ofBallots("Innstillingen", VoteKind.ORDINARY, ballots(FOR, FOR, FOR, AGAINST, AGAINST, AGAINST))
        .withRecordedResult(VoteResult.adopted(Reason.CASTING_VOTE));
    assertEquals(List.of(), ruleIds(NORWAY, withPresent(Jurisdiction.norway(), 6, vote)));
  }

  @Test
  void norway_theSameTieInAnElection_mustGoToLot() {
    Committee committee = MeetingFixtures.committee(CommitteeKinds.NO_STANDING, 7);
    Vote byChair = Vote.ofBallots("Kari Nordmann som leder", VoteKind.ELECTION,
        ballots(FOR, FOR, FOR, AGAINST, AGAINST, AGAINST)).withRecordedResult(VoteResult.adopted(Reason.CASTING_VOTE));
    AgendaItem election = AgendaItem.builder().number("2").title("Valg av leder").kind(ItemKind.ELECTION)
        .decision("Kari Nordmann valgt").addVote(byChair).build();
    MeetingRecord record = MeetingRecord.of(MeetingFixtures.meeting(Jurisdiction.norway(), committee, 6)
        .addAgendaItem(election).build(), committee, Jurisdiction.norway());
    List<Violation> violations = NORWAY.validate(record, CONTEXT).violations();
    assertEquals(List.of("NO-KL-11-9-CASTING-VOTE"), violations.stream().map(Violation::ruleId).toList());
    assertTrue(violations.get(0).message(Language.NB).contains("loddtrekning"), violations.get(0).message(Language.NB));

    Vote byLot = byChair.withRecordedResult(VoteCounter.norway(names -> 0).count(byChair));
    assertEquals(VoteResult.adopted(Reason.LOT), byLot.result().orElseThrow());
    MeetingRecord lot = MeetingRecord.of(MeetingFixtures.meeting(Jurisdiction.norway(), committee, 6)
        .addAgendaItem(AgendaItem.builder().from(election).votes(List.of(byLot)).build()).build(),
        committee, Jurisdiction.norway());
    assertEquals(List.of(), ruleIds(NORWAY, lot));
  }

  @Test
  void denmark_aTieRecordedAsAdopted_isReported_andFallingIsValid() {
    Vote adopted = Vote.ofBallots("Indstillingen", VoteKind.ORDINARY, ballots(FOR, FOR, FOR, AGAINST, AGAINST, AGAINST))
        .withRecordedResult(VoteResult.adopted(Reason.MAJORITY));
    List<Violation> violations = DENMARK.validate(withPresent(Jurisdiction.denmark(), 6, adopted), CONTEXT).violations();
    assertEquals(List.of("DK-KSL-TIE"), violations.stream().map(Violation::ruleId).toList());
    assertEquals("meeting.agendaItems[0].votes[0]", violations.get(0).path());
    Vote falls = adopted.withRecordedResult(VoteCounter.denmark().count(adopted));
    assertEquals(List.of(), ruleIds(DENMARK, withPresent(Jurisdiction.denmark(), 6, falls)));
  }

  @Test
  void denmark_twoForOneAgainstTwoAbstaining_adopted_isValid() {
    Vote vote = Vote.ofBallots("Indstillingen", VoteKind.ORDINARY, ballots(FOR, FOR, AGAINST, BLANK, BLANK))
        .withRecordedResult(VoteResult.adopted(Reason.MAJORITY));
    assertEquals(List.of(), ruleIds(DENMARK, withPresent(Jurisdiction.denmark(), 5, vote)));
    Vote rejected = vote.withRecordedResult(VoteResult.rejected(Reason.MAJORITY));
    assertEquals(List.of("DK-KSL-11-MAJORITY"), ruleIds(DENMARK, withPresent(Jurisdiction.denmark(), 5, rejected)));
  }

  @Test
  void norway_blankVotesOutsideElections_breakTheDutyToVote() {
    Vote vote = Vote.ofBallots("Innstillingen", VoteKind.ORDINARY, ballots(FOR, FOR, AGAINST, BLANK, BLANK))
        .withRecordedResult(VoteResult.adopted(Reason.MAJORITY));
    List<Violation> violations = NORWAY.validate(withPresent(Jurisdiction.norway(), 5, vote), CONTEXT).violations();
    assertEquals(List.of("NO-KL-8-1-DUTY-TO-VOTE"), violations.stream().map(Violation::ruleId).toList());
    assertEquals("2", violations.get(0).values().get("blank"));
  }

  @Test
  void norway_aMajorityAgainstRecordedAsAdopted_isReported() {
    Vote vote = Vote.ofCounts("Innstillingen", VoteKind.ORDINARY, VoteCount.of(2, 3, 0))
        .withRecordedResult(VoteResult.adopted(Reason.MAJORITY));
    List<Violation> violations = NORWAY.validate(withPresent(Jurisdiction.norway(), 5, vote), CONTEXT).violations();
    assertEquals(List.of("NO-KL-11-9-MAJORITY"), violations.stream().map(Violation::ruleId).toList());
    assertEquals("Item 1: the vote on \u201cInnstillingen\u201d ended 2–3 (0 blank) but is recorded as ADOPTED (MAJORITY).",
        violations.get(0).message(Language.EN));
  }

  // --- closed items, late items, minutes

  @Test
  void closedItems_needAGroundOfTheirOwnCountry_andAnOpenVote() {
    Vote vote = Vote.ofCounts("Innstillingen", VoteKind.ORDINARY, VoteCount.of(4, 1, 0))
        .withRecordedResult(VoteResult.adopted(Reason.MAJORITY));
    Committee committee = MeetingFixtures.committee(CommitteeKinds.NO_STANDING, 7);
    AgendaItem closed = AgendaItem.builder().from(decided("1", vote))
        .closure(Closure.of(ClosureGround.DK_KSL_10, false)).build();
    MeetingRecord record = MeetingRecord.of(MeetingFixtures.meeting(Jurisdiction.norway(), committee, 5)
        .addAgendaItem(closed).build(), committee, Jurisdiction.norway());
    List<Violation> violations = NORWAY.validate(record, CONTEXT).violations();
    assertEquals(List.of("NO-KL-11-5-CLOSED-GROUND", "NO-KL-11-5-CLOSED-VOTE-OPEN"),
        violations.stream().map(Violation::ruleId).toList());
    assertEquals("meeting.agendaItems[0].closure", violations.get(0).path());
    assertTrue(ClosureGround.NO_KL_11_5_2_A.isMandatory());
    assertEquals(Optional.of("offentleglova § 13"), ClosureGround.NO_KL_11_5_2_B.accessReference());
  }

  @Test
  void aLateItemDecidedOverAThirdObjecting_isReported() {
    Vote vote = Vote.ofCounts("Innstillingen", VoteKind.ORDINARY, VoteCount.of(4, 2, 0))
        .withRecordedResult(VoteResult.adopted(Reason.MAJORITY));
    Committee committee = MeetingFixtures.committee(CommitteeKinds.NO_STANDING, 7);
    AgendaItem late = AgendaItem.builder().from(decided("1", vote)).addedLate(true).objectingMembers(2).build();
    MeetingRecord record = MeetingRecord.of(MeetingFixtures.meeting(Jurisdiction.norway(), committee, 6)
        .addAgendaItem(late).build(), committee, Jurisdiction.norway());
    assertEquals(List.of("NO-KL-11-3-OFF-AGENDA"), ruleIds(NORWAY, record));
    AgendaItem fewer = AgendaItem.builder().from(late).objectingMembers(1).build();
    MeetingRecord allowed = MeetingRecord.of(MeetingFixtures.meeting(Jurisdiction.norway(), committee, 6)
        .addAgendaItem(fewer).build(), committee, Jurisdiction.norway());
    assertEquals(List.of(), ruleIds(NORWAY, allowed));
  }

  @Test
  void minutes_needPlaceAttendanceDecisionsAndResults() {
    Committee committee = MeetingFixtures.committee(CommitteeKinds.NO_STANDING, 5);
    Vote unrecorded = Vote.ofCounts("Innstillingen", VoteKind.ORDINARY, VoteCount.of(3, 1, 0));
    AgendaItem item = AgendaItem.builder().number("1").title("Sak 1").kind(ItemKind.DECISION).addVote(unrecorded)
        .build();
    Meeting meeting = Meeting.builder().id("m").committeeId(committee.id())
        .startIn(Jurisdiction.norway(), LocalDateTime.of(2015, 3, 24, 17, 0)).state(MeetingState.HELD)
        .addAttendance(Attendance.present(MeetingFixtures.member(1)), Attendance.present(MeetingFixtures.member(2)),
            Attendance.present(MeetingFixtures.member(3)), Attendance.present(MeetingFixtures.member(4)))
        .addAgendaItem(item).build();
    List<Violation> violations = NORWAY.validate(MeetingRecord.of(meeting, committee, Jurisdiction.norway()), CONTEXT)
        .violations();
    assertEquals(List.of("meeting.place", "meeting.attendance", "meeting.agendaItems[0].decision",
        "meeting.agendaItems[0].votes[0].result"), violations.stream().map(Violation::path).toList());
    assertEquals("Member 5", violations.get(1).values().get("detail"));
    Meeting planned = Meeting.builder().from(meeting).state(MeetingState.PLANNED).build();
    assertEquals(List.of(), ruleIds(NORWAY, MeetingRecord.of(planned, committee, Jurisdiction.norway())));
  }

  // --- the example of docs/meetings.md

  @Test
  void guideExample_runs() {
    var kari = MeetingFixtures.member(1);
    var ola = MeetingFixtures.member(2);
    var per = MeetingFixtures.member(3);
    var anne = MeetingFixtures.member(4);
    var lise = MeetingFixtures.member(5);
    Committee committee = MeetingFixtures.committee(CommitteeKinds.NO_STANDING, 5);

    Jurisdiction norway = Jurisdiction.norway();
    Vote vote = Vote.ofBallots("Innstillingen", VoteKind.ORDINARY, List.of(
        Ballot.ofChair(kari, VoteOption.FOR), Ballot.of(ola, VoteOption.FOR),
        Ballot.of(per, VoteOption.AGAINST), Ballot.of(anne, VoteOption.AGAINST)));
    VoteResult result = VoteCounter.norway(LotSource.seeded(42)).count(vote);    // ADOPTED (CASTING_VOTE)

    Meeting meeting = Meeting.builder().id("hu1-2025-3").committeeId(committee.id()).number("3/2025")
        .startIn(norway, LocalDateTime.of(2025, 3, 12, 18, 0)).place("Rådhuset, møterom 2")
        .addAttendance(Attendance.present(kari), Attendance.present(ola), Attendance.present(per),
            Attendance.present(anne), Attendance.absent(lise))
        .addAgendaItem(AgendaItem.builder().number("PS 7/25").title("Trafikksikkerhetsplan")
            .caseNumber("2025/118", CaseNumberContext.of(norway, 2025)).kind(ItemKind.DECISION)
            .recommendation("Planen vedtas.").decision("Planen ble vedtatt.")
            .addVote(vote.withRecordedResult(result)).build())
        .build()
        .moveTo(MeetingState.CONVENED).moveTo(MeetingState.HELD);                // sequence() == 2

    ValidationReport report = Validator.forJurisdiction(norway)
        .validate(MeetingRecord.of(meeting, committee, norway), ValidationContext.asOf(LocalDate.of(2025, 3, 12)));
    report.violations().forEach(v -> System.out.println(v.ruleId() + " " + v.path() + ": " + v.message(Language.NB)));

    assertEquals(VoteResult.adopted(Reason.CASTING_VOTE), result);
    assertEquals(2, meeting.sequence());
    assertEquals(List.of(), report.violations());
    assertTrue(report.rulesChecked().contains("NO-KL-11-4-MINUTES"));
  }

  // --- structure

  @Test
  void aRecord_fitsItsCommitteeAndJurisdiction() {
    Committee committee = MeetingFixtures.committee(CommitteeKinds.NO_STANDING, 5);
    Meeting oslo = MeetingFixtures.meeting(Jurisdiction.norway(), committee, 5).build();
    InvalidValueException kind = assertThrows(InvalidValueException.class,
        () -> MeetingRecord.of(oslo, committee, Jurisdiction.denmark()));
    assertEquals("committee.kind", kind.field());
    Meeting utc = Meeting.builder().from(oslo).start(oslo.start().withZoneSameInstant(ZoneId.of("UTC"))).build();
    InvalidValueException zone = assertThrows(InvalidValueException.class,
        () -> MeetingRecord.of(utc, committee, Jurisdiction.norway()));
    assertEquals("meeting.start", zone.field());
    Meeting other = Meeting.builder().from(oslo).committeeId("formannskapet").build();
    assertThrows(InvalidValueException.class, () -> MeetingRecord.of(other, committee, Jurisdiction.norway()));
  }

  @Test
  void onlyVotersVote_andRecusalGroundsAreOfTheJurisdiction() {
    Committee committee = MeetingFixtures.committee(CommitteeKinds.NO_STANDING, 5);
    Meeting withGuest = MeetingFixtures.meeting(Jurisdiction.norway(), committee, 5)
        .addAttendance(Attendance.present(MeetingFixtures.member(42)))
        .addAgendaItem(decided("1", Vote.ofBallots("Forslag", VoteKind.ORDINARY,
            List.of(Ballot.of(MeetingFixtures.member(42), FOR))))).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MeetingRecord.of(withGuest, committee, Jurisdiction.norway()));
    assertEquals("meeting.agendaItems[0].votes[0].ballots[0].person", e.field());
    Meeting danishGround = MeetingFixtures.meeting(Jurisdiction.norway(), committee, 5)
        .addAgendaItem(AgendaItem.builder().number("1").title("Sak").kind(ItemKind.DECISION)
            .addRecusal(Recusal.of(MeetingFixtures.member(2), RecusalGround.DK_FVL_3_1_1, "Inhabil")).build()).build();
    assertThrows(InvalidValueException.class, () -> MeetingRecord.of(danishGround, committee, Jurisdiction.norway()));
  }

  @Test
  void substitutes_holdTheVoteOfTheMemberTheyReplace() {
    Committee committee = MeetingFixtures.committee(CommitteeKinds.NO_STANDING, 3);
    var deputy = committee.deputies().get(0).person();
    Meeting meeting = MeetingFixtures.meeting(Jurisdiction.norway(), committee, 2)
        .addAttendance(Attendance.substitute(deputy, MeetingFixtures.member(3)))
        .addAgendaItem(decided("1", Vote.ofBallots("Forslag", VoteKind.ORDINARY, List.of(
            Ballot.ofChair(MeetingFixtures.member(1), FOR), Ballot.of(MeetingFixtures.member(2), AGAINST),
            Ballot.of(deputy, FOR))).withRecordedResult(VoteResult.adopted(Reason.MAJORITY)))).build();
    MeetingRecord record = MeetingRecord.of(meeting, committee, Jurisdiction.norway());
    assertEquals(3, record.votersPresent().size());
    assertEquals(List.of(), ruleIds(NORWAY, record));
    Meeting forNonMember = MeetingFixtures.meeting(Jurisdiction.norway(), committee, 3)
        .addAttendance(Attendance.substitute(deputy, MeetingFixtures.member(9))).build();
    assertThrows(InvalidValueException.class, () -> MeetingRecord.of(forNonMember, committee, Jurisdiction.norway()));
  }
}
