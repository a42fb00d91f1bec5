package org.folkestyre.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.folkestyre.examples.cli.json.Json;

/** Reads the JSON files the commands take, turning every reading error into one line naming the file. */
final class JsonFiles {
  private JsonFiles() {}

  /**
   * Reads a file into one of the JSON forms.
   *
   * @throws UserInputException if the file is missing, unreadable, malformed or of the wrong shape
   */
  static <T> T read(Path file, Class<T> type) {
    T json;
    try (InputStream in = Files.newInputStream(file)) {
      json = Json.mapper().readValue(in, type);
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
    return json;
  }
}
