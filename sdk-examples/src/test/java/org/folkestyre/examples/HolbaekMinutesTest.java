package org.folkestyre.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs {@link HolbaekMinutes}, checks what it prints, and keeps docs/minutes.md's snippet equal to its code. */
class HolbaekMinutesTest {
  private static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  }

  private static String run() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      HolbaekMinutes.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsItems119To123InDanishMarkdown_inOrder() {
    String markdown = run();
    assertTrue(markdown.startsWith("# Referat: Demokratieksperimentariet\n"), markdown);
    assertTrue(markdown.contains("- **Mødedato:** 24. marts 2015 kl. 17.00\n"), markdown);
    assertTrue(markdown.contains("- **Udgave:** Offentlig udgave\n"), markdown);
    List<String> headings = markdown.lines().filter(l -> l.startsWith("## Punkt ")).toList();
    assertEquals(List.of(
        "## Punkt 119: Drøftelse - Myndighed på ny måde, mere for og med borgerne",
        "## Punkt 120: Drøftelse af Holbæk Kommunes valgfremmeindsats",
        "## Punkt 121: Drøftelse - Folkemøde 2015",
        "## Punkt 122: Drøftelse - Samskabelse",
        "## Punkt 123: Orientering - Status på aktiviteter i Demokratiekperimentariet"), headings);
    assertTrue(markdown.contains("## Punkt 120: Drøftelse af Holbæk Kommunes valgfremmeindsats\n\n"
        + "- **Sagsnummer:** 15/10481\n- **Sagstype:** drøftelse\n\n### Bilag\n\n"
        + "- Statistik for deltagelsen i kommunalvalget i Holbæk Kommune\n"), markdown);
  }

  @Test
  void docsMinutesShowsTheTaggedRegion() throws IOException {
    Path source = moduleDirectory().resolve("src/main/java/org/folkestyre/examples/HolbaekMinutes.java");
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int start = lines.indexOf("    // tag::minutes[]");
    int end = lines.indexOf("    // end::minutes[]");
    assertTrue(start >= 0 && end > start, "the tagged region of " + source);
    List<String> region = ReadmeQuickStartTest.stripIndentation(lines.subList(start + 1, end));
    assertEquals(String.join("\n", region),
        String.join("\n", ReadmeQuickStartTest.firstJavaBlock(moduleDirectory().resolve("../docs/minutes.md").normalize())),
        "docs/minutes.md's first java block must equal HolbaekMinutes' tagged region");
  }
}
