package org.folkestyre.toolkit.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.governance.Citation;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;

class TestInitiativeRulePacks {
  @Test
  void packsAreFoundByIdAndJurisdiction() {
    assertSame(InitiativeRulePacks.norway(), InitiativeRulePacks.of(" no-kl-initiatives "));
    assertSame(InitiativeRulePacks.denmark(), InitiativeRulePacks.forJurisdiction(Jurisdiction.denmark()));
    assertEquals(Optional.of("NO"), InitiativeRulePacks.norway().jurisdictionId());
    assertEquals(List.of(InitiativeRulePacks.THRESHOLD, InitiativeRulePacks.RESIDENTS, InitiativeRulePacks.DEADLINE,
        InitiativeRulePacks.NO_REPEAT), InitiativeRulePacks.norway().rules().stream().map(Rule::id).toList());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> InitiativeRulePacks.of("NO-KL"));
    assertTrue(e.getMessage().contains("NO-KL-INITIATIVES, DK-BORGERFORSLAG"), e.getMessage());
  }

  @Test
  void theToolkitsIdsDoNotClashWithCoresRules() {
    for (Rule<?> rule : InitiativeRulePacks.allRules()) {
      assertTrue(RulePacks.allRules().stream().noneMatch(r -> r.id().equals(rule.id())), rule.id());
    }
    assertTrue(RulePacks.available().stream().noneMatch(p -> p.id().equals(InitiativeRulePacks.NORWAY)
        || p.id().equals(InitiativeRulePacks.DENMARK)));
  }

  @Test
  void theNorwegianRulesCiteTheParagraphsOfSection12Dash1() {
    List<String> paragraphs = InitiativeRulePacks.norway().rules().stream()
        .map(rule -> rule.citation().paragraph().orElseThrow()).toList();
    assertEquals(List.of("første ledd", "første ledd", "andre ledd", "tredje ledd"), paragraphs);
    for (Rule<?> rule : InitiativeRulePacks.norway().rules()) {
      assertEquals("§ 12-1", rule.citation().section());
      assertEquals(Citation.Kind.LAW, rule.citation().kind());
    }
    for (Rule<?> rule : InitiativeRulePacks.denmark().rules()) {
      assertEquals(Citation.Kind.LOCAL_POLICY, rule.citation().kind());
    }
  }
}
