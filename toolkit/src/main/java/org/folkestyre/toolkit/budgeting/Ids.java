package org.folkestyre.toolkit.budgeting;

import java.util.Map;
import org.folkestyre.core.InvalidValueException;

/** Checks shared by the model's ids and free-form attributes. */
final class Ids {
  private Ids() {}

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
    attributes.forEach((key, value) -> {
      checkId(field + " key", key);
      checkText(field + "." + key, value);
    });
  }
}
