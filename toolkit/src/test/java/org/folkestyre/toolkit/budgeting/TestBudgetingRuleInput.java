package org.folkestyre.toolkit.budgeting;

import static org.folkestyre.toolkit.budgeting.Fixtures.drammen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the rules accept, and that applying them again, to the same election or a copy, changes nothing. */
class TestBudgetingRuleInput {
  @ParameterizedTest
  @EnumSource(BudgetingRule.class)
  void pointBallotsAreRefusedEveryTimeWithTheFieldNamed(BudgetingRule rule) {
    BudgetingElection cumulative = drammen(BallotType.CUMULATIVE).build();
    for (int call = 0; call < 2; call++) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> rule.apply(cumulative));
      assertTrue(e.getMessage().contains("election.ballotType"), e.getMessage());
      assertTrue(e.getMessage().contains("approval ballots"), e.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(BudgetingRule.class)
  void applyingAgainOrToACopyGivesTheSameOutcome(BudgetingRule rule) {
    BudgetingElection election = PabulibFiles.read(PabulibFiles.CAMBRIDGE);
    BudgetingOutcome first = rule.apply(election);
    assertEquals(first, rule.apply(election));
    BudgetingElection copy = BudgetingElection.builder().from(election).build();
    assertNotSame(election, copy);
    assertEquals(first, rule.apply(copy));
  }

  @Test
  void electionsThatDifferOnlyInTheirBallotsGetTheirOwnOutcomes() {
    BudgetingElection election = PabulibFiles.read(PabulibFiles.DIEPPE);
    BudgetingElection fewer = BudgetingElection.builder().from(election)
        .ballots(election.ballots().subList(0, election.ballots().size() / 3)).build();
    boolean anyDiffers = false;
    for (BudgetingRule rule : BudgetingRule.values()) {
      BudgetingOutcome all = rule.apply(election);
      BudgetingOutcome third = rule.apply(fewer);
      BudgetingOutcome again = rule.apply(BudgetingElection.builder().from(fewer).build());
      assertEquals(third, again, rule.id());
      assertEquals(all, rule.apply(election), rule.id());
      anyDiffers |= !all.selectedIds().equals(third.selectedIds());
    }
    assertTrue(anyDiffers, "a third of Dieppe's ballots selects other projects under some rule");
  }
}
