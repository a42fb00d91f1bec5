package org.folkestyre.core.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.folkestyre.core.Language;
import org.folkestyre.core.internal.rules.CouncilSizeRules;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.CodePeriod;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.Population;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestCouncilSizeRules {
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2020, 6, 1));
  private static final Validator NORWAY = Validator.forJurisdiction(Jurisdiction.norway());
  private static final Validator DENMARK = Validator.forJurisdiction(Jurisdiction.denmark());

  //-----------------------------------------------------------------------
  // kommuneloven § 5-5 second paragraph: the bands, at and around each boundary

  @ParameterizedTest
  @CsvSource({
    "0, 11", "5000, 11", "5001, 19", "10000, 19", "10001, 27", "50000, 27", "50001, 35",
    "100000, 35", "100001, 43", "101469, 43", "717710, 43",
  })
  void norwegianMinimum_bands(long population, int minimum) {
    assertEquals(minimum, CouncilSizeRules.norwegianMinimum(population));
  }

  @Test
  void drammen_57SeatsFor101469Inhabitants_isValid() {
    ValidationReport report = NORWAY.validate(ReferenceData.drammen2020(), CONTEXT);
    assertEquals(List.of(CouncilSizeRules.NO_ODD, CouncilSizeRules.NO_MIN), report.rulesChecked());
    assertEquals(List.of(), report.violations());
    assertTrue(report.isValid());
  }

  @Test
  void drammen_with41Seats_breaksTheMinimumOf43() {
    Municipality small = Municipality.builder().from(ReferenceData.drammen2020()).councilSize(41).build();
    ValidationReport report = NORWAY.validate(small, CONTEXT);
    assertEquals(1, report.violations().size());
    Violation violation = report.violations().get(0);
    assertEquals(CouncilSizeRules.NO_MIN, violation.ruleId());
    assertEquals("councilSize", violation.path());
    assertEquals(ImmutableMap.of("size", "41", "population", "101469", "minimum", "43"), violation.values());
    assertEquals(Severity.ERROR, violation.severity());
    assertEquals("kommuneloven § 5-5 andre ledd bokstav a–e (LOV-2018-06-22-83)", violation.citation().toString());
    assertEquals("Kommunestyret har 41 medlemmer, men med 101469 innbyggere skal det ha minst 43.",
        violation.message(Language.NB));
    assertEquals("The municipal council has 41 members, but with 101469 inhabitants it must have at least 43.",
        violation.message(Language.EN));
    assertTrue(violation.message(Language.NN).contains("innbyggjarar"));
    assertTrue(violation.message(Language.DA).contains("indbyggere"));
    assertTrue(!report.isValid());
  }

  @Test
  void evenSize_reportsOnlyTheOddRule() {
    Municipality even = Municipality.builder().from(ReferenceData.drammen2020()).councilSize(58).build();
    assertEquals(List.of(CouncilSizeRules.NO_ODD),
        NORWAY.validate(even, CONTEXT).violations().stream().map(Violation::ruleId).toList());
  }

  @Test
  void evenAndTooSmall_reportsBoth() {
    Municipality both = Municipality.builder().from(ReferenceData.drammen2020()).councilSize(42).build();
    assertEquals(List.of(CouncilSizeRules.NO_ODD, CouncilSizeRules.NO_MIN),
        NORWAY.validate(both, CONTEXT).violations().stream().map(Violation::ruleId).toList());
  }

  /** Property: the minimum rule is broken exactly when the size is below the band's minimum. */
  @Test
  void property_norwegianMinimum_brokenIffBelowBand() {
    long seed = 5_5_2018L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 2_000; i++) {
      long population = random.nextLong(0, 1_000_000);
      int size = 1 + 2 * random.nextInt(40);
      boolean broken = !NORWAY.validate(norwegian(population, size), CONTEXT)
          .violations(CouncilSizeRules.NO_MIN).isEmpty();
      assertEquals(size < CouncilSizeRules.norwegianMinimum(population), broken,
          "seed " + seed + " try " + i + ": population " + population + ", size " + size);
    }
  }

  /** Property: a larger population never lowers the minimum. */
  @Test
  void property_norwegianMinimum_monotone() {
    int previous = 0;
    for (long population = 0; population <= 200_000; population += 250) {
      int minimum = CouncilSizeRules.norwegianMinimum(population);
      assertTrue(minimum >= previous, "population " + population);
      assertEquals(1, minimum % 2, "minimum must be odd at " + population);
      previous = minimum;
    }
  }

  //-----------------------------------------------------------------------
  // Denmark

  @ParameterizedTest
  @CsvSource({
    // code, population, size, broken rules
    "316, 72000, 31, ''",
    "316, 72000, 19, ''",
    "316, 72000, 17, DK-KSL-COUNCIL-SIZE",
    "316, 72000, 33, DK-KSL-COUNCIL-SIZE",
    "316, 72000, 30, DK-KSL-COUNCIL-SIZE-ODD",
    "316, 20000, 9, ''",
    "316, 20001, 9, DK-KSL-COUNCIL-SIZE",
    "316, 20001, 18, DK-KSL-COUNCIL-SIZE-ODD DK-KSL-COUNCIL-SIZE",
    "101, 650000, 55, ''",
    "101, 650000, 31, DK-KSL-COUNCIL-SIZE",
    "102, 650000, 55, DK-KSL-COUNCIL-SIZE",
  })
  void danishCouncilSize(String code, long population, int size, String broken) {
    Municipality municipality = Municipality.builder()
        .name("Kommune " + code)
        .jurisdiction(Jurisdiction.denmark())
        .addCodePeriod(CodePeriod.from(MunicipalityCode.of(Jurisdiction.denmark(), code), LocalDate.of(2007, 1, 1)))
        .population(Population.of(population, LocalDate.of(2020, 1, 1)))
        .councilSize(size)
        .build();
    List<String> expected = broken.isBlank() ? List.of() : List.of(broken.split(" "));
    assertEquals(expected, DENMARK.validate(municipality, CONTEXT).violations().stream().map(Violation::ruleId).toList());
  }

  private static Municipality norwegian(long population, int size) {
    return Municipality.builder()
        .name("Testby")
        .jurisdiction(Jurisdiction.norway())
        .addCodePeriod(CodePeriod.from(MunicipalityCode.of(Jurisdiction.norway(), "3999"), LocalDate.of(2020, 1, 1)))
        .population(Population.of(population, LocalDate.of(2019, 1, 1)))
        .councilSize(size)
        .build();
  }
}
