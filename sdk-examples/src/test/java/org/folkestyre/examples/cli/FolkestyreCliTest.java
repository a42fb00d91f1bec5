package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conventions every subcommand shares: help, exit statuses and one-line errors. */
class FolkestyreCliTest {
  private static final String[] COMMANDS = {"holidays", "rules", "validate", "tour", "seats", "minutes", "deadline", "consultation", "redact", "methods", "pb"};

  /** The smallest valid arguments of each command, to which a test adds one bad option. */
  private static String[] valid(String command) {
    return switch (command) {
      case "holidays" -> new String[] {"holidays", "--country", "NO", "--year", "2024"};
      case "validate" -> new String[] {"validate", Cli.municipality("drammen-2020.json")};
      case "minutes" -> new String[] {"minutes", Cli.meeting("meeting-holbaek-2015.json")};
      case "seats" -> new String[] {"seats", "--method", "dhondt", "--seats", "8", "--votes",
          Cli.resource("votes/textbook.csv").toString()};
      case "deadline" -> new String[] {"deadline", "--country", "NO", "--kind", "kommuneplan", "--opens",
          "2026-03-24"};
      case "consultation" -> new String[] {"consultation", "summary",
          Cli.resource("consultations/consultation-samfunnsdel.json").toString()};
      case "pb" -> new String[] {"pb", "--rule", "mes",
          Cli.resource("pabulib/Canada_Stanford_Dataset_PB_Dieppe_2018_vote_approvals.pb").toString()};
      default -> new String[] {command};
    };
  }

  private static String[] plus(String[] args, String... more) {
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  private static void assertOneLineError(Cli.Result result) {
    assertEquals(2, result.status(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("folkestyre: "), result::toString);
    assertFalse(result.err().contains("Exception") || result.err().contains("at org."), result::toString);
    assertEquals("", result.out(), result::toString);
  }

  @Test
  void withoutCommandPrintsUsageOnStandardErrorAndExits2() {
    Cli.Result result = Cli.run();
    assertEquals(2, result.status());
    assertEquals("", result.out());
    assertTrue(result.err().contains("Usage: folkestyre"), result::toString);
    for (String command : COMMANDS) {
      assertTrue(result.err().contains(command), command);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"holidays", "rules", "validate", "tour", "seats", "minutes", "deadline", "consultation", "redact", "methods", "pb"})
  void everyCommandHasHelp(String command) {
    Cli.Result result = Cli.run(command, "--help");
    assertEquals(0, result.status(), result::toString);
    assertTrue(result.out().contains("Usage: folkestyre " + command), result::toString);
    assertTrue(result.out().contains("--format"), result::toString);
    assertTrue(result.out().contains("--lang"), result::toString);
  }

  @Test
  void topLevelHelpAndVersionSucceed() {
    assertEquals(0, Cli.run("--help").status());
    Cli.Result version = Cli.run("--version");
    assertEquals(0, version.status());
    assertTrue(version.out().startsWith("folkestyre "), version::toString);
  }

  @Test
  void unknownCommandFailsEvenWithHelp() {
    Cli.Result result = Cli.run("holiday", "--help");
    assertOneLineError(result);
    assertEquals("folkestyre: unknown command 'holiday'; commands: holidays, rules, validate, tour, seats, minutes,"
        + " deadline, consultation, ical, oparl, redact, methods, pb", result.err().strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"holidays", "rules", "validate", "tour", "seats", "minutes", "deadline", "consultation", "redact", "methods", "pb"})
  void unknownLanguageExits2WithOneLine(String command) {
    Cli.Result result = Cli.run(plus(valid(command), "--lang", "xx"));
    assertOneLineError(result);
    assertEquals("folkestyre: invalid --lang 'xx': must be one of nb, nn, da, en", result.err().strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"holidays", "rules", "validate", "tour", "seats", "deadline", "consultation", "redact", "methods", "pb"})
  void unknownFormatExits2WithOneLine(String command) {
    Cli.Result result = Cli.run(plus(valid(command), "--format", "xml"));
    assertOneLineError(result);
    assertEquals("folkestyre: invalid --format 'xml': must be one of text, json", result.err().strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"holidays", "rules", "validate", "tour", "seats", "minutes", "deadline", "consultation", "redact", "methods", "pb"})
  void unknownOptionExits2WithOneLine(String command) {
    Cli.Result result = Cli.run(plus(valid(command), "--bogus"));
    assertOneLineError(result);
    assertTrue(result.err().contains("--bogus"), result::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"holidays", "rules", "validate", "tour", "seats", "deadline", "consultation", "redact", "methods", "pb"})
  void languageAndFormatIgnoreCase(String command) {
    Cli.Result result = Cli.run(plus(valid(command), "--lang", "NB", "--format", "JSON"));
    assertEquals(0, result.status(), result::toString);
    assertEquals("", result.err());
  }

  @Test
  void minutes_takesMarkdownHtmlOrTextAsFormat_ignoringCase() {
    Cli.Result result = Cli.run(plus(valid("minutes"), "--lang", "NB", "--format", "HTML"));
    assertEquals(0, result.status(), result::toString);
    assertEquals("", result.err());
    Cli.Result json = Cli.run(plus(valid("minutes"), "--format", "json"));
    assertOneLineError(json);
    assertEquals("folkestyre: invalid --format 'json': must be one of markdown, html, text", json.err().strip());
  }

  @Test
  void unknownSubcommandFailsWithOneLine() {
    Cli.Result result = Cli.run("consultation", "summaries", "file.json");
    assertOneLineError(result);
    assertEquals("folkestyre: unknown command 'consultation summaries'; commands: summary", result.err().strip());
  }

  @Test
  void aCommandWithoutItsSubcommand_printsItsUsageOnStandardErrorAndExits2() {
    Cli.Result result = Cli.run("consultation");
    assertEquals(2, result.status());
    assertEquals("", result.out());
    assertTrue(result.err().contains("Usage: folkestyre consultation"), result::toString);
    assertTrue(result.err().contains("summary"), result::toString);
  }

  @Test
  void anInternalErrorExits1WithOneLine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream broken = new PrintStream(OutputStream.nullOutputStream()) {
      @Override
      public void println(String line) {
        throw new IllegalStateException("standard output is broken");
      }
    };
    int status;
    try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = FolkestyreCli.run(new String[] {"holidays", "--country", "NO", "--year", "2024"}, broken, e, Cli.CLOCK);
    }
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, status, message);
    assertEquals(List.of("folkestyre: internal error: standard output is broken (java.lang.IllegalStateException)"),
        message.lines().toList());
  }
}
