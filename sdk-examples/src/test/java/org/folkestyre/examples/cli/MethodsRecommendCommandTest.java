package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MethodsRecommendCommandTest {
  private static final String[] DRAMMEN_YOUTH = {"methods", "recommend", "--purpose", "insight", "--level", "consult",
      "--audience", "youth", "--mode", "digital", "--cost", "low"};

  private static String[] with(String... more) {
    String[] all = new String[DRAMMEN_YOUTH.length + more.length];
    System.arraycopy(DRAMMEN_YOUTH, 0, all, 0, DRAMMEN_YOUTH.length);
    System.arraycopy(more, 0, all, DRAMMEN_YOUTH.length, more.length);
    return all;
  }

  private static JsonNode json(Cli.Result result) throws Exception {
    assertEquals(0, result.status(), result::toString);
    return new ObjectMapper().readTree(result.out());
  }

  @Test
  void textStatesTheLevelThenRanksBarnetrakkFirstForDrammenYouth() {
    Cli.Result result = Cli.run(DRAMMEN_YOUTH);
    assertEquals(0, result.status(), result::toString);
    List<String> lines = result.out().lines().toList();
    assertEquals("You have chosen the IAP2 level CONSULT: \"We will listen and report back how your input was used.\"",
        lines.get(0));
    assertTrue(lines.get(2).startsWith("Recommended ("), lines.get(2));
    assertEquals("  1. barnetrakk (70)", lines.get(3));
    assertTrue(result.out().contains("     youth-podcast\n       COST_ABOVE_BUDGET: The method's cost class is medium,"
        + " above the budget class low."), result.out());
  }

  @Test
  void jsonListsEveryBuiltInMethodOnceRankedOrExcluded() throws Exception {
    JsonNode root = json(Cli.run(with("--format", "json")));
    List<String> fields = new ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("recommended", "excluded"), fields);
    Set<String> ids = new HashSet<>();
    for (JsonNode entry : root.get("recommended")) {
      List<String> names = new ArrayList<>();
      entry.fieldNames().forEachRemaining(names::add);
      assertEquals(List.of("id", "rank", "score", "reasons"), names);
      assertTrue(ids.add(entry.get("id").asText()));
      assertFalse(entry.get("reasons").isEmpty());
    }
    for (JsonNode entry : root.get("excluded")) {
      List<String> names = new ArrayList<>();
      entry.fieldNames().forEachRemaining(names::add);
      assertEquals(List.of("id", "reasons"), names);
      assertTrue(ids.add(entry.get("id").asText()));
      for (JsonNode reason : entry.get("reasons")) {
        assertEquals("EXCLUSION", reason.get("kind").asText());
      }
    }
    assertEquals(MethodCatalogue.builtIn().methods().stream().map(ParticipationMethod::id).toList().size(),
        ids.size());
    JsonNode first = root.get("recommended").get(0);
    assertEquals("barnetrakk", first.get("id").asText());
    assertEquals(1, first.get("rank").asInt());
    assertEquals(70, first.get("score").asInt());
    assertEquals("LEVEL_MATCHES", first.get("reasons").get(0).get("code").asText());
    assertEquals(30, first.get("reasons").get(0).get("points").asInt());
  }

  @Test
  void repeatedAndCommaSeparatedAudiencesAndTheJsonSpellingGiveTheSameAnswer() {
    Cli.Result comma = Cli.run("methods", "recommend", "--purpose", "INSIGHT", "--level", "CONSULT", "--audience",
        "youth,language-minorities", "--mode", "DIGITAL", "--cost", "MEDIUM", "--format", "json");
    Cli.Result repeated = Cli.run("methods", "recommend", "--purpose", "insight", "--level", "consult", "--audience",
        "YOUTH", "--audience", "LANGUAGE_MINORITIES", "--mode", "digital", "--cost", "medium", "--format", "json");
    assertEquals(0, comma.status(), comma::toString);
    assertEquals(comma.out(), repeated.out());
  }

  @Test
  void textsFollowTheLanguage() {
    Cli.Result result = Cli.run(with("--lang", "nn"));
    assertEquals(0, result.status(), result::toString);
    assertTrue(result.out().startsWith("De har valt IAP2-nivået CONSULT"), result.out());
    assertTrue(result.out().contains("Tilrådd ("), result.out());
  }

  @Test
  void theOptionalConstraintsApply() throws Exception {
    JsonNode root = json(Cli.run("methods", "recommend", "--purpose", "make", "--level", "collaborate",
        "--audience", "general-public", "--mode", "in-person", "--cost", "high", "--deliberative", "--arena",
        "system-political", "--need", "hearing,cost", "--min-age", "16", "--days", "120", "--format", "json"));
    // public meetings and the like do not draw participants by lot, so deliberation excludes them
    boolean deliberation = false;
    for (JsonNode entry : root.get("excluded")) {
      for (JsonNode reason : entry.get("reasons")) {
        deliberation |= reason.get("code").asText().startsWith("DELIBERATION_");
      }
    }
    assertTrue(deliberation, root.toString());
    assertEquals(MethodCatalogue.builtIn().methods().size(),
        root.get("recommended").size() + root.get("excluded").size());
  }

  @Test
  void byCountsTheCalendarDaysFromToday() {
    // today is 1 March 2024 in the tests; 31 March leaves 30 days, as --days 30 does
    Cli.Result by = Cli.run(with("--by", "2024-03-31", "--format", "json"));
    Cli.Result days = Cli.run(with("--days", "30", "--format", "json"));
    assertEquals(0, by.status(), by::toString);
    assertEquals(days.out(), by.out());
    Cli.Result past = Cli.run(with("--by", "2024-03-01"));
    assertEquals(2, past.status(), past::toString);
    assertEquals("folkestyre: invalid --by '2024-03-01': must be after today, 2024-03-01", past.err().strip());
    Cli.Result both = Cli.run(with("--by", "2024-03-31", "--days", "30"));
    assertEquals(2, both.status(), both::toString);
    assertEquals(1, both.errLines().size(), both::toString);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--mode|paper|folkestyre: invalid --mode 'paper': allowed values: in-person, digital, hybrid",
      "--cost|cheap|folkestyre: invalid --cost 'cheap': allowed values: low, medium, high",
      "--level|partner|folkestyre: invalid --level 'partner': allowed values: inform, consult, involve, collaborate,"
          + " empower",
      "--arena|city|folkestyre: invalid --arena 'city': allowed values: individual, service, system-political",
  })
  void anUnknownValueNamesTheOptionTheValueAndTheAllowedValues(String option, String value, String message) {
    Cli.Result result = Cli.run(with(option, value));
    assertEquals(2, result.status(), result::toString);
    assertEquals(message, result.err().strip());
    assertEquals("", result.out());
  }

  @Test
  void anUnknownAudienceListsTheTargetGroups() {
    Cli.Result result = Cli.run("methods", "recommend", "--purpose", "insight", "--level", "consult", "--audience",
        "youth,teenagers", "--mode", "digital", "--cost", "low");
    assertEquals(2, result.status(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("folkestyre: invalid --audience 'teenagers': allowed values: general-public,"),
        result.err());
  }

  @Test
  void aMissingOptionOrImpossibleAgesFailWithOneLine() {
    Cli.Result missing = Cli.run("methods", "recommend", "--purpose", "insight", "--level", "consult");
    assertEquals(2, missing.status(), missing::toString);
    assertEquals(1, missing.errLines().size(), missing::toString);
    Cli.Result ages = Cli.run(with("--min-age", "19", "--max-age", "13"));
    assertEquals(2, ages.status(), ages::toString);
    assertEquals(1, ages.errLines().size(), ages::toString);
    assertTrue(ages.err().contains("maximumAge"), ages.err());
  }
}
