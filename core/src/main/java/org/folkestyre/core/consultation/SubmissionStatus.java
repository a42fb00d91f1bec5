package org.folkestyre.core.consultation;

/** Whether a submission arrived in time and, if late, what the municipality decided. */
public enum SubmissionStatus {
  /** Received on or before the closing date. */
  ON_TIME,
  /** Received after the closing date; the municipality has not yet decided whether to include it. */
  LATE_UNDECIDED,
  /** Received after the closing date and included by the municipality's decision. */
  LATE_INCLUDED,
  /** Received after the closing date and excluded by the municipality's decision; kept on record. */
  LATE_EXCLUDED;

  /**
   * Returns whether a submission in this status is considered and needs a disposition.
   *
   * @return true for {@link #ON_TIME} and {@link #LATE_INCLUDED}
   */
  public boolean isIncluded() {
    return this == ON_TIME || this == LATE_INCLUDED;
  }

  /**
   * Returns whether the submission arrived after the closing date.
   *
   * @return true for the three late statuses
   */
  public boolean isLate() {
    return this != ON_TIME;
  }
}
