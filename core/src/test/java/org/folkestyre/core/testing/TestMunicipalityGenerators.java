package org.folkestyre.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.Municipality;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Property tests of the rules through the public generators: valid stays valid, broken breaks one rule. */
class TestMunicipalityGenerators {
  private static final long SEED = 20_200_101L;
  private static final int TRIES = 150;
  private static final int MAX_SIZE = 20;
  private static final Year YEAR = Year.of(2020);
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2020, 6, 1));

  private static Validator validatorFor(Municipality municipality) {
    return municipality.jurisdiction().id().equals(Jurisdiction.NORWAY_ID)
        ? Validator.forJurisdiction(municipality.jurisdiction(), RulePacks.DRAMMEN_NEIGHBOURHOOD)
        : Validator.forJurisdiction(municipality.jurisdiction());
  }

  @TestFactory
  Stream<DynamicTest> valid_hasNoStatutoryViolation() {
    return Jurisdiction.available().stream().map(jurisdiction -> DynamicTest.dynamicTest(jurisdiction.id(), () ->
        PropertyCheck.forAll("valid " + jurisdiction.id() + " municipalities meet the law", SEED, TRIES, MAX_SIZE,
            MunicipalityGenerators.valid(jurisdiction, YEAR), municipality -> {
              ValidationReport report = Validator.forJurisdiction(jurisdiction).validate(municipality, CONTEXT);
              assertEquals(List.of(), report.violations());
            })));
  }

  @Test
  void drammenModel_meetsTheLawAndTheScheme() {
    PropertyCheck.forAll("Drammen model is valid", SEED, TRIES, MAX_SIZE, MunicipalityGenerators.drammenModel(YEAR),
        municipality -> {
          assertEquals(10, municipality.districts().size());
          assertEquals(List.of(), validatorFor(municipality).validate(municipality, CONTEXT).violations());
        });
  }

  @TestFactory
  Stream<DynamicTest> breaking_breaksExactlyTheNamedRule() {
    return MunicipalityGenerators.breakableRules().stream().map(ruleId -> DynamicTest.dynamicTest(ruleId, () ->
        PropertyCheck.forAll("breaking " + ruleId, SEED, TRIES, MAX_SIZE,
            MunicipalityGenerators.breaking(ruleId, YEAR), municipality -> {
              List<Violation> violations = validatorFor(municipality).validate(municipality, CONTEXT).violations();
              assertFalse(violations.isEmpty(), "no violation of " + ruleId);
              assertEquals(List.of(ruleId), violations.stream().map(Violation::ruleId).distinct().toList());
            })));
  }

  @Test
  void breaking_unknownRule_rejectedNamingIt() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MunicipalityGenerators.breaking("NO-KL-99-1", YEAR));
    assertEquals("NO-KL-99-1", e.value());
  }

  @Test
  void generators_areDeterministicPerSeedAndSize() {
    Generator<Municipality> generator = MunicipalityGenerators.valid(Jurisdiction.denmark(), YEAR);
    for (int size = 0; size <= MAX_SIZE; size++) {
      assertEquals(PropertyCheck.replay(generator, 99L, size), PropertyCheck.replay(generator, 99L, size));
    }
    assertEquals(generator.generate(new SplittableRandom(7), 5), generator.generate(new SplittableRandom(7), 5));
  }

  @Test
  void propertyCheck_reportsSeedAndSmallestFailingSize() {
    Generator<Integer> sizes = (random, size) -> size;
    AssertionError error = assertThrows(AssertionError.class, () ->
        PropertyCheck.forAll("sizes stay below 7", 1L, 50, 30, sizes, size -> assertTrue(size < 7)));
    assertTrue(error.getMessage().contains("minimal size 7"), error.getMessage());
    assertTrue(error.getMessage().contains("base seed 1"), error.getMessage());
    assertTrue(error.getMessage().contains("sizes stay below 7"), error.getMessage());
  }

  @Test
  void propertyCheck_passingProperty_returnsNormally() {
    Generator<Integer> sizes = (random, size) -> size;
    int[] calls = {0};
    PropertyCheck.forAll("sizes are bounded", 1L, 40, 10, sizes, size -> {
      calls[0]++;
      assertTrue(size >= 0 && size <= 10);
    });
    assertEquals(40, calls[0]);
  }
}
