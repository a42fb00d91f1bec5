package org.folkestyre.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.folkestyre.core.audit.AuditLog;
import org.folkestyre.toolkit.initiative.InitiativePhase;
import org.folkestyre.toolkit.initiative.InitiativeStatus;
import org.junit.jupiter.api.Test;

/** Runs the code behind the citizen-initiatives page and keeps its Java blocks equal to the tagged regions. */
class InitiativeExamplesTest {

  @Test
  void theDrammenExample_reachesTheThreshold_andIsValid() {
    Clock clock = Clock.fixed(Instant.parse("2025-08-31T08:00:00Z"), ZoneId.of("Europe/Oslo"));
    InitiativeExamples.Outcome outcome = InitiativeExamples.drammen(clock);
    assertEquals(300, outcome.status().counted());
    assertEquals(300, outcome.status().required());
    assertEquals(1, outcome.status().duplicates());
    assertEquals(Optional.of(LocalDate.of(2026, 2, 28)), outcome.status().decisionDeadline());
    assertEquals(List.of(), outcome.report().violations());
    assertEquals(302, outcome.log().entries().size());
    assertTrue(AuditLog.verify(outcome.log().entries()).isValid());
  }

  @Test
  void theCopenhagenExample_isCollecting() {
    InitiativeStatus status = InitiativeExamples.kobenhavn();
    assertEquals(InitiativePhase.COLLECTING, status.phase());
    assertEquals(5_000, status.remaining());
    assertEquals(Optional.of(LocalDate.of(2025, 6, 29)), status.lastCollectionDay());
  }

  @Test
  void everyJavaBlockOfThePage_isATaggedRegionOfTheExamples() throws IOException {
    Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    List<String> source = Files.readAllLines(
        module.resolve("src/main/java/org/folkestyre/examples/InitiativeExamples.java"), StandardCharsets.UTF_8);
    List<String> regions = new ArrayList<>();
    for (String tag : List.of("initiative", "borgerforslag")) {
      int start = source.indexOf("    // tag::" + tag + "[]");
      int end = source.indexOf("    // end::" + tag + "[]");
      regions.add(String.join("\n", ReadmeQuickStartTest.stripIndentation(source.subList(start + 1, end))));
    }
    List<String> page = Files.readAllLines(module.resolve("../docs/citizen-initiatives.md").normalize(),
        StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (page.get(i).strip().equals("```java")) {
        int end = page.subList(i + 1, page.size()).indexOf("```") + i + 1;
        blocks.add(String.join("\n", ReadmeQuickStartTest.stripIndentation(page.subList(i + 1, end))));
        i = end;
      }
    }
    assertEquals(regions, blocks);
  }
}
