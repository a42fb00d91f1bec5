package org.folkestyre.core.meeting;

/**
 * What a vote decides, which fixes how blank votes and ties are treated — Popolo's
 * {@code VoteEvent.classification}.
 */
public enum VoteKind {
  /** A vote on a motion — votering (NO), afstemning (DK). */
  ORDINARY,
  /** An election of persons — valg; in Norway a tie is decided by lot (kommuneloven § 7-8). */
  ELECTION,
  /** An appointment to a post — ansettelse (NO), ansættelse (DK). */
  APPOINTMENT;

  /**
   * Returns whether blank votes are allowed in Norway: only in elections and appointments
   * (kommuneloven § 8-1 second paragraph).
   *
   * @return true for {@link #ELECTION} and {@link #APPOINTMENT}
   */
  public boolean allowsBlankInNorway() {
    return this != ORDINARY;
  }
}
