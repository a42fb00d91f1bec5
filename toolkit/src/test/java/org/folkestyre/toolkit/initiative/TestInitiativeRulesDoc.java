package org.folkestyre.toolkit.initiative;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePack;
import org.folkestyre.toolkit.testing.InitiativeGenerators;
import org.junit.jupiter.api.Test;

/** Keeps the toolkit section of the rules catalogue in step with the initiative rules. */
class TestInitiativeRulesDoc {

  @Test
  void everyInitiativeRule_isInTheCatalogueWithItsConfidence() throws IOException {
    String catalogue = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
    for (Rule<?> rule : InitiativeRulePacks.allRules()) {
      String row = catalogue.lines().filter(line -> line.startsWith("| `" + rule.id() + "` |")).findFirst()
          .orElseThrow(() -> new AssertionError("docs/rules.md has no row for " + rule.id()));
      assertTrue(row.contains("| " + rule.severity() + " |"), rule.id() + ": severity " + rule.severity());
      assertTrue(row.contains("| " + rule.confidence() + " |"), rule.id() + ": confidence " + rule.confidence());
      assertTrue(row.contains(rule.citation().source()), rule.id() + ": citation " + rule.citation());
      rule.citation().paragraph().ifPresent(paragraph ->
          assertTrue(row.contains(rule.citation().section() + " " + paragraph), rule.id() + ": " + paragraph));
    }
    for (RulePack pack : InitiativeRulePacks.available()) {
      assertTrue(catalogue.contains("## Pack `" + pack.id() + "`"), "docs/rules.md has no section for " + pack.id());
    }
  }

  @Test
  void everyInitiativeRule_canBeBrokenByAGenerator() {
    for (Rule<?> rule : InitiativeRulePacks.allRules()) {
      assertTrue(InitiativeGenerators.breakableRules().contains(rule.id()), rule.id() + " has no generator that breaks it");
    }
  }

  @Test
  void theGuidePageIsListed() throws IOException {
    String index = Files.readString(Path.of("..", "docs", "README.md"), StandardCharsets.UTF_8);
    assertTrue(index.contains("(citizen-initiatives.md)"), "docs/README.md does not list citizen-initiatives.md");
  }
}
