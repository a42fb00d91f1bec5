package org.folkestyre.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Java snippets of the guide pages that are backed by sdk-examples equal to tagged
 * regions of its sources, and runs the code behind them.
 */
class GuideSnippetsTest {
  /** The pages whose every Java block must be a tagged region of sdk-examples. */
  private static final List<String> PAGES = List.of("getting-started.md", "committees.md", "audit.md",
      "plans.md", "consultations.md", "redaction.md", "seat-allocation.md", "methods.md", "activities.md",
      "grant-pools.md", "method-providers.md", "ballots.md", "participatory-budgeting.md");

  private static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  }

  private static Map<String, String> taggedRegions() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    try (Stream<Path> files = Stream.concat(Files.walk(moduleDirectory().resolve("src/main/java")),
        Files.walk(moduleDirectory().resolve("src/test/java")))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("// tag::") && line.endsWith("[]")) {
            String name = line.substring("// tag::".length(), line.length() - 2);
            int end = i + 1;
            while (!lines.get(end).strip().equals("// end::" + name + "[]")) {
              end++;
            }
            regions.put(name, String.join("\n", ReadmeQuickStartTest.stripIndentation(lines.subList(i + 1, end))));
          }
        }
      }
    }
    return regions;
  }

  private static List<String> javaBlocks(Path page) throws IOException {
    List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```java")) {
        int end = i + 1;
        while (!lines.get(end).strip().equals("```")) {
          end++;
        }
        blocks.add(String.join("\n", ReadmeQuickStartTest.stripIndentation(lines.subList(i + 1, end))));
        i = end;
      }
    }
    return blocks;
  }

  @Test
  void everyJavaBlockOfTheBackedPages_isATaggedRegion() throws IOException {
    Map<String, String> regions = taggedRegions();
    for (String page : PAGES) {
      List<String> blocks = javaBlocks(moduleDirectory().resolve("../docs/" + page).normalize());
      assertTrue(!blocks.isEmpty(), page + " has no Java block");
      for (String block : blocks) {
        assertTrue(regions.containsValue(block), "docs/" + page + " shows code that is no tagged region of"
            + " sdk-examples:\n" + block);
      }
    }
  }

  @Test
  void theCodeBehindTheSnippetsRuns() {
    assertEquals(10, GuideExamples.localPolicy().size(), "no budgets for 2021 in the reference data");
    assertEquals(List.of(), GuideExamples.committees());
    GuideExamples.propertyTest();
    assertEquals(java.util.Map.of("A", 4, "B", 3, "C", 1, "D", 0), GuideExamples.seatAllocation().seats());
    assertEquals(java.util.Optional.of(new java.math.BigDecimal("20")),
        GuideExamples.fiscalPolicy().selfFinancingMinimum(java.time.Year.of(2030)));
    assertTrue(GuideExamples.audit(java.time.Clock.systemUTC()).isValid());
    assertEquals("Ring meg på [telefon] eller skriv til [e-post] om sak 13/37262.", GuideExamples.redaction().text());
    List<org.folkestyre.core.redaction.SubmissionText> submissions = GuideExamples.publication();
    assertEquals(java.util.Optional.of("Naboen min Per Hansen er syk. Ring meg på [telefon]."),
        submissions.get(0).publishableText());
    assertEquals(org.folkestyre.core.redaction.PublicationState.WITHHELD, submissions.get(1).state());
    assertEquals(org.folkestyre.toolkit.method.DecisionPower.BINDING,
        GuideExamples.participationMethod().decisionPower());
  }
}
