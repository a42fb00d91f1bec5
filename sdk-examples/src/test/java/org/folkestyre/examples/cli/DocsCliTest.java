package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code ```console} example of docs/cli.md and compares its output with the page.
 *
 * <p>An example is a shell transcript: lines starting with {@code $ } are commands, the lines up
 * to the next command are what it prints (standard output, then standard error). These commands
 * are understood: {@code folkestyre ARGS} (optionally piped into {@code head -n N}), the same with
 * standard input from {@code printf 'TEXT' | folkestyre ARGS} (TEXT in single quotes, with the
 * escapes {@code \n}, {@code \t}, {@code \\} and {@code %%}), {@code cat FILE} and {@code echo $?}.
 * File names ending in {@code .json} are those of the test resources'
 * {@code interchange} folder if it has them (the files of {@code ical} and {@code oparl}), else of
 * its {@code municipalities} folder, except that {@code meeting-*.json} are those of {@code meetings}
 * and {@code consultation-*.json} those of {@code consultations}; {@code .csv} files are those of
 * {@code votes}.
 */
class DocsCliTest {
  private static final String PROMPT = "$ ";

  private static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  }

  /** One console block: its first line number in the page and its lines. */
  private record Block(int line, List<String> lines) {}

  private static List<Block> consoleBlocks(Path page) throws IOException {
    List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```console")) {
        int start = i + 1;
        int end = start;
        while (end < lines.size() && !lines.get(end).strip().equals("```")) {
          end++;
        }
        blocks.add(new Block(start + 1, lines.subList(start, end)));
        i = end;
      }
    }
    return blocks;
  }

  @TestFactory
  Stream<DynamicTest> everyConsoleExampleOfTheCliPagePrintsWhatThePageShows() throws IOException {
    Path page = moduleDirectory().resolve("../docs/cli.md").normalize();
    assertTrue(Files.isRegularFile(page), page + " is missing");
    List<Block> blocks = consoleBlocks(page);
    assertTrue(blocks.size() >= 10, "expected the page's examples, found " + blocks.size() + " blocks");
    return blocks.stream().map(block -> DynamicTest.dynamicTest("docs/cli.md line " + block.line(),
        () -> check(block)));
  }

  private static void check(Block block) throws IOException {
    int status = -1;
    List<String> lines = block.lines();
    int i = 0;
    assertTrue(!lines.isEmpty() && lines.get(0).startsWith(PROMPT), "a block starts with a command");
    while (i < lines.size()) {
      String command = lines.get(i).substring(PROMPT.length()).strip();
      int next = i + 1;
      while (next < lines.size() && !lines.get(next).startsWith(PROMPT)) {
        next++;
      }
      List<String> expected = lines.subList(i + 1, next);
      List<String> actual;
      if (command.equals("echo $?")) {
        actual = List.of(String.valueOf(status));
      } else if (command.startsWith("cat ")) {
        actual = Files.readAllLines(resourceFor(command.substring(4).strip()), StandardCharsets.UTF_8);
      } else if (command.startsWith("folkestyre") || command.startsWith("printf '")) {
        String input = "";
        String invocation = command;
        if (command.startsWith("printf '")) {
          int close = command.indexOf('\'', "printf '".length());
          assertTrue(close > 0, "unterminated printf text: " + command);
          input = printf(command.substring("printf '".length(), close));
          String rest = command.substring(close + 1).strip();
          assertTrue(rest.startsWith("|"), "printf must be piped into folkestyre: " + command);
          invocation = rest.substring(1).strip();
          assertTrue(invocation.startsWith("folkestyre"), "printf must be piped into folkestyre: " + command);
        }
        String[] pipe = invocation.split("\\|");
        List<String> words = new ArrayList<>(Arrays.asList(pipe[0].strip().split(" +")));
        words.remove(0);
        List<String> args = new ArrayList<>();
        List<String[]> replacements = new ArrayList<>();
        for (String word : words) {
          if ((word.endsWith(".json") || word.endsWith(".csv") || word.endsWith(".pb")) && !word.startsWith("-")) {
            Path file = resourceFor(word);
            replacements.add(new String[] {file.toString(), word});
            args.add(file.toString());
          } else {
            args.add(word);
          }
        }
        Cli.Result result = Cli.runWithInput(input, args.toArray(String[]::new));
        status = result.status();
        String output = result.out() + result.err();
        for (String[] replacement : replacements) {
          output = output.replace(replacement[0], replacement[1]);
        }
        actual = output.lines().toList();
        if (pipe.length > 1) {
          String head = pipe[1].strip();
          assertTrue(head.matches("head -n \\d+"), "only '| head -n N' is understood: " + command);
          int count = Integer.parseInt(head.substring("head -n ".length()));
          actual = actual.subList(0, Math.min(count, actual.size()));
        }
      } else {
        throw new AssertionError("unknown command in docs/cli.md: " + command);
      }
      assertEquals(String.join("\n", trimmed(expected)), String.join("\n", trimmed(actual)), "$ " + command);
      i = next;
    }
  }

  /** Interprets the escapes of a printf format without arguments: backslash-n, -t, -backslash and %%. */
  private static String printf(String format) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if ((c == '\\' || c == '%') && i + 1 < format.length()) {
        char next = format.charAt(++i);
        switch (next) {
          case 'n' -> text.append('\n');
          case 't' -> text.append('\t');
          case '\\' -> text.append('\\');
          case '%' -> text.append('%');
          default -> throw new AssertionError("unsupported printf escape " + c + next + " in '" + format + "'");
        }
      } else if (c == '%') {
        throw new AssertionError("unsupported printf format in '" + format + "'");
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  /**
   * The test resource a file name on the page stands for: the JSON files of {@code ical} and
   * {@code oparl} in {@code interchange}; JSON meetings, consultations, municipalities; CSV votes; Pabulib {@code .pb} files.
   */
  private static Path resourceFor(String fileName) {
    Path interchange = Cli.resource("interchange").resolve(fileName);
    if (Files.isRegularFile(interchange)) {
      return interchange;
    }
    String folder = fileName.endsWith(".pb") ? "pabulib"
        : fileName.endsWith(".csv") ? "votes"
        : fileName.startsWith("meeting-") ? "meetings"
        : fileName.startsWith("consultation-") ? "consultations"
        : "municipalities";
    return Cli.resource(folder).resolve(fileName);
  }

  private static List<String> trimmed(List<String> lines) {
    return lines.stream().map(String::stripTrailing).toList();
  }
}
