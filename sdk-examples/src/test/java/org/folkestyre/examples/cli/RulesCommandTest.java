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
import org.folkestyre.core.governance.RulePacks;
import org.junit.jupiter.api.Test;

/** {@code folkestyre rules}. */
class RulesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonListsEveryBuiltInRuleOnceWithItsSource() throws Exception {
    Cli.Result result = Cli.run("rules", "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode rules = JSON.readTree(result.out());
    List<String> ids = new ArrayList<>();
    rules.forEach(rule -> ids.add(rule.get("id").asText()));
    assertEquals(RulePacks.allRules().stream().map(Rule::id).toList(), ids);
    assertTrue(ids.contains("NO-KL-5-5-COUNCIL-MIN"));
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
      for (Rule<?> rule : RulePacks.allRules()) {
        assertTrue(result.out().contains(rule.id() + ": " + rule.title().get(language)), rule.id());
        assertTrue(result.out().contains(rule.explanation().get(language)), rule.id());
        assertTrue(result.out().contains(rule.citation().toString()), rule.id());
      }
    }
  }
}
