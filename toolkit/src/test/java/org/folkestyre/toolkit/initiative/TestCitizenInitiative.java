package org.folkestyre.toolkit.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class TestCitizenInitiative {
  @Test
  void drammensAreaHasItsCurrentCode() {
    assertEquals("3301", Fixtures.drammen().code());
    assertEquals("3005", InitiativeArea.of(org.folkestyre.core.testing.ReferenceData.drammen2020(),
        LocalDate.of(2021, 1, 1)).code());
  }

  @Test
  void theSchemeMustFitTheArea() {
    assertEquals("scheme", assertThrows(InvalidValueException.class,
        () -> Fixtures.drammenInitiative().scheme(InitiativeScheme.norwegianCounty()).build()).field());
    assertEquals("scheme", assertThrows(InvalidValueException.class,
        () -> Fixtures.drammenInitiative().scheme(Fixtures.kobenhavnerforslag()).build()).field());
  }

  @Test
  void theDatesFollowOneAnother() {
    assertEquals("submitted", assertThrows(InvalidValueException.class,
        () -> Fixtures.drammenInitiative().submitted(Fixtures.OPENED.minusDays(1)).build()).field());
    assertEquals("decided", assertThrows(InvalidValueException.class,
        () -> Fixtures.drammenInitiative().decided(Fixtures.OPENED).build()).field());
    assertEquals("decided", assertThrows(InvalidValueException.class, () -> Fixtures.drammenInitiative()
        .submitted(Fixtures.OPENED.plusDays(5)).decided(Fixtures.OPENED.plusDays(4)).build()).field());
  }

  @Test
  void datesStayWithinTheYears1To9999_soThatDeadlinesCanBeComputed() {
    assertEquals("opened", assertThrows(InvalidValueException.class,
        () -> Fixtures.drammenInitiative().opened(LocalDate.MAX).build()).field());
    assertEquals("submitted", assertThrows(InvalidValueException.class,
        () -> Fixtures.drammenInitiative().submitted(LocalDate.of(10_000, 1, 1)).build()).field());
  }

  @Test
  void textsAreNormalised() {
    CitizenInitiative initiative = Fixtures.drammenInitiative().title("  Bevar Svelvik skole ").build();
    assertEquals("Bevar Svelvik skole", initiative.title());
    assertEquals("title", assertThrows(InvalidValueException.class,
        () -> Fixtures.drammenInitiative().title(" ").build()).field());
  }

  @Test
  void aCountyNumberHasTwoDigits() {
    assertEquals("area.code", assertThrows(InvalidValueException.class, () -> InitiativeArea.norwegianCounty("3",
        "Buskerud", org.folkestyre.core.municipality.Population.of(1, LocalDate.of(2024, 1, 1)))).field());
  }
}
