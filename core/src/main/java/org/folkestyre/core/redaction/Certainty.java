package org.folkestyre.core.redaction;

import java.util.Locale;

/** How sure the redactor is that a finding is what its kind says. */
public enum Certainty {
  /**
   * The evidence is conclusive: an identity number with a plausible date and valid check digits
   * (or a Danish CPR number that passes the legacy modulus-11 test), a telephone number written
   * with a country code or after a word such as "tlf", or an e-mail address.
   */
  CERTAIN,
  /**
   * The text has the shape but not the proof: an identity number with a plausible date and wrong
   * check digits (a mistyped number is still personal data), a Danish CPR number that fails
   * modulus 11 (numbers issued since 2007 may), an eight-digit telephone number without country
   * code or cue, or a keyword or name flagged for review.
   */
  PROBABLE;

  /**
   * Returns the lower-case name, as the command line's JSON output writes it.
   *
   * @return {@code "certain"} or {@code "probable"}
   */
  public String lowerCaseName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
