package org.folkestyre.core.consultation;

import java.text.Normalizer;
import org.folkestyre.core.InvalidValueException;

/** Checks free texts of consultations: NFC, trimmed, not blank; line breaks are allowed. */
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
