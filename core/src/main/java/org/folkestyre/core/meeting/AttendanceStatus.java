package org.folkestyre.core.meeting;

/** Whether a person attended a meeting, and in what capacity. */
public enum AttendanceStatus {
  /** Present as a member — møtt (NO), til stede (DK). */
  PRESENT,
  /** Absent — forfall (NO), fraværende or afbud (DK). */
  ABSENT,
  /** Present in place of an absent member — møtende varamedlem (NO), stedfortræder (DK). */
  SUBSTITUTE
}
