package org.folkestyre.toolkit.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePack;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.toolkit.activity.ActivityRulePack;
import org.folkestyre.toolkit.grant.GrantPoolRules;
import org.folkestyre.toolkit.initiative.InitiativeRulePacks;
import org.folkestyre.toolkit.method.MethodValidation;
import org.junit.jupiter.api.Test;

class TestToolkitRulePacks {
  private static final List<String> IDS = List.of("TOOLKIT-METHOD", "DRAMMEN-ACTIVITIES", "NO-KL-INITIATIVES",
      "DK-BORGERFORSLAG", "GRANT-POOL");

  @Test
  void availableListsEveryAreasPacksInOrder() {
    assertEquals(IDS, ToolkitRulePacks.available().stream().map(RulePack::id).toList());
    assertSame(MethodValidation.pack(), ToolkitRulePacks.available().get(0));
    assertSame(ActivityRulePack.pack(), ToolkitRulePacks.available().get(1));
    assertEquals(InitiativeRulePacks.available(), ToolkitRulePacks.available().subList(2, 4));
    assertSame(GrantPoolRules.pack(), ToolkitRulePacks.available().get(4));
  }

  @Test
  void noToolkitPackOrRuleSharesAnIdWithCore() {
    Set<String> core = new HashSet<>();
    RulePacks.available().forEach(pack -> core.add(pack.id()));
    RulePacks.allRules().forEach(rule -> core.add(rule.id()));
    for (RulePack pack : ToolkitRulePacks.available()) {
      assertTrue(!core.contains(pack.id()), pack.id());
      pack.rules().forEach(rule -> assertTrue(!core.contains(rule.id()), rule.id()));
    }
  }

  @Test
  void allRulesHoldsEveryRuleOnceInPackOrder() {
    List<String> expected = ToolkitRulePacks.available().stream()
        .flatMap(pack -> pack.rules().stream()).map(Rule::id).toList();
    assertEquals(expected, ToolkitRulePacks.allRules().stream().map(Rule::id).toList());
    assertEquals(10 + 4 + 4 + 3 + 6, expected.size(), "TOOLKIT-METHOD 10, activities 4, initiatives 4 + 3, grants 6");
  }

  @Test
  void ofFindsAPackIgnoringCaseAndBlanks() {
    assertSame(GrantPoolRules.pack(), ToolkitRulePacks.of(" grant-pool "));
    assertSame(InitiativeRulePacks.denmark(), ToolkitRulePacks.of("dk-borgerforslag"));
    assertTrue(ToolkitRulePacks.find("NO-KL").isEmpty(), "core's packs are core's");
  }

  @Test
  void anUnknownPackIsRejectedListingTheToolkitsPacks() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ToolkitRulePacks.of("NO-KL"));
    assertEquals("rule pack", e.field());
    assertEquals("NO-KL", e.value());
    assertEquals("is not known; available: " + String.join(", ", IDS), e.rule());
    assertThrows(NullPointerException.class, () -> ToolkitRulePacks.of(null));
  }

  @Test
  void everyToolkitPackHasASubsectionUnderToolkitPacksWithARowPerRule() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
    int toolkit = page.indexOf("\n## Toolkit packs\n");
    int violations = page.indexOf("\n## Violations\n");
    assertTrue(toolkit > 0 && violations > toolkit, "docs/rules.md: '## Toolkit packs' before '## Violations'");
    for (RulePack pack : RulePacks.available()) {
      int section = page.indexOf("\n## Pack `" + pack.id() + "`");
      assertTrue(section > 0 && section < toolkit, "core's pack " + pack.id() + " comes before the toolkit's");
    }
    String part = page.substring(toolkit, violations);
    for (RulePack pack : ToolkitRulePacks.available()) {
      int section = part.indexOf("\n### Pack `" + pack.id() + "` — ");
      assertTrue(section > 0, "docs/rules.md has no subsection for " + pack.id() + " under Toolkit packs");
      int end = part.indexOf("\n### ", section + 1);
      String subsection = part.substring(section, end < 0 ? part.length() : end);
      for (Rule<?> rule : pack.rules()) {
        String row = subsection.lines().filter(line -> line.startsWith("| `" + rule.id() + "` |")).findFirst()
            .orElseThrow(() -> new AssertionError("the subsection of " + pack.id() + " has no row for " + rule.id()));
        assertTrue(row.contains("| " + rule.severity() + " | " + rule.confidence() + " |"), rule.id());
        assertTrue(row.contains(rule.citation().source()), rule.id() + ": citation " + rule.citation());
      }
    }
  }
}
