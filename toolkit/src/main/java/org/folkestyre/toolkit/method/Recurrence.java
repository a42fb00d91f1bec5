package org.folkestyre.toolkit.method;

/** How often a method runs. */
public enum Recurrence {
  /** Once, for one question. */
  ONE_OFF,
  /** Several times, in cycles or rounds. */
  REPEATED,
  /** Permanently, as a standing body or arrangement. */
  STANDING;
}
