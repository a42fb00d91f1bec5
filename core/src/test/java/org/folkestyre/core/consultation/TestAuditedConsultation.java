package org.folkestyre.core.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.audit.AuditEntry;
import org.folkestyre.core.audit.AuditLog;
import org.folkestyre.core.audit.Concurrently;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;

class TestAuditedConsultation {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-24T08:00:00Z"), ZoneId.of("Europe/Oslo"));
  private static final LocalDate OPENS = LocalDate.of(2026, 3, 24);

  private static AuditedConsultation opened() {
    Consultation draft = Consultation.builder().id("21/01234").subject("Kommuneplanens samfunnsdel")
        .jurisdiction(Jurisdiction.norway()).kind(ConsultationKind.NO_KOMMUNEPLAN).opens(OPENS)
        .closes(LocalDate.of(2026, 5, 5)).addChannels(Channel.DIGITAL_FORM).build();
    AuditedConsultation audited = AuditedConsultation.start(draft, AuditLog.create(CLOCK));
    audited.moveTo(ConsultationState.OPEN, CLOCK);
    return audited;
  }

  private static Submission submission(String id) {
    return Submission.builder().id(id).respondent(RespondentKind.RESIDENT).channel(Channel.DIGITAL_FORM)
        .received(Instant.parse("2026-04-01T10:00:00Z")).text("Innspill " + id).submitter("person-" + id).build();
  }

  @Test
  void everyStep_isLogged_andTheChainVerifies() {
    AuditedConsultation audited = opened();
    audited.receive(submission("S1"));
    audited.dispose(Disposition.withoutChange("S1", DispositionOutcome.NOTED, "Tatt til orientering."));
    audited.moveTo(ConsultationState.CLOSED, CLOCK);
    audited.moveTo(ConsultationState.SUMMARISED, CLOCK);
    List<AuditEntry> entries = audited.log().entries();
    assertEquals(List.of("created", "state-changed", "submission-received", "disposition-set", "state-changed",
        "state-changed"), entries.stream().map(AuditEntry::action).toList());
    assertEquals(Optional.of("person-S1"), entries.get(2).personalDataRef());
    assertFalse(entries.get(2).details().containsValue("Innspill S1"), "texts stay out of the log");
    assertTrue(AuditLog.verify(entries).isValid());
  }

  @Test
  void aStepThatFails_logsNothing() {
    AuditedConsultation audited = opened();
    int before = audited.log().entries().size();
    assertThrows(InvalidValueException.class, () -> audited.dispose(
        Disposition.withoutChange("S9", DispositionOutcome.NOTED, "Ukjent.")));
    assertThrows(InvalidValueException.class, () -> audited.moveTo(ConsultationState.PUBLISHED, CLOCK));
    assertEquals(before, audited.log().entries().size());
  }

  @Test
  void sixteenThreadsSubmittingAtOnce_loseNothing_andTheChainStaysValid() throws Exception {
    AuditedConsultation audited = opened();
    int threads = 16;
    int each = 50;
    Concurrently.run(threads, thread -> {
      for (int i = 0; i < each; i++) {
        audited.receive(submission("T" + thread + "-" + i));
      }
    });
    assertEquals(threads * each, audited.current().submissions().size());
    List<AuditEntry> entries = audited.log().entries();
    assertEquals(threads * each, entries.stream().filter(e -> e.action().equals("submission-received")).count());
    assertTrue(AuditLog.verify(entries).isValid());
  }
}
