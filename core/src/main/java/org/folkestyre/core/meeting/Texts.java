package org.folkestyre.core.meeting;

import java.text.Normalizer;
import org.folkestyre.core.InvalidValueException;

/** Checks the free texts of meetings: NFC, trimmed, not blank; line breaks are allowed. */
final class Texts {
  private Texts() {}

  static String require(String field, String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    if (normalized.isEmpty()) {
      throw new InvalidValueException(field, text, "must not be blank");
    }
    return normalized;
  }
}
