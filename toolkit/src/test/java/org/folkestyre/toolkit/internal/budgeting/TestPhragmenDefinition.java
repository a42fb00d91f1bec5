package org.folkestyre.toolkit.internal.budgeting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.budgeting.Project;
import org.folkestyre.toolkit.budgeting.TieBreaking;
import org.folkestyre.toolkit.testing.BudgetingGenerators;
import org.junit.jupiter.api.Test;

/**
 * Sequential Phragmén as the library runs it (load classes, loads bounded in floating point and
 * computed exactly only when close) against the rule written out plainly from its definition:
 * every distinct ballot keeps its own exact load, every candidate's new load is recomputed in
 * every round, and the rule stops at the first round whose smallest load belongs to a project
 * that no longer fits.
 */
class TestPhragmenDefinition {
  @Test
  void selectsWhatTheDefinitionSelects() {
    PropertyCheck.forAll("Phragmén = its definition", 12L, 600, 12, BudgetingGenerators.approvalElections(), e -> {
      ApprovalProfile profile = ApprovalProfile.of(e);
      boolean[] expected = byDefinition(profile);
      assertArrayEquals(expected, Phragmen.run(profile, TieBreaking.lexicographic(), null));
      assertArrayEquals(expected, Phragmen.run(profile, TieBreaking.lexicographic(), new ArrayList<>()));
    });
  }

  private static boolean[] byDefinition(ApprovalProfile profile) {
    int m = profile.projectCount;
    Rational[] load = new Rational[profile.ballots.length];
    Arrays.fill(load, Rational.ZERO);
    boolean[] selected = new boolean[m];
    Rational left = profile.budget;
    while (true) {
      Rational best = null;
      List<Integer> tied = new ArrayList<>();
      for (int p = 0; p < m; p++) {
        if (selected[p] || profile.approvals[p] == 0 || profile.cost[p].compareTo(profile.budget) > 0) {
          continue;
        }
        Rational sum = profile.cost[p];
        for (int j : profile.supporters[p]) {
          sum = sum.plus(load[j].times(profile.weight[j]));
        }
        Rational newLoad = sum.dividedBy(profile.approvals[p]);
        int c = best == null ? -1 : newLoad.compareTo(best);
        if (c < 0) {
          best = newLoad;
          tied.clear();
        }
        if (c <= 0) {
          tied.add(p);
        }
      }
      if (best == null) {
        return selected;
      }
      for (int p : tied) {
        if (profile.cost[p].compareTo(left) > 0) {
          return selected;
        }
      }
      int chosen = tied.get(0);
      if (tied.size() > 1) {
        List<Project> projects = tied.stream().map(profile.projects::get).toList();
        chosen = tied.get(projects.indexOf(TieBreaking.lexicographic().choose(projects, profile::approvalsOf)));
      }
      selected[chosen] = true;
      left = left.minus(profile.cost[chosen]);
      for (int j : profile.supporters[chosen]) {
        load[j] = best;
      }
    }
  }
}
