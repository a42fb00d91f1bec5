package org.folkestyre.toolkit.method;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.toolkit.testing.MethodGenerators;
import org.junit.jupiter.api.Test;

/** Keeps the toolkit section of the rules catalogue in step with the method rules. */
class TestMethodRulesDoc {

  @Test
  void everyMethodRuleIsInTheCatalogueWithItsSeverityConfidenceAndSource() throws IOException {
    String catalogue = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
    assertTrue(catalogue.contains("## Pack `" + MethodValidation.PACK_ID + "`"),
        "docs/rules.md has no section for " + MethodValidation.PACK_ID);
    for (Rule<ParticipationMethod> rule : MethodValidation.rules()) {
      String row = catalogue.lines().filter(line -> line.startsWith("| `" + rule.id() + "` |")).findFirst()
          .orElseThrow(() -> new AssertionError("docs/rules.md has no row for " + rule.id()));
      assertTrue(row.contains("| " + rule.severity() + " |"), rule.id() + ": severity " + rule.severity());
      assertTrue(row.contains("| " + rule.confidence() + " |"), rule.id() + ": confidence " + rule.confidence());
      assertTrue(row.contains(rule.citation().source()), rule.id() + ": citation " + rule.citation());
      assertTrue(row.contains(rule.citation().section()), rule.id() + ": citation " + rule.citation());
    }
  }

  @Test
  void everyMethodRuleCanBeBrokenByTheGenerator() {
    for (Rule<ParticipationMethod> rule : MethodValidation.rules()) {
      assertTrue(MethodGenerators.breakableRules().contains(rule.id()), rule.id());
    }
  }
}
