package org.folkestyre.core.meeting;

import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The numbers of a vote — Popolo's {@code Count}s: votes for, against and blank.
 *
 * <p>Votes cast ({@link #cast()}) are those for and against; blank votes are not cast votes when a
 * majority is computed. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VoteCount {
  VoteCount() {}

  /**
   * Returns the number of votes for.
   *
   * @return the votes for, 0 or more
   */
  public abstract int inFavour();

  /**
   * Returns the number of votes against.
   *
   * @return the votes against, 0 or more
   */
  public abstract int against();

  /**
   * Returns the number of blank votes.
   *
   * @return the blank votes, 0 or more
   */
  public abstract int blank();

  /**
   * Obtains a count.
   *
   * @param inFavour the votes for
   * @param against the votes against
   * @param blank the blank votes
   * @return the count
   * @throws InvalidValueException if a number is negative
   */
  public static VoteCount of(int inFavour, int against, int blank) {
    return ImmutableVoteCount.builder().inFavour(inFavour).against(against).blank(blank).build();
  }

  /**
   * Returns the votes cast: for and against.
   *
   * @return the number of votes cast
   */
  public int cast() {
    return inFavour() + against();
  }

  /**
   * Returns everyone who voted: for, against and blank.
   *
   * @return the number of voters
   */
  public int total() {
    return inFavour() + against() + blank();
  }

  /**
   * Returns whether the votes for and against are equal.
   *
   * @return true on a tie
   */
  public boolean isTie() {
    return inFavour() == against();
  }

  /**
   * Returns whether more voted for than against: a majority of the votes cast.
   *
   * @return true if the motion has a majority
   */
  public boolean hasMajority() {
    return inFavour() > against();
  }

  @Value.Check
  void check() {
    if (inFavour() < 0 || against() < 0 || blank() < 0) {
      throw new InvalidValueException("vote.counts", this, "must not be negative");
    }
  }

  @Override
  public String toString() {
    return inFavour() + "–" + against() + (blank() > 0 ? " (" + blank() + " blank)" : "");
  }
}
