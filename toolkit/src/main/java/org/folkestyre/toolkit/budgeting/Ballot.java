package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One voter's ballot in a participatory-budgeting election — stemmeseddel.
 *
 * <p>The ballot lists project ids in the voter's order: for an {@link BallotType#ORDINAL ordinal}
 * ballot best first, otherwise as cast. {@link BallotType#CUMULATIVE Cumulative} and {@link
 * BallotType#SCORING scoring} ballots carry one number of points per project, in the same order.
 * An empty ballot is a ballot: the voter took part and chose nothing.
 *
 * <p>Structural invariants are checked when it is built: no project twice, points exactly when the
 * type has them, at most one project on a {@link BallotType#CHOOSE_ONE} ballot. Whether the ballot
 * keeps the election's {@link BallotConstraints} is for validation. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Ballot {
  Ballot() {}

  /**
   * Returns the voter who cast the ballot.
   *
   * @return the voter
   */
  public abstract Voter voter();

  /**
   * Returns the ballot's type.
   *
   * @return the type
   */
  public abstract BallotType type();

  /**
   * Returns the ids of the projects on the ballot, in the voter's order.
   *
   * @return the project ids, each at most once, possibly none
   */
  public abstract ImmutableList<String> projectIds();

  /**
   * Returns the points given to each project, in the order of {@link #projectIds()}.
   *
   * @return one number per project for cumulative and scoring ballots, otherwise none
   */
  public abstract ImmutableList<Long> points();

  /**
   * Returns the points per project id.
   *
   * @return the points in ballot order; empty unless the type has points
   */
  @Value.Lazy
  public ImmutableMap<String, Long> pointsByProject() {
    ImmutableMap.Builder<String, Long> map = ImmutableMap.builder();
    for (int i = 0; i < points().size(); i++) {
      map.put(projectIds().get(i), points().get(i));
    }
    return map.build();
  }

  /**
   * Obtains an approval ballot.
   *
   * @param voter the voter
   * @param projectIds the approved projects
   * @return the ballot
   * @throws InvalidValueException if a project is listed twice
   */
  public static Ballot approval(Voter voter, Iterable<String> projectIds) {
    return builder().voter(voter).type(BallotType.APPROVAL).addAllProjectIds(projectIds).build();
  }

  /**
   * Obtains an ordinal ballot.
   *
   * @param voter the voter
   * @param ranking the projects, best first
   * @return the ballot
   * @throws InvalidValueException if a project is listed twice
   */
  public static Ballot ordinal(Voter voter, Iterable<String> ranking) {
    return builder().voter(voter).type(BallotType.ORDINAL).addAllProjectIds(ranking).build();
  }

  /**
   * Obtains a ballot with points: cumulative or scoring.
   *
   * @param voter the voter
   * @param type {@link BallotType#CUMULATIVE} or {@link BallotType#SCORING}
   * @param points the points per project, in the voter's order
   * @return the ballot
   * @throws InvalidValueException if the type has no points
   */
  public static Ballot withPoints(Voter voter, BallotType type, Map<String, Long> points) {
    return builder().voter(voter).type(type).addAllProjectIds(points.keySet()).addAllPoints(points.values()).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    String field = "ballot[" + voter().id() + "]";
    Set<String> seen = new HashSet<>();
    for (String id : projectIds()) {
      Ids.checkId(field + ".projectIds", id);
      if (!seen.add(id)) {
        throw new InvalidValueException(field + ".projectIds", id, "lists the project more than once");
      }
    }
    if (type().hasPoints() && points().size() != projectIds().size()) {
      throw new InvalidValueException(field + ".points", points(),
          "a " + type().id() + " ballot needs one number of points per project (" + projectIds().size() + ")");
    }
    if (!type().hasPoints() && !points().isEmpty()) {
      throw new InvalidValueException(field + ".points", points(), "a " + type().id() + " ballot has no points");
    }
    if (type() == BallotType.CHOOSE_ONE && projectIds().size() > 1) {
      throw new InvalidValueException(field + ".projectIds", projectIds(), "a choose-1 ballot lists at most one project");
    }
  }

  /** Builds a {@link Ballot}. */
  public static final class Builder extends ImmutableBallot.Builder {
    Builder() {}
  }
}
