package org.folkestyre.examples.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the Pabulib benchmarks find the {@code .pb} files: the directory named by the system
 * property {@value #PROPERTY}, or {@value #DEFAULT} (relative to the working directory, so the
 * benchmarks find the committed files when run from the repository root).
 */
final class PabulibFolder {
  /** The system property naming the directory of the {@code .pb} files. */
  static final String PROPERTY = "folkestyre.pabulib.dir";

  /** The directory used when the property is not set. */
  static final String DEFAULT = "data/pabulib";

  /** Łódź 2022: 160 projects, 90,494 voters. */
  static final String LODZ_2022 = "Poland_Lodz_2022.pb";

  /** Warszawa 2026, city-wide: 83 projects, 61,668 voters. */
  static final String WARSZAWA_2026 = "Poland_Warszawa_2026.pb";

  /** Wrocław 2015, projects of 150,000–500,000 PLN: 197 projects, 131,778 choose-1 ballots. */
  static final String WROCLAW_2015 = "Poland_Wroclaw_2015_150_-_500.pb";

  private PabulibFolder() {}

  /**
   * Resolves a file in the directory and checks that it exists.
   *
   * @param directory the directory
   * @param name the file name
   * @return the path
   * @throws IllegalStateException if the file does not exist, naming the property to set
   */
  static Path resolve(String directory, String name) {
    Path file = Path.of(directory).resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("No Pabulib file " + file.toAbsolutePath() + "; run from the repository root"
          + " or set -D" + PROPERTY + "=<directory of the .pb files>");
    }
    return file;
  }

  /**
   * Returns the directory to read from.
   *
   * @return the value of the system property, or the default
   */
  static String directory() {
    return System.getProperty(PROPERTY, DEFAULT);
  }
}
