package org.folkestyre.examples.cli;

/** The form a command prints its result in: {@code --format text} (the default) or {@code --format json}. */
enum OutputFormat {
  /** Readable text in the language of {@code --lang}. */
  TEXT,
  /** Pretty-printed JSON, for programs. */
  JSON
}
