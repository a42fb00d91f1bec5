package org.folkestyre.core.consultation;

import static org.folkestyre.core.consultation.ConsultationFixtures.at;
import static org.folkestyre.core.consultation.ConsultationFixtures.openSamfunnsdel;
import static org.folkestyre.core.consultation.ConsultationFixtures.samfunnsdel;
import static org.folkestyre.core.consultation.ConsultationFixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;

/** The structure and lifecycle of a consultation, its submissions and dispositions. */
class TestConsultation {

  @Test
  void lifecycle_movesForward_withTheClocksInstants() {
    Consultation draft = samfunnsdel();
    assertEquals(ConsultationState.DRAFT, draft.state());
    Consultation published = draft
        .moveTo(ConsultationState.OPEN, at("2026-03-24T08:00:00Z"))
        .moveTo(ConsultationState.CLOSED, at("2026-05-06T06:00:00Z"))
        .moveTo(ConsultationState.SUMMARISED, at("2026-06-01T10:00:00Z"))
        .moveTo(ConsultationState.PUBLISHED, at("2026-06-10T10:00:00Z"));
    assertEquals(ConsultationState.PUBLISHED, published.state());
    assertEquals(List.of(ConsultationState.OPEN, ConsultationState.CLOSED, ConsultationState.SUMMARISED,
        ConsultationState.PUBLISHED), published.history().stream().map(StateChange::state).toList());
    assertEquals(Instant.parse("2026-05-06T06:00:00Z"), published.movedTo(ConsultationState.CLOSED).orElseThrow());
    assertTrue(published.movedTo(ConsultationState.WITHDRAWN).isEmpty());
    assertEquals(ConsultationState.DRAFT, draft.state(), "moves return new consultations");
  }

