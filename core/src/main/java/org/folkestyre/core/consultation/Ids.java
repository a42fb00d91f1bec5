package org.folkestyre.core.consultation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;

/** Parses the lower-case, hyphenated ids of this package's enums. */
final class Ids {
  private Ids() {}

  static <E extends Enum<E>> E parse(String field, String text, E[] values, Function<E, String> id) {
    Objects.requireNonNull(text, field);
    String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (E value : values) {
      if (id.apply(value).equals(key)) {
        return value;
      }
    }
    throw new InvalidValueException(field, text, "must be one of "
        + Arrays.stream(values).map(id).collect(Collectors.joining(", ")));
  }

  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
