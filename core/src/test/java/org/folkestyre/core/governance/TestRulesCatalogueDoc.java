package org.folkestyre.core.governance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.folkestyre.core.testing.CommitteeGenerators;
import org.folkestyre.core.testing.ConsultationGenerators;
import org.folkestyre.core.testing.ElectionGenerators;
import org.folkestyre.core.testing.MeetingGenerators;
import org.folkestyre.core.testing.MunicipalityGenerators;
import org.folkestyre.core.testing.PlanGenerators;
import org.junit.jupiter.api.Test;

/** Keeps the rules catalogue in the guide and the property tests in step with the code. */
class TestRulesCatalogueDoc {

  @Test
  void everyBuiltInRule_isInTheCatalogueWithItsConfidence() throws IOException {
    String catalogue = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
    for (Rule<?> rule : RulePacks.allRules()) {
      String row = catalogue.lines().filter(line -> line.startsWith("| `" + rule.id() + "` |")).findFirst()
          .orElseThrow(() -> new AssertionError("docs/rules.md has no row for " + rule.id()));
      assertTrue(row.contains("| " + rule.severity() + " |"), rule.id() + ": severity " + rule.severity());
      assertTrue(row.contains("| " + rule.confidence() + " |"), rule.id() + ": confidence " + rule.confidence());
      assertTrue(row.contains(rule.citation().source()), rule.id() + ": citation " + rule.citation());
    }
    for (RulePack pack : RulePacks.available()) {
      assertTrue(catalogue.contains("## Pack `" + pack.id() + "`"), "docs/rules.md has no section for " + pack.id());
    }
  }

  @Test
  void everyBuiltInRule_canBeBrokenByAGenerator() {
    for (Rule<?> rule : RulePacks.allRules()) {
      assertTrue(MunicipalityGenerators.breakableRules().contains(rule.id())
          || CommitteeGenerators.breakableRules().contains(rule.id())
          || MeetingGenerators.breakableRules().contains(rule.id())
          || ElectionGenerators.breakableRules().contains(rule.id())
          || PlanGenerators.breakableRules().contains(rule.id())
          || ConsultationGenerators.breakableRules().contains(rule.id()),
          rule.id() + " has no generator that breaks it");
    }
  }
}
