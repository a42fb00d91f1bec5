package org.folkestyre.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.folkestyre.toolkit.recommend.ReasonCode;
import org.folkestyre.toolkit.recommend.Recommendation;
import org.junit.jupiter.api.Test;

/** Runs the code behind the recommender page and checks that the page shows it word for word. */
class RecommenderExampleTest {
  private static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  }

  private static List<String> region() throws IOException {
    List<String> lines = Files.readAllLines(moduleDirectory()
        .resolve("src/main/java/org/folkestyre/examples/RecommenderExample.java"), StandardCharsets.UTF_8);
    int start = lines.indexOf("    // tag::recommend[]");
    int end = lines.indexOf("    // end::recommend[]");
    assertTrue(start >= 0 && end > start, "the tagged region is missing");
    return lines.subList(start + 1, end).stream().map(line -> line.isEmpty() ? line : line.substring(4)).toList();
  }

  private static List<String> javaBlock(Path page) throws IOException {
    List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
    int start = lines.indexOf("```java");
    assertTrue(start >= 0, page + " has no Java block");
    List<String> block = new ArrayList<>();
    for (int i = start + 1; !lines.get(i).equals("```"); i++) {
      block.add(lines.get(i));
    }
    return block;
  }

  @Test
  void thePageShowsTheTaggedRegion() throws IOException {
    assertEquals(region(), javaBlock(moduleDirectory().resolve("../docs/recommender.md").normalize()));
  }

  @Test
  void theExampleRanksBarnetrakkFirstAndExcludesThePodcastForItsCost() {
    Recommendation recommendation = RecommenderExample.drammenYouth();
    assertEquals("barnetrakk", recommendation.recommended().get(0).id());
    assertEquals(ReasonCode.COST_ABOVE_BUDGET,
        recommendation.exclusion("youth-podcast").orElseThrow().reasons().get(0).code());
  }
}
