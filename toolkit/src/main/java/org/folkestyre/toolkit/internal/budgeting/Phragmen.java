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
 * loads are kept in one load class. Each round bounds every candidate's load in floating point
 * with a proven error and computes exactly only the loads whose bounds meet the smallest, so the
 * comparisons that decide are exact.
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
    // Each class's load within 2^-50 relative (Rational.approximate), or NaN.
    double[] classApprox = new double[16];
    double[] low = new double[m];
    boolean[] contender = new boolean[m];
    while (!candidates.isEmpty()) {
      // Each candidate's new load first as an interval from floating point with a proven error
      // bound; only the candidates whose interval meets the smallest upper bound are computed exactly.
      double bestHigh = Double.POSITIVE_INFINITY;
      for (int p : candidates) {
        contender[p] = false;
        if (profile.approvals[p] == 0) {
          continue;
        }
        double sum = profile.costApprox[p];
        int terms = 1;
        for (int j : profile.supporters[p]) {
          sum += classApprox[classOf[j]] * profile.weight[j];
          terms++;
        }
        // Every term is at least 0 and within 2^-50 of its value; each product and sum rounds by at most 2^-53.
        double error = sum * (terms + 4) * 0x1p-50;
        double perVoter = profile.approvals[p];
        double lo = (sum - error) / perVoter * (1 - 0x1p-50);
        double hi = (sum + error) / perVoter * (1 + 0x1p-50);
        if (Double.isFinite(lo) && Double.isFinite(hi)) {
          low[p] = lo;
          bestHigh = Math.min(bestHigh, hi);
        } else {
          low[p] = Double.NEGATIVE_INFINITY;
        }
        contender[p] = true;
      }
      Rational best = null;
      List<Integer> tied = new ArrayList<>();
      for (int p : candidates) {
        if (!contender[p] || low[p] > bestHigh) {
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
        if (to == classApprox.length) {
          classApprox = Arrays.copyOf(classApprox, to * 2);
        }
        classApprox[to] = best.approximate();
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
