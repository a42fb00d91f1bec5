package org.folkestyre.core.internal;

import java.text.Normalizer;
import java.util.Locale;
import org.folkestyre.core.InvalidValueException;

/** Checks and normalises the names people type: NFC, trimmed, no control or bidi-override characters. */
public final class Names {
  private Names() {}

  /**
   * Normalises a name to NFC and trims it, rejecting blank names and invisible control characters.
   *
   * @param field the field name for the error message
   * @param name the name as given
   * @return the normalised name
   * @throws InvalidValueException if the name is blank or holds a control or bidi-override character
   */
  public static String normalize(String field, String name) {
    String normalized = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    if (normalized.isEmpty()) {
      throw new InvalidValueException(field, name, "must not be blank");
    }
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (Character.isISOControl(c) || isBidiControl(c)) {
        throw new InvalidValueException(
            field, name, String.format(Locale.ROOT, "must not contain the control character U+%04X", (int) c));
      }
    }
    return normalized;
  }

  /**
   * Returns the key under which two names count as the same: NFC, lower case in the root locale.
   *
   * @param name a normalised name
   * @return the comparison key
   */
  public static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
        || c == '\u061C';
  }
}
