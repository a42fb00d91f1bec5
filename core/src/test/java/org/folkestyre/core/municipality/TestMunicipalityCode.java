package org.folkestyre.core.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestMunicipalityCode {

  @ParameterizedTest
  @CsvSource({
    "NO, 0301, 0301, 0301",
    "NO, 3005, 3005, 3005",
    "NO, ' 3301 ', 3301, 3301",
    "DK, 316, 316, 0316",
    "DK, 0316, 316, 0316",
    "DK, 101, 101, 0101",
  })
  void of_validCodes(String country, String text, String canonical, String padded) {
    MunicipalityCode code = MunicipalityCode.of(Jurisdiction.of(country), text);
    assertEquals(canonical, code.value());
    assertEquals(padded, code.paddedValue());
    assertEquals(country, code.jurisdictionId());
  }

  @ParameterizedTest
  @CsvSource({"NO, 301", "NO, ABCD", "NO, 03011", "NO, ''", "DK, 31", "DK, 1316", "DK, 3x6", "NO, ０３０１"})
  void of_invalidCodes_nameTheCodeAndTheRule(String country, String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MunicipalityCode.of(Jurisdiction.of(country), text));
    assertEquals("code", e.field());
    assertEquals(text, e.value());
    assertTrue(e.getMessage().startsWith("Invalid code '" + text + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("digits"), e.getMessage());
  }
}
