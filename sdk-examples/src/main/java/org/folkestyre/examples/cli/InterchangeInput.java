package org.folkestyre.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.folkestyre.core.interchange.Proceedings;
import org.folkestyre.examples.cli.interchange.InterchangeForm;
import org.folkestyre.examples.cli.interchange.InterchangeJson;

/** Reads the file of {@code ical} and {@code oparl}: a municipality's committees, meetings and cases in JSON. */
final class InterchangeInput {
  private InterchangeInput() {}

  static Proceedings read(Path file, LocalDate today) {
    InterchangeJson json = JsonFiles.read(file, InterchangeJson.class);
    try {
      return InterchangeForm.toCore(json, today);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(file + ": " + e.getMessage(), e);
    }
  }
}
