package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import org.folkestyre.core.InvalidValueException;

/**
 * How a rule chooses between projects that are exactly tied — loddtrekning/tie-breaking.
 *
 * <p>A rule calls {@link #choose} only when two or more projects are exactly equal by its own
 * measure (the same approval count in greedy, the same ρ in the Method of Equal Shares, the same
 * load in Phragmén) and the choice matters. The default, {@link #lexicographic()}, is the
 * reference implementation's (pabutools): the smallest project id compared as a string. Others:
 * {@link #refuse()} throws so that a person decides; {@link #minCostThenMaxVotes(TieBreaking)} is
 * the order equalshares.net recommends; {@link #byOrder(List)} follows a lot drawn once in advance.
 * Implementations must be deterministic and must return one of the tied projects.
 */
@FunctionalInterface
public interface TieBreaking {
  /**
   * Chooses one of the tied projects.
   *
   * @param tied the tied projects, at least two, in the election's project order
   * @param approvals the number of voters approving a project
   * @return the chosen project, one of {@code tied}
   * @throws UnresolvedTieException if the rule refuses to choose
   */
  Project choose(List<Project> tied, ToLongFunction<Project> approvals);

  /**
   * Returns the reference implementation's tie-breaking: the project whose id is smallest as a
   * string ({@code "10"} before {@code "9"}, {@code "1009"} before {@code "214"}).
   *
   * @return the lexicographic tie-breaking
   */
  static TieBreaking lexicographic() {
    return (tied, approvals) -> tied.stream().min(Comparator.comparing(Project::id)).orElseThrow();
  }

  /**
   * Returns a tie-breaking that never chooses: every tie that decides the outcome throws.
   *
   * @return the refusing tie-breaking
   */
  static TieBreaking refuse() {
    return (tied, approvals) -> {
      throw new UnresolvedTieException(tied.stream().map(Project::id).toList());
    };
  }

  /**
   * Returns the tie-breaking equalshares.net recommends: the cheapest project, then the one with the
   * most approvals, then {@code last} among those still tied.
   *
   * @param last the tie-breaking for projects equal in cost and approvals, such as {@link
   *     #byOrder(List)} with a lot drawn once before the computation
   * @return the tie-breaking
   */
  static TieBreaking minCostThenMaxVotes(TieBreaking last) {
    Objects.requireNonNull(last, "last");
    return (tied, approvals) -> {
      Amount cheapest = tied.stream().map(Project::cost).min(Comparator.naturalOrder()).orElseThrow();
      List<Project> cheap = tied.stream().filter(p -> p.cost().equals(cheapest)).toList();
      long most = cheap.stream().mapToLong(approvals).max().orElseThrow();
      List<Project> left = cheap.stream().filter(p -> approvals.applyAsLong(p) == most).toList();
      return left.size() == 1 ? left.get(0) : last.choose(left, approvals);
    };
  }

  /**
   * Returns a tie-breaking that prefers projects earlier in a given order, such as the order of a
   * lot drawn once before the computation.
   *
   * @param projectIds every project id that may be tied, most preferred first, each once
   * @return the tie-breaking; it throws {@link InvalidValueException} for a tied project not in the order
   * @throws InvalidValueException if an id is listed twice
   */
  static TieBreaking byOrder(List<String> projectIds) {
    ImmutableMap.Builder<String, Integer> builder = ImmutableMap.builder();
    for (int i = 0; i < projectIds.size(); i++) {
      builder.put(projectIds.get(i), i);
    }
    Map<String, Integer> rank;
    try {
      rank = builder.buildOrThrow();
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("projectIds", projectIds, "lists a project more than once");
    }
    return (tied, approvals) -> tied.stream().min(Comparator.comparing((Project p) -> {
      Integer r = rank.get(p.id());
      if (r == null) {
        throw new InvalidValueException("projectIds", p.id(), "the tie-breaking order does not list the tied project");
      }
      return r;
    })).orElseThrow();
  }
}
