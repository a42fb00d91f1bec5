package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableList;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A ballot of an election that breaks its rules, with every reason — ugyldig stemmeseddel (NO),
 * ugyldig stemmeseddel (DK). {@link BallotValidator#validateAll()} returns one per such ballot.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InvalidBallot {
  InvalidBallot() {}

  /**
   * Returns the ballot's position in {@link BudgetingElection#ballots()}.
   *
   * @return the index, from 0
   */
  @Value.Parameter
  public abstract int position();

  /**
   * Returns the id of the voter who cast the ballot, as recorded.
   *
   * @return the voter id
   */
  @Value.Parameter
  public abstract String voterId();

  /**
   * Returns why the ballot is invalid.
   *
   * @return the reasons, at least one
   */
  @Value.Parameter
  public abstract ImmutableList<BallotRejection> rejections();

  /**
   * Obtains an invalid ballot.
   *
   * @param position the ballot's index in the election
   * @param voterId the voter id
   * @param rejections the reasons, at least one
   * @return the invalid ballot
   */
  public static InvalidBallot of(int position, String voterId, Iterable<? extends BallotRejection> rejections) {
    return ImmutableInvalidBallot.of(position, voterId, rejections);
  }

  @Value.Check
  void check() {
    if (rejections().isEmpty()) {
      throw new InvalidValueException("invalidBallot.rejections", "[]", "an invalid ballot has at least one reason");
    }
    if (position() < 0) {
      throw new InvalidValueException("invalidBallot.position", position(), "must not be negative");
    }
  }

  @Override
  public String toString() {
    return "#" + position() + " (" + voterId() + "): " + rejections();
  }
}
