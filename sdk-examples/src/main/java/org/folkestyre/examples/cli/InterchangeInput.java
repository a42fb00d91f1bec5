package org.folkestyre.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.folkestyre.core.interchange.Proceedings;
import org.folkestyre.examples.cli.interchange.InterchangeForm;
import org.folkestyre.examples.cli.interchange.InterchangeJson;
import org.folkestyre.examples.cli.json.Json;

/** Reads the file of {@code ical} and {@code oparl}: a municipality's committees, meetings and cases in JSON. */
final class InterchangeInput {
  private InterchangeInput() {}

  static Proceedings read(Path file, LocalDate today) {
    InterchangeJson json;
    try (InputStream in = Files.newInputStream(file)) {
      json = Json.mapper().readValue(in, InterchangeJson.class);
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new UserInputException(file + ": permission denied", e);
    } catch (InvalidDefinitionException e) {
      throw new IllegalStateException("the JSON form is defined wrongly: " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new UserInputException(file + ": " + Json.describe(e), e);
    } catch (IOException e) {
      throw new UserInputException(file + ": cannot be read: " + e.getMessage(), e);
    }
    if (json == null) {
      throw new UserInputException(file + ": the document must be a JSON object, not null", null);
    }
    try {
      return InterchangeForm.toCore(json, today);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(file + ": " + e.getMessage(), e);
    }
  }
}
