package org.folkestyre.toolkit.internal.budgeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.folkestyre.toolkit.budgeting.BudgetingStep;
import org.folkestyre.toolkit.budgeting.StepKind;
import org.folkestyre.toolkit.budgeting.TieBreaking;

/**
 * Sequential Phragmén for approval ballots, in exact arithmetic.
 *
 * <p>Every voter carries a load, at first 0. Buying a project spreads its cost over its supporters
 * so that they all end with the same load, {@code (Σ loads + cost) / supporters}; the project that
 * gives the smallest such load is bought next. The rule stops at the first round whose smallest
 * load belongs to a project that no longer fits into the budget: it never skips. Voters with equal
 * loads are kept in one load class.
 */
final class Phragmen {
  private Phragmen() {}

  static boolean[] run(ApprovalProfile profile, TieBreaking tieBreaking, List<BudgetingStep> steps) {
    int m = profile.projectCount;
    boolean[] selected = new boolean[m];
    List<Rational> classLoad = new ArrayList<>();
    Map<Rational, Integer> classByLoad = new HashMap<>();
    classLoad.add(Rational.ZERO);
    classByLoad.put(Rational.ZERO, 0);
    int[] classOf = new int[profile.ballots.length];
    long[] classWeight = new long[16];
    int[] touched = new int[profile.ballots.length];
    Rational left = profile.budget;
    List<Integer> candidates = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      if (profile.cost[p].compareTo(profile.budget) <= 0) {
        candidates.add(p);
      } else if (steps != null) {
        steps.add(BudgetingStep.of(StepKind.NOT_A_CANDIDATE, profile.id(p), "costs " + profile.projects.get(p).cost()
            + ", more than the whole budget " + profile.electionBudget));
      }
    }
    while (!candidates.isEmpty()) {
      Rational best = null;
      List<Integer> tied = new ArrayList<>();
      for (int p : candidates) {
        if (profile.approvals[p] == 0) {
          continue;
        }
        if (classWeight.length < classLoad.size()) {
          classWeight = Arrays.copyOf(classWeight, classLoad.size() * 2);
        }
        int count = 0;
        for (int j : profile.supporters[p]) {
          int c = classOf[j];
          if (classWeight[c] == 0) {
            touched[count++] = c;
          }
          classWeight[c] += profile.weight[j];
        }
        Rational sum = profile.cost[p];
        for (int i = 0; i < count; i++) {
          int c = touched[i];
          sum = sum.plus(classLoad.get(c).times(classWeight[c]));
          classWeight[c] = 0;
        }
        Rational load = sum.dividedBy(profile.approvals[p]);
        int c = best == null ? -1 : load.compareTo(best);
        if (c < 0) {
          best = load;
          tied.clear();
          tied.add(p);
        } else if (c == 0) {
          tied.add(p);
        }
      }
      if (best == null) {
        if (steps != null) {
          steps.add(BudgetingStep.of(StepKind.STOPPED, "no remaining project has a supporter"));
        }
        break;
      }
      Rational remaining = left;
      List<Integer> tooExpensive = tied.stream().filter(p -> profile.cost[p].compareTo(remaining) > 0).toList();
      if (!tooExpensive.isEmpty()) {
        if (steps != null) {
          for (int p : tooExpensive) {
            steps.add(BudgetingStep.of(StepKind.STOPPED, profile.id(p), "gives the smallest load " + Money.text(best)
                + " but costs " + profile.projects.get(p).cost() + ", more than the " + Money.text(left)
                + " left; sequential Phragmén stops here"));
          }
        }
        break;
      }
      int chosen = Ties.choose(profile, tieBreaking, tied, "load", steps);
      selected[chosen] = true;
      left = left.minus(profile.cost[chosen]);
      candidates.remove(Integer.valueOf(chosen));
      Integer to = classByLoad.get(best);
      if (to == null) {
        to = classLoad.size();
        classLoad.add(best);
        classByLoad.put(best, to);
      }
      for (int j : profile.supporters[chosen]) {
        classOf[j] = to;
      }
      if (steps != null) {
        steps.add(BudgetingStep.of(StepKind.SELECTED, profile.id(chosen), "smallest load: its "
            + profile.approvals[chosen] + " supporters end with a load of " + Money.text(best) + " each; "
            + Money.text(left) + " of the budget left"));
      }
    }
    return selected;
  }
}
