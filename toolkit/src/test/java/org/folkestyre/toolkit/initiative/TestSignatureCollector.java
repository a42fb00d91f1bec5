package org.folkestyre.toolkit.initiative;

import static org.folkestyre.toolkit.initiative.Fixtures.OPENED;
import static org.folkestyre.toolkit.initiative.Fixtures.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.audit.AuditEntry;
import org.folkestyre.core.audit.AuditLog;
import org.junit.jupiter.api.Test;

class TestSignatureCollector {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-10T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void aNonResidentIsRejectedWithTheRuleAndItsLegalSource() {
    AuditLog log = AuditLog.create(CLOCK);
    SignatureCollector collector = SignatureCollector.start(Fixtures.drammenInitiative().build(), log);
    Signature oslo = Signature.of("person-oslo", Fixtures.OSLO_CODE, OPENED, SignatureChannel.PAPER);

    InvalidValueException e = assertThrows(InvalidValueException.class, () -> collector.sign(oslo));

    assertEquals("signature.residence", e.field());
    assertEquals("0301", e.value());
    assertEquals("Invalid signature.residence '0301': only residents of Drammen (3301) may sign"
        + " (NO-KL-12-1-RESIDENTS, kommuneloven § 12-1 første ledd)", e.getMessage());
    assertEquals(0, collector.current().signatures().size());
    AuditEntry entry = log.entries().get(0);
    assertEquals("signature-rejected", entry.action());
    assertEquals("non-resident", entry.details().get("outcome"));
    assertEquals(Optional.of("person-oslo"), entry.personalDataRef());
  }

