package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A ballot as a voter submits it, before validation — innsendt stemmeseddel (NO), indsendt
 * stemmeseddel (DK).
 *
 * <p>Unlike a {@link Ballot}, a submission may hold anything a client sent: unknown or repeated
 * project ids, or points that do not match its choices. A {@link BallotValidator} reports each such
 * problem with its {@link RejectionCode}; nothing is corrected or dropped silently. The election
 * defines the ballot type, so a submission carries none. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BallotSubmission {
  BallotSubmission() {}

  /**
   * Returns the project ids chosen, in the voter's order, as submitted.
   *
   * @return the ids, possibly repeated or unknown, possibly none
   */
  public abstract ImmutableList<String> projectIds();

  /**
   * Returns the points, in the order of {@link #projectIds()}, for elections with points.
   *
   * @return the points, as submitted
   */
  public abstract ImmutableList<Long> points();

  /**
   * Returns the client's key for this submission, the same on every retry of it, so that a retry
   * after a lost answer gets the first receipt back instead of a {@link RejectionCode#SECOND_BALLOT}.
   *
   * <p>The key is the client's own: a random UUID drawn once per ballot is enough. It is not stored
   * with the ballot.
   *
   * @return the idempotency key: 1 to 128 characters without spaces at either end, or empty
   */
  public abstract Optional<String> idempotencyKey();

  /**
   * Obtains a submission without points: approval, choose-1 or ordinal.
   *
   * @param projectIds the chosen project ids, in the voter's order
   * @return the submission
   */
  public static BallotSubmission of(Iterable<String> projectIds) {
    return builder().addAllProjectIds(projectIds).build();
  }

  /**
   * Obtains a submission with points: cumulative or scoring.
   *
   * @param points the points per project id, in the voter's order
   * @return the submission
   */
  public static BallotSubmission withPoints(Map<String, Long> points) {
    return builder().addAllProjectIds(points.keySet()).addAllPoints(points.values()).build();
  }

  /**
   * Obtains the submission a ballot stands for, to validate a ballot read from a file.
   *
   * @param ballot the ballot
   * @return the submission with the ballot's project ids and points
   */
  public static BallotSubmission from(Ballot ballot) {
    return builder().addAllProjectIds(ballot.projectIds()).addAllPoints(ballot.points()).build();
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
    idempotencyKey().ifPresent(key -> {
      if (key.isEmpty() || key.length() > 128 || !key.strip().equals(key)) {
        throw new InvalidValueException("submission.idempotencyKey", "(" + key.length() + " characters)",
            "must be 1 to 128 characters without spaces at either end");
      }
    });
  }

  /** Builds a {@link BallotSubmission}. */
  public static final class Builder extends ImmutableBallotSubmission.Builder {
    Builder() {}
  }
}
