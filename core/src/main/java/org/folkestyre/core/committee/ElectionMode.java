package org.folkestyre.core.committee;

/** How a committee's members were elected (kommuneloven § 7-4). */
public enum ElectionMode {
  /** Proportional election on lists — forholdsvalg (NO), forholdstalsvalg (DK). */
  PROPORTIONAL,
  /** Election by agreement, decided unanimously — avtalevalg (NO). */
  AGREEMENT,
  /** Appointed rather than elected, as the members of a local committee. */
  APPOINTED
}
