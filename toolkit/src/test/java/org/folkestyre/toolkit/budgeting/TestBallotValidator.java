package org.folkestyre.toolkit.budgeting;

import static org.folkestyre.toolkit.budgeting.Fixtures.DAY;
import static org.folkestyre.toolkit.budgeting.Fixtures.DRAMMEN;
import static org.folkestyre.toolkit.budgeting.Fixtures.HOLBAEK;
import static org.folkestyre.toolkit.budgeting.Fixtures.codes;
import static org.folkestyre.toolkit.budgeting.Fixtures.drammen;
import static org.folkestyre.toolkit.budgeting.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.folkestyre.core.Language;
import org.folkestyre.toolkit.identity.AssuranceLevel;
import org.folkestyre.toolkit.identity.VerifiedIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestBallotValidator {
  private static final VerifiedIdentity KARI = person("kari").build();

  private static List<RejectionCode> check(BudgetingElection election, Eligibility eligibility,
      VerifiedIdentity identity, BallotSubmission submission) {
    return codes(BallotValidator.of(election, eligibility).check(identity, submission, DAY));
  }

  private static List<RejectionCode> approval(BallotConstraints constraints, String... ids) {
    return check(drammen(BallotType.APPROVAL).constraints(constraints).build(), Eligibility.anyone(), KARI,
        BallotSubmission.of(List.of(ids)));
  }

  private static List<RejectionCode> cumulative(BallotConstraints constraints, Map<String, Long> points) {
    return check(drammen(BallotType.CUMULATIVE).constraints(constraints).build(), Eligibility.anyone(), KARI,
        BallotSubmission.withPoints(points));
  }

  private static Map<String, Long> points(Object... pairs) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return map;
  }

  @Test
  void aBallotWithinEveryRuleIsValid() {
    BallotConstraints all = BallotConstraints.builder().minProjects(1).maxProjects(3)
        .minTotalCost(Amount.of(20_000)).maxTotalCost(Amount.of(150_000)).build();
    assertEquals(List.of(), approval(all, "K1", "S1", "ALL"));
    assertEquals(List.of(), approval(BallotConstraints.none()));
  }

  @Test
  void unknownProject() {
    List<BallotRejection> r = BallotValidator.of(drammen(BallotType.APPROVAL).build())
        .checkContent(BallotSubmission.of(List.of("K1", "<script>")));
    assertEquals(List.of(RejectionCode.UNKNOWN_PROJECT), codes(r));
    assertEquals("2", r.get(0).details().get("position"));
    assertEquals("<script>", r.get(0).details().get("project"));
    for (Language language : Language.values()) {
      assertFalse(r.get(0).message(language).contains("<script>"), "the message never echoes input");
      assertTrue(r.get(0).message(language).contains("2"));
    }
  }

  @Test
  void duplicateProjectIsReportedNotDropped() {
    assertEquals(List.of(RejectionCode.DUPLICATE_PROJECT), approval(BallotConstraints.none(), "K1", "S1", "K1"));
    // Counted once against the limits, so that only the duplicate is reported.
    assertEquals(List.of(RejectionCode.DUPLICATE_PROJECT),
        approval(BallotConstraints.builder().maxProjects(2).build(), "K1", "S1", "K1"));
  }

  @Test
  void overBudgetByMaximumCostAndByShareOfTheBudget() {
    // K1 + S1 + F1 = 20,000 + 45,000 + 50,000 = 115,000.
    assertEquals(List.of(RejectionCode.OVER_BUDGET),
        approval(BallotConstraints.builder().maxTotalCost(Amount.of(114_999)).build(), "K1", "S1", "F1"));
    assertEquals(List.of(), approval(BallotConstraints.builder().maxTotalCost(Amount.of(115_000)).build(),
        "K1", "S1", "F1"));
    // 115,000 of 150,000 is 76.7 %.
    assertEquals(List.of(RejectionCode.OVER_BUDGET),
        approval(BallotConstraints.builder().maxBudgetShare(new BigDecimal("0.75")).build(), "K1", "S1", "F1"));
    List<BallotRejection> r = BallotValidator.of(drammen(BallotType.APPROVAL)
        .constraints(BallotConstraints.builder().maxBudgetShare(new BigDecimal("0.75")).build()).build())
        .checkContent(BallotSubmission.of(List.of("K1", "S1", "F1")));
    assertEquals(ImmutableMap.of("total", "115000", "limit", "112500"), r.get(0).details());
    assertEquals("The chosen projects cost 115000 together; the ballot may spend at most 112500.",
        r.get(0).message(Language.EN));
  }

  @Test
  void underMinimumSpend() {
    assertEquals(List.of(RejectionCode.UNDER_MINIMUM_SPEND),
        approval(BallotConstraints.builder().minTotalCost(Amount.of(20_001)).build(), "K1"));
    assertEquals(List.of(RejectionCode.UNDER_MINIMUM_SPEND),
        approval(BallotConstraints.builder().minBudgetShare(new BigDecimal("0.5")).build(), "K1", "S1"));
  }

  @Test
  void tooFewAndTooManyProjects() {
    assertEquals(List.of(RejectionCode.TOO_FEW_PROJECTS),
        approval(BallotConstraints.builder().minProjects(2).build(), "K1"));
    assertEquals(List.of(RejectionCode.TOO_MANY_PROJECTS),
        approval(BallotConstraints.builder().maxProjects(2).build(), "K1", "K2", "B1"));
    assertEquals(List.of(RejectionCode.TOO_MANY_PROJECTS), check(drammen(BallotType.CHOOSE_ONE).build(),
        Eligibility.anyone(), KARI, BallotSubmission.of(List.of("K1", "K2"))));
  }

  @Test
  void overAndUnderPoints() {
    assertEquals(List.of(RejectionCode.OVER_POINTS),
        cumulative(BallotConstraints.builder().maxTotalPoints(10).build(), points("K1", 6, "S1", 5)));
    assertEquals(List.of(RejectionCode.OVER_POINTS),
        cumulative(BallotConstraints.builder().maxPoints(5).build(), points("K1", 6, "S1", 4)));
    assertEquals(List.of(RejectionCode.UNDER_POINTS),
        cumulative(BallotConstraints.builder().minTotalPoints(10).build(), points("K1", 6, "S1", 3)));
    assertEquals(List.of(RejectionCode.UNDER_POINTS),
        cumulative(BallotConstraints.none(), points("K1", 6, "S1", -1)));
    assertEquals(List.of(), cumulative(BallotConstraints.builder().maxTotalPoints(10).build(),
        points("K1", 6, "S1", 4)));
    assertEquals(List.of(RejectionCode.OVER_POINTS), cumulative(BallotConstraints.builder().maxTotalPoints(10)
        .build(), points("K1", Long.MAX_VALUE, "S1", Long.MAX_VALUE)));
  }

  @Test
  void malformedPoints() {
    BudgetingElection scoring = drammen(BallotType.SCORING).build();
    assertEquals(List.of(RejectionCode.MALFORMED_BALLOT), check(scoring, Eligibility.anyone(), KARI,
        BallotSubmission.builder().addProjectIds("K1", "S1").addPoint(2L).build()));
    assertEquals(List.of(RejectionCode.MALFORMED_BALLOT), check(drammen(BallotType.APPROVAL).build(),
        Eligibility.anyone(), KARI, BallotSubmission.builder().addProjectIds("K1").addPoint(2L).build()));
  }

  @Test
  void ineligibleVoterOfAnotherMunicipality() {
    Eligibility drammenOnly = Eligibility.builder().municipality(DRAMMEN).build();
    assertEquals(List.of(), check(drammen(BallotType.APPROVAL).build(), drammenOnly, KARI, BallotSubmission.of(List.of())));
    assertEquals(List.of(RejectionCode.INELIGIBLE_VOTER), check(drammen(BallotType.APPROVAL).build(), drammenOnly,
        person("mette").municipality(HOLBAEK).build(), BallotSubmission.of(List.of())));
  }

  @Test
  void ineligibleDistrict() {
    Eligibility konnerud = Eligibility.builder().addDistricts("Konnerud ", "Fjell").build();
    assertEquals(List.of(), check(drammen(BallotType.APPROVAL).build(), konnerud, KARI, BallotSubmission.of(List.of("K1"))));
    assertEquals(List.of(RejectionCode.INELIGIBLE_DISTRICT), check(drammen(BallotType.APPROVAL).build(), konnerud,
        person("ola").district("Strømsø").build(), BallotSubmission.of(List.of("K1"))));
    assertEquals(List.of(RejectionCode.ELIGIBILITY_UNKNOWN), check(drammen(BallotType.APPROVAL).build(), konnerud,
        VerifiedIdentity.builder().from(KARI).district(java.util.Optional.empty()).build(),
        BallotSubmission.of(List.of("K1"))));
  }

  @Test
  void minimumAgeOnTheReferenceDate() {
    Eligibility sixteen = Eligibility.builder().minimumAge(16).ageReferenceDate(LocalDate.of(2026, 5, 18)).build();
    BallotSubmission empty = BallotSubmission.of(List.of());
    BudgetingElection e = drammen(BallotType.APPROVAL).build();
    assertEquals(List.of(), check(e, sixteen, person("a").birthDate(LocalDate.of(2010, 5, 18)).build(), empty));
    assertEquals(List.of(RejectionCode.UNDER_MINIMUM_AGE),
        check(e, sixteen, person("b").birthDate(LocalDate.of(2010, 5, 19)).build(), empty));
    assertEquals(List.of(RejectionCode.ELIGIBILITY_UNKNOWN),
        check(e, sixteen, VerifiedIdentity.builder().from(KARI).birthDate(java.util.Optional.empty()).build(), empty));
    // Without a reference date, the age is taken on the day the ballot is cast: 10 May 2026.
    Eligibility onTheDay = Eligibility.builder().minimumAge(16).build();
    assertEquals(List.of(RejectionCode.UNDER_MINIMUM_AGE),
        check(e, onTheDay, person("c").birthDate(LocalDate.of(2010, 5, 11)).build(), empty));
    assertEquals(List.of(), check(e, onTheDay, person("d").birthDate(LocalDate.of(2010, 5, 10)).build(), empty));
  }

  @Test
  void minimumAssuranceLevel() {
    BudgetingElection e = drammen(BallotType.APPROVAL).build();
    BallotSubmission empty = BallotSubmission.of(List.of());
    VerifiedIdentity low = person("l").assuranceLevel(AssuranceLevel.LOW).build();
    VerifiedIdentity high = person("h").assuranceLevel(AssuranceLevel.HIGH).build();
    assertEquals(List.of(RejectionCode.ASSURANCE_TOO_LOW), check(e, Eligibility.anyone(), low, empty));
    assertEquals(List.of(), check(e, Eligibility.anyone(), KARI, empty));
    Eligibility bankId = Eligibility.builder().minimumAssurance(AssuranceLevel.HIGH).build();
    assertEquals(List.of(RejectionCode.ASSURANCE_TOO_LOW), check(e, bankId, KARI, empty));
    assertEquals(List.of(), check(e, bankId, high, empty));
    assertEquals(List.of(), check(e, Eligibility.builder().minimumAssurance(AssuranceLevel.LOW).build(), low, empty));
  }

  /** Barcelona's rule: a resident votes in her own district and one more of her choice. */
  @Test
  void ownDistrictPlusOneMore() {
    BudgetingElection e = drammen(BallotType.APPROVAL).build();
    Eligibility plusOne = Eligibility.builder().otherDistricts(1).build();
    assertEquals(List.of(), check(e, plusOne, KARI, BallotSubmission.of(List.of("K1", "K2", "S1", "ALL"))));
    assertEquals(List.of(), check(e, plusOne, KARI, BallotSubmission.of(List.of("S1"))));
    assertEquals(List.of(), check(e, plusOne, KARI, BallotSubmission.of(List.of("K1", "B1"))));
    assertEquals(List.of(RejectionCode.TOO_MANY_DISTRICTS),
        check(e, plusOne, KARI, BallotSubmission.of(List.of("K1", "S1", "B1"))));
    assertEquals(List.of(RejectionCode.TOO_MANY_DISTRICTS),
        check(e, plusOne, KARI, BallotSubmission.of(List.of("S1", "B1"))));
    Eligibility ownOnly = Eligibility.builder().otherDistricts(0).build();
    assertEquals(List.of(), check(e, ownOnly, KARI, BallotSubmission.of(List.of("K1", "ALL"))));
    List<BallotRejection> r = BallotValidator.of(e, ownOnly).check(KARI, BallotSubmission.of(List.of("K1", "F1")), DAY);
    assertEquals("Du kan stemme på prosjekter i din egen kommunedel og høyst 0 til; denne stemmeseddelen har "
        + "prosjekter i 1 andre kommunedeler.", r.get(0).message(Language.NB));
    // Without a known district, only city-wide projects can be judged.
    VerifiedIdentity nowhere = VerifiedIdentity.builder().from(KARI).district(java.util.Optional.empty()).build();
    assertEquals(List.of(), check(e, plusOne, nowhere, BallotSubmission.of(List.of("ALL"))));
    assertEquals(List.of(RejectionCode.ELIGIBILITY_UNKNOWN),
        check(e, plusOne, nowhere, BallotSubmission.of(List.of("K1"))));
  }

  @Test
  void everyProblemIsReportedInOrder() {
    Eligibility strict = Eligibility.builder().municipality(DRAMMEN).minimumAssurance(AssuranceLevel.HIGH).build();
    List<RejectionCode> all = check(drammen(BallotType.APPROVAL)
            .constraints(BallotConstraints.builder().maxProjects(1).build()).build(), strict,
        person("x").municipality(HOLBAEK).build(), BallotSubmission.of(List.of("K1", "K1", "Z9", "S1")));
    assertEquals(List.of(RejectionCode.ASSURANCE_TOO_LOW, RejectionCode.INELIGIBLE_VOTER,
        RejectionCode.DUPLICATE_PROJECT, RejectionCode.UNKNOWN_PROJECT, RejectionCode.TOO_MANY_PROJECTS), all);
  }

  @ParameterizedTest
  @EnumSource(RejectionCode.class)
  void everyCodeHasATextInEachLanguage(RejectionCode code) {
    for (Language language : Language.values()) {
      assertFalse(code.template().get(language).isBlank());
    }
    assertEquals(code.template().get(Language.EN).replaceAll("[^{}]", ""),
        code.template().get(Language.NB).replaceAll("[^{}]", ""));
  }
}
