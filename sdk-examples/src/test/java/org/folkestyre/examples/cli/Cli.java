package org.folkestyre.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Runs the command line in-process for tests, capturing both output streams as UTF-8; standard
 * input is empty unless a test gives it with {@link #runWithInput(String, String...)}.
 */
final class Cli {
  /** The clock of every test run: "today" is 1 March 2024 in Oslo. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T11:00:00Z"), ZoneId.of("Europe/Oslo"));

  private Cli() {}

  /** The outcome of one run. */
  record Result(int status, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }

    @Override
    public String toString() {
      return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  static Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** Runs the command line with a text, in UTF-8, as standard input. */
  static Result runWithInput(String input, String... args) {
    return runWithInput(input.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs the command line with bytes as standard input. */
  static Result runWithInput(byte[] input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = FolkestyreCli.run(args, new ByteArrayInputStream(input), o, e, CLOCK);
    }
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Returns the path of a test resource, such as {@code municipalities/drammen-2020.json}. */
  static Path resource(String name) {
    URL url = Cli.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the path of a meeting file of the test resources, as a string argument. */
  static String meeting(String fileName) {
    return resource("meetings/" + fileName).toString();
  }

  /** Returns the path of a municipality file of the test resources, as a string argument. */
  static String municipality(String fileName) {
    return resource("municipalities/" + fileName).toString();
  }
}
