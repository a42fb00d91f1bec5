package org.folkestyre.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.folkestyre.toolkit.budgeting.BallotReceipt;
import org.folkestyre.toolkit.budgeting.RejectionCode;
import org.folkestyre.toolkit.budgeting.SelectionReason;
import org.junit.jupiter.api.Test;

class BallotExamplesTest {
  @Test
  void theBallotsPageExampleRuns() {
    BallotExamples.Outcome outcome = BallotExamples.drammen(
        Clock.fixed(Instant.parse("2026-05-10T16:30:00Z"), ZoneOffset.UTC));
    List<BallotReceipt> receipts = outcome.receipts();
    assertEquals(List.of(RejectionCode.TOO_MANY_DISTRICTS),
        receipts.get(0).rejections().stream().map(r -> r.code()).toList());
    assertTrue(receipts.get(1).isAccepted());
    assertEquals(List.of(RejectionCode.SECOND_BALLOT),
        receipts.get(2).rejections().stream().map(r -> r.code()).toList());
    assertEquals("1/1", outcome.report().satisfiedShareFraction());
    assertEquals(SelectionReason.NO_SUPPORT, outcome.report().projects().get(2).reason());
  }
}
