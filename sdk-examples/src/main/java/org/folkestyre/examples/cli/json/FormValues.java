package org.folkestyre.examples.cli.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;

/** Reads the simple values of the JSON forms, naming the JSON path of anything wrong. */
final class FormValues {
  private FormValues() {}

  /** Returns the value, or throws {@link MissingPropertyException} for the path if it is absent. */
  static <T> T required(String path, T value) {
    if (value == null) {
      throw new MissingPropertyException(path);
    }
    return value;
  }

  /** Parses a date in the form {@code YYYY-MM-DD}. */
  static LocalDate date(String path, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(path, text, "must be a date in the form YYYY-MM-DD");
    }
  }

  /** Parses the name of an enum constant, ignoring case and surrounding blanks. */
  static <E extends Enum<E>> E enumValue(String path, String text, Class<E> type) {
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(path, text, "must be one of "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }
}
