package org.folkestyre.toolkit.budgeting;

import java.util.Map;
import org.folkestyre.core.InvalidValueException;

/** Checks shared by the model's ids and free-form attributes. */
final class Ids {
  private Ids() {}

  /** Whether {@link #checkId} accepts the id. */
  static boolean isId(String id) {
    return !id.isEmpty() && !Character.isWhitespace(id.charAt(0)) && !Character.isWhitespace(id.charAt(id.length() - 1))
        && id.indexOf(',') < 0 && id.indexOf('\n') < 0 && id.indexOf('\r') < 0;
  }

  static void checkId(String field, String id) {
    if (id.isEmpty() || !id.strip().equals(id)) {
      throw new InvalidValueException(field, id, "must be non-empty without leading or trailing spaces");
    }
    if (id.indexOf(',') >= 0 || id.indexOf('\n') >= 0 || id.indexOf('\r') >= 0) {
      throw new InvalidValueException(field, id, "must not contain a comma or a line break");
    }
  }

  static void checkText(String field, String text) {
    if (text.isEmpty()) {
      throw new InvalidValueException(field, text, "must not be empty; leave it out instead");
    }
  }

  static void checkAttributes(String field, Map<String, String> attributes) {
    // The field names are built only for a message: this runs for every voter of a large file.
    for (Map.Entry<String, String> entry : attributes.entrySet()) {
      String key = entry.getKey();
      if (!isId(key)) {
        checkId(field + " key", key);
      }
      if (entry.getValue().isEmpty()) {
        checkText(field + "." + key, entry.getValue());
      }
    }
  }
}
