package org.folkestyre.toolkit.initiative;

/** Where an initiative stands in its life, on a given date. */
public enum InitiativePhase {
  /** Signatures are being collected. */
  COLLECTING,
  /** The scheme's collection window has passed, but the initiative has not been submitted. */
  COLLECTION_CLOSED,
  /** Submitted to the council, which has not yet decided. */
  SUBMITTED,
  /** The council has decided. */
  DECIDED
}
