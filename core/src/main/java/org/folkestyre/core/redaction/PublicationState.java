package org.folkestyre.core.redaction;

import com.google.common.collect.ImmutableSet;

/**
 * Where a submission's text is on its way to publication.
 *
 * <p>The legal moves are RECEIVED → REDACTED or NEEDS_REVIEW (by the redactor), NEEDS_REVIEW →
 * REDACTED (a person has reviewed the flags), and WITHHELD from any other state. WITHHELD is
 * final: the original is kept for the archive, nothing is published.
 */
public enum PublicationState {
  /** As received; nothing may be published yet — mottatt (NO), modtaget (DK). */
  RECEIVED,
  /** Redacted, but flagged for a person to review before anything is published. */
  NEEDS_REVIEW,
  /** Redacted and cleared: the redacted text may be published — sladdet (NO), anonymiseret (DK). */
  REDACTED,
  /**
   * Withheld whole from publication, with a reason, and kept for the archive — ikke publisert
   * (NO), fjernet men arkiveret (DK). Distinct from {@link #REDACTED}: nothing of the text is published.
   */
  WITHHELD;

  /**
   * Returns the states a text in this state may move to.
   *
   * @return the next states, empty for {@link #WITHHELD}
   */
  public ImmutableSet<PublicationState> allowedNext() {
    switch (this) {
      case RECEIVED:
        return ImmutableSet.of(NEEDS_REVIEW, REDACTED, WITHHELD);
      case NEEDS_REVIEW:
        return ImmutableSet.of(REDACTED, WITHHELD);
      case REDACTED:
        return ImmutableSet.of(WITHHELD);
      default:
        return ImmutableSet.of();
    }
  }

  /**
   * Returns whether a text in this state may move to another.
   *
   * @param next the state to move to
   * @return true if the move is legal
   */
  public boolean canMoveTo(PublicationState next) {
    return allowedNext().contains(next);
  }
}
