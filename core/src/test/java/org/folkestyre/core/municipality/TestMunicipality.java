package org.folkestyre.core.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestMunicipality {
  private static final Jurisdiction NORWAY = Jurisdiction.norway();
  private static final MunicipalityCode DRAMMEN = MunicipalityCode.of(NORWAY, "3005");

  //-----------------------------------------------------------------------
  // the reference municipality

  @ParameterizedTest
  @CsvSource({"2019-12-31, 0602", "2020-01-01, 3005", "2023-12-31, 3005", "2024-01-01, 3301", "2026-11-23, 3301"})
  void drammen_codeOn(LocalDate date, String expected) {
    assertEquals(Optional.of(expected), ReferenceData.drammen2020().codeOn(date).map(MunicipalityCode::value));
  }

  @Test
  void drammen_figuresFromTheSources() {
    Municipality drammen = ReferenceData.drammen2020();
    assertEquals("3301", drammen.code().value());
    assertEquals(Optional.empty(), drammen.codeOn(LocalDate.of(1963, 12, 31)));
    assertEquals(101_469, drammen.population().count());
    assertEquals(57, drammen.councilSize());
    assertEquals(10, drammen.districts().size());
    assertEquals(99_131, drammen.districts().stream().mapToLong(d -> d.population().count()).sum());
    assertEquals(ImmutableList.of("Drammen", "Nedre Eiker", "Svelvik"),
        drammen.formedBy().orElseThrow().predecessors().stream().map(MunicipalityRef::name).toList());
    assertEquals(Optional.of(Money.ofMajor(Money.NOK, 50_000)),
        drammen.district("konnerud og skoger vest").orElseThrow().budget(Year.of(2020)));
    assertEquals(Optional.empty(), drammen.districts().get(0).budget(Year.of(2021)));
  }

  //-----------------------------------------------------------------------
  // structural invariants

  @Test
  void districts_sameNameIgnoringCase_rejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> municipality()
        .addDistrict(district("Konnerud")).addDistrict(district("KONNERUD")).build());
    assertEquals("districts[1].name", e.field());
    assertEquals("KONNERUD", e.value());
    assertTrue(e.rule().contains("districts[0]"), e.rule());
  }

  @Test
  void districts_sameNameInDifferentUnicodeForms_rejected() {
    String composed = "R\u00f8dskog";
    String decomposed = "Ro\u0338dskog";
    String aring = "\u00c5ssiden";
    String aringDecomposed = "A\u030assiden";
    assertThrows(InvalidValueException.class, () -> municipality()
        .addDistrict(district(aring)).addDistrict(district(aringDecomposed)).build());
    // ø has no canonical decomposition, so these two are different names
    assertEquals(2, municipality().addDistrict(district(composed)).addDistrict(district(decomposed)).build()
        .districts().size());
  }

  @Test
  void district_ofAnotherMunicipality_rejected() {
    District foreign = District.builder().from(district("Sentrum"))
        .municipality(MunicipalityCode.of(NORWAY, "0301")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> municipality().addDistrict(foreign).build());
    assertEquals("districts[0].municipality", e.field());
    assertEquals("0301", e.value());
  }

  @Test
  void district_nameIsNormalised_andControlCharactersRejected() {
    assertEquals("Åssiden", district("  A\u030assiden ").name());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> district("Evil\u202Ename"));
    assertEquals("district.name", e.field());
    assertTrue(e.rule().contains("U+202E"), e.rule());
  }

  @Test
  void population_negative_rejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Population.of(-1, LocalDate.of(2020, 1, 1)));
    assertEquals("Invalid population '-1': must not be negative", e.getMessage());
  }

  @Test
  void codePeriods_overlapping_rejected() {
    MunicipalityCode old = MunicipalityCode.of(NORWAY, "0602");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Municipality.builder()
        .from(municipality().build())
        .codePeriods(ImmutableList.of(
            CodePeriod.of(old, LocalDate.of(1964, 1, 1), LocalDate.of(2020, 6, 1)),
            CodePeriod.from(DRAMMEN, LocalDate.of(2020, 1, 1))))
        .build());
    assertEquals("codePeriods[1]", e.field());
  }

  @Test
  void codePeriods_openBeforeTheLast_rejected() {
    MunicipalityCode old = MunicipalityCode.of(NORWAY, "0602");
    assertThrows(InvalidValueException.class, () -> Municipality.builder().from(municipality().build())
        .codePeriods(ImmutableList.of(CodePeriod.from(old, LocalDate.of(1964, 1, 1)),
            CodePeriod.from(DRAMMEN, LocalDate.of(2020, 1, 1))))
        .build());
  }

  @Test
  void codePeriod_endingBeforeItStarts_rejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CodePeriod.of(DRAMMEN, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)));
    assertEquals("validUntil", e.field());
  }

  @Test
  void code_ofAnotherJurisdiction_rejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> municipality()
        .codePeriods(ImmutableList.of(CodePeriod.from(MunicipalityCode.of(Jurisdiction.denmark(), "316"),
            LocalDate.of(2007, 1, 1))))
        .build());
    assertTrue(e.rule().contains("not of NO"), e.rule());
  }

  @Test
  void budget_inAnotherCurrency_rejected() {
    District danish = District.builder().from(district("Sentrum"))
        .budgets(ImmutableList.of(AnnualBudget.of(Year.of(2020), Money.ofMajor(Money.DKK, 10))))
        .build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> municipality().addDistrict(danish).build());
    assertEquals("districts[0].budgets", e.field());
  }

  @Test
  void budget_twiceForOneYear_rejected() {
    assertThrows(InvalidValueException.class, () -> District.builder().from(district("Sentrum"))
        .addBudget(AnnualBudget.of(Year.of(2020), Money.ofMajor(Money.NOK, 1))).build());
  }

  @ParameterizedTest
  @CsvSource({"0", "101"})
  void coordinator_shareOutsideRange_rejected(int share) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Coordinator.of("Kari", share));
    assertEquals("coordinator.positionSharePercent", e.field());
  }

  @Test
  void merger_needsTwoDistinctPredecessors() {
    MunicipalityRef svelvik = MunicipalityRef.of("Svelvik", MunicipalityCode.of(NORWAY, "0711"));
    assertThrows(InvalidValueException.class, () -> Merger.of(LocalDate.of(2020, 1, 1), ImmutableList.of(svelvik)));
    assertThrows(InvalidValueException.class,
        () -> Merger.of(LocalDate.of(2020, 1, 1), ImmutableList.of(svelvik, svelvik)));
  }

  @Test
  void councilSize_zero_rejected_butEvenOrSmallIsAGovernanceMatter() {
    assertThrows(InvalidValueException.class, () -> municipality().councilSize(0).build());
    assertEquals(4, municipality().councilSize(4).build().councilSize());
  }

  private static Municipality.Builder municipality() {
    return Municipality.builder()
        .name("Drammen")
        .jurisdiction(NORWAY)
        .addCodePeriod(CodePeriod.from(DRAMMEN, LocalDate.of(2020, 1, 1)))
        .population(Population.of(101_469, LocalDate.of(2020, 3, 31)))
        .councilSize(57);
  }

  private static District district(String name) {
    return District.builder()
        .name(name)
        .municipality(DRAMMEN)
        .population(Population.of(10_000, LocalDate.of(2017, 1, 1)))
        .addBudget(AnnualBudget.of(Year.of(2020), Money.ofMajor(Money.NOK, 50_000)))
        .build();
  }
}
