package org.folkestyre.core.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.internal.rules.DrammenRules;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.District;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;

class TestValidator {
  private static final Validator DRAMMEN_MODEL =
      Validator.forJurisdiction(Jurisdiction.norway(), RulePacks.DRAMMEN_NEIGHBOURHOOD);

  @Test
  void drammen2020_meetsTheLawAndItsOwnScheme() {
    ValidationReport report = DRAMMEN_MODEL.validate(ReferenceData.drammen2020(),
        ValidationContext.asOf(LocalDate.of(2020, 6, 1)));
    assertEquals(List.of(), report.violations());
    assertEquals(6, report.rulesChecked().size());
    assertEquals(LocalDate.of(2020, 6, 1), report.asOf());
  }

  @Test
  void drammen2021_hasNoBudgetsYet_oneViolationPerDistrict() {
    ValidationReport report = DRAMMEN_MODEL.validate(ReferenceData.drammen2020(),
        ValidationContext.asOf(LocalDate.of(2021, 1, 1)));
    assertEquals(10, report.violations().size());
    assertEquals(IntStream.range(0, 10).mapToObj(i -> "districts[" + i + "].budgets").toList(),
        report.violations().stream().map(Violation::path).toList());
    Violation first = report.violations().get(0);
    assertEquals(DrammenRules.BUDGET, first.ruleId());
    assertEquals("District Mjøndalen, Åsen og Steinberg has no participation budget for 2021.",
        first.message(Language.EN));
    assertEquals(Citation.Kind.LOCAL_POLICY, first.citation().kind());
  }

  @Test
  void missingHub_isReportedWithThePathOfTheDistrict() {
    Municipality drammen = ReferenceData.drammen2020();
    List<District> districts = new java.util.ArrayList<>(drammen.districts());
    districts.set(3, District.builder().from(districts.get(3)).hub(java.util.Optional.empty()).build());
    Municipality broken = Municipality.builder().from(drammen).districts(districts).build();
    ValidationReport report = DRAMMEN_MODEL.validate(broken, ValidationContext.asOf(LocalDate.of(2020, 6, 1)));
    assertEquals(1, report.violations().size());
    assertEquals("districts[3].hub", report.violations().get(0).path());
    assertEquals("Kommunedelen Rødskog og Gulskogen har ikke noe knutepunkt.",
        report.violations().get(0).message(Language.NB));
  }

  @Test
  void subjectOfAnotherType_isCheckedByNoRule() {
    ValidationReport report = DRAMMEN_MODEL.validate("not a municipality", ValidationContext.asOf(LocalDate.of(2020, 1, 1)));
    assertEquals(List.of(), report.rulesChecked());
    assertTrue(report.isValid());
  }

  @Test
  void everyBuiltInRule_explainsItselfInFourLanguages() {
    Set<String> ids = new HashSet<>();
    for (Rule<?> rule : RulePacks.allRules()) {
      assertTrue(ids.add(rule.id()), "duplicate id " + rule.id());
      for (Language language : Language.values()) {
        assertFalse(rule.title().get(language).isBlank());
        assertFalse(rule.explanation().get(language).isBlank());
      }
      assertNotEquals(rule.explanation().get(Language.NB), rule.explanation().get(Language.EN), rule.id());
      assertNotEquals(rule.explanation().get(Language.DA), rule.explanation().get(Language.EN), rule.id());
      assertFalse(rule.citation().toString().isBlank());
    }
    assertTrue(ids.contains("NO-KL-5-5-COUNCIL-MIN"));
    assertTrue(ids.contains("DK-KSL-COUNCIL-SIZE"));
  }

  @Test
  void rulePacks_unknownId_listsTheAvailableOnes() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RulePacks.of("SE-KL"));
    assertEquals("Invalid rule pack 'SE-KL': is not known; available: NO-KL, DK-KSL, DRAMMEN-NEIGHBOURHOOD,"
        + " DRAMMEN-MASTER-PLAN, DRAMMEN-FISCAL, DRAMMEN-PARTICIPATION",
        e.getMessage());
    assertEquals(RulePacks.DRAMMEN_NEIGHBOURHOOD, RulePacks.of(" drammen-neighbourhood ").id());
  }

  @Test
  void rule_badId_rejected() {
    assertThrows(InvalidValueException.class, () -> Rule.builder("council too small", Municipality.class));
  }

  @Test
  void rulePack_duplicateRuleIds_rejected() {
    RulePack norway = RulePacks.of(RulePacks.NORWAY);
    List<Rule<?>> twice = List.of(norway.rules().get(0), norway.rules().get(0));
    assertThrows(InvalidValueException.class,
        () -> RulePack.of("X-TWICE", norway.name(), "NO", twice));
  }
}
