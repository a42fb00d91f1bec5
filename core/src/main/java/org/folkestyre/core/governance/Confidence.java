package org.folkestyre.core.governance;

/** How well the legal source of a rule has been verified. */
public enum Confidence {
  /** Checked against the text of the statute or the adopted decision itself. */
  VERIFIED_TEXT,
  /** Confirmed by a secondary source: ministry guidance, a municipality's own page, an encyclopedia. */
  SECONDARY,
  /** Not confirmed by any source consulted; treat the rule as a hypothesis. */
  UNVERIFIED
}
