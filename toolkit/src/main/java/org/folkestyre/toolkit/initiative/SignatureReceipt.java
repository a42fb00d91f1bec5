package org.folkestyre.toolkit.initiative;

import org.immutables.value.Value;

/**
 * The answer to a signature received by a {@link SignatureCollector}: whether it counted or was a
 * duplicate, where it was recorded, and the support counted after it. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class SignatureReceipt {
  SignatureReceipt() {}

  /**
   * Returns the signature received.
   *
   * @return the signature
   */
  @Value.Parameter
  public abstract Signature signature();

  /**
   * Returns what became of it.
   *
   * @return the outcome
   */
  @Value.Parameter
  public abstract SignatureOutcome outcome();

  /**
   * Returns its position in the initiative's signatures, 0-based.
   *
   * @return the position
   */
  @Value.Parameter
  public abstract int position();

  /**
   * Returns the number of distinct persons counted after this signature.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long counted();

  static SignatureReceipt of(Signature signature, SignatureOutcome outcome, int position, long counted) {
    return ImmutableSignatureReceipt.of(signature, outcome, position, counted);
  }

  @Override
  public String toString() {
    return outcome() + " #" + position() + " (" + counted() + " counted)";
  }
}
