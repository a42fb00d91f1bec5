package org.folkestyre.toolkit.budgeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.testing.BudgetingGenerators;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestBudgetingRuleProperties {
  private static final int TRIES = 250;
  private static final int SIZE = 10;

  @ParameterizedTest
  @EnumSource(BudgetingRule.class)
  void neverSpendsMoreThanTheBudget(BudgetingRule rule) {
    PropertyCheck.forAll(rule.id() + " stays within the budget", 1L, TRIES, SIZE, BudgetingGenerators.approvalElections(),
        e -> {
          Amount total = Amount.ZERO;
          for (Project p : rule.apply(e).selected()) {
            total = total.plus(p.cost());
          }
          assertTrue(total.compareTo(e.budget()) <= 0, total + " > " + e.budget());
        });
  }

  @ParameterizedTest
  @EnumSource(value = BudgetingRule.class, names = {"GREEDY", "MES_GREEDY", "MES_INCREASE_GREEDY"})
  void greedyCompletionsAreExhaustive(BudgetingRule rule) {
    PropertyCheck.forAll(rule.id() + " leaves no project that still fits", 2L, TRIES, SIZE,
        BudgetingGenerators.approvalElections(), e -> {
          BudgetingOutcome o = rule.apply(e);
          Amount left = e.budget().minus(o.totalCost());
          for (Project p : e.projects()) {
            assertTrue(o.selected().contains(p) || p.cost().compareTo(left) > 0, p.id() + " still fits into " + left);
          }
        });
  }

  @ParameterizedTest
  @EnumSource(BudgetingRule.class)
  void theOrderOfTheBallotsDoesNotMatter(BudgetingRule rule) {
    PropertyCheck.forAll(rule.id() + " ignores ballot order", 3L, TRIES, SIZE, BudgetingGenerators.approvalElections(),
        e -> {
          List<Ballot> shuffled = new ArrayList<>(e.ballots());
          Collections.shuffle(shuffled, new Random(e.ballots().size()));
          BudgetingElection permuted = BudgetingElection.builder().from(e).ballots(shuffled).build();
          assertEquals(rule.apply(e).selectedIds(), rule.apply(permuted).selectedIds());
        });
  }

  @ParameterizedTest
  @EnumSource(value = BudgetingRule.class, names = {"GREEDY", "MES", "MES_GREEDY", "PHRAGMEN", "MES_APPROVAL"})
  void castingEveryBallotTwiceDoesNotMatter(BudgetingRule rule) {
    PropertyCheck.forAll(rule.id() + " is scale-invariant", 4L, TRIES, SIZE, BudgetingGenerators.approvalElections(),
        e -> {
          BudgetingElection.Builder doubled = BudgetingElection.builder().from(e).ballots(List.of());
          for (Ballot b : e.ballots()) {
            doubled.addBallot(b);
            doubled.addBallot(Ballot.builder().from(b).voter(Voter.of(b.voter().id() + "-twin")).build());
          }
          assertEquals(rule.apply(e).selectedIds(), rule.apply(doubled.build()).selectedIds());
        });
  }

  @ParameterizedTest
  @EnumSource(BudgetingRule.class)
  void renamingProjectsInTheSameOrderDoesNotMatter(BudgetingRule rule) {
    PropertyCheck.forAll(rule.id() + " depends on the order of ids, not their spelling", 5L, TRIES, SIZE,
        BudgetingGenerators.approvalElections(), e -> {
          List<String> sorted = e.projects().stream().map(Project::id).sorted().toList();
          Map<String, String> rename = new HashMap<>();
          for (int i = 0; i < sorted.size(); i++) {
            rename.put(sorted.get(i), String.format("P-%03d", i));
          }
          BudgetingElection.Builder renamed = BudgetingElection.builder().from(e).projects(List.of()).ballots(List.of());
          e.projects().forEach(p -> renamed.addProject(Project.builder().from(p).id(rename.get(p.id())).build()));
          e.ballots().forEach(b -> renamed.addBallot(Ballot.builder().from(b)
              .projectIds(b.projectIds().stream().map(rename::get).toList()).build()));
          List<String> expected = rule.apply(e).selectedIds().stream().map(rename::get).toList();
          assertEquals(expected, rule.apply(renamed.build()).selectedIds());
        });
  }

  @ParameterizedTest
  @EnumSource(value = BudgetingRule.class, names = {"MES", "MES_INCREASE"})
  void completionOnlyAdds(BudgetingRule rule) {
    BudgetingRule completed = rule == BudgetingRule.MES ? BudgetingRule.MES_GREEDY : BudgetingRule.MES_INCREASE_GREEDY;
    PropertyCheck.forAll(rule.id() + " ⊆ " + completed.id(), 6L, TRIES, SIZE, BudgetingGenerators.approvalElections(),
        e -> {
          Set<String> base = new HashSet<>(rule.apply(e).selectedIds());
          assertTrue(completed.apply(e).selectedIds().containsAll(base));
        });
  }

  @ParameterizedTest
  @EnumSource(BudgetingRule.class)
  void everySelectionIsExplained(BudgetingRule rule) {
    PropertyCheck.forAll(rule.id() + " explains each selection", 8L, TRIES, SIZE, BudgetingGenerators.approvalElections(),
        e -> {
          BudgetingOutcome o = rule.apply(e);
          Set<String> explained = new HashSet<>();
          o.steps().stream().filter(s -> s.kind() == StepKind.SELECTED).forEach(s -> explained.add(s.projectId().orElseThrow()));
          assertEquals(new HashSet<>(o.selectedIds()), explained);
        });
  }

  @ParameterizedTest
  @EnumSource(value = BudgetingRule.class, names = {"MES", "MES_APPROVAL"})
  void equalSharesNeverChargesAVoterMoreThanHerShare(BudgetingRule rule) {
    // With B/n per voter, a project bought by MES never costs more than its supporters' shares together.
    PropertyCheck.forAll(rule.id() + " respects the shares", 9L, TRIES, SIZE, BudgetingGenerators.approvalElections(),
        e -> {
          BudgetingOutcome o = rule.apply(e);
          for (Project p : o.selected()) {
            long supporters = e.ballots().stream().filter(b -> b.projectIds().contains(p.id())).count();
            // cost <= supporters * B / n  <=>  cost * n <= supporters * B
            assertTrue(p.cost().toBigDecimal().multiply(java.math.BigDecimal.valueOf(e.ballots().size()))
                .compareTo(e.budget().toBigDecimal().multiply(java.math.BigDecimal.valueOf(supporters))) <= 0, p.id());
          }
        });
  }
}
