package org.folkestyre.toolkit.grant;

import java.util.regex.Pattern;
import org.folkestyre.core.InvalidValueException;

/** Checks shared by the criteria and applications of a pool. */
final class Criteria {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Criteria() {}

  static void checkId(String field, String id) {
    if (!ID.matcher(id).matches()) {
      throw new InvalidValueException(field, id, "must be kebab-case, such as 'reaches-target-group'");
    }
  }
}
