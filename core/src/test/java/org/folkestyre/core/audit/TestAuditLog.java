package org.folkestyre.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.Test;

class TestAuditLog {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-24T08:00:00Z"), ZoneOffset.UTC);

  private static AuditLog consultation(int submissions) {
    AuditLog log = AuditLog.create(CLOCK);
    log.append("horing-2026-1", "opened", Map.of("kind", "kommuneplan"));
    for (int i = 0; i < submissions; i++) {
      log.append("horing-2026-1", "submission-received", Map.of("submission", "s" + i, "channel", "digital-form"),
          Optional.of("person-ref-" + i));
    }
    log.append("horing-2026-1", "summary-published", Map.of());
    return log;
  }

  @Test
  void chain_linksEveryEntryToTheOneBefore() {
    List<AuditEntry> entries = consultation(3).entries();
    assertEquals(AuditEntry.GENESIS, entries.get(0).previousHash());
    for (int i = 1; i < entries.size(); i++) {
      assertEquals(entries.get(i - 1).hash(), entries.get(i).previousHash());
      assertEquals(i, entries.get(i).sequence());
    }
    assertTrue(AuditLog.verify(entries).isValid());
    assertEquals(5, AuditLog.verify(entries).checked());
  }

  @Test
  void editedEntry_isNamed() {
    List<AuditEntry> entries = new ArrayList<>(consultation(3).entries());
    entries.set(2, entries.get(2).withTamperedDetails(Map.of("submission", "s1", "channel", "letter")));
    AuditVerification result = AuditLog.verify(entries);
    assertEquals(Optional.of(AuditVerification.Problem.EDITED), result.problem());
    assertEquals(Optional.of(2L), result.entry());
  }

  @Test
  void removedEntry_isNamed() {
    List<AuditEntry> entries = new ArrayList<>(consultation(3).entries());
    entries.remove(2);
    AuditVerification result = AuditLog.verify(entries);
    assertEquals(Optional.of(AuditVerification.Problem.REMOVED), result.problem());
    assertEquals(Optional.of(2L), result.entry());
  }

  @Test
  void removedLastEntry_cannotBeSeenByTheChainAlone() {
    // A truncated chain is still a valid chain; keep the last hash elsewhere to detect truncation.
    List<AuditEntry> entries = new ArrayList<>(consultation(3).entries());
    entries.remove(entries.size() - 1);
    assertTrue(AuditLog.verify(entries).isValid());
  }

  @Test
  void swappedEntries_areReordered() {
    List<AuditEntry> entries = new ArrayList<>(consultation(3).entries());
    Collections.swap(entries, 1, 3);
    AuditVerification result = AuditLog.verify(entries);
    assertEquals(Optional.of(AuditVerification.Problem.REORDERED), result.problem());
    assertEquals(Optional.of(3L), result.entry());
  }

  @Test
  void duplicatedEntry_isInserted() {
    List<AuditEntry> entries = new ArrayList<>(consultation(3).entries());
    entries.add(3, entries.get(1));
    AuditVerification result = AuditLog.verify(entries);
    assertEquals(Optional.of(AuditVerification.Problem.INSERTED), result.problem());
    assertEquals(Optional.of(1L), result.entry());
  }

  @Test
  void personalData_staysOutsideTheChain() {
    AuditLog log = AuditLog.create(CLOCK);
    AuditEntry entry = log.append("horing-1", "submission-received", Map.of("submission", "s1"),
        Optional.of("ref-7f3a"));
    assertEquals(Optional.of("ref-7f3a"), entry.personalDataRef());
    assertFalse(entry.toString().contains("Kari"), "the log holds references, never names");
    assertTrue(AuditLog.verify(log.entries()).isValid(), "erasing the referenced data leaves the chain intact");
  }

  @Test
  void sixteenThreads_appendingAtOnce_loseNothing() throws Exception {
    AuditLog log = AuditLog.create(CLOCK);
    int threads = 16;
    int each = 500;
    Concurrently.run(threads, thread -> {
      for (int i = 0; i < each; i++) {
        log.append("horing-1", "submission-received", Map.of("submission", thread + "-" + i));
      }
    });
    List<AuditEntry> entries = log.entries();
    assertEquals(threads * each, entries.size());
    assertEquals(threads * each, entries.stream().map(e -> e.details().get("submission")).distinct().count());
    assertTrue(AuditLog.verify(entries).isValid());
  }

  /** Property: every kind of tampering anywhere in a chain is detected at the entry tampered with. */
  @Test
  void property_tamperingIsAlwaysDetected() {
    Generator<int[]> cases = (random, size) -> new int[] {3 + random.nextInt(size + 3), random.nextInt(4),
        random.nextInt(1_000_000)};
    PropertyCheck.forAll("tampering is detected", 20_260_324L, 300, 30, cases, c -> {
      List<AuditEntry> entries = new ArrayList<>(consultation(c[0]).entries());
      int n = entries.size();
      int at = 1 + c[2] % (n - 2);
      AuditVerification.Problem expected = AuditVerification.Problem.values()[c[1]];
      long expectedEntry = at;
      switch (expected) {
        case EDITED -> entries.set(at, entries.get(at).withTamperedDetails(Map.of("edited", "yes")));
        case REMOVED -> entries.remove(at);
        case INSERTED -> {
          entries.add(at + 1, entries.get(at - 1));
          expectedEntry = at - 1;
        }
        case REORDERED -> {
          Collections.swap(entries, at, at + 1);
          expectedEntry = at + 1;
        }
      }
      AuditVerification result = AuditLog.verify(entries);
      assertEquals(Optional.of(expected), result.problem(), result.toString());
      assertEquals(Optional.of(expectedEntry), result.entry(), result.toString());
      assertTrue(AuditLog.verify(consultation(c[0]).entries()).isValid());
    });
  }
}
