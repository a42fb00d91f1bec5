package org.folkestyre.core.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.testing.ElectionGenerators;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The list rules of kommuneloven § 7-5, through the public generators. */
class TestElectionListRules {
  private static final Validator NORWAY = Validator.forJurisdiction(Jurisdiction.norway());
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2023, 10, 15));

  @Test
  void validProposals_haveNoViolation() {
    PropertyCheck.forAll("valid lists", 75L, 200, 20, ElectionGenerators.proposals(),
        election -> assertEquals(List.of(), NORWAY.validate(election, CONTEXT).violations()));
  }

  @TestFactory
  Stream<DynamicTest> breaking_breaksExactlyTheNamedRule() {
    return ElectionGenerators.breakableRules().stream().map(ruleId -> DynamicTest.dynamicTest(ruleId, () ->
        PropertyCheck.forAll("breaking " + ruleId, 75L, 200, 20, ElectionGenerators.breakingProposal(ruleId),
            election -> {
              List<Violation> violations = NORWAY.validate(election, CONTEXT).violations();
              assertFalse(violations.isEmpty());
              assertEquals(List.of(ruleId), violations.stream().map(Violation::ruleId).distinct().toList());
              assertEquals("lists[0]", violations.get(0).path());
            })));
  }

  @Test
  void councilMembersOnly_isBoundOnlyAsFarAsPossible() {
    ProportionalElection formannskap = ElectionGenerators.breakingProposal("NO-KL-7-5-LIST-GENDER")
        .generate(new java.util.SplittableRandom(1), 3);
    ProportionalElection councilOnly = ProportionalElection.of(formannskap.body(), formannskap.seats(), true,
        formannskap.lists());
    assertEquals(List.of(), NORWAY.validate(councilOnly, CONTEXT).violations());
  }
}
