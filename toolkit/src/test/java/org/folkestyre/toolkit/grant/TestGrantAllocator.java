package org.folkestyre.toolkit.grant;

import static org.folkestyre.toolkit.grant.HolbaekRound.KR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.toolkit.method.TargetGroup;
import org.junit.jupiter.api.Test;

/** Allocation of Holbæk's DKK 75,000 for the general election of 2015, worked out by hand. */
class TestGrantAllocator {

  private static GrantDecision decision(GrantAllocation allocation, String id) {
    return allocation.decision(id).orElseThrow(() -> new AssertionError("no decision on " + id));
  }

  @Test
  void awardsByScoreWithinTheRemainingPool() {
    GrantAllocation allocation = GrantAllocator.allocate(HolbaekRound.round());
    // H1 30 points, H2 29, H3 23, H6 14; H4 is a business and H5 fails a condition.
    assertEquals(List.of("H1", "H2", "H3", "H6", "H4", "H5"),
        allocation.decisions().stream().map(GrantDecision::applicationId).toList());
    GrantDecision h1 = decision(allocation, "H1");
    assertEquals(DecisionOutcome.AWARDED, h1.outcome());
    assertEquals(30_000 * KR, h1.amountAwarded());
    assertEquals(Optional.of(1), h1.rank());
    assertEquals(Optional.of(30L), h1.score());
    assertEquals(25_000 * KR, decision(allocation, "H2").amountAwarded());
    // 75,000 - 30,000 - 25,000 = 20,000 remain for H3, which asked 28,000 and can do with 10,000.
    GrantDecision h3 = decision(allocation, "H3");
    assertEquals(DecisionOutcome.PARTIAL, h3.outcome());
    assertEquals(DecisionReason.PARTIAL_REMAINDER, h3.reason());
    assertEquals(20_000 * KR, h3.amountAwarded());
    GrantDecision h6 = decision(allocation, "H6");
    assertEquals(DecisionOutcome.REJECTED, h6.outcome());
    assertEquals(DecisionReason.POOL_EXHAUSTED, h6.reason());
    assertEquals("0", h6.values().get("remaining"));
    assertEquals(DecisionReason.APPLICANT_NOT_ELIGIBLE, decision(allocation, "H4").reason());
    assertEquals(Optional.empty(), decision(allocation, "H4").rank());
    assertEquals(DecisionReason.CRITERION_NOT_MET, decision(allocation, "H5").reason());
    assertEquals("promotes-voting", decision(allocation, "H5").values().get("criterion"));
    assertEquals(75_000 * KR, allocation.totalAwarded());
    assertEquals(0, allocation.remaining());
  }

  @Test
  void everyDecisionExplainsItselfInFourLanguages() {
    GrantAllocation allocation = GrantAllocator.allocate(HolbaekRound.round());
    GrantPool pool = allocation.round().pool();
    assertEquals("Number 3 with 23 points: awarded DKK 20,000 of the DKK 28,000 asked for, what remained in the"
        + " pool.", decision(allocation, "H3").explanation(Language.EN, pool));
    assertEquals("Afslået: nr. 4 med 14 point; da var der DKK 0 tilbage i puljen, mindre end de DKK 10.000,"
        + " projektet behøver.", decision(allocation, "H6").explanation(Language.DA, pool));
    assertEquals("Avslått: puljen er åpen for innbygger, forening; søkeren er av typen «virksomhet».",
        decision(allocation, "H4").explanation(Language.NB, pool));
    assertEquals("Avslått: søknaden oppfyller ikkje vilkåret «prosjektet skal få fleire til å røyste».",
        decision(allocation, "H5").explanation(Language.NN, pool));
    for (GrantDecision decision : allocation.decisions()) {
      for (Language language : Language.values()) {
        String text = decision.explanation(language, pool);
        assertTrue(!text.contains("{") && !text.isBlank(), text);
      }
    }
  }

  @Test
  void anApplicationAboveThePoolIsAClearError() {
    List<GrantApplication> applications = new ArrayList<>(HolbaekRound.applications());
    applications.add(HolbaekRound.application("H7", "Holbæk Idrætsforening", ApplicantKind.ASSOCIATION,
        "Valgfest i hallen", 80_000, 80_000, LocalDate.of(2015, 6, 3), TargetGroup.YOUTH));
    List<Assessment> assessments = new ArrayList<>(HolbaekRound.assessments());
    assessments.add(HolbaekRound.assessment("H7", 5, 5, 5, 5));
    GrantRound round = GrantRound.of(HolbaekRound.pool(), applications, assessments);
    InvalidValueException error = assertThrows(InvalidValueException.class, () -> GrantAllocator.allocate(round));
    assertEquals("applications[H7].amountRequested", error.field());
    assertEquals("DKK 80,000", error.value());
    assertTrue(error.getMessage().contains("more than the whole pool of DKK 75,000"), error.getMessage());
    assertTrue(error.getMessage().contains(GrantPoolRules.APPLICATION_WITHIN_POOL), error.getMessage());
  }

  @Test
  void anApplicationAskingExactlyThePoolIsAllowed() {
    GrantRound round = GrantRound.of(HolbaekRound.pool(), List.of(HolbaekRound.application("H1", "Karen Jensen",
        ApplicantKind.RESIDENT, "Valgcafé", 75_000, 75_000, LocalDate.of(2015, 6, 1), TargetGroup.YOUTH)),
        List.of(HolbaekRound.assessment("H1", 1, 1, 1, 1)));
    GrantAllocation allocation = GrantAllocator.allocate(round);
    assertEquals(75_000 * KR, allocation.totalAwarded());
  }

