package org.folkestyre.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's quick start identical to the tagged region of {@link QuickStart}, which
 * {@link QuickStartTest} runs: the first {@code ```java} block of README.md must equal that region
 * after common indentation is stripped from both.
 */
class ReadmeQuickStartTest {
  private static final int MAX_LINES = 30;

  /** The module directory: Maven passes it as {@code basedir}; an IDE usually runs tests in it. */
  private static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  }

  static List<String> taggedRegion() throws IOException {
    Path source = moduleDirectory().resolve("src/main/java/org/folkestyre/examples/QuickStart.java");
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int start = indexOf(lines, "// tag::quickstart[]", 0, source);
    int end = indexOf(lines, "// end::quickstart[]", start + 1, source);
    return stripIndentation(lines.subList(start + 1, end));
  }

  static List<String> firstJavaBlock(Path markdown) throws IOException {
    assertTrue(Files.isRegularFile(markdown), markdown + " is missing: it must show the quick start");
    List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
    int start = indexOf(lines, "```java", 0, markdown);
    int end = indexOf(lines, "```", start + 1, markdown);
    return stripIndentation(lines.subList(start + 1, end));
  }

  private static int indexOf(List<String> lines, String marker, int from, Path file) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError(file + " has no line '" + marker + "'");
  }

  static List<String> stripIndentation(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    List<String> stripped = new ArrayList<>();
    for (String line : lines) {
      stripped.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
    }
    return stripped;
  }

  @Test
  void quickStartIsShort() throws IOException {
    List<String> region = taggedRegion();
    assertTrue(region.size() <= MAX_LINES, "the quick start has " + region.size() + " lines, at most "
        + MAX_LINES + " are allowed");
  }

  @Test
  void readmeShowsTheTaggedRegion() throws IOException {
    Path readme = moduleDirectory().resolve("../README.md").normalize();
    assertEquals(String.join("\n", taggedRegion()), String.join("\n", firstJavaBlock(readme)),
        "README.md's first java block must equal QuickStart's tagged region");
  }
}
