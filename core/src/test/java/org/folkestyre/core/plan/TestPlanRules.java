package org.folkestyre.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.Money;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PlanGenerators;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TestPlanRules {
  private static final Validator DRAMMEN = Validator.of(List.of(RulePacks.of(RulePacks.DRAMMEN_MASTER_PLAN),
      RulePacks.of(RulePacks.DRAMMEN_FISCAL)));
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2021, 9, 2));

  @Test
  void drammenMasterPlan2021_sixFocusAreasWithinTheLimits() {
    MasterPlan plan = ReferenceData.drammenMasterPlan2021();
    assertEquals(6, plan.focusAreas().size());
    assertEquals(Year.of(2021), plan.firstYear());
    assertEquals(Year.of(2040), plan.lastYear());
    assertEquals(List.of("Nær", "Inkluderende", "Nytenkende"), plan.values());
    assertEquals(List.of(), DRAMMEN.validate(plan, CONTEXT).violations());
  }

  @Test
  void fiveSubGoalsUnderOneMainGoal_isAViolation() {
    FocusArea area = FocusArea.builder().name("Deltakende innbyggere").mainGoal("Innbyggerne deltar")
        .subGoals(Stream.of(1, 2, 3, 4, 5).map(i -> SubGoal.of("Delmål " + i, List.of())).toList()).build();
    MasterPlan plan = MasterPlan.builder().from(ReferenceData.drammenMasterPlan2021()).focusAreas(List.of(area)).build();
    Violation violation = DRAMMEN.validate(plan, CONTEXT).violations().get(0);
    assertEquals("DRAMMEN-PLAN-SUBGOALS", violation.ruleId());
    assertEquals("focusAreas[0].subGoals", violation.path());
    assertEquals("Satsingsområdet Deltakende innbyggere har 5 delmål; høyst 4.", violation.message(Language.NB));
  }

  @Test
  void selfFinancing_fifteenPerCentFrom2020() {
    FiscalPolicy policy = FiscalPolicy.drammen2020();
    assertEquals(Optional.of(new BigDecimal("15")), policy.selfFinancingMinimum(Year.of(2024)));
    assertEquals(Optional.empty(), policy.selfFinancingMinimum(Year.of(2019)));
    FiscalPolicy rising = FiscalPolicy.builder().from(policy)
        .putSelfFinancingMinimum(Year.of(2024), new BigDecimal("20")).build();
    assertEquals(Optional.of(new BigDecimal("15")), rising.selfFinancingMinimum(Year.of(2023)));
    assertEquals(Optional.of(new BigDecimal("20")), rising.selfFinancingMinimum(Year.of(2024)));
  }

  @Test
  void selfFinancing_fourteenPerCent_breaksTheRule() {
    BudgetKeyFigures figures = BudgetKeyFigures.builder().year(Year.of(2021))
        .operatingRevenue(nok(8_000_000_000L)).netOperatingResult(nok(120_000_000L)).debt(nok(9_000_000_000L))
        .dispositionFund(nok(400_000_000L)).interestReserveFund(nok(50_000_000L))
        .nonProfitableInvestments(nok(1_000_000_000L)).selfFinancing(nok(140_000_000L)).build();
    List<Violation> violations = DRAMMEN.validate(FiscalReview.of(figures, FiscalPolicy.drammen2020()), CONTEXT)
        .violations();
    assertEquals(1, violations.size());
    assertEquals("Self-financing for 2021 is 14.00 %; at least 15 %.", violations.get(0).message(Language.EN));
  }

  @Test
  void planStructure_invariants() {
    assertThrows(InvalidValueException.class, () -> MasterPlan.builder().from(ReferenceData.drammenMasterPlan2021())
        .lastYear(Year.of(2020)).build());
    FocusArea area = FocusArea.builder().name("A").mainGoal("M").build();
    assertThrows(InvalidValueException.class, () -> MasterPlan.builder().from(ReferenceData.drammenMasterPlan2021())
        .focusAreas(List.of(area, area)).build());
    assertEquals(17, SustainableDevelopmentGoal.ofNumber(17).number());
    assertThrows(InvalidValueException.class, () -> SustainableDevelopmentGoal.ofNumber(18));
  }

  @Test
  void validPlansAndReviews_haveNoViolation() {
    PropertyCheck.forAll("valid plans", 2021L, 200, 20, PlanGenerators.masterPlans(),
        plan -> assertEquals(List.of(), DRAMMEN.validate(plan, CONTEXT).violations()));
    PropertyCheck.forAll("valid reviews", 2021L, 200, 20, PlanGenerators.fiscalReviews(),
        review -> assertEquals(List.of(), DRAMMEN.validate(review, CONTEXT).violations()));
  }

  @TestFactory
  Stream<DynamicTest> breaking_breaksExactlyTheNamedRule() {
    return PlanGenerators.breakableRules().stream().map(ruleId -> DynamicTest.dynamicTest(ruleId, () -> {
      Generator<?> generator = ruleId.startsWith("DRAMMEN-PLAN")
          ? PlanGenerators.breakingPlan(ruleId) : PlanGenerators.breakingReview(ruleId);
      PropertyCheck.forAll("breaking " + ruleId, 2021L, 200, 20, generator, subject -> {
        List<Violation> violations = DRAMMEN.validate(subject, CONTEXT).violations();
        assertFalse(violations.isEmpty(), "no violation of " + ruleId);
        assertEquals(List.of(ruleId), violations.stream().map(Violation::ruleId).distinct().toList());
      });
    }));
  }

  private static Money nok(long kroner) {
    return Money.ofMajor(Money.NOK, kroner);
  }
}