  @Test
  void anUnassessedApplicationIsAClearError() {
    GrantRound round = GrantRound.of(HolbaekRound.pool(), HolbaekRound.applications(),
        HolbaekRound.assessments().subList(0, 5));
    InvalidValueException error = assertThrows(InvalidValueException.class, () -> GrantAllocator.allocate(round));
    assertEquals("applications[H6]", error.field());
    assertTrue(error.getMessage().contains(GrantPoolRules.APPLICATION_ASSESSED), error.getMessage());
  }

  @Test
  void tiesGoToTheSmallerAmountThenTheEarlierDateThenTheId() {
    LocalDate may = LocalDate.of(2015, 5, 1);
    // Equal scores (5 × 3 = 15) throughout; the pool holds 75,000 and each asks 40,000 or 35,000.
    List<GrantApplication> applications = List.of(
        HolbaekRound.application("B", "Anna", ApplicantKind.RESIDENT, "b", 40_000, 40_000, may, TargetGroup.YOUTH),
        HolbaekRound.application("A", "Bo", ApplicantKind.RESIDENT, "a", 40_000, 40_000, may, TargetGroup.YOUTH),
        HolbaekRound.application("C", "Cai", ApplicantKind.RESIDENT, "c", 40_000, 40_000, may.minusDays(1),
            TargetGroup.YOUTH),
        HolbaekRound.application("D", "Dan", ApplicantKind.RESIDENT, "d", 35_000, 35_000, may.plusDays(9),
            TargetGroup.YOUTH));
    List<Assessment> assessments = applications.stream()
        .map(a -> HolbaekRound.assessment(a.id(), 5, 0, 0, 0)).toList();
    GrantAllocation allocation = GrantAllocator.allocate(GrantRound.of(HolbaekRound.pool(), applications,
        assessments));
    // D asks least; C was received before A and B; A's id comes before B's.
    assertEquals(List.of("D", "C", "A", "B"),
        allocation.decisions().stream().map(GrantDecision::applicationId).toList());
    assertEquals(35_000 * KR, decision(allocation, "D").amountAwarded());
    assertEquals(40_000 * KR, decision(allocation, "C").amountAwarded());
    assertEquals(DecisionOutcome.REJECTED, decision(allocation, "A").outcome());
    assertEquals(DecisionOutcome.REJECTED, decision(allocation, "B").outcome());
  }

  @Test
  void aSmallerApplicationFurtherDownIsStillFunded() {
    LocalDate june = LocalDate.of(2015, 6, 1);
    List<GrantApplication> applications = List.of(
        HolbaekRound.application("A", "Anna", ApplicantKind.RESIDENT, "a", 60_000, 60_000, june, TargetGroup.YOUTH),
        HolbaekRound.application("B", "Bo", ApplicantKind.RESIDENT, "b", 20_000, 20_000, june, TargetGroup.YOUTH),
        HolbaekRound.application("C", "Cai", ApplicantKind.RESIDENT, "c", 15_000, 15_000, june, TargetGroup.YOUTH));
    List<Assessment> assessments = List.of(HolbaekRound.assessment("A", 5, 5, 5, 5),
        HolbaekRound.assessment("B", 4, 4, 4, 4), HolbaekRound.assessment("C", 1, 1, 1, 1));
    GrantAllocation allocation = GrantAllocator.allocate(GrantRound.of(HolbaekRound.pool(), applications,
        assessments));
    // 75,000 - 60,000 = 15,000: B (20,000, no partial below its minimum) is rejected, C (15,000) funded.
    assertEquals(DecisionReason.POOL_EXHAUSTED, decision(allocation, "B").reason());
    assertEquals(15_000 * KR, decision(allocation, "C").amountAwarded());
    assertEquals(0, allocation.remaining());
  }

  @Test
  void aPoolWithoutPartialAwardsRejectsWhatDoesNotFit() {
    GrantPool pool = GrantPool.builder().from(HolbaekRound.pool()).partialAwards(false).build();
    GrantAllocation allocation = GrantAllocator.allocate(GrantRound.of(pool, HolbaekRound.applications(),
        HolbaekRound.assessments()));
    GrantDecision h3 = decision(allocation, "H3");
    assertEquals(DecisionReason.POOL_EXHAUSTED, h3.reason());
    assertEquals(String.valueOf(28_000 * KR), h3.values().get("needed"));
    // H6's 10,000 then fits in the 20,000 left.
    assertEquals(10_000 * KR, decision(allocation, "H6").amountAwarded());
    assertEquals(65_000 * KR, allocation.totalAwarded());
  }

  @Test
  void aMinimumScoreRejectsWeakApplications() {
    GrantPool pool = GrantPool.builder().from(HolbaekRound.pool()).minimumScore(15).build();
    GrantAllocation allocation = GrantAllocator.allocate(GrantRound.of(pool, HolbaekRound.applications(),
        HolbaekRound.assessments()));
    GrantDecision h6 = decision(allocation, "H6");
    assertEquals(DecisionReason.BELOW_MINIMUM_SCORE, h6.reason());
    assertEquals("Rejected: the application scored 14 points, and the pool requires at least 15.",
        h6.explanation(Language.EN, pool));
  }
}
