package org.folkestyre.toolkit.budgeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Synthetic ties: equal costs and equal votes, where only one of the tied projects can be funded. */
class TestBudgetingRuleTies {
  /**
   * Two voters approve both "9" and "10", each costing 60 of a budget of 100: every rule finds the
   * two exactly tied (2 approvals; ρ = 1/2; load 30) and can fund only one.
   */
  private static BudgetingElection equalCostsEqualVotes() {
    return BudgetingElection.builder().budget(Amount.of(100)).ballotType(BallotType.APPROVAL)
        .addProject(Project.of("9", Amount.of(60)))
        .addProject(Project.of("10", Amount.of(60)))
        .addBallot(Ballot.approval(Voter.of("a"), List.of("9", "10")))
        .addBallot(Ballot.approval(Voter.of("b"), List.of("10", "9")))
        .build();
  }

  @ParameterizedTest
  @EnumSource(BudgetingRule.class)
  void lexicographicTieBreakingTakesTheSmallerIdAsAString(BudgetingRule rule) {
    BudgetingOutcome outcome = rule.apply(equalCostsEqualVotes());
    assertEquals(List.of("10"), outcome.selectedIds(), "\"10\" < \"9\" as strings");
    assertTrue(outcome.steps().stream().anyMatch(s -> s.kind() == StepKind.TIE_BROKEN), outcome.steps().toString());
  }

  @ParameterizedTest
  @EnumSource(BudgetingRule.class)
  void anExplicitOrderDecides(BudgetingRule rule) {
    assertEquals(List.of("9"), rule.apply(equalCostsEqualVotes(), TieBreaking.byOrder(List.of("9", "10"))).selectedIds());
  }

  @ParameterizedTest
  @EnumSource(BudgetingRule.class)
  void refusingThrowsAndNamesTheTiedProjects(BudgetingRule rule) {
    UnresolvedTieException e = assertThrows(UnresolvedTieException.class,
        () -> rule.apply(equalCostsEqualVotes(), TieBreaking.refuse()));
    assertEquals(List.of("9", "10"), e.projectIds());
  }

  @ParameterizedTest
  @EnumSource(BudgetingRule.class)
  void equalSharesOrderFallsBackWhenCostAndVotesAreEqual(BudgetingRule rule) {
    TieBreaking tieBreaking = TieBreaking.minCostThenMaxVotes(TieBreaking.byOrder(List.of("9", "10")));
    assertEquals(List.of("9"), rule.apply(equalCostsEqualVotes(), tieBreaking).selectedIds());
  }

  /**
   * "a" costs 60 and "b" 40 of a budget of 80, both approved by the same two voters. MES finds them
   * tied (ρ = 30/60 = 20/40 = 1/2) and greedy too (2 approvals each); only one can be funded.
   */
  private static BudgetingElection equalRhoDifferentCosts() {
    return BudgetingElection.builder().budget(Amount.of(80)).ballotType(BallotType.APPROVAL)
        .addProject(Project.of("a", Amount.of(60)))
        .addProject(Project.of("b", Amount.of(40)))
        .addBallot(Ballot.approval(Voter.of("1"), List.of("a", "b")))
        .addBallot(Ballot.approval(Voter.of("2"), List.of("a", "b")))
        .build();
  }

  @Test
  void minCostPrefersTheCheaperOfTiedProjects() {
    TieBreaking equalShares = TieBreaking.minCostThenMaxVotes(TieBreaking.refuse());
    for (BudgetingRule rule : List.of(BudgetingRule.GREEDY, BudgetingRule.MES, BudgetingRule.MES_GREEDY)) {
      assertEquals(List.of("a"), rule.apply(equalRhoDifferentCosts()).selectedIds(), rule.id());
      assertEquals(List.of("b"), rule.apply(equalRhoDifferentCosts(), equalShares).selectedIds(), rule.id());
    }
  }

  @Test
  void phragmenHasNoTieWhenLoadsDiffer() {
    // Loads 60/2 = 30 and 40/2 = 20: "b" wins outright, so refusing ties changes nothing.
    assertEquals(List.of("b"), BudgetingRule.PHRAGMEN.apply(equalRhoDifferentCosts(), TieBreaking.refuse()).selectedIds());
  }

  @Test
  void minCostThenMaxVotesPrefersMoreApprovalsAtEqualCost() {
    Project x = Project.of("x", Amount.of(50));
    Project y = Project.of("y", Amount.of(50));
    Project z = Project.of("z", Amount.of(70));
    Map<String, Long> votes = Map.of("x", 3L, "y", 5L, "z", 9L);
    TieBreaking rule = TieBreaking.minCostThenMaxVotes(TieBreaking.refuse());
    assertEquals(y, rule.choose(List.of(x, y, z), p -> votes.get(p.id())));
  }

  @Test
  void greedyBreaksNoTieWhenAllTiedProjectsFit() {
    BudgetingElection election = BudgetingElection.builder().budget(Amount.of(120)).ballotType(BallotType.APPROVAL)
        .addProject(Project.of("9", Amount.of(60)))
        .addProject(Project.of("10", Amount.of(60)))
        .addBallot(Ballot.approval(Voter.of("a"), List.of("9", "10")))
        .build();
    assertEquals(List.of("9", "10"), BudgetingRule.GREEDY.apply(election, TieBreaking.refuse()).selectedIds());
  }

  @Test
  void realInstancesHaveNoTieThatMatters() {
    for (String file : List.of(PabulibFiles.DIEPPE, PabulibFiles.TOULOUSE, PabulibFiles.CAMBRIDGE)) {
      BudgetingElection election = PabulibFiles.read(file);
      for (BudgetingRule rule : BudgetingRule.values()) {
        assertEquals(rule.apply(election).selectedIds(), rule.apply(election, TieBreaking.refuse()).selectedIds(),
            rule.id() + " on " + file);
      }
    }
  }
}
