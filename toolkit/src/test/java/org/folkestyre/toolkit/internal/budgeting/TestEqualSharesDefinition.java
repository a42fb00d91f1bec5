package org.folkestyre.toolkit.internal.budgeting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.budgeting.Project;
import org.folkestyre.toolkit.budgeting.TieBreaking;
import org.folkestyre.toolkit.testing.BudgetingGenerators;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Equal Shares as the library runs it (comparisons decided in floating point with error bounds,
 * payments computed exactly only when a comparison is too close to call, budget classes, a lazy
 * scan of the candidates) against the method as defined, written out plainly in exact arithmetic:
 * every distinct ballot keeps its own budget, every candidate's ρ is recomputed in every round.
 */
class TestEqualSharesDefinition {
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void selectsWhatTheDefinitionSelects(boolean costUtility) {
    PropertyCheck.forAll("MES = its definition", 11L, 400, 12, BudgetingGenerators.approvalElections(), e -> {
      ApprovalProfile profile = ApprovalProfile.of(e);
      Rational share = profile.voters == 0 ? profile.budget : profile.budget.dividedBy(profile.voters);
      // The raises of Add1, and fractions of a unit, which make budgets that differ in the last digits.
      for (Rational perVoter : new Rational[] {share, share.plus(Rational.ONE), share.plus(Rational.of(7)),
          share.plus(Rational.ONE.dividedBy(3)), share.times(2).dividedBy(3)}) {
        boolean[] expected = byDefinition(profile, costUtility, perVoter);
        for (boolean recordSteps : new boolean[] {false, true}) {
          EqualShares.Run run = EqualShares.run(profile, costUtility, perVoter, TieBreaking.lexicographic(),
              recordSteps ? new ArrayList<>() : null);
          assertArrayEquals(expected, run.selected, "per voter " + perVoter + (recordSteps ? ", steps recorded" : ""));
          assertEquals(cost(profile, expected), run.totalCost, "per voter " + perVoter);
        }
      }
    });
  }

  private static boolean[] byDefinition(ApprovalProfile profile, boolean costUtility, Rational perVoter) {
    int m = profile.projectCount;
    Rational[] budget = new Rational[profile.ballots.length];
    Arrays.fill(budget, perVoter);
    boolean[] selected = new boolean[m];
    boolean[] out = new boolean[m];
    for (int p = 0; p < m; p++) {
      if (profile.approvals[p] == 0) {
        out[p] = true;
      } else if (profile.zeroCost[p]) {
        selected[p] = true;
        out[p] = true;
      }
    }
    while (true) {
      Rational best = null;
      Rational bestPayment = null;
      List<Integer> tied = new ArrayList<>();
      List<Rational> tiedPayments = new ArrayList<>();
      for (int p = 0; p < m; p++) {
        if (out[p]) {
          continue;
        }
        Rational q = payment(profile, budget, p);
        if (q == null) {
          out[p] = true;
          continue;
        }
        Rational rho = costUtility ? q.dividedBy(profile.cost[p]) : q;
        int c = best == null ? -1 : rho.compareTo(best);
        if (c < 0) {
          best = rho;
          tied.clear();
          tiedPayments.clear();
        }
        if (c <= 0) {
          tied.add(p);
          tiedPayments.add(q);
        }
      }
      if (tied.isEmpty()) {
        return selected;
      }
      int chosenAt = 0;
      if (tied.size() > 1) {
        List<Project> projects = tied.stream().map(profile.projects::get).toList();
        Project chosen = TieBreaking.lexicographic().choose(projects, profile::approvalsOf);
        chosenAt = projects.indexOf(chosen);
      }
      int chosen = tied.get(chosenAt);
      bestPayment = tiedPayments.get(chosenAt);
      for (int j : profile.supporters[chosen]) {
        budget[j] = budget[j].minus(budget[j].min(bestPayment));
      }
      selected[chosen] = true;
      out[chosen] = true;
    }
  }

  /** The largest payment q such that the supporters, each paying min(budget, q), pay the cost; or null. */
  private static Rational payment(ApprovalProfile profile, Rational[] budget, int p) {
    Integer[] supporters = Arrays.stream(profile.supporters[p]).boxed().toArray(Integer[]::new);
    Arrays.sort(supporters, Comparator.comparing(j -> budget[j]));
    Rational remaining = profile.cost[p];
    long voters = profile.approvals[p];
    for (int j : supporters) {
      if (remaining.compareTo(budget[j].times(voters)) <= 0) {
        return remaining.dividedBy(voters);
      }
      remaining = remaining.minus(budget[j].times(profile.weight[j]));
      voters -= profile.weight[j];
    }
    return null;
  }

  private static Rational cost(ApprovalProfile profile, boolean[] selected) {
    Rational total = Rational.ZERO;
    for (int p = 0; p < selected.length; p++) {
      if (selected[p]) {
        total = total.plus(profile.cost[p]);
      }
    }
    return total;
  }
}
