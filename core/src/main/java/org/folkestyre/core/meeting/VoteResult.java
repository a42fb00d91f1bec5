package org.folkestyre.core.meeting;

import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The result of a vote — Popolo's {@code VoteEvent.result}: adopted or rejected, and why.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VoteResult {
  /** Whether the motion passed — Popolo's {@code pass} and {@code fail}. */
  public enum Outcome {
    /** Adopted — vedtatt (NO), vedtaget (DK). */
    ADOPTED,
    /** Rejected — falt (NO), faldet (DK). */
    REJECTED
  }

  /** Why the vote ended as it did. */
  public enum Reason {
    /** More votes for than against, or the reverse. */
    MAJORITY,
    /** A tie broken by the chair's vote — møteleders dobbeltstemme (NO, kommuneloven § 11-9; not in elections). */
    CASTING_VOTE,
    /** A tie, so the motion falls — stemmelighed (DK, styrelsesloven § 11). */
    TIE_FALLS,
    /** A tie in an election decided by lot — loddtrekning (NO, kommuneloven § 7-8). */
    LOT
  }

  VoteResult() {}

  /**
   * Returns whether the motion was adopted.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * Returns why.
   *
   * @return the reason
   */
  public abstract Reason reason();

  /**
   * Obtains a result.
   *
   * @param outcome the outcome
   * @param reason the reason
   * @return the result
   * @throws InvalidValueException if a falling tie is said to be adopted
   */
  public static VoteResult of(Outcome outcome, Reason reason) {
    return ImmutableVoteResult.builder().outcome(outcome).reason(reason).build();
  }

  /**
   * Obtains an adopted result.
   *
   * @param reason the reason
   * @return the result
   */
  public static VoteResult adopted(Reason reason) {
    return of(Outcome.ADOPTED, reason);
  }

  /**
   * Obtains a rejected result.
   *
   * @param reason the reason
   * @return the result
   */
  public static VoteResult rejected(Reason reason) {
    return of(Outcome.REJECTED, reason);
  }

  /**
   * Returns whether the motion was adopted.
   *
   * @return true if adopted
   */
  public boolean isAdopted() {
    return outcome() == Outcome.ADOPTED;
  }

  @Value.Check
  void check() {
    if (reason() == Reason.TIE_FALLS && outcome() == Outcome.ADOPTED) {
      throw new InvalidValueException("vote.result", this, "a motion that falls on a tie is not adopted");
    }
  }

  @Override
  public String toString() {
    return outcome() + " (" + reason() + ")";
  }
}
