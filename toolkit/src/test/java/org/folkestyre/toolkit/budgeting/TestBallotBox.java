package org.folkestyre.toolkit.budgeting;

import static org.folkestyre.toolkit.budgeting.Fixtures.DRAMMEN;
import static org.folkestyre.toolkit.budgeting.Fixtures.OSLO;
import static org.folkestyre.toolkit.budgeting.Fixtures.WINDOW;
import static org.folkestyre.toolkit.budgeting.Fixtures.codes;
import static org.folkestyre.toolkit.budgeting.Fixtures.drammen;
import static org.folkestyre.toolkit.budgeting.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.audit.AuditEntry;
import org.folkestyre.core.audit.AuditLog;
import org.folkestyre.toolkit.identity.AssuranceLevel;
import org.folkestyre.toolkit.identity.IdentityScheme;
import org.folkestyre.toolkit.identity.VerifiedIdentity;
import org.junit.jupiter.api.Test;

class TestBallotBox {
  private static final Instant DURING = ZonedDateTime.of(2026, 5, 10, 18, 30, 0, 0, OSLO).toInstant();

  private final SettableClock clock = new SettableClock(DURING);
  private final AuditLog log = AuditLog.create(clock);

  private BallotBox box(BudgetingElection election, Eligibility eligibility, VotingWindow window) {
    return BallotBox.open("pb-drammen-2026", election, eligibility, window, clock, log);
  }

  private BallotBox box() {
    return box(drammen(BallotType.APPROVAL).constraints(BallotConstraints.builder()
        .maxTotalCost(Amount.of(150_000)).build()).build(), Eligibility.builder().municipality(DRAMMEN)
        .minimumAge(16).build(), WINDOW);
  }

  @Test
  void acceptsAValidBallotAndRecordsItUnderAPseudonym() {
    BallotBox box = box();
    VerifiedIdentity kari = person("kari").build();
    BallotReceipt receipt = box.cast(kari, BallotSubmission.of(List.of("K1", "S1")));
    assertTrue(receipt.isAccepted(), receipt::toString);
    assertEquals(1, receipt.number());
    assertEquals(DURING, receipt.receivedAt());
    assertTrue(box.hasVoted(kari));
    Ballot ballot = box.acceptedBallots().get(0);
    assertEquals("1", ballot.voter().id());
    assertEquals("Konnerud", ballot.voter().district().orElseThrow());
    assertEquals(36, ballot.voter().age().getAsInt());
    assertEquals(List.of("K1", "S1"), box.election().ballots().get(0).projectIds());
    List<AuditEntry> entries = log.entries();
    assertEquals(List.of("ballot-box-opened", "ballot-accepted"), entries.stream().map(AuditEntry::action).toList());
    assertFalse(entries.get(1).toString().contains("kari"), "the log never names the person");
    assertFalse(entries.get(1).details().containsValue("K1"), "the log never holds what was chosen");
    assertTrue(entries.get(1).personalDataRef().isEmpty());
    assertTrue(AuditLog.verify(entries).isValid());
  }

  @Test
  void aSecondBallotIsRejectedAcrossChannelsAndRecorded() {
    BallotBox box = box();
    assertTrue(box.cast(person("kari").build(), BallotSubmission.of(List.of("K1"))).isAccepted());
    VerifiedIdentity atTheDesk = person("kari").scheme(IdentityScheme.STAFF_ASSISTED)
        .registeredBy("servicetorget-1").build();
    BallotReceipt second = box.cast(atTheDesk, BallotSubmission.of(List.of("S1")));
    assertEquals(List.of(RejectionCode.SECOND_BALLOT), codes(second.rejections()));
    assertEquals(1, box.acceptedBallots().size());
    RejectedBallot kept = box.rejectedBallots().get(0);
    assertEquals(second, kept.receipt());
    assertEquals(List.of("S1"), kept.submission().projectIds());
    assertEquals(IdentityScheme.STAFF_ASSISTED, kept.scheme());
    AuditEntry entry = log.entries().get(2);
    assertEquals("ballot-rejected", entry.action());
    assertEquals("SECOND_BALLOT", entry.details().get("reasons"));
    assertEquals("STAFF_ASSISTED", entry.details().get("scheme"));
  }

