package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code folkestyre methods} and {@code folkestyre methods show}. */
class MethodsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theTableListsAllFortyFourMethodsInCatalogueOrder() {
    Cli.Result result = Cli.run("methods");
    assertEquals(0, result.status(), result::toString);
    List<String> lines = result.out().lines().toList();
    // Long names wrap onto continuation lines that start with spaces.
    assertEquals(44, lines.stream().skip(2).filter(line -> !line.startsWith(" ")).count());
    assertTrue(lines.get(2).startsWith("public-meeting "), lines.get(2));
    assertTrue(lines.get(lines.size() - 1).startsWith("democracy-festival "), lines.get(lines.size() - 1));
  }

  @Test
  void jsonKeepsTheContractKeysAndAddsTheSchema() throws Exception {
    Cli.Result result = Cli.run("methods", "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode methods = JSON.readTree(result.out());
    assertEquals(44, methods.size());
    for (JsonNode method : methods) {
      for (String field : List.of("id", "names", "iap2Level", "mode", "costClass", "planningPhases", "accessibility",
          "schemaVersion", "selection", "scopes", "outputs")) {
        assertTrue(method.hasNonNull(field), field + " in " + method.get("id"));
      }
      for (String tag : List.of("nb", "da", "en")) {
        assertTrue(method.get("names").hasNonNull(tag), tag + " in " + method.get("id"));
      }
    }
    JsonNode cell = methods.get(35);
    assertEquals("planning-cell", cell.get("id").asText());
    assertEquals("RANDOM", cell.get("selection").asText());
    assertEquals(1440, cell.get("duration").get("contactMinutes").get("min").asInt());
  }

  @Test
  void showPrintsEveryStatedFieldOfOneMethod() {
    Cli.Result result = Cli.run("methods", "show", "participatory-budgeting");
    assertEquals(0, result.status(), result::toString);
    List<String> lines = result.out().lines().toList();
    assertEquals("id                                participatory-budgeting", lines.get(0));
    assertEquals("names                             Participatory budgeting", lines.get(1));
    assertTrue(lines.contains("decisionPower                     BINDING"), result.out());
    assertTrue(lines.contains("minimumAge                        10"), result.out());
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("legalStatusNote ")), result.out());
  }

  @Test
  void showSpeaksTheChosenLanguage() {
    Cli.Result result = Cli.run("methods", "show", "dialogue-meeting", "--lang", "da");
    assertEquals(0, result.status(), result::toString);
    assertTrue(result.out().contains("names                             Dialogmøde\n"), result.out());
  }

  @Test
  void showAsJsonIsOneObjectOfTheListsShape() throws Exception {
    Cli.Result result = Cli.run("methods", "show", "citizens-initiative", "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode method = JSON.readTree(result.out());
    assertEquals("citizens-initiative", method.get("id").asText());
    assertEquals("AGENDA_SETTING", method.get("decisionPower").asText());
    assertEquals("kommuneloven", method.get("legalReferences").get(0).get("act").asText());
    assertEquals("§ 12-1", method.get("legalReferences").get(0).get("section").asText());
    JsonNode listed = JSON.readTree(Cli.run("methods", "--format", "json").out()).get(40);
    assertEquals(listed, method);
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-such-method", "Dialogue-Meeting", "vendor.example:x"})
  void anUnknownIdFailsWithOneLineThatNamesItAndPointsToTheList(String id) {
    Cli.Result result = Cli.run("methods", "show", id);
    assertEquals(2, result.status());
    assertEquals("", result.out());
    assertEquals("folkestyre: unknown method '" + id + "'; 'folkestyre methods' lists the known ids",
        result.err().strip());
  }

  @Test
  void showNeedsAnId() {
    Cli.Result result = Cli.run("methods", "show");
    assertEquals(2, result.status());
    assertEquals(1, result.err().strip().lines().count(), result.err());
  }
}
