package org.folkestyre.examples.cli.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Jackson configuration of the command line, and one-line descriptions of its errors.
 *
 * <p>Reading is strict, so that nothing a user wrote is silently ignored or reinterpreted: an
 * unknown property, a property given twice, trailing content, a number where text is expected
 * (municipality codes are text because leading zeros matter), text where a number is expected
 * and a fraction where a whole number is expected are all errors. Writing is pretty-printed.
 */
public final class Json {
  private static final ObjectMapper MAPPER = create();

  private Json() {}

  /**
   * Returns the shared, configured mapper; it is thread-safe once configured.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    JsonMapper mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    mapper.setDefaultPrettyPrinter(printer);
    for (CoercionInputShape shape : List.of(
        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    return mapper;
  }

  /**
   * Describes a reading error in one line, naming the JSON path and the position in the file.
   *
   * <p>Examples: {@code unknown property 'districts[0].colour'; known here: budgets, coordinator,
   * hub, municipality, name, population}, {@code wrong type for
   * 'councilSize' (line 6, column 18): expected a whole number}, {@code malformed JSON (line 2,
   * column 1): Unexpected end-of-input}.
   *
   * @param error the error Jackson reported
   * @return the description, without a line break
   */
  public static String describe(JsonProcessingException error) {
    String where = position(error.getLocation());
    if (error instanceof UnrecognizedPropertyException unknown) {
      Collection<Object> known = unknown.getKnownPropertyIds();
      // No position: Jackson buffers the unknown properties of a record and reports them at its end.
      return "unknown property '" + path(unknown) + "'"
          + (known == null || known.isEmpty() ? "" : "; known here: "
              + known.stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
    }
    if (error instanceof MismatchedInputException mismatch) {
      String original = firstLine(mismatch.getOriginalMessage());
      if (original.startsWith("No content to map")) {
        return "the file holds no JSON";
      }
      if (original.startsWith("Trailing token")) {
        return "malformed JSON" + where + ": trailing content after the document";
      }
      if (mismatch.getTargetType() != null) {
        String path = path(mismatch);
        return "wrong type" + (path.isEmpty() ? " of the document" : " for '" + path + "'") + where
            + ": expected " + shape(mismatch.getTargetType());
      }
      return "invalid JSON" + where + ": " + original;
    }
    return "malformed JSON" + where + ": " + firstLine(error.getOriginalMessage());
  }

  private static String path(JsonMappingException error) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : error.getPath()) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String shape(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String position(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "cannot be read";
    }
    return message.strip().lines().findFirst().orElse("").strip();
  }
}
