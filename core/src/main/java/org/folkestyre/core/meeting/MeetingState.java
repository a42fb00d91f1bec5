package org.folkestyre.core.meeting;

import com.google.common.collect.ImmutableSet;

/**
 * Where a meeting is in its life: planned, convened, held, minutes approved, or cancelled.
 *
 * <p>The legal moves are PLANNED → CONVENED → HELD → MINUTES_APPROVED, and CANCELLED from PLANNED
 * or CONVENED. A held meeting cannot be cancelled, and no state moves back.
 */
public enum MeetingState {
  /** In the calendar, not yet called — planlagt (NO), planlagt (DK). */
  PLANNED,
  /** Called with notice and agenda — innkalt (NO), indkaldt (DK). */
  CONVENED,
  /** Held; the minutes may not yet be approved — avholdt (NO), afholdt (DK). */
  HELD,
  /** The minutes (møtebok, referat) are approved — protokoll godkjent (NO), referat godkendt (DK). */
  MINUTES_APPROVED,
  /** Called off — avlyst (NO), aflyst (DK). */
  CANCELLED;

  /**
   * Returns the states a meeting in this state may move to.
   *
   * @return the next states, empty for a final state
   */
  public ImmutableSet<MeetingState> allowedNext() {
    switch (this) {
      case PLANNED:
        return ImmutableSet.of(CONVENED, CANCELLED);
      case CONVENED:
        return ImmutableSet.of(HELD, CANCELLED);
      case HELD:
        return ImmutableSet.of(MINUTES_APPROVED);
      default:
        return ImmutableSet.of();
    }
  }

  /**
   * Returns whether a meeting in this state may move to another.
   *
   * @param next the state to move to
   * @return true if the move is legal
   */
  public boolean canMoveTo(MeetingState next) {
    return allowedNext().contains(next);
  }

  /**
   * Returns whether the meeting has taken place: held, or held with approved minutes.
   *
   * @return true for {@link #HELD} and {@link #MINUTES_APPROVED}
   */
  public boolean isHeld() {
    return this == HELD || this == MINUTES_APPROVED;
  }
}
