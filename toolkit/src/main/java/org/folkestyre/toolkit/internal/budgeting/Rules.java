package org.folkestyre.toolkit.internal.budgeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.BudgetingOutcome;
import org.folkestyre.toolkit.budgeting.BudgetingRule;
import org.folkestyre.toolkit.budgeting.BudgetingStep;
import org.folkestyre.toolkit.budgeting.StepKind;
import org.folkestyre.toolkit.budgeting.TieBreaking;

/** Runs a {@link BudgetingRule} on an election. */
public final class Rules {
  private Rules() {}

  /**
   * Computes the outcome of a rule.
   *
   * @param rule the rule
   * @param election the election, with approval ballots
   * @param tieBreaking the tie-breaking rule
   * @return the outcome with its steps
   */
  public static BudgetingOutcome apply(BudgetingRule rule, BudgetingElection election, TieBreaking tieBreaking) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(tieBreaking, "tieBreaking");
    ApprovalProfile profile = ApprovalProfile.of(election);
    List<BudgetingStep> steps = new ArrayList<>();
    boolean[] selected = switch (rule) {
      case GREEDY -> greedy(profile, new boolean[profile.projectCount], tieBreaking, steps);
      case MES -> equalShares(profile, true, tieBreaking, steps);
      case MES_APPROVAL -> equalShares(profile, false, tieBreaking, steps);
      case MES_GREEDY -> completed(profile, equalShares(profile, true, tieBreaking, steps), tieBreaking, steps);
      case MES_INCREASE -> increasing(profile, tieBreaking, steps);
      case MES_INCREASE_GREEDY -> completed(profile, increasing(profile, tieBreaking, steps), tieBreaking, steps);
      case PHRAGMEN -> Phragmen.run(profile, tieBreaking, steps);
    };
    BudgetingOutcome.Builder outcome = BudgetingOutcome.builder().rule(rule).budget(election.budget()).addAllSteps(steps);
    for (int p = 0; p < profile.projectCount; p++) {
      if (selected[p]) {
        outcome.addSelected(profile.projects.get(p));
      }
    }
    return outcome.build();
  }

  private static boolean[] greedy(ApprovalProfile profile, boolean[] selected, TieBreaking tieBreaking,
      List<BudgetingStep> steps) {
    Greedy.complete(profile, selected, tieBreaking, steps);
    return selected;
  }

  private static boolean[] equalShares(ApprovalProfile profile, boolean costUtility, TieBreaking tieBreaking,
      List<BudgetingStep> steps) {
    return EqualShares.run(profile, costUtility, share(profile), tieBreaking, steps).selected;
  }

  private static Rational share(ApprovalProfile profile) {
    return profile.voters == 0 ? profile.budget : profile.budget.dividedBy(profile.voters);
  }

  /** Greedy completion, when the outcome leaves room for a project not yet selected. */
  private static boolean[] completed(ApprovalProfile profile, boolean[] selected, TieBreaking tieBreaking,
      List<BudgetingStep> steps) {
    Rational left = left(profile, selected);
    boolean room = false;
    for (int p = 0; p < profile.projectCount && !room; p++) {
      room = !selected[p] && profile.cost[p].compareTo(left) <= 0;
    }
    if (room) {
      steps.add(BudgetingStep.of(StepKind.COMPLETION, "greedy completion: " + Money.text(left)
          + " of the budget is left and some project still fits"));
      Greedy.complete(profile, selected, tieBreaking, steps);
    }
    return selected;
  }

  /**
   * The Method of Equal Shares with the per-voter budget raised by one unit at a time ("Add1"), from
   * the exact B/n, until the outcome is exhaustive or the next raise would overspend the budget.
   */
  private static boolean[] increasing(ApprovalProfile profile, TieBreaking tieBreaking, List<BudgetingStep> steps) {
    Rational start = share(profile);
    long raises = 0;
    while (true) {
      Rational perVoter = start.plus(Rational.of(raises));
      EqualShares.Run run = EqualShares.run(profile, true, perVoter, tieBreaking, null);
      if (run.totalCost.compareTo(profile.budget) > 0) {
        steps.add(BudgetingStep.of(StepKind.BUDGET_INCREASED, "with " + Money.text(perVoter)
            + " per voter the outcome would cost " + Money.text(run.totalCost) + ", more than the budget; "
            + "the outcome is the one with " + Money.text(perVoter.minus(Rational.ONE)) + " per voter ("
            + (raises - 1) + " raises of 1 from " + Money.text(start) + ")"));
        return trace(profile, perVoter.minus(Rational.ONE), tieBreaking, steps);
      }
      if (exhaustive(profile, run)) {
        steps.add(BudgetingStep.of(StepKind.BUDGET_INCREASED, "with " + Money.text(perVoter) + " per voter ("
            + raises + " raises of 1 from " + Money.text(start) + ") no supported project fits into what is left"));
        return trace(profile, perVoter, tieBreaking, steps);
      }
      raises++;
    }
  }

  private static boolean[] trace(ApprovalProfile profile, Rational perVoter, TieBreaking tieBreaking,
      List<BudgetingStep> steps) {
    return EqualShares.run(profile, true, perVoter, tieBreaking, steps).selected;
  }

  /** Whether no supported project of positive cost still fits into what the run leaves of the budget. */
  private static boolean exhaustive(ApprovalProfile profile, EqualShares.Run run) {
    Rational left = profile.budget.minus(run.totalCost);
    double leftApprox = left.approximate();
    for (int p = 0; p < profile.projectCount; p++) {
      if (run.selected[p] || profile.approvals[p] == 0 || profile.zeroCost[p]) {
        continue;
      }
      if (Rational.compare(profile.cost[p], profile.costApprox[p], left, leftApprox) <= 0) {
        return false;
      }
    }
    return true;
  }

  private static Rational left(ApprovalProfile profile, boolean[] selected) {
    Rational left = profile.budget;
    for (int p = 0; p < profile.projectCount; p++) {
      if (selected[p]) {
        left = left.minus(profile.cost[p]);
      }
    }
    return left;
  }
}
