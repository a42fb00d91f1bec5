package org.folkestyre.toolkit.initiative;

/** What became of a signature a {@link SignatureCollector} received. */
public enum SignatureOutcome {
  /** The person's first valid signature: it counts towards the threshold. */
  COUNTED,
  /** A further signature of a person already counted: recorded, but the person counts once. */
  DUPLICATE
}
