package org.folkestyre.toolkit.budgeting;

import java.util.Objects;
import java.util.Optional;
import org.folkestyre.toolkit.internal.budgeting.Rules;

/**
 * A rule that selects the projects to fund from approval ballots — fordelingsregel.
 *
 * <p>Each rule computes exactly what the reference implementation pabutools computes, with exact
 * rational arithmetic (no floating point in any decision) and, by default, its tie-breaking: the
 * smallest project id as a string ({@link TieBreaking#lexicographic()}). Identical ballots are
 * merged before computing, which changes nothing but the speed. The rules read {@link
 * BallotType#APPROVAL approval} and {@link BallotType#CHOOSE_ONE choose-1} ballots; other ballot
 * types are rejected.
 */
public enum BudgetingRule {
  /**
   * Greedy by approvals — the rule most cities use: projects in decreasing number of approvals,
   * each funded if it still fits into the budget, skipped otherwise.
   */
  GREEDY("greedy"),
  /**
   * The Method of Equal Shares (MES) with cost utilities: the budget is split equally among the
   * voters and a project is bought only when its supporters can pay for it from their shares,
   * cheapest per unit of utility first. Proportional, but often leaves money unspent.
   */
  MES("mes"),
  /** The Method of Equal Shares, then {@link #GREEDY} with what is left. */
  MES_GREEDY("mes-greedy"),
  /**
   * The Method of Equal Shares with the per-voter budget raised by one currency unit at a time
   * ("Add1", equalshares.net's standard completion) from the exact budget/voters, until the outcome
   * is exhaustive or the next raise would overspend the budget.
   */
  MES_INCREASE("mes-increase"),
  /** {@link #MES_INCREASE}, then {@link #GREEDY} with what is left ("Add1U"). */
  MES_INCREASE_GREEDY("mes-increase-greedy"),
  /**
   * Sequential Phragmén: buying a project spreads its cost over its supporters as loads; the
   * project that leaves the smallest maximal load is bought next, and the rule stops at the first
   * such project that no longer fits.
   */
  PHRAGMEN("phragmen"),
  /**
   * The Method of Equal Shares with approval (cardinality) utilities: every approved project is
   * worth 1 to a supporter whatever it costs.
   */
  MES_APPROVAL("mes-approval");

  private final String id;

  BudgetingRule(String id) {
    this.id = id;
  }

  /**
   * Returns the rule's id, as the command line spells it.
   *
   * @return the id, such as {@code "mes-greedy"}
   */
  public String id() {
    return id;
  }

  /**
   * Finds the rule with an id.
   *
   * @param id the id, such as {@code "mes"}
   * @return the rule, or empty
   */
  public static Optional<BudgetingRule> fromId(String id) {
    for (BudgetingRule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * Computes the outcome with the reference implementation's lexicographic tie-breaking.
   *
   * @param election the election, with approval or choose-1 ballots
   * @return the outcome
   * @throws org.folkestyre.core.InvalidValueException if the ballots are not approval ballots
   */
  public BudgetingOutcome apply(BudgetingElection election) {
    return apply(election, TieBreaking.lexicographic());
  }

  /**
   * Computes the outcome with a tie-breaking rule.
   *
   * @param election the election, with approval or choose-1 ballots
   * @param tieBreaking how to choose between exactly tied projects
   * @return the outcome
   * @throws org.folkestyre.core.InvalidValueException if the ballots are not approval ballots
   * @throws UnresolvedTieException if the tie-breaking rule refuses a tie
   */
  public BudgetingOutcome apply(BudgetingElection election, TieBreaking tieBreaking) {
    Objects.requireNonNull(election, "election");
    return Rules.apply(this, election, tieBreaking);
  }
}
