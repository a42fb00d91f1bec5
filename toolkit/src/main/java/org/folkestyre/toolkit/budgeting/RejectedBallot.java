package org.folkestyre.toolkit.budgeting;

import org.folkestyre.toolkit.identity.IdentityScheme;
import org.immutables.value.Value;

/**
 * A submission a {@link BallotBox} rejected, kept with its receipt — avvist stemmeseddel (NO),
 * afvist stemmeseddel (DK). Nothing submitted is dropped: a rejected ballot stays on record, without
 * the person it came from. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RejectedBallot {
  RejectedBallot() {}

  /**
   * Returns the receipt the voter was given, with the reasons.
   *
   * @return the receipt
   */
  @Value.Parameter
  public abstract BallotReceipt receipt();

  /**
   * Returns how the person who submitted it was identified.
   *
   * @return the scheme
   */
  @Value.Parameter
  public abstract IdentityScheme scheme();

  /**
   * Returns what was submitted, as it was.
   *
   * @return the submission
   */
  @Value.Parameter
  public abstract BallotSubmission submission();

  static RejectedBallot of(BallotReceipt receipt, IdentityScheme scheme, BallotSubmission submission) {
    return ImmutableRejectedBallot.of(receipt, scheme, submission);
  }
}
