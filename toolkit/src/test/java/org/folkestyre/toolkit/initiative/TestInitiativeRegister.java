package org.folkestyre.toolkit.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Term;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.junit.jupiter.api.Test;

class TestInitiativeRegister {
  private static final Term TERM = Term.fourYearsFrom(LocalDate.of(2023, 10, 1));
  private static final Validator VALIDATOR = Validator.of(List.of(InitiativeRulePacks.norway()));

  private static CitizenInitiative initiative(String id, String content, LocalDate submitted) {
    return Fixtures.drammenInitiative().id(id).content(content).submitted(submitted).referredToPlanCase(true).build();
  }

  @Test
  void theSameTextWithOtherCaseSpacingAndPunctuation_isTheSameContent() {
    assertEquals(CitizenInitiative.contentKey("Bevar  Svelvik skole!"), CitizenInitiative.contentKey("bevar svelvik skole"));
    assertEquals("bevar svelvik skole", CitizenInitiative.contentKey(" Bevar\tSvelvik – skole. "));
    assertTrue(!CitizenInitiative.contentKey("Bevar Svelvik skoler").equals(CitizenInitiative.contentKey("Bevar Svelvik skole")));
  }

  @Test
  void aRepeatInTheTermIsAViolation_onTheLaterInitiative() {
    InitiativeRegister register = InitiativeRegister.builder().area(Fixtures.drammen()).term(TERM)
        .addInitiative(initiative("2024-1", "Bevar Svelvik skole.", LocalDate.of(2024, 3, 1)))
        .addInitiative(initiative("2024-2", "Flere kveldsbusser til Konnerud", LocalDate.of(2024, 4, 1)))
        .addInitiative(initiative("2025-1", "BEVAR SVELVIK SKOLE!", LocalDate.of(2025, 1, 10)))
        .build();
    ValidationReport report = VALIDATOR.validate(register, ValidationContext.asOf(LocalDate.of(2025, 2, 1)));
    assertEquals(1, report.violations().size());
    assertEquals(InitiativeRulePacks.NO_REPEAT, report.violations().get(0).ruleId());
    assertEquals("initiatives[2]", report.violations().get(0).path());
    assertEquals("Initiative 2025-1 has the same content as 2024-1, already submitted or handled in the term"
        + " [2023-10-01, 2027-10-01).", report.violations().get(0).message(org.folkestyre.core.Language.EN));
  }

  @Test
  void anExplicitLinkToAnInitiativeOrAHandledMatter_isARepeat() {
    CitizenInitiative linked = Fixtures.drammenInitiative().id("2025-2").content("Skolen i Svelvik må bestå")
        .sameContentAs("2024-1").submitted(LocalDate.of(2025, 2, 1)).referredToPlanCase(true).build();
    CitizenInitiative matter = Fixtures.drammenInitiative().id("2025-3").content("Nedlegg ikke skolen")
        .sameContentAs("2024/117").submitted(LocalDate.of(2025, 3, 1)).referredToPlanCase(true).build();
    InitiativeRegister register = InitiativeRegister.builder().area(Fixtures.drammen()).term(TERM)
        .addInitiative(initiative("2024-1", "Bevar Svelvik skole", LocalDate.of(2024, 3, 1)))
        .addInitiative(linked).addInitiative(matter).addHandledMatter("2024/117").build();
    assertEquals(Optional.of("2024-1"), register.repeatOf(linked));
    assertEquals(Optional.of("2024/117"), register.repeatOf(matter));
    assertEquals(2, VALIDATOR.validate(register, ValidationContext.asOf(LocalDate.of(2025, 4, 1))).violations().size());
  }

  @Test
  void aDraftCanBeCheckedBeforeCollectionStarts() {
    InitiativeRegister register = InitiativeRegister.builder().area(Fixtures.drammen()).term(TERM)
        .addInitiative(initiative("2024-1", "Bevar Svelvik skole", LocalDate.of(2024, 3, 1))).build();
    CitizenInitiative draft = Fixtures.drammenInitiative().id("draft").content("bevar svelvik skole").build();
    assertEquals(Optional.of("2024-1"), register.repeatOf(draft));
    CitizenInitiative other = Fixtures.drammenInitiative().id("draft").content("Lys i turløypa i Skoger").build();
    assertEquals(Optional.empty(), register.repeatOf(other));
  }

  @Test
  void theFirstOfTwoSameDaySubmissionsIsNotTheRepeat() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    InitiativeRegister register = InitiativeRegister.builder().area(Fixtures.drammen()).term(TERM)
        .addInitiative(initiative("A", "Bevar Svelvik skole", day))
        .addInitiative(initiative("B", "Bevar Svelvik skole", day)).build();
    assertEquals(Optional.empty(), register.repeatOf(register.initiatives().get(0)));
    assertEquals(Optional.of("A"), register.repeatOf(register.initiatives().get(1)));
  }

  @Test
  void structuralInvariants() {
    assertEquals("initiatives[1].id", assertThrows(InvalidValueException.class, () -> InitiativeRegister.builder()
        .area(Fixtures.drammen()).term(TERM)
        .addInitiative(initiative("A", "x", LocalDate.of(2024, 3, 1)))
        .addInitiative(initiative("A", "y", LocalDate.of(2024, 3, 1))).build()).field());
    assertEquals("initiatives[0].submitted", assertThrows(InvalidValueException.class, () -> InitiativeRegister
        .builder().area(Fixtures.drammen()).term(TERM)
        .addInitiative(initiative("A", "x", LocalDate.of(2027, 10, 1))).build()).field());
    assertEquals("sameContentAs", assertThrows(InvalidValueException.class,
        () -> Fixtures.drammenInitiative().sameContentAs("2024-1").build()).field());
  }
}
