package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.folkestyre.core.Language;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePack;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.toolkit.activity.ActivityRulePack;
import org.folkestyre.toolkit.grant.GrantPoolRules;
import org.folkestyre.toolkit.governance.ToolkitRulePacks;
import org.folkestyre.toolkit.initiative.InitiativeRulePacks;
import org.folkestyre.toolkit.method.MethodValidation;
import org.junit.jupiter.api.Test;

/** {@code folkestyre rules}. */
class RulesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Core's rules, then the toolkit's. */
  private static List<Rule<?>> everyRule() {
    List<Rule<?>> rules = new ArrayList<>(RulePacks.allRules());
    rules.addAll(ToolkitRulePacks.allRules());
    return rules;
  }

  private static List<String> ids(JsonNode rules) {
    List<String> ids = new ArrayList<>();
    rules.forEach(rule -> ids.add(rule.get("id").asText()));
    return ids;
  }

  @Test
  void jsonListsEveryBuiltInRuleOnceWithItsSource() throws Exception {
    Cli.Result result = Cli.run("rules", "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode rules = JSON.readTree(result.out());
    List<String> ids = ids(rules);
    assertEquals(everyRule().stream().map(Rule::id).toList(), ids);
    assertTrue(ids.contains("NO-KL-5-5-COUNCIL-MIN"));
    assertTrue(ids.contains(GrantPoolRules.AWARDS_WITHIN_POOL));
    for (JsonNode rule : rules) {
      for (String field : List.of("id", "pack", "severity", "confidence", "citation", "title", "explanation")) {
        assertTrue(rule.hasNonNull(field), field + " in " + rule);
      }
      for (String field : List.of("text", "source", "section")) {
        assertTrue(rule.get("citation").hasNonNull(field), field + " in " + rule);
      }
    }
  }

  @Test
  void councilMinimumRuleInDetail() throws Exception {
    JsonNode rules = JSON.readTree(Cli.run("rules", "--format", "json", "--lang", "nb").out());
    JsonNode minimum = null;
    for (JsonNode rule : rules) {
      if (rule.get("id").asText().equals("NO-KL-5-5-COUNCIL-MIN")) {
        minimum = rule;
      }
    }
    assertTrue(minimum != null);
    assertEquals("NO-KL", minimum.get("pack").asText());
    assertEquals("ERROR", minimum.get("severity").asText());
    assertEquals("VERIFIED_TEXT", minimum.get("confidence").asText());
    assertEquals("Minste antall medlemmer i kommunestyret", minimum.get("title").asText());
    JsonNode citation = minimum.get("citation");
    assertEquals("kommuneloven", citation.get("source").asText());
    assertEquals("§ 5-5", citation.get("section").asText());
    assertEquals("LOV-2018-06-22-83", citation.get("identifier").asText());
    assertTrue(citation.get("link").asText().startsWith("https://lovdata.no/"));
    assertTrue(citation.get("text").asText().startsWith("kommuneloven § 5-5"));
  }

  @Test
  void localPolicyCitationsOmitWhatTheyLack() throws Exception {
    JsonNode rules = JSON.readTree(Cli.run("rules", "--format", "json").out());
    for (JsonNode rule : rules) {
      if (rule.get("pack").asText().equals(RulePacks.DRAMMEN_NEIGHBOURHOOD)) {
        assertEquals("LOCAL_POLICY", rule.get("citation").get("kind").asText());
        assertFalse(rule.get("citation").has("link"), rule::toString);
      }
    }
  }

  @Test
  void textShowsEveryRuleInTheLanguageAsked() {
    for (Language language : Language.values()) {
      Cli.Result result = Cli.run("rules", "--lang", language.tag());
      assertEquals(0, result.status(), result::toString);
      for (Rule<?> rule : everyRule()) {
        assertTrue(result.out().contains(rule.id() + ": " + rule.title().get(language)), rule.id());
        assertTrue(result.out().contains(rule.explanation().get(language)), rule.id());
        assertTrue(result.out().contains(rule.citation().toString()), rule.id());
      }
    }
  }

  @Test
  void coresPacksComeFirstThenTheToolkitsInTheirOrder() throws Exception {
    List<String> packs = new ArrayList<>();
    for (JsonNode rule : JSON.readTree(Cli.run("rules", "--format", "json").out())) {
      String pack = rule.get("pack").asText();
      if (packs.isEmpty() || !packs.get(packs.size() - 1).equals(pack)) {
        packs.add(pack);
      }
    }
    assertEquals(List.of(RulePacks.NORWAY, RulePacks.DENMARK, RulePacks.DRAMMEN_NEIGHBOURHOOD,
        RulePacks.DRAMMEN_MASTER_PLAN, RulePacks.DRAMMEN_FISCAL, RulePacks.DRAMMEN_PARTICIPATION,
        MethodValidation.PACK_ID, ActivityRulePack.ID, InitiativeRulePacks.NORWAY, InitiativeRulePacks.DENMARK,
        GrantPoolRules.PACK_ID), packs);
  }

  @Test
  void theTextListsCoresPacksAsEachAloneThenTheToolkits() {
    assertEquals(RulePacks.allRules().size(), RulePacks.available().stream().mapToInt(p -> p.rules().size()).sum(),
        "no rule is in two of core's packs");
    List<String> corePacks = new ArrayList<>();
    for (RulePack pack : RulePacks.available()) {
      corePacks.add(Cli.run("rules", "--lang", "nn", "--pack", pack.id()).out());
    }
    String core = String.join(System.lineSeparator(), corePacks);
    String all = Cli.run("rules", "--lang", "nn").out();
    assertTrue(all.startsWith(core + System.lineSeparator() + ToolkitRulePacks.allRules().get(0).id() + ": "),
        all);
  }

  @Test
  void packListsOneToolkitPackIgnoringCase() throws Exception {
    Cli.Result result = Cli.run("rules", "--pack", "grant-pool", "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode rules = JSON.readTree(result.out());
    assertEquals(GrantPoolRules.rules().stream().map(Rule::id).toList(), ids(rules));
    rules.forEach(rule -> assertEquals(GrantPoolRules.PACK_ID, rule.get("pack").asText()));
  }

  @Test
  void packListsOneCorePack() throws Exception {
    JsonNode rules = JSON.readTree(Cli.run("rules", "--pack", "DRAMMEN-FISCAL", "--format", "json").out());
    assertEquals(RulePacks.of("DRAMMEN-FISCAL").rules().stream().map(Rule::id).toList(), ids(rules));
  }

  @Test
  void anUnknownPackIsRejectedListingCoresAndTheToolkitsPacks() {
    Cli.Result result = Cli.run("rules", "--pack", "NO-PBL");
    assertEquals(2, result.status(), result::toString);
    assertEquals("", result.out());
    assertEquals("folkestyre: invalid --pack 'NO-PBL': is not known; available: NO-KL, DK-KSL,"
        + " DRAMMEN-NEIGHBOURHOOD, DRAMMEN-MASTER-PLAN, DRAMMEN-FISCAL, DRAMMEN-PARTICIPATION, TOOLKIT-METHOD,"
        + " DRAMMEN-ACTIVITIES, NO-KL-INITIATIVES, DK-BORGERFORSLAG, GRANT-POOL", result.err().strip());
  }
}
