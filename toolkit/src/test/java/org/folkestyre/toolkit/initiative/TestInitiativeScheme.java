package org.folkestyre.toolkit.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.governance.Citation;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestInitiativeScheme {
  private static final InitiativeScheme NORWAY = InitiativeScheme.norwegianMunicipality();

  @Test
  void norwaysSchemeIsStatutory() {
    assertTrue(NORWAY.isStatutory());
    assertTrue(NORWAY.residentsOnly());
    assertTrue(NORWAY.forbidsRepeatInTerm());
    assertEquals(Optional.empty(), NORWAY.collectionDays());
    assertEquals(Optional.of(Period.ofMonths(6)), NORWAY.decisionPeriod());
    assertEquals("kommuneloven § 12-1 (LOV-2018-06-22-83)", NORWAY.citation().toString());
    assertEquals(AreaLevel.COUNTY, InitiativeScheme.norwegianCounty().level());
  }

  @Test
  void theStatutoryParametersCannotBeChanged() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> InitiativeScheme.builder().from(NORWAY).threshold(Threshold.signatures(100)).build());
    assertEquals("scheme", e.field());
    assertTrue(e.getMessage().contains("kommuneloven § 12-1"), e.getMessage());
    assertThrows(InvalidValueException.class,
        () -> InitiativeScheme.builder().from(NORWAY).collectionDays(180).build());
    assertThrows(InvalidValueException.class,
        () -> InitiativeScheme.builder().from(NORWAY).residentsOnly(false).build());
  }

  @Test
  void aLocalSchemeCitesTheMunicipalitysDecision() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> InitiativeScheme.builder()
        .from(Fixtures.kobenhavnerforslag()).citation(NORWAY.citation()).build());
    assertEquals("scheme.citation", e.field());
    assertFalse(Fixtures.kobenhavnerforslag().forbidsRepeatInTerm());
  }

  @Test
  void norwegianSchemeOfADanishAreaIsRejected() {
    assertThrows(InvalidValueException.class, () -> InitiativeScheme.norwegian(Fixtures.kobenhavn()));
  }

  @ParameterizedTest
  @CsvSource({
    "2025-03-15, 2025-09-15",
    "2025-08-31, 2026-02-28",
    "2023-08-31, 2024-02-29",
    "2025-12-31, 2026-06-30",
    "2026-02-28, 2026-08-28",
    "2025-05-31, 2025-11-30"
  })
  void theDecisionDeadlineIsSixCalendarMonths_clampedToTheMonthsEnd(LocalDate submitted, LocalDate deadline) {
    assertEquals(Optional.of(deadline), NORWAY.decisionDeadline(submitted));
  }

  @Test
  void theDeadlineIsAfterSubmission_andAtMostSixMonths() {
    Generator<LocalDate> days = (random, size) -> LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40_000));
    PropertyCheck.forAll("deadline laws", 1301L, 2_000, 10, days, submitted -> {
      LocalDate deadline = NORWAY.decisionDeadline(submitted).orElseThrow();
      long length = ChronoUnit.DAYS.between(submitted, deadline);
      assertTrue(deadline.isAfter(submitted));
      assertFalse(deadline.isAfter(submitted.plusMonths(6).plusDays(0)));
      // Six calendar months are 181 days (end of August to end of February) to 184 days.
      assertTrue(length >= 181 && length <= 184, "length " + length);
    });
  }

  @Test
  void aDanishWindowCountsTheOpeningDayAsDayOne() {
    InitiativeScheme kobenhavn = Fixtures.kobenhavnerforslag();
    LocalDate opened = LocalDate.of(2024, 1, 1);
    LocalDate last = kobenhavn.lastCollectionDay(opened).orElseThrow();
    assertEquals(LocalDate.of(2024, 6, 28), last);
    assertEquals(180, ChronoUnit.DAYS.between(opened, last) + 1);
    assertEquals(Optional.empty(), kobenhavn.decisionDeadline(opened));
    assertEquals(Jurisdiction.denmark(), kobenhavn.jurisdiction());
  }

  @Test
  void malformedLocalSchemesAreRejected() {
    Citation decision = Citation.localPolicy("Hørsholm Kommune", "borgerforslag");
    assertEquals("scheme.collectionDays", assertThrows(InvalidValueException.class,
        () -> InitiativeScheme.danishMunicipal("Borgerforslag", decision, Threshold.signatures(100), 0)).field());
    assertEquals("scheme.decisionPeriod", assertThrows(InvalidValueException.class,
        () -> InitiativeScheme.builder().from(InitiativeScheme.danishMunicipal("Borgerforslag", decision,
            Threshold.signatures(100), 90)).decisionPeriod(Period.ZERO).build()).field());
    assertEquals("scheme.name", assertThrows(InvalidValueException.class,
        () -> InitiativeScheme.danishMunicipal(" ", decision, Threshold.signatures(100), 90)).field());
  }
}
