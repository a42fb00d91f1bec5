package org.folkestyre.toolkit.grant;

import static org.folkestyre.toolkit.grant.HolbaekRound.KR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.Money;
import org.folkestyre.toolkit.method.TargetGroup;
import org.junit.jupiter.api.Test;

/** The structural invariants of pools, applications, assessments, rounds and decisions. */
class TestGrantValues {
  private static final LocalDate JUNE = LocalDate.of(2015, 6, 1);

  private static String field(Runnable build) {
    return assertThrows(InvalidValueException.class, build::run).field();
  }

  @Test
  void holbaeksPool() {
    GrantPool pool = HolbaekRound.pool();
    assertEquals(75_000 * KR, pool.budget());
    assertEquals(Money.ofMajor(Money.DKK, 75_000), pool.budgetMoney());
    assertEquals(35, pool.maxScore());
    assertEquals(List.of(ApplicantKind.RESIDENT, ApplicantKind.ASSOCIATION), List.copyOf(pool.eligibleApplicants()));
    assertTrue(pool.targetGroups().contains(TargetGroup.IMMIGRANTS));
  }

  @Test
  void poolInvariants() {
    GrantPool pool = HolbaekRound.pool();
    assertEquals("budget", field(() -> GrantPool.builder().from(pool).budget(0).build()));
    assertEquals("minimumScore", field(() -> GrantPool.builder().from(pool).minimumScore(36).build()));
    assertEquals("eligibleApplicants", field(() -> GrantPool.builder().from(pool).eligibleApplicants(List.of())
        .build()));
    assertEquals("assessment", field(() -> GrantPool.builder().from(pool)
        .addAssessment(pool.assessment().get(0)).build()));
    assertEquals("assessment.id", field(() -> AssessmentCriterion.of("Bad.id", LocalizedText.ofAll("x"), 1, 5)));
    assertEquals("assessment.reach.weight", field(() -> AssessmentCriterion.of("reach", LocalizedText.ofAll("x"), 0,
        5)));
  }

  @Test
  void applicationInvariants() {
    GrantApplication application = HolbaekRound.applications().get(0);
    assertEquals("application.H1.amountRequested", field(() -> GrantApplication.builder().from(application)
        .amountRequested(0).minimumAmount(0).build()));
    assertEquals("application.H1.minimumAmount", field(() -> GrantApplication.builder().from(application)
        .minimumAmount(application.amountRequested() + 1).build()));
    assertEquals("applicant.name", field(() -> Applicant.of("  ", ApplicantKind.RESIDENT)));
    GrantApplication noMinimum = GrantApplication.builder().id("X").applicant(Applicant.of("Karen",
        ApplicantKind.RESIDENT)).project("Valgcafé").amountRequested(5_000 * KR).received(JUNE).build();
    assertEquals(5_000 * KR, noMinimum.minimumAmount());
  }

  @Test
  void roundInvariants() {
    GrantPool pool = HolbaekRound.pool();
    List<GrantApplication> applications = HolbaekRound.applications();
    List<GrantApplication> twice = new ArrayList<>(applications);
    twice.add(applications.get(0));
    assertEquals("applications", field(() -> GrantRound.of(pool, twice, List.of())));
    assertEquals("assessments[H9]", field(() -> GrantRound.of(pool, applications,
        List.of(HolbaekRound.assessment("H9", 1, 1, 1, 1)))));
    assertEquals("assessments[H1]", field(() -> GrantRound.of(pool, applications,
        List.of(HolbaekRound.assessment("H1", 1, 1, 1, 1), HolbaekRound.assessment("H1", 2, 2, 2, 2)))));
    assertEquals("assessments[H1].points.reaches-low-turnout-groups", field(() -> GrantRound.of(pool, applications,
        List.of(HolbaekRound.assessment("H1", 6, 1, 1, 1)))));
    Assessment missingPoints = Assessment.builder().applicationId("H1").putCriteriaMet("promotes-voting", true)
        .putCriteriaMet("for-this-election", true).putPoint("civic-resources", 1).build();
    assertEquals("assessments[H1].points", field(() -> GrantRound.of(pool, applications, List.of(missingPoints))));
    Assessment missingCondition = Assessment.builder().from(HolbaekRound.assessment("H1", 1, 1, 1, 1))
        .criteriaMet(java.util.Map.of("promotes-voting", true)).build();
    assertEquals("assessments[H1].criteriaMet", field(() -> GrantRound.of(pool, applications,
        List.of(missingCondition))));
  }

  @Test
  void decisionInvariants() {
    assertEquals("decision.H1.amountAwarded", field(() -> GrantDecision.byDecision("H1", DecisionOutcome.REJECTED,
        100, "nej")));
    assertEquals("decision.H1.amountAwarded", field(() -> GrantDecision.byDecision("H1", DecisionOutcome.AWARDED,
        0, "ja")));
    assertEquals("note", field(() -> GrantDecision.byDecision("H1", DecisionOutcome.AWARDED, 100, " ")));
    assertEquals("decision.H1.reason", field(() -> GrantDecision.builder().applicationId("H1")
        .outcome(DecisionOutcome.REJECTED).amountAwarded(0).reason(DecisionReason.AWARDED_IN_FULL)
        .putValue("rank", "1").putValue("score", "1").build()));
    assertEquals("decision.H1.values", field(() -> GrantDecision.builder().applicationId("H1")
        .outcome(DecisionOutcome.AWARDED).amountAwarded(100).reason(DecisionReason.AWARDED_IN_FULL).build()));
    assertEquals("decisions[0].applicationId", field(() -> GrantAllocation.of(HolbaekRound.round(),
        List.of(GrantDecision.byDecision("H9", DecisionOutcome.REJECTED, 0, "ukendt")))));
  }
}