  @Test
  void aRejectedBallotDoesNotUseUpTheVote() {
    BallotBox box = box();
    VerifiedIdentity ola = person("ola").build();
    BallotReceipt over = box.cast(ola, BallotSubmission.of(List.of("K1", "K2", "S1", "F1", "B1")));
    assertEquals(List.of(RejectionCode.OVER_BUDGET), codes(over.rejections()));
    assertFalse(box.hasVoted(ola));
    BallotReceipt fixed = box.cast(ola, BallotSubmission.of(List.of("K1", "K2", "S1")));
    assertTrue(fixed.isAccepted());
    assertEquals(2, fixed.number());
    assertEquals(1, box.rejectedBallots().size());
  }

  /** Sixteen threads submit for the same person at once: one ballot counts, fifteen are rejected and kept. */
  @Test
  void sixteenThreadsForOnePersonGiveExactlyOneBallot() throws Exception {
    for (int round = 0; round < 20; round++) {
      AuditLog roundLog = AuditLog.create(clock);
      BallotBox box = BallotBox.open("pb-" + round, drammen(BallotType.APPROVAL).build(), Eligibility.anyone(),
          WINDOW, clock, roundLog);
      int threads = 16;
      ConcurrentLinkedQueue<BallotReceipt> receipts = new ConcurrentLinkedQueue<>();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> futures = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
          String project = t % 2 == 0 ? "K1" : "S1";
          futures.add(pool.submit(() -> {
            start.await();
            receipts.add(box.cast(person("samme-person").build(), BallotSubmission.of(List.of(project))));
            return null;
          }));
        }
        start.countDown();
        for (Future<?> future : futures) {
          future.get(60, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(threads, receipts.size());
      assertEquals(1, receipts.stream().filter(BallotReceipt::isAccepted).count());
      assertTrue(receipts.stream().filter(r -> !r.isAccepted())
          .allMatch(r -> codes(r.rejections()).equals(List.of(RejectionCode.SECOND_BALLOT))));
      assertEquals(1, box.acceptedBallots().size());
      assertEquals(15, box.rejectedBallots().size());
      assertEquals(java.util.stream.LongStream.rangeClosed(1, 16).boxed().collect(Collectors.toSet()),
          receipts.stream().map(BallotReceipt::number).collect(Collectors.toSet()));
      List<AuditEntry> entries = roundLog.entries();
      assertEquals(17, entries.size());
      assertEquals(1, entries.stream().filter(e -> e.action().equals("ballot-accepted")).count());
      assertEquals(15, entries.stream().filter(e -> e.action().equals("ballot-rejected")).count());
      assertTrue(AuditLog.verify(entries).isValid());
    }
  }

  @Test
  void theWindowOpensInclusiveAndClosesExclusive() {
    BallotBox box = box(drammen(BallotType.APPROVAL).build(), Eligibility.anyone(), WINDOW);
    clock.set(WINDOW.opens().minusNanos(1));
    BallotReceipt early = box.cast(person("a").build(), BallotSubmission.of(List.of()));
    assertEquals(List.of(RejectionCode.OUTSIDE_VOTING_WINDOW), codes(early.rejections()));
    assertEquals("Voting is not open: the vote runs from 2026-05-04 09:00 to 2026-05-18 12:00.",
        early.rejections().get(0).message(Language.EN));
    clock.set(WINDOW.opens());
    assertTrue(box.cast(person("a").build(), BallotSubmission.of(List.of())).isAccepted());
    clock.set(WINDOW.closes().minusNanos(1));
    assertTrue(box.cast(person("b").build(), BallotSubmission.of(List.of())).isAccepted());
    clock.set(WINDOW.closes());
    assertEquals(List.of(RejectionCode.OUTSIDE_VOTING_WINDOW),
        codes(box.cast(person("c").build(), BallotSubmission.of(List.of())).rejections()));
    assertEquals(2, box.election().ballots().size());
    assertEquals(2, box.rejectedBallots().size());
  }

  /** A window announced in local time across the changes to and from summer time in 2026. */
  @Test
  void theWindowIsExactAcrossSummerTime() {
    // Summer time starts 29 March 2026 at 02:00 (03:00 CEST); 02:30 does not exist and means 03:30 CEST.
    ZonedDateTime opens = ZonedDateTime.of(LocalDate.of(2026, 3, 29).atTime(2, 30), OSLO);
    // Summer time ends 25 October 2026 at 03:00 CEST (02:00 CET); 02:30 happens twice, the first is meant.
    ZonedDateTime closes = ZonedDateTime.of(LocalDate.of(2026, 10, 25).atTime(2, 30), OSLO);
    VotingWindow window = VotingWindow.of(opens, closes);
    assertEquals(Instant.parse("2026-03-29T01:30:00Z"), window.opens());
    assertEquals(Instant.parse("2026-10-25T00:30:00Z"), window.closes());
    assertFalse(window.contains(Instant.parse("2026-03-29T01:29:59Z")));
    assertTrue(window.contains(Instant.parse("2026-03-29T01:30:00Z")));
    assertTrue(window.contains(Instant.parse("2026-10-25T00:29:59Z")));
    assertFalse(window.contains(Instant.parse("2026-10-25T01:30:00Z")), "the second 02:30 is after closing");
    assertEquals(LocalDate.of(2026, 10, 24), window.dayOf(Instant.parse("2026-10-24T21:59:59Z")));
    assertEquals(LocalDate.of(2026, 10, 25), window.dayOf(Instant.parse("2026-10-24T22:00:00Z")));
  }

  @Test
  void theAgeIsTakenOnTheDayOfCastingInTheWindowsZone() {
    BallotBox box = box(drammen(BallotType.APPROVAL).build(), Eligibility.builder().minimumAge(16).build(), WINDOW);
    VerifiedIdentity birthday = person("b").birthDate(LocalDate.of(2010, 5, 11)).build();
    // 23:30 on 10 May in Oslo is 21:30 UTC: still the day before her sixteenth birthday.
    clock.set(Instant.parse("2026-05-10T21:30:00Z"));
    assertEquals(List.of(RejectionCode.UNDER_MINIMUM_AGE),
        codes(box.cast(birthday, BallotSubmission.of(List.of())).rejections()));
    clock.set(Instant.parse("2026-05-10T22:00:00Z"));
    assertTrue(box.cast(birthday, BallotSubmission.of(List.of())).isAccepted());
  }

  @Test
  void minimumAssuranceInTheBox() {
    BallotBox box = box(drammen(BallotType.APPROVAL).build(),
        Eligibility.builder().minimumAssurance(AssuranceLevel.HIGH).build(), WINDOW);
    assertEquals(List.of(RejectionCode.ASSURANCE_TOO_LOW),
        codes(box.cast(person("minid").build(), BallotSubmission.of(List.of("K1"))).rejections()));
    assertTrue(box.cast(person("bankid").assuranceLevel(AssuranceLevel.HIGH).build(),
        BallotSubmission.of(List.of("K1"))).isAccepted());
    List<AuditEntry> entries = log.entries();
    assertEquals("substantial", entries.get(1).details().get("assurance"));
    assertEquals("ASSURANCE_TOO_LOW", entries.get(1).details().get("reasons"));
    assertEquals("high", entries.get(2).details().get("assurance"));
  }

  @Test
  void aRetryWithTheSameKeyGetsTheFirstReceiptBack() {
    BallotBox box = box();
    VerifiedIdentity kari = person("kari").build();
    BallotSubmission ballot = BallotSubmission.builder().addProjectIds("K1", "S1")
        .idempotencyKey("3f1e6c1a-7d42-4c5e-9a40-2b9d0c7e5f11").build();
    BallotReceipt first = box.cast(kari, ballot);
    clock.set(WINDOW.closes());
    BallotReceipt retry = box.cast(kari, ballot);
    assertEquals(first, retry);
    assertEquals(1, box.acceptedBallots().size());
    assertEquals(0, box.rejectedBallots().size());
    assertEquals("ballot-retried", log.entries().get(2).action());
    assertEquals("1", log.entries().get(2).details().get("receipt"));
    // Another ballot under the same key, or the same ballot without it, is a second ballot.
    clock.set(DURING);
    BallotSubmission changed = BallotSubmission.builder().from(ballot).projectIds(List.of("K1")).build();
    assertEquals(List.of(RejectionCode.SECOND_BALLOT), codes(box.cast(kari, changed).rejections()));
    assertEquals(List.of(RejectionCode.SECOND_BALLOT),
        codes(box.cast(kari, BallotSubmission.of(List.of("K1", "S1"))).rejections()));
    // Another person's submission under the same key is her own.
    assertTrue(box.cast(person("ola").build(), ballot).isAccepted());
    assertThrows(InvalidValueException.class, () -> BallotSubmission.builder().idempotencyKey(" x").build());
  }

  @Test
  void opensOnlyEmpty() {
    BudgetingElection withBallots = drammen(BallotType.APPROVAL)
        .addBallot(Ballot.approval(Voter.of("1"), List.of("K1"))).build();
    assertThrows(InvalidValueException.class, () -> box(withBallots, Eligibility.anyone(), WINDOW));
    assertThrows(InvalidValueException.class,
        () -> VotingWindow.of(WINDOW.closes(), WINDOW.opens(), OSLO));
  }
}