  @Test
  void illegalMoves_areRejected() {
    Consultation draft = samfunnsdel();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> draft.moveTo(ConsultationState.CLOSED, at("2026-03-24T08:00:00Z")));
    assertEquals("Invalid consultation.state 'CLOSED': a consultation cannot move from DRAFT to CLOSED; from DRAFT"
        + " it may move to [OPEN, WITHDRAWN]", e.getMessage());
    Consultation withdrawn = draft.moveTo(ConsultationState.WITHDRAWN, at("2026-03-01T08:00:00Z"));
    assertThrows(InvalidValueException.class, () -> withdrawn.moveTo(ConsultationState.OPEN, at("2026-03-02T08:00:00Z")));
    Consultation published = openSamfunnsdel().moveTo(ConsultationState.CLOSED, at("2026-05-06T06:00:00Z"))
        .moveTo(ConsultationState.SUMMARISED, at("2026-06-01T10:00:00Z"))
        .moveTo(ConsultationState.PUBLISHED, at("2026-06-10T10:00:00Z"));
    assertThrows(InvalidValueException.class,
        () -> published.moveTo(ConsultationState.WITHDRAWN, at("2026-06-11T10:00:00Z")));
  }

  @Test
  void aClockRunningBackwards_isRejected() {
    Consultation open = openSamfunnsdel();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> open.moveTo(ConsultationState.CLOSED, at("2026-03-01T00:00:00Z")));
    assertEquals("consultation.history[1].at", e.field());
  }

  @Test
  void closingBeforeOpening_isAStructuralError() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Consultation.builder().from(samfunnsdel()).closes(LocalDate.of(2026, 3, 23)).build());
    assertEquals("Invalid consultation.closes '2026-03-23': must not be before the opening day 2026-03-24",
        e.getMessage());
    // Closing on the opening day is structurally possible; the rules judge it.
    assertEquals(LocalDate.of(2026, 3, 24),
        Consultation.builder().from(samfunnsdel()).closes(LocalDate.of(2026, 3, 24)).build().closes());
  }

  @Test
  void aKindOfAnotherJurisdiction_isRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Consultation.builder().from(samfunnsdel()).jurisdiction(Jurisdiction.denmark()).build());
    assertEquals("consultation.kind", e.field());
    Consultation voluntary = Consultation.builder().from(samfunnsdel()).jurisdiction(Jurisdiction.denmark())
        .kind(ConsultationKind.VOLUNTARY).build();
    assertEquals(ConsultationKind.VOLUNTARY, voluntary.kind());
  }

  @Test
  void aDraft_receivesNothing() {
    assertThrows(InvalidValueException.class,
        () -> samfunnsdel().receive(submission("S1", "2026-03-25T10:00:00Z", "Flere benker langs elva.")));
  }

  @Test
  void aSubmissionToAClosedConsultation_isRecordedAsLate_notLost() {
    Consultation closed = openSamfunnsdel().moveTo(ConsultationState.CLOSED, at("2026-05-06T06:00:00Z"));
    Submission late = submission("S9", "2026-05-07T12:00:00Z", "Husk skolevei for barna på Fjell.");
    Consultation received = closed.receive(late);
    assertEquals(List.of(late), received.submissions());
    assertEquals(SubmissionStatus.LATE_UNDECIDED, received.status(late));
    assertEquals(List.of(late), received.awaitingLateDecision());
    assertEquals(List.of(), received.includedSubmissions());
    Consultation included = received.decideLate("s9", LateDecision.INCLUDE);
    assertEquals(SubmissionStatus.LATE_INCLUDED, included.status(late));
    assertEquals(List.of(late), included.awaitingDisposition());
    Consultation excluded = included.decideLate("S9", LateDecision.EXCLUDE);
    assertEquals(SubmissionStatus.LATE_EXCLUDED, excluded.status(late));
    assertEquals(1, excluded.lateDecisions().size());
    assertEquals(List.of(late), excluded.submissions(), "an excluded submission stays on record");
  }

  @Test
  void lateness_isJudgedInTheJurisdictionsZone_andTheWholeClosingDayCounts() {
    Consultation open = openSamfunnsdel();
    Submission lastMinute = submission("S1", "2026-05-05T21:59:59Z", "Siste liten."); // 23:59:59 in Oslo
    Submission afterMidnight = submission("S2", "2026-05-05T22:00:00Z", "Etter midnatt."); // 00:00 on 6 May
    Consultation received = open.receiveAll(List.of(lastMinute, afterMidnight));
    assertEquals(SubmissionStatus.ON_TIME, received.status(lastMinute));
    assertEquals(SubmissionStatus.LATE_UNDECIDED, received.status(afterMidnight));
  }

  @Test
  void aLateDecision_needsALateSubmission() {
    Consultation received = openSamfunnsdel().receive(submission("S1", "2026-04-01T10:00:00Z", "I tide."));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> received.decideLate("S1", LateDecision.INCLUDE));
    assertTrue(e.rule().contains("only a late submission needs a decision"), e::getMessage);
    assertThrows(InvalidValueException.class, () -> received.decideLate("S7", LateDecision.INCLUDE));
  }

  @Test
  void submissionIds_areUnique_ignoringCase() {
    Consultation received = openSamfunnsdel().receive(submission("S1", "2026-04-01T10:00:00Z", "En."));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> received.receive(submission("s1", "2026-04-02T10:00:00Z", "To.")));
    assertEquals("consultation.submissions[1].id", e.field());
  }

  @Test
  void aDispositionForAnUnknownSubmission_isRejected() {
    Consultation received = openSamfunnsdel().receive(submission("S1", "2026-04-01T10:00:00Z", "Flere benker."));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> received.dispose(
        Disposition.withoutChange("S2", DispositionOutcome.NOTED, "Tatt til orientering.")));
    assertEquals("Invalid disposition.submissionId 'S2': is not a submission of consultation 21/01234",
        e.getMessage());
    InvalidValueException built = assertThrows(InvalidValueException.class, () -> Consultation.builder()
        .from(received).addDisposition(Disposition.withoutChange("S2", DispositionOutcome.NOTED, "Notert.")).build());
    assertEquals("consultation.dispositions[0].submissionId", built.field());
  }

  @Test
  void dispositions_replaceEarlierOnes_andNeverAnswerAnExcludedSubmission() {
    Consultation received = openSamfunnsdel()
        .receive(submission("S1", "2026-04-01T10:00:00Z", "Flere benker langs elva."))
        .moveTo(ConsultationState.CLOSED, at("2026-05-06T06:00:00Z"))
        .receive(submission("S2", "2026-05-08T10:00:00Z", "For sent."));
    Consultation answered = received
        .dispose(Disposition.withoutChange("S1", DispositionOutcome.NOTED, "Notert."))
        .dispose(Disposition.of("S1", DispositionOutcome.ADOPTED, "Tas inn i planen.",
            List.of("Kapittel 4.2: benker langs elva")));
    assertEquals(1, answered.dispositions().size());
    assertEquals(DispositionOutcome.ADOPTED, answered.disposition("s1").orElseThrow().outcome());
    Consultation excluded = answered.decideLate("S2", LateDecision.EXCLUDE);
    assertThrows(InvalidValueException.class,
        () -> excluded.dispose(Disposition.withoutChange("S2", DispositionOutcome.NOTED, "Notert.")));
    Consultation disposedFirst = answered.decideLate("S2", LateDecision.INCLUDE)
        .dispose(Disposition.withoutChange("S2", DispositionOutcome.NOT_ADOPTED, "Passer ikke."));
    assertThrows(InvalidValueException.class, () -> disposedFirst.decideLate("S2", LateDecision.EXCLUDE));
    assertThrows(InvalidValueException.class, () -> answered.disposeAll(List.of(
        Disposition.withoutChange("S1", DispositionOutcome.NOTED, "En."),
        Disposition.withoutChange("S1", DispositionOutcome.NOTED, "To."))));
  }

  @Test
  void dispositions_nameWhatTheyChanged() {
    InvalidValueException adopted = assertThrows(InvalidValueException.class,
        () -> Disposition.withoutChange("S1", DispositionOutcome.ADOPTED, "Tatt til følge."));
    assertEquals("disposition.changes", adopted.field());
    assertThrows(InvalidValueException.class, () -> Disposition.of("S1", DispositionOutcome.NOT_ADOPTED, "Nei.",
        List.of("Kapittel 1")));
    assertThrows(InvalidValueException.class, () -> Disposition.withoutChange("S1", DispositionOutcome.NOTED, " "));
    assertEquals(List.of("Kapittel 1"),
        Disposition.of("S1", DispositionOutcome.NOTED, "Tatt med i neste rullering.", List.of(" Kapittel 1 ")).changes());
  }

  @Test
  void submissions_areNormalised_andAnonymousOnesHaveNoSubmitter() {
    Submission submission = Submission.builder().id(" S1 ").respondent(RespondentKind.COUNCIL)
        .channel(Channel.COUNCIL_STATEMENT).district(" Konnerud ").received(Instant.parse("2026-04-01T10:00:00Z"))
        .text("  Rådet for personer med funksjonsnedsettelse ber om\nuniversell utforming.  ").build();
    assertEquals("S1", submission.id());
    assertEquals("Konnerud", submission.district().orElseThrow());
    assertTrue(submission.text().startsWith("Rådet") && submission.text().contains("\n"));
    assertThrows(InvalidValueException.class, () -> Submission.builder().from(submission)
        .respondent(RespondentKind.ANONYMOUS).submitter("contact-1").build());
    assertThrows(InvalidValueException.class, () -> Submission.builder().from(submission).text(" \n ").build());
  }

  @Test
  void channels_builtInAndOtherMethods() {
    assertEquals("online-meeting", Channel.ONLINE_MEETING.id());
    assertEquals(Channel.PODCAST, Channel.parse(" PODCAST "));
    Channel panel = Channel.parse("other:citizens-panel");
    assertEquals(ChannelKind.OTHER, panel.kind());
    assertEquals("citizens-panel", panel.methodId().orElseThrow());
    assertEquals("other:citizens-panel", panel.id());
    assertEquals(Channel.other("citizens-panel"), panel);
    assertThrows(InvalidValueException.class, () -> Channel.of(ChannelKind.OTHER));
    assertThrows(InvalidValueException.class, () -> Channel.other("two words"));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Channel.parse("fax"));
    assertEquals("Invalid channel 'fax': is not a channel; channels: dialogue-meeting, workshop, online-meeting,"
        + " podcast, digital-form, letter-or-email, council-statement, other:METHOD", e.getMessage());
  }

  @Test
  void enumIds_roundTrip() {
    for (RespondentKind kind : RespondentKind.values()) {
      assertEquals(kind, RespondentKind.ofId(kind.id()));
    }
    for (DispositionOutcome outcome : DispositionOutcome.values()) {
      assertEquals(outcome, DispositionOutcome.ofId(outcome.id().toUpperCase(java.util.Locale.ROOT)));
    }
    assertEquals(DispositionOutcome.PARTLY_ADOPTED, DispositionOutcome.ofId("partly_adopted"));
    assertEquals(LateDecision.EXCLUDE, LateDecision.ofId("exclude"));
    assertThrows(InvalidValueException.class, () -> RespondentKind.ofId("citizen"));
  }

  @Test
  void theEarliestLegalClose_followsTheKind() {
    assertEquals(LocalDate.of(2026, 5, 5), samfunnsdel().earliestLegalClose());
  }
}
