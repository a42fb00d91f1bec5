package org.folkestyre.toolkit.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestVerifiedIdentity {
  private static final MunicipalityCode DRAMMEN = MunicipalityCode.of(Jurisdiction.norway(), "3005");

  private static VerifiedIdentity.Builder minId() {
    return VerifiedIdentity.builder().personKey("k-7f3a").scheme(IdentityScheme.ID_PORTEN)
        .assuranceLevel(AssuranceLevel.SUBSTANTIAL).municipality(DRAMMEN);
  }

  @ParameterizedTest
  @CsvSource({
    "2010-06-15, 2026-06-14, 15",
    "2010-06-15, 2026-06-15, 16",
    "2008-02-29, 2024-02-28, 15",
    "2008-02-29, 2024-02-29, 16",
    "2009-02-28, 2025-02-28, 16",
    "2008-02-29, 2025-02-28, 16",
    "2008-02-29, 2025-03-01, 17",
    "2026-01-01, 2025-12-31, 0"
  })
  void ageOnADayCountsBirthdaysAndTakesTheFirstOfMarchInACommonYear(String born, String day, int age) {
    VerifiedIdentity person = minId().birthDate(LocalDate.parse(born)).build();
    assertEquals(OptionalInt.of(age), person.ageOn(LocalDate.parse(day)));
  }

  @Test
  void aRecordedAgeIsReturnedAsItIsAndNoAgeIsEmpty() {
    assertEquals(OptionalInt.of(17), minId().age(17).build().ageOn(LocalDate.of(2030, 1, 1)));
    assertEquals(OptionalInt.empty(), minId().build().ageOn(LocalDate.of(2030, 1, 1)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"01017012345", "010170-1234", "0101701234", "", " padded", "tab\tkey"})
  void rejectsNationalIdentityNumbersAndMalformedKeys(String key) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> minId().personKey(key).build());
    assertEquals("identity.personKey", e.field());
    assertFalse(e.getMessage().contains("0101701"), "the key is never echoed");
  }

  @Test
  void staffAssistedRegistrationNamesTheStaffAndOnlyIt() {
    assertThrows(InvalidValueException.class, () -> minId().scheme(IdentityScheme.STAFF_ASSISTED).build());
    assertThrows(InvalidValueException.class, () -> minId().registeredBy("servicetorget-2").build());
    VerifiedIdentity desk = minId().scheme(IdentityScheme.STAFF_ASSISTED).registeredBy("servicetorget-2").build();
    assertEquals("servicetorget-2", desk.registeredBy().orElseThrow());
  }

  @Test
  void eitherABirthDateOrAnAge() {
    assertThrows(InvalidValueException.class, () -> minId().age(30).birthDate(LocalDate.of(1996, 1, 1)).build());
    assertThrows(InvalidValueException.class, () -> minId().age(151).build());
    assertThrows(InvalidValueException.class, () -> minId().district(" ").build());
  }

  @Test
  void toStringLeavesOutThePersonKey() {
    assertFalse(minId().build().toString().contains("k-7f3a"));
  }

  @Test
  void assuranceLevelsAreOrderedAsInEidas() {
    assertTrue(AssuranceLevel.HIGH.isAtLeast(AssuranceLevel.SUBSTANTIAL));
    assertTrue(AssuranceLevel.SUBSTANTIAL.isAtLeast(AssuranceLevel.SUBSTANTIAL));
    assertFalse(AssuranceLevel.LOW.isAtLeast(AssuranceLevel.SUBSTANTIAL));
    assertEquals(AssuranceLevel.SUBSTANTIAL, AssuranceLevel.fromId(" Substantial").orElseThrow());
    assertTrue(AssuranceLevel.fromId("nivå4").isEmpty());
    assertEquals("high", AssuranceLevel.HIGH.id());
  }
}
