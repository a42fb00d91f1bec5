package org.folkestyre.core.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The publication states of a submission: withheld is not redacted. */
class TestSubmissionText {
  private static final Redactor REDACTOR = Redactor.create();

  @Test
  void aTextWithoutFlags_isRedactedAndPublishable() {
    SubmissionText received = SubmissionText.received("Ring meg på 91234567.");
    assertEquals(PublicationState.RECEIVED, received.state());
    assertEquals(Optional.empty(), received.publishableText());
    SubmissionText redacted = received.redactedWith(REDACTOR);
    assertEquals(PublicationState.REDACTED, redacted.state());
    assertEquals(Optional.of("Ring meg på [telefon]."), redacted.publishableText());
    assertEquals("Ring meg på 91234567.", redacted.original());
  }

  @Test
  void aFlaggedText_needsReview_thenApproval() {
    SubmissionText flagged = SubmissionText.received("Naboen min Per er syk.").redactedWith(REDACTOR);
    assertEquals(PublicationState.NEEDS_REVIEW, flagged.state());
    assertEquals(Optional.empty(), flagged.publishableText());
    SubmissionText approved = flagged.approved();
    assertEquals(PublicationState.REDACTED, approved.state());
    assertEquals(Optional.of("Naboen min Per er syk."), approved.publishableText());
  }

  @Test
  void withheld_isDistinctFromRedacted_andPublishesNothing() {
    SubmissionText redacted = SubmissionText.received("Ring meg på 91234567.").redactedWith(REDACTOR);
    SubmissionText withheld = redacted.withheld(WithholdingReason.PRIVATE_MATTER);
    assertEquals(PublicationState.WITHHELD, withheld.state());
    assertEquals(Optional.of(WithholdingReason.PRIVATE_MATTER), withheld.withholdingReason());
    assertEquals(Optional.empty(), withheld.publishableText());
    assertTrue(withheld.redaction().isPresent(), "the redaction is kept for the record");
    assertEquals("Ring meg på 91234567.", withheld.original());
    SubmissionText withheldAtOnce = SubmissionText.received("Trusler.").withheld(WithholdingReason.OTHER_UNLAWFUL);
    assertFalse(withheldAtOnce.redaction().isPresent());
    assertEquals("SubmissionText{WITHHELD OTHER_UNLAWFUL, 8 characters}", withheldAtOnce.toString());
  }

  @Test
  void illegalMoves_areRejected_namingTheStates() {
    SubmissionText received = SubmissionText.received("Tekst.");
    InvalidValueException notFlagged = assertThrows(InvalidValueException.class, received::approved);
    assertEquals("submissionText.state", notFlagged.field());
    SubmissionText redacted = received.redactedWith(REDACTOR);
    assertThrows(InvalidValueException.class, () -> redacted.redactedWith(REDACTOR));
    assertThrows(InvalidValueException.class, redacted::approved);
    SubmissionText withheld = redacted.withheld(WithholdingReason.DEFAMATION);
    InvalidValueException again = assertThrows(InvalidValueException.class,
        () -> withheld.withheld(WithholdingReason.DEFAMATION));
    assertTrue(again.getMessage().contains("cannot move from WITHHELD to WITHHELD"), again.getMessage());
  }

  @Test
  void structuralRules_areChecked() {
    RedactionResult other = REDACTOR.redact("Annen tekst.");
    assertThrows(InvalidValueException.class, () -> SubmissionText.builder().original("Tekst.")
        .state(PublicationState.REDACTED).redaction(other).build());
    assertThrows(InvalidValueException.class, () -> SubmissionText.builder().original("Tekst.")
        .state(PublicationState.REDACTED).build());
    assertThrows(InvalidValueException.class, () -> SubmissionText.builder().original("Tekst.")
        .state(PublicationState.WITHHELD).build());
    assertThrows(InvalidValueException.class, () -> SubmissionText.builder().original("Tekst.")
        .state(PublicationState.RECEIVED).withholdingReason(WithholdingReason.DEFAMATION).build());
    assertThrows(InvalidValueException.class, () -> SubmissionText.builder().original("Tekst.")
        .state(PublicationState.RECEIVED).redaction(REDACTOR.redact("Tekst.")).build());
  }

  @Test
  void states_moveForwardOnly() {
    assertEquals(EnumSet.of(PublicationState.NEEDS_REVIEW, PublicationState.REDACTED, PublicationState.WITHHELD),
        EnumSet.copyOf(PublicationState.RECEIVED.allowedNext()));
    assertTrue(PublicationState.WITHHELD.allowedNext().isEmpty());
    assertFalse(PublicationState.REDACTED.canMoveTo(PublicationState.NEEDS_REVIEW));
  }
}
