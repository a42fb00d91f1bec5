package org.folkestyre.core.meeting;

/** How a member votes — Popolo's {@code Vote.option} ({@code yes}, {@code no}, {@code abstain}). */
public enum VoteOption {
  /** For the motion — for (NO), for (DK); Popolo {@code yes}. */
  FOR,
  /** Against the motion — mot (NO), imod (DK); Popolo {@code no}. */
  AGAINST,
  /** Blank, neither for nor against — blank stemme (NO), undlader at stemme (DK); Popolo {@code abstain}. */
  BLANK
}
