package org.folkestyre.toolkit.initiative;

import static org.folkestyre.toolkit.initiative.Fixtures.OPENED;
import static org.folkestyre.toolkit.initiative.Fixtures.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.testing.InitiativeGenerators;
import org.junit.jupiter.api.Test;

class TestInitiativeStatus {
  @Test
  void progressAgainstTheThresholdAndTheDeadline() {
    CitizenInitiative initiative = Fixtures.drammenInitiative()
        .addSignature(resident("person-1", OPENED))
        .addSignature(resident("person-2", OPENED.plusDays(1)))
        .addSignature(resident("person-1", OPENED.plusDays(2)))
        .build();
    InitiativeStatus collecting = initiative.status(OPENED.plusDays(2));
    assertEquals(InitiativePhase.COLLECTING, collecting.phase());
    assertEquals(2, collecting.counted());
    assertEquals(1, collecting.duplicates());
    assertEquals(298, collecting.remaining());
    assertEquals(0, collecting.progressPercent());
    assertEquals(Optional.empty(), collecting.decisionDeadline());
    assertFalse(collecting.isThresholdReached());

    CitizenInitiative submitted = CitizenInitiative.builder().from(initiative).submitted(LocalDate.of(2024, 8, 31))
        .build();
    InitiativeStatus waiting = submitted.status(LocalDate.of(2024, 9, 30));
    assertEquals(InitiativePhase.SUBMITTED, waiting.phase());
    assertEquals(Optional.of(LocalDate.of(2025, 2, 28)), waiting.decisionDeadline());
    assertEquals(Optional.of(151L), waiting.daysToDecisionDeadline());
    assertFalse(waiting.isOverdue());
    assertEquals(InitiativePhase.COLLECTING, submitted.status(LocalDate.of(2024, 8, 30)).phase());
  }

  @Test
  void aDanishWindowThatHasPassedClosesCollection() {
    CitizenInitiative initiative = CitizenInitiative.builder().id("KBH-1").title("Flere legepladser")
        .content("Flere legepladser").proposer("p").area(Fixtures.kobenhavn()).scheme(Fixtures.kobenhavnerforslag())
        .opened(LocalDate.of(2024, 1, 1)).build();
    assertEquals(InitiativePhase.COLLECTING, initiative.status(LocalDate.of(2024, 6, 28)).phase());
    assertEquals(InitiativePhase.COLLECTION_CLOSED, initiative.status(LocalDate.of(2024, 6, 29)).phase());
    assertEquals(5_000, initiative.status(LocalDate.of(2024, 6, 29)).remaining());
  }

  @Test
  void progressIsTheNumberOfDistinctEligibleSignaturesInTheCollectionPeriod() {
    PropertyCheck.forAll("progress = distinct residents", 1501L, 300, 20, InitiativeGenerators.valid(), initiative -> {
      LocalDate asOf = initiative.opened().plusMonths(18);
      long distinct = initiative.signatures().stream()
          .filter(s -> !s.date().isBefore(initiative.opened()))
          .filter(s -> initiative.lastCollectionDay().map(last -> !s.date().isAfter(last)).orElse(true))
          .filter(s -> initiative.submitted().map(day -> !s.date().isAfter(day)).orElse(true))
          .filter(s -> initiative.area().includes(s.residence()))
          .map(Signature::personKey).collect(Collectors.toSet()).size();
      InitiativeStatus status = initiative.status(asOf);
      assertEquals(distinct, status.counted());
      assertEquals(initiative.signatures().size(),
          status.counted() + status.duplicates() + status.ineligible() + status.outsideCollectionPeriod());
      assertTrue(status.progressPercent() >= 0 && status.progressPercent() <= 100);
      if (initiative.submitted().isPresent()) {
        assertTrue(status.isThresholdReached());
      }
    });
  }

  @Test
  void theCollectorsCountAgreesWithTheStatus() {
    PropertyCheck.forAll("collector = status", 1502L, 100, 20, InitiativeGenerators.valid(), initiative -> {
      CitizenInitiative empty = CitizenInitiative.builder().from(initiative).signatures(java.util.List.of())
          .submitted(Optional.empty()).decided(Optional.empty()).referredToPlanCase(false).build();
      SignatureCollector collector = SignatureCollector.start(empty);
      for (Signature signature : initiative.signatures()) {
        if (empty.isEligible(signature) && empty.isInCollectionPeriod(signature)) {
          collector.sign(signature);
        }
      }
      LocalDate asOf = initiative.opened();
      assertEquals(collector.current().status(asOf).counted(), collector.counted());
      assertEquals(initiative.signatures().stream().filter(s -> empty.isInCollectionPeriod(s))
          .map(Signature::personKey).distinct().count(), collector.counted());
    });
  }
}
