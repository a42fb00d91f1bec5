package org.folkestyre.core.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestCaseNumberContext {

  @Test
  void schemes_followTheJurisdictionAndTheExpectations() {
    CaseNumberContext norway = CaseNumberContext.of(Jurisdiction.norway(), 2024);
    assertEquals(CaseNumberScheme.usedIn(Jurisdiction.norway()), norway.schemes().asList());
    assertTrue(norway.schemes().stream().allMatch(s -> s.jurisdictionId().equals("NO")));
    assertEquals(7, CaseNumberContext.anyJurisdiction(2024).schemes().size());
    assertEquals(List.of(CaseNumberScheme.NO_CASE, CaseNumberScheme.NO_MEETING_CASE),
        norway.expecting(CaseNumberScheme.NO_MEETING_CASE, CaseNumberScheme.NO_CASE).schemes().asList());
    assertEquals(Set.of(CaseNumberScheme.NO_CASE),
        norway.expecting(CaseNumberScheme.NO_MEETING_CASE).expecting(CaseNumberScheme.NO_CASE).expectedSchemes());
    assertEquals(Set.of(CaseNumberScheme.DK_KLE), CaseNumberContext.forScheme(CaseNumberScheme.DK_KLE, 2024).schemes());
    assertEquals("DK", CaseNumberContext.forScheme(CaseNumberScheme.DK_KLE, 2024).jurisdiction().orElseThrow().id());
  }

  @Test
  void expecting_aSchemeOfAnotherJurisdiction_isRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CaseNumberContext.of(Jurisdiction.norway(), 2024).expecting(CaseNumberScheme.DK_KLE));
    assertEquals("expectedSchemes", e.field());
    assertEquals("DK_KLE", e.value());
    assertEquals("is a scheme of DK, not of NO", e.rule());
  }

  @ParameterizedTest
  @CsvSource({"1899", "10000", "0", "-2024"})
  void referenceYear_outOfRange_isRejected(int year) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CaseNumberContext.anyJurisdiction(year));
    assertEquals("referenceYear", e.field());
    assertEquals(Integer.toString(year), e.value());
    assertEquals("must be from 1900 to 9999", e.rule());
  }

  @ParameterizedTest(name = "{1} with reference year {0} is {2}")
  @CsvSource({"2024, 24, 2024", "2024, 25, 1925", "2024, 9, 2009", "2024, 0, 2000", "2000, 0, 2000",
    "2000, 1, 1901", "2099, 99, 2099", "1900, 0, 1900", "1900, 1, 1801"})
  void expandTwoDigitYear_usesTheWindowEndingWithTheReferenceYear(int reference, int twoDigits, int year) {
    CaseNumberContext context = CaseNumberContext.anyJurisdiction(reference);
    assertEquals(year, context.expandTwoDigitYear(twoDigits));
    assertTrue(context.isWithinWindow(year));
  }

  @Test
  void window_isTheHundredYearsUpToTheReferenceYear() {
    CaseNumberContext context = CaseNumberContext.anyJurisdiction(2024);
    assertEquals(1925, context.earliestYear());
    assertTrue(context.isWithinWindow(1925));
    assertTrue(context.isWithinWindow(2024));
    assertFalse(context.isWithinWindow(1924));
    assertFalse(context.isWithinWindow(2025));
    assertThrows(InvalidValueException.class, () -> context.expandTwoDigitYear(100));
    assertThrows(InvalidValueException.class, () -> context.expandTwoDigitYear(-1));
  }

  @Test
  void toString_showsJurisdictionSchemesAndYears() {
    assertEquals("CaseNumberContext{NO, expecting [NO_CASE], years 1925–2024}",
        CaseNumberContext.forScheme(CaseNumberScheme.NO_CASE, 2024).toString());
    assertEquals("CaseNumberContext{any jurisdiction, years 1901–2000}",
        CaseNumberContext.anyJurisdiction(2000).toString());
  }
}
