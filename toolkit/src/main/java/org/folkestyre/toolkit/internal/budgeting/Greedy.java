package org.folkestyre.toolkit.internal.budgeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.folkestyre.toolkit.budgeting.BudgetingStep;
import org.folkestyre.toolkit.budgeting.StepKind;
import org.folkestyre.toolkit.budgeting.TieBreaking;

/**
 * Greedy utilitarian selection with cost utilities: projects in decreasing approval count, each
 * added when it fits into what is left of the budget, skipped otherwise.
 *
 * <p>A supported project that costs nothing comes first; projects with equal approval counts are
 * ordered by the tie-breaking rule among those that still fit, which for lexicographic tie-breaking
 * is the same as walking them in increasing id order and skipping those that do not fit.
 */
final class Greedy {
  private Greedy() {}

  /**
   * Completes a selection greedily.
   *
   * @param selected the projects already selected; updated in place
   * @param steps where to record the steps, or null
   */
  static void complete(ApprovalProfile profile, boolean[] selected, TieBreaking tieBreaking, List<BudgetingStep> steps) {
    int m = profile.projectCount;
    Rational left = profile.budget;
    for (int p = 0; p < m; p++) {
      if (selected[p]) {
        left = left.minus(profile.cost[p]);
      }
    }
    Integer[] order = new Integer[m];
    for (int p = 0; p < m; p++) {
      order[p] = p;
    }
    Arrays.sort(order, (a, b) -> {
      int c = Integer.compare(rank(profile, b), rank(profile, a));
      return c != 0 ? c : Long.compare(profile.approvals[b], profile.approvals[a]);
    });
    int i = 0;
    while (i < m) {
      int end = i + 1;
      while (end < m && sameDensity(profile, order[i], order[end])) {
        end++;
      }
      List<Integer> group = new ArrayList<>();
      for (int k = i; k < end; k++) {
        if (!selected[order[k]]) {
          group.add(order[k]);
        }
      }
      group.sort(null);
      while (!group.isEmpty()) {
        List<Integer> fitting = new ArrayList<>();
        for (int p : group) {
          if (profile.cost[p].compareTo(left) <= 0) {
            fitting.add(p);
          } else if (steps != null) {
            steps.add(BudgetingStep.of(StepKind.SKIPPED, profile.id(p), "costs " + profile.projects.get(p).cost()
                + ", more than the " + Money.text(left) + " left of the budget (" + profile.approvals[p]
                + " approvals)"));
          }
        }
        if (fitting.isEmpty()) {
          break;
        }
        Rational together = Rational.ZERO;
        for (int p : fitting) {
          together = together.plus(profile.cost[p]);
        }
        if (together.compareTo(left) <= 0) {
          // All of them fit: the order among them does not matter, so there is no tie to break.
          for (int p : fitting) {
            selected[p] = true;
            left = left.minus(profile.cost[p]);
            if (steps != null) {
              steps.add(BudgetingStep.of(StepKind.SELECTED, profile.id(p), profile.approvals[p]
                  + " approvals, costs " + profile.projects.get(p).cost() + "; " + Money.text(left)
                  + " of the budget left"));
            }
          }
          break;
        }
        int chosen = Ties.choose(profile, tieBreaking, fitting, "approval count", steps);
        selected[chosen] = true;
        left = left.minus(profile.cost[chosen]);
        if (steps != null) {
          steps.add(BudgetingStep.of(StepKind.SELECTED, profile.id(chosen), profile.approvals[chosen]
              + " approvals, costs " + profile.projects.get(chosen).cost() + "; " + Money.text(left)
              + " of the budget left"));
        }
        fitting.remove(Integer.valueOf(chosen));
        group = fitting;
      }
      i = end;
    }
  }

  /** 2 for a supported project that costs nothing (infinite density), 1 otherwise. */
  private static int rank(ApprovalProfile profile, int p) {
    return profile.zeroCost[p] && profile.approvals[p] > 0 ? 2 : 1;
  }

  private static boolean sameDensity(ApprovalProfile profile, int a, int b) {
    return rank(profile, a) == rank(profile, b) && profile.approvals[a] == profile.approvals[b];
  }
}
