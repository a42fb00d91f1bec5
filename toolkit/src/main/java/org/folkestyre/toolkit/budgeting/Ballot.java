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
  @Value.Parameter
  public abstract Voter voter();

  /**
   * Returns the ballot's type.
   *
   * @return the type
   */
  @Value.Parameter
  public abstract BallotType type();

  /**
   * Returns the ids of the projects on the ballot, in the voter's order.
   *
   * @return the project ids, each at most once, possibly none
   */
  @Value.Parameter
  public abstract ImmutableList<String> projectIds();

  /**
   * Returns the points given to each project, in the order of {@link #projectIds()}.
   *
   * @return one number per project for cumulative and scoring ballots, otherwise none
   */
  @Value.Parameter
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
    ImmutableList<String> ids = projectIds();
    int size = ids.size();
    // A short ballot is checked for repeats pairwise, a long one with a set; either way each id is
    // checked before it is compared with those before it.
    Set<String> seen = size <= SHORT_BALLOT ? null : new HashSet<>();
    for (int i = 0; i < size; i++) {
      String id = ids.get(i);
      if (!Ids.isId(id)) {
        Ids.checkId(field() + ".projectIds", id);
      }
      if (seen == null ? indexOf(ids, id, i) >= 0 : !seen.add(id)) {
        throw new InvalidValueException(field() + ".projectIds", id, "lists the project more than once");
      }
    }
    if (type().hasPoints() && points().size() != size) {
      throw new InvalidValueException(field() + ".points", points(),
          "a " + type().id() + " ballot needs one number of points per project (" + size + ")");
    }
    if (!type().hasPoints() && !points().isEmpty()) {
      throw new InvalidValueException(field() + ".points", points(), "a " + type().id() + " ballot has no points");
    }
    if (type() == BallotType.CHOOSE_ONE && size > 1) {
      throw new InvalidValueException(field() + ".projectIds", ids, "a choose-1 ballot lists at most one project");
    }
  }

  /** The length up to which repeated projects are found pairwise. */
  private static final int SHORT_BALLOT = 16;

  private static int indexOf(ImmutableList<String> ids, String id, int before) {
    for (int j = 0; j < before; j++) {
      if (ids.get(j).equals(id)) {
        return j;
      }
    }
    return -1;
  }

  /** The name of the ballot in messages. */
  private String field() {
    return "ballot[" + voter().id() + "]";
  }

  /** The construction path that keeps immutable lists, validated as the builder validates. */
  static Ballot create(Voter voter, BallotType type, ImmutableList<String> projectIds, ImmutableList<Long> points) {
    return ImmutableBallot.of(voter, type, projectIds, points);
  }

  /** Builds a {@link Ballot}. */
  public static final class Builder extends ImmutableBallot.Builder {
    Builder() {}
  }
}
