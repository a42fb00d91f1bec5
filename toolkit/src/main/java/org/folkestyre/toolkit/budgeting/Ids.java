package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.folkestyre.core.InvalidValueException;

/** Checks shared by the model's ids and free-form attributes. */
final class Ids {
  private Ids() {}

  /** Whether {@link #checkId} accepts the id; one pass, as it runs for every id of a large file. */
  static boolean isId(String id) {
    int n = id.length();
    if (n == 0 || Character.isWhitespace(id.charAt(0)) || Character.isWhitespace(id.charAt(n - 1))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c == ',' || c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
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

  static void checkAttributes(String field, ImmutableMap<String, String> attributes) {
    // The field names are built only for a message, and the entries are read through the map's
    // own list of them, without an iterator: this runs for every voter of a large file.
    List<Map.Entry<String, String>> entries = attributes.entrySet().asList();
    for (int i = 0; i < entries.size(); i++) {
      String key = entries.get(i).getKey();
      String value = entries.get(i).getValue();
      if (!isId(key)) {
        checkId(field + " key", key);
      }
      if (value.isEmpty()) {
        checkText(field + "." + key, value);
      }
    }
  }
}
