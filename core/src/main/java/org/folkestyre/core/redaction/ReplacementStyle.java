package org.folkestyre.core.redaction;

/** What a redactor writes in place of the personal data it removes. */
public enum ReplacementStyle {
  /**
   * A label in brackets that names what was removed, in the redactor's language: {@code [telefon]},
   * {@code [e-post]}, {@code [fødselsnummer]} in bokmål, {@code [cpr-nummer]} in Danish. The
   * default: a reader of the published text sees that something was removed and what it was.
   */
  LABEL,
  /**
   * One {@code █} (U+2588 FULL BLOCK) for every character (code point) removed, the same in every
   * language. The redacted text keeps the layout and, for identifiers in the Basic Multilingual
   * Plane, the offsets of the original.
   */
  MASK
}
