package org.folkestyre.toolkit.internal.budgeting;

import java.util.ArrayList;
import java.util.List;
import org.folkestyre.toolkit.budgeting.BudgetingStep;
import org.folkestyre.toolkit.budgeting.Project;
import org.folkestyre.toolkit.budgeting.StepKind;
import org.folkestyre.toolkit.budgeting.TieBreaking;

/** Asks a tie-breaking rule to choose among tied projects and records the choice. */
final class Ties {
  private Ties() {}

  /**
   * Chooses one of the tied projects.
   *
   * @param tied project indices in increasing order, at least one
   * @param steps where to record the tie, or null
   */
  static int choose(ApprovalProfile profile, TieBreaking tieBreaking, List<Integer> tied, String measure,
      List<BudgetingStep> steps) {
    if (tied.size() == 1) {
      return tied.get(0);
    }
    List<Project> projects = new ArrayList<>(tied.size());
    for (int p : tied) {
      projects.add(profile.projects.get(p));
    }
    Project chosen = tieBreaking.choose(List.copyOf(projects), profile::approvalsOf);
    int at = projects.indexOf(chosen);
    if (at < 0) {
      throw new IllegalStateException("The tie-breaking rule chose " + chosen.id() + ", which is not one of the tied projects");
    }
    int index = tied.get(at);
    if (steps != null) {
      steps.add(BudgetingStep.of(StepKind.TIE_BROKEN, chosen.id(), "tie between "
          + String.join(", ", projects.stream().map(Project::id).toList()) + " (equal " + measure
          + "); the tie-breaking rule chose " + chosen.id()));
    }
    return index;
  }
}