  @Test
  void aCountyTakesResidentsOfItsMunicipalities() {
    InitiativeArea buskerud = InitiativeArea.norwegianCounty("33", "Buskerud",
        org.folkestyre.core.municipality.Population.of(270_000, LocalDate.of(2024, 1, 1)));
    CitizenInitiative initiative = Fixtures.drammenInitiative().area(buskerud)
        .scheme(InitiativeScheme.norwegianCounty()).build();
    SignatureCollector collector = SignatureCollector.start(initiative);
    assertEquals(SignatureOutcome.COUNTED, collector.sign(resident("person-1", OPENED)).outcome());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> collector.sign(
        Signature.of("person-2", Fixtures.OSLO_CODE, OPENED, SignatureChannel.ELECTRONIC)));
    assertTrue(e.getMessage().contains("residents of the county Buskerud (33)"), e.getMessage());
    assertEquals(500, initiative.requiredSignatures());
  }

  @Test
  void aDuplicateIsRecordedAndReported_neverDropped() {
    AuditLog log = AuditLog.create(CLOCK);
    SignatureCollector collector = SignatureCollector.start(Fixtures.drammenInitiative().build(), log);
    SignatureReceipt first = collector.sign(resident("person-1", OPENED));
    SignatureReceipt again = collector.sign(Signature.of("person-1", Fixtures.DRAMMEN_CODE, OPENED.plusDays(3),
        SignatureChannel.PAPER));

    assertEquals(SignatureOutcome.COUNTED, first.outcome());
    assertEquals(SignatureOutcome.DUPLICATE, again.outcome());
    assertEquals(1, again.position());
    assertEquals(1, again.counted());
    CitizenInitiative current = collector.current();
    assertEquals(2, current.signatures().size());
    InitiativeStatus status = collector.status(OPENED.plusDays(3));
    assertEquals(1, status.counted());
    assertEquals(1, status.duplicates());
    assertEquals(List.of("signature-counted", "signature-duplicate"),
        log.entries().stream().map(AuditEntry::action).toList());
    assertTrue(AuditLog.verify(log.entries()).isValid());
  }

  @Test
  void sixteenThreadsSigningForOnePerson_countOnce_andRecordSixteen() throws Exception {
    AuditLog log = AuditLog.create(CLOCK);
    SignatureCollector collector = SignatureCollector.start(Fixtures.drammenInitiative().build(), log);
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<SignatureReceipt>> results = new ArrayList<>();
    SignatureChannel[] channels = SignatureChannel.values();
    for (int i = 0; i < threads; i++) {
      SignatureChannel channel = channels[i % channels.length];
      results.add(pool.submit(() -> {
        start.await();
        return collector.sign(Signature.of("person-same", Fixtures.DRAMMEN_CODE, OPENED, channel));
      }));
    }
    start.countDown();
    List<SignatureReceipt> receipts = new ArrayList<>();
    for (Future<SignatureReceipt> result : results) {
      receipts.add(result.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertEquals(1, receipts.stream().filter(r -> r.outcome() == SignatureOutcome.COUNTED).count());
    assertEquals(15, receipts.stream().filter(r -> r.outcome() == SignatureOutcome.DUPLICATE).count());
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
        receipts.stream().map(SignatureReceipt::position).sorted().toList());
    assertEquals(1, collector.counted());
    assertEquals(16, collector.current().signatures().size());
    InitiativeStatus status = collector.status(OPENED);
    assertEquals(1, status.counted());
    assertEquals(15, status.duplicates());
    assertEquals(16, log.entries().size());
    assertTrue(AuditLog.verify(log.entries()).isValid());
  }

  @Test
  void manyThreadsSigningForManyPersons_countEachOnce() throws Exception {
    SignatureCollector collector = SignatureCollector.start(Fixtures.drammenInitiative().build());
    int threads = 16;
    int persons = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      results.add(pool.submit(() -> {
        start.await();
        for (int p = 0; p < persons; p++) {
          collector.sign(resident("person-" + p, OPENED.plusDays(p % 5)));
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> result : results) {
      result.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    InitiativeStatus status = collector.status(OPENED.plusDays(10));
    assertEquals(persons, status.counted());
    assertEquals((long) threads * persons - persons, status.duplicates());
    assertEquals(threads * persons, collector.current().signatures().size());
  }

  @Test
  void afterSubmissionNoSignatureIsTaken() {
    SignatureCollector collector = SignatureCollector.start(Fixtures.drammenInitiative().build());
    collector.sign(resident("person-1", OPENED));
    CitizenInitiative submitted = collector.submit(OPENED.plusDays(30));
    assertEquals(Optional.of(OPENED.plusDays(30)), submitted.submitted());
    assertEquals(1, submitted.signatures().size());

    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> collector.sign(resident("person-2", OPENED.plusDays(31))));
    assertEquals("signature.date", e.field());
    assertThrows(InvalidValueException.class, () -> collector.submit(OPENED.plusDays(40)));
    assertEquals(1, collector.current().signatures().size());
  }

  @Test
  void aSignatureOutsideTheDanishWindowIsRejected() {
    CitizenInitiative initiative = CitizenInitiative.builder().id("KBH-1").title("Flere legepladser")
        .content("Flere legepladser i lokalområdet").proposer("proposer-kbh").area(Fixtures.kobenhavn())
        .scheme(Fixtures.kobenhavnerforslag()).opened(LocalDate.of(2024, 1, 1)).build();
    SignatureCollector collector = SignatureCollector.start(initiative);
    Signature lastDay = Signature.of("p-1", Fixtures.KOBENHAVN_CODE, LocalDate.of(2024, 6, 28),
        SignatureChannel.ELECTRONIC);
    Signature dayAfter = Signature.of("p-2", Fixtures.KOBENHAVN_CODE, LocalDate.of(2024, 6, 29),
        SignatureChannel.ELECTRONIC);
    Signature before = Signature.of("p-3", Fixtures.KOBENHAVN_CODE, LocalDate.of(2023, 12, 31),
        SignatureChannel.ELECTRONIC);
    assertEquals(SignatureOutcome.COUNTED, collector.sign(lastDay).outcome());
    InvalidValueException late = assertThrows(InvalidValueException.class, () -> collector.sign(dayAfter));
    assertEquals("Invalid signature.date '2024-06-29': signatures for initiative KBH-1 are collected from"
        + " 2024-01-01 to 2024-06-28", late.getMessage());
    assertThrows(InvalidValueException.class, () -> collector.sign(before));
    InvalidValueException holbaek = assertThrows(InvalidValueException.class, () -> collector.sign(
        Signature.of("p-4", Fixtures.HOLBAEK_CODE, LocalDate.of(2024, 2, 1), SignatureChannel.PAPER)));
    assertTrue(holbaek.getMessage().contains("DK-BORGERFORSLAG-RESIDENTS"), holbaek.getMessage());
    assertTrue(holbaek.getMessage().contains("Københavns Kommune"), holbaek.getMessage());
    assertEquals(1, collector.current().signatures().size());
  }

  @Test
  void aDanishSchemeMayLetAnyoneSign() {
    InitiativeScheme open = InitiativeScheme.builder().from(Fixtures.kobenhavnerforslag()).residentsOnly(false).build();
    CitizenInitiative initiative = CitizenInitiative.builder().id("KBH-2").title("Grønne tage")
        .content("Grønne tage på kommunens bygninger").proposer("proposer-kbh").area(Fixtures.kobenhavn())
        .scheme(open).opened(LocalDate.of(2024, 1, 1)).build();
    SignatureCollector collector = SignatureCollector.start(initiative);
    assertEquals(SignatureOutcome.COUNTED, collector.sign(Signature.of("p-4", Fixtures.HOLBAEK_CODE,
        LocalDate.of(2024, 2, 1), SignatureChannel.PAPER)).outcome());
  }

  @Test
  void anIdentityNumberIsNoPersonKey() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> resident("01017012345", OPENED));
    assertEquals("signature.personKey", e.field());
    assertTrue(!e.getMessage().contains("01017012345"), "the number is not repeated in the message");
    assertThrows(InvalidValueException.class, () -> resident("010170-1234", OPENED));
    assertEquals("Signature[3301, 2024-03-01, ELECTRONIC]", resident("secret-key", OPENED).toString());
  }

  @Test
  void aCollectorKeepsTheSignaturesAnInitiativeAlreadyHas() {
    CitizenInitiative initiative = Fixtures.drammenInitiative()
        .addSignature(resident("person-1", OPENED))
        .build();
    SignatureCollector collector = SignatureCollector.start(initiative);
    assertEquals(1, collector.counted());
    assertEquals(SignatureOutcome.DUPLICATE, collector.sign(resident("person-1", OPENED.plusDays(1))).outcome());
  }
}
