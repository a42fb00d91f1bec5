package org.folkestyre.toolkit.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestThreshold {
  private static final Threshold MUNICIPALITY = InitiativeScheme.norwegianMunicipality().threshold();
  private static final Threshold COUNTY = InitiativeScheme.norwegianCounty().threshold();

  @Test
  void drammenNeeds300_theCapNotTwoPercent() {
    // 101,469 inhabitants (Q1 2020): 2 % is 2,029.38, so 300 always suffices.
    assertEquals(300, MUNICIPALITY.required(ReferenceData.drammen2020().population()));
    assertEquals(300, Fixtures.drammenInitiative().build().requiredSignatures());
  }

  // Populations of Drammen's districts (2017), as examples of small municipalities' sizes.
  @ParameterizedTest
  @CsvSource({"5078, 102", "5302, 107", "7600, 152", "10462, 210", "13196, 264", "17734, 300"})
  void aSmallMunicipalityNeedsTwoPercentRoundedUp(long inhabitants, long required) {
    assertEquals(required, MUNICIPALITY.required(inhabitants));
  }

  @ParameterizedTest
  @CsvSource({"0, 1", "1, 1", "50, 1", "51, 2", "200, 4", "14950, 299", "14951, 300", "15000, 300", "1000000, 300"})
  void municipalityBoundaries(long inhabitants, long required) {
    assertEquals(required, MUNICIPALITY.required(inhabitants));
  }

  @ParameterizedTest
  @CsvSource({"17734, 355", "24950, 499", "24951, 500", "101469, 500", "1000000, 500"})
  void aCountyIsCappedAt500(long inhabitants, long required) {
    assertEquals(required, COUNTY.required(inhabitants));
  }

  @Test
  void danishSchemesSetTheirOwnNumbers() {
    assertEquals(5_000, Threshold.signatures(5_000).required(644_431));
    // Albertslund: 672, the votes of one council seat; Hørsholm: 100 (press reports).
    assertEquals(672, Threshold.signatures(672).required(27_000));
    assertEquals(100, Threshold.signatures(100).required(0));
    assertEquals(8, Threshold.shareOfInhabitants(1, 200).required(1_501));
  }

  @Test
  void malformedThresholdsAreRejected() {
    assertEquals("threshold.signatures", assertThrows(InvalidValueException.class,
        () -> Threshold.signatures(0)).field());
    assertEquals("threshold.share", assertThrows(InvalidValueException.class,
        () -> Threshold.shareOfInhabitants(0, 100)).field());
    assertEquals("threshold.share", assertThrows(InvalidValueException.class,
        () -> Threshold.shareOfInhabitants(3, 2)).field());
    assertEquals("threshold.cap", assertThrows(InvalidValueException.class,
        () -> Threshold.percentOfInhabitants(2).withCap(0)).field());
    assertEquals("inhabitants", assertThrows(InvalidValueException.class, () -> MUNICIPALITY.required(-1)).field());
  }

  private static final Generator<long[]> POPULATIONS = (random, size) -> {
    long bound = 10L * (size + 1) * (size + 1) * (size + 1) * (size + 1) + 1;
    long a = random.nextLong(bound);
    long b = random.nextLong(bound);
    return new long[] {Math.min(a, b), Math.max(a, b)};
  };

  @Test
  void theNorwegianThreshold_isAtLeastOne_neverAboveTheCap_andMonotone() {
    PropertyCheck.forAll("threshold laws", 1201L, 500, 40, POPULATIONS, pair -> {
      for (Threshold threshold : new Threshold[] {MUNICIPALITY, COUNTY}) {
        long cap = threshold.cap().orElseThrow();
        long low = threshold.required(pair[0]);
        long high = threshold.required(pair[1]);
        assertTrue(low >= 1 && high >= 1, "at least 1");
        assertTrue(low <= cap && high <= cap, "never above the cap " + cap);
        assertTrue(low <= high, "monotone: " + pair[0] + " -> " + low + ", " + pair[1] + " -> " + high);
      }
    });
  }

  @Test
  void theNorwegianThreshold_isTwoPercentRoundedUp_underTheCap() {
    PropertyCheck.forAll("2 % rounded up", 1202L, 500, 40, POPULATIONS, pair -> {
      long inhabitants = pair[1];
      long share = BigDecimal.valueOf(inhabitants).multiply(new BigDecimal("0.02"))
          .setScale(0, RoundingMode.CEILING).longValueExact();
      assertEquals(Math.max(1, Math.min(share, 300)), MUNICIPALITY.required(inhabitants));
      assertEquals(Math.max(1, Math.min(share, 500)), COUNTY.required(inhabitants));
    });
  }

  @Test
  void aShareNeverOverflows() {
    assertEquals(184_467_440_737_095_517L, Threshold.percentOfInhabitants(2).required(Long.MAX_VALUE));
  }
}
