package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * What a {@link BallotBox} answers a submission with — kvittering (NO), kvittering (DK): its number,
 * when it was received, and accepted or rejected with every reason.
 *
 * <p>A receipt names neither the person nor the ballot's content, so it may be shown, stored or
 * logged by the embedding system. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BallotReceipt {
  BallotReceipt() {}

  /**
   * Returns the receipt's number: the position of the submission among all the box received.
   *
   * @return the number, from 1
   */
  public abstract long number();

  /**
   * Returns when the box received the submission, by its clock.
   *
   * @return the instant
   */
  public abstract Instant receivedAt();

  /**
   * Returns why the ballot was rejected.
   *
   * @return the reasons; empty exactly when the ballot was accepted
   */
  public abstract ImmutableList<BallotRejection> rejections();

  /**
   * Returns whether the ballot was accepted and counts.
   *
   * @return true if accepted
   */
  public boolean isAccepted() {
    return rejections().isEmpty();
  }

  /**
   * Returns whether the ballot was rejected for a reason.
   *
   * @param code the reason
   * @return true if one of the rejections has the code
   */
  public boolean isRejectedFor(RejectionCode code) {
    return rejections().stream().anyMatch(r -> r.code() == code);
  }

  static BallotReceipt of(long number, Instant receivedAt, Iterable<BallotRejection> rejections) {
    return ImmutableBallotReceipt.builder().number(number).receivedAt(receivedAt).rejections(rejections).build();
  }

  @Value.Check
  void check() {
    if (number() < 1) {
      throw new InvalidValueException("receipt.number", number(), "must be 1 or more");
    }
  }

  @Override
  public String toString() {
    return "receipt " + number() + (isAccepted() ? " accepted" : " rejected " + rejections());
  }
}
