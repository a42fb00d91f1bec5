package org.folkestyre.toolkit.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.folkestyre.core.Language;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.Severity;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.testing.GrantGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grant-pool rules: each broken alone, each in the catalogue. */
class TestGrantPoolRules {
  private static final Validator VALIDATOR = Validator.of(List.of(GrantPoolRules.pack()));
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2015, 6, 1));

  private static Set<String> brokenRules(ValidationReport report) {
    return report.violations().stream().map(Violation::ruleId).collect(Collectors.toSet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GRANT-APPLICATION-WITHIN-POOL", "GRANT-APPLICATION-ASSESSED", "GRANT-TARGET-GROUP"})
  void eachRuleOfARoundIsBrokenAlone(String ruleId) {
    PropertyCheck.forAll(ruleId + " alone", 8001L, 150, 30, GrantGenerators.breakingRound(ruleId),
        round -> assertEquals(Set.of(ruleId), brokenRules(VALIDATOR.validate(round, CONTEXT))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GRANT-AWARDS-WITHIN-POOL", "GRANT-AWARD-WITHIN-REQUEST", "GRANT-EVERY-APPLICATION-DECIDED"})
  void eachRuleOfAnAllocationIsBrokenAlone(String ruleId) {
    PropertyCheck.forAll(ruleId + " alone", 8002L, 150, 30, GrantGenerators.breakingAllocation(ruleId),
        allocation -> assertEquals(Set.of(ruleId), brokenRules(VALIDATOR.validate(allocation, CONTEXT))));
  }

  @Test
  void generatedRoundsBreakNoRule() {
    PropertyCheck.forAll("valid rounds", 8003L, 200, 30, GrantGenerators.rounds(),
        round -> assertTrue(VALIDATOR.validate(round, CONTEXT).violations().isEmpty()));
  }

  @Test
  void holbaeksRoundWarnsOfAnApplicationOutsideTheTargetGroups() {
    GrantRound round = HolbaekRound.round();
    ValidationReport report = VALIDATOR.validate(round, CONTEXT);
    assertTrue(report.rulesChecked().contains(GrantPoolRules.TARGET_GROUP));
    // H6 names the socially vulnerable besides the elderly, so it reaches a target group: no warning.
    assertTrue(report.violations().isEmpty(), report::toString);
  }

  @Test
  void anApplicationAboveThePoolIsAViolationOfTheRound() {
    GrantRound round = GrantRound.of(HolbaekRound.pool(), List.of(HolbaekRound.application("H7", "Holbæk IF",
        ApplicantKind.ASSOCIATION, "Valgfest", 80_000, 80_000, LocalDate.of(2015, 6, 3),
        org.folkestyre.toolkit.method.TargetGroup.YOUTH)), List.of(HolbaekRound.assessment("H7", 5, 5, 5, 5)));
    ValidationReport report = VALIDATOR.validate(round, CONTEXT);
    Violation violation = report.violations(GrantPoolRules.APPLICATION_WITHIN_POOL).get(0);
    assertEquals("applications[0].amountRequested", violation.path());
    assertEquals("Ansøgningen H7 søger 8000000 øre, mere end puljens 7500000 øre.", violation.message(Language.DA));
  }

  @Test
  void everyRuleExplainsItselfAndCitesItsSource() {
    for (Rule<?> rule : GrantPoolRules.rules()) {
      for (Language language : Language.values()) {
        assertFalse(rule.title().get(language).isBlank(), rule.id());
        assertFalse(rule.explanation().get(language).isBlank(), rule.id());
      }
      assertFalse(rule.citation().source().isBlank(), rule.id());
      assertTrue(rule.id().startsWith("GRANT-"), rule.id());
    }
    assertEquals(Severity.WARNING, GrantPoolRules.rules().stream()
        .filter(r -> r.id().equals(GrantPoolRules.TARGET_GROUP)).findFirst().orElseThrow().severity());
  }

  @Test
  void everyRuleIsBreakableByAGenerator() {
    for (Rule<?> rule : GrantPoolRules.rules()) {
      assertTrue(GrantGenerators.breakableRules().contains(rule.id()), rule.id());
    }
  }

  @Test
  void everyRuleIsInTheCatalogueWithItsSeverityConfidenceAndCitation() throws IOException {
    String catalogue = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
    assertTrue(catalogue.contains("## Pack `" + GrantPoolRules.PACK_ID + "`"), "no section for the pack");
    for (Rule<?> rule : GrantPoolRules.rules()) {
      String row = catalogue.lines().filter(line -> line.startsWith("| `" + rule.id() + "` |")).findFirst()
          .orElseThrow(() -> new AssertionError("docs/rules.md has no row for " + rule.id()));
      assertTrue(row.contains("| " + rule.severity() + " |"), rule.id() + ": severity " + rule.severity());
      assertTrue(row.contains("| " + rule.confidence() + " |"), rule.id() + ": confidence " + rule.confidence());
      assertTrue(row.contains(rule.citation().source()), rule.id() + ": citation " + rule.citation());
    }
  }

  @Test
  void aGeneratorRefusesARuleItCannotBreak() {
    assertEquals("ruleId", org.junit.jupiter.api.Assertions.assertThrows(
        org.folkestyre.core.InvalidValueException.class,
        () -> GrantGenerators.breakingRound(GrantPoolRules.AWARDS_WITHIN_POOL)).field());
    assertEquals("ruleId", org.junit.jupiter.api.Assertions.assertThrows(
        org.folkestyre.core.InvalidValueException.class,
        () -> GrantGenerators.breakingAllocation("NO-KL-5-5-COUNCIL-MIN")).field());
  }
}
