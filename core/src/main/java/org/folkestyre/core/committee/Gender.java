package org.folkestyre.core.committee;

/**
 * A person's legal gender — kjønn (NO), køn (DK) — as the gender-balance rules of kommuneloven
 * §§ 7-5 to 7-7 count it.
 */
public enum Gender {
  /** Female — kvinne (NO), kvinde (DK). */
  FEMALE,
  /** Male — mann (NO), mand (DK). */
  MALE
}
