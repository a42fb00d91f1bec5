package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown by {@link TieBreaking#refuse()} when a rule meets a tie that decides the outcome: the
 * caller must choose a tie-breaking rule (or draw a lot) and compute again.
 */
public final class UnresolvedTieException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The ids of the tied projects. */
  private final ImmutableList<String> projectIds;

  /**
   * Creates an exception for a tie between projects.
   *
   * @param projectIds the ids of the tied projects, at least two
   */
  public UnresolvedTieException(List<String> projectIds) {
    super("Tie between projects " + String.join(", ", projectIds) + ": choose a tie-breaking rule");
    this.projectIds = ImmutableList.copyOf(projectIds);
  }

  /**
   * Returns the ids of the tied projects.
   *
   * @return the ids, in project order
   */
  public ImmutableList<String> projectIds() {
    return projectIds;
  }
}
