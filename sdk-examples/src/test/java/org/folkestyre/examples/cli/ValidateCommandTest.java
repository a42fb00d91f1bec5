package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code folkestyre validate}. */
class ValidateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  private static JsonNode validateJson(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("validate"));
    all.addAll(List.of(args));
    all.addAll(List.of("--format", "json"));
    Cli.Result result = Cli.run(all.toArray(String[]::new));
    assertEquals(0, result.status(), result::toString);
    assertEquals("", result.err());
    return JSON.readTree(result.out());
  }

  private Path write(JsonNode json) throws Exception {
    Path file = temp.resolve("municipality.json");
    Files.writeString(file, JSON.writeValueAsString(json), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void drammen2020HasNoViolations() throws Exception {
    JsonNode report = validateJson(Cli.municipality("drammen-2020.json"));
    assertEquals("Drammen", report.get("municipality").asText());
    assertEquals("3005", report.get("code").asText());
    assertEquals("2020-06-01", report.get("asOf").asText());
    assertTrue(report.get("valid").asBoolean());
    assertEquals(0, report.get("violations").size());
    assertEquals("[\"NO-KL\",\"DRAMMEN-NEIGHBOURHOOD\"]", report.get("packs").toString());
    List<String> rules = new ArrayList<>();
    report.get("rulesChecked").forEach(id -> rules.add(id.asText()));
    assertEquals(List.of("NO-KL-5-5-COUNCIL-ODD", "NO-KL-5-5-COUNCIL-MIN", "DRAMMEN-NEIGHBOURHOOD-DISTRICTS",
        "DRAMMEN-NEIGHBOURHOOD-HUB", "DRAMMEN-NEIGHBOURHOOD-COORDINATOR", "DRAMMEN-NEIGHBOURHOOD-BUDGET"), rules);
  }

  @Test
  void aCouncilOf41IsTooSmall() throws Exception {
    JsonNode report = validateJson(Cli.municipality("council-41.json"), "--lang", "nb");
    assertFalse(report.get("valid").asBoolean());
    assertEquals(1, report.get("violations").size(), report::toString);
    JsonNode violation = report.get("violations").get(0);
    assertEquals("NO-KL-5-5-COUNCIL-MIN", violation.get("rule").asText());
    assertEquals("councilSize", violation.get("path").asText());
    assertEquals("ERROR", violation.get("severity").asText());
    assertEquals("VERIFIED_TEXT", violation.get("confidence").asText());
    assertEquals("41", violation.get("values").get("size").asText());
    assertEquals("43", violation.get("values").get("minimum").asText());
    assertEquals("Kommunestyret har 41 medlemmer, men med 101469 innbyggere skal det ha minst 43.",
        violation.get("message").asText());
    assertEquals("kommuneloven", violation.get("citation").get("source").asText());
  }

  @Test
  void textPrintsOneBlockPerViolationAndExits0() {
    Cli.Result result = Cli.run("validate", Cli.municipality("council-41.json"));
    assertEquals(0, result.status(), result::toString);
    assertTrue(result.out().lines().anyMatch(l -> l.matches("Result: +1 violation")), result::toString);
    assertTrue(result.out().contains("ERROR NO-KL-5-5-COUNCIL-MIN (councilSize)"), result::toString);
    assertTrue(result.out().contains("  The municipal council has 41 members, but with 101469 inhabitants it"
        + " must have at least 43."), result::toString);
    Cli.Result valid = Cli.run("validate", Cli.municipality("drammen-2020.json"), "--lang", "da");
    assertTrue(valid.out().lines().anyMatch(l -> l.matches("Resultat: +ingen overtrædelser")), valid::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "malformed.json          | malformed JSON (line 7, column 1)",
      "code-301.json           | Invalid codes[0].code '301': a municipality code of NO has exactly 4 digits",
      "code-abcd.json          | Invalid codes[0].code 'ABCD': a municipality code of NO has exactly 4 digits",
      "negative-population.json| Invalid population.count '-101469': must not be negative",
      "duplicate-district.json | Invalid districts[2].name 'Konnerud og Skoger vest': is the name of districts[0] too",
      "foreign-district.json   | Invalid districts[1].municipality '0625': district 'Mjøndalen, Åsen og Steinberg'"
          + " belongs to another municipality than Drammen",
      "unknown-property.json   | unknown property 'councilSeats'; known here: asOf, bodies, codes,"
          + " councilSize, districts, jurisdiction, mergedFrom, name, policies, population"})
  void structuralErrorsExit2WithOneLineNamingTheFile(String file, String message) {
    String path = Cli.municipality(file);
    Cli.Result result = Cli.run("validate", path);
    assertEquals(2, result.status(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("folkestyre: " + path + ": " + message), result::toString);
    assertFalse(result.err().contains("Exception"), result::toString);
    assertEquals("", result.out());
  }

  @Test
  void missingFileExits2() {
    Path missing = temp.resolve("nowhere.json");
    Cli.Result result = Cli.run("validate", missing.toString());
    assertEquals(2, result.status(), result::toString);
    assertEquals("folkestyre: " + missing + ": no such file", result.err().strip());
  }

  @Test
  void aDirectoryExits2() {
    Cli.Result result = Cli.run("validate", temp.toString());
    assertEquals(2, result.status(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', value = {
      "''                                   | the file holds no JSON",
      "null                                 | the document must be a JSON object, not null",
      "[]                                   | wrong type of the document (line 1, column 1): expected an object",
      "{\"councilSize\": \"57\"}             | wrong type for 'councilSize' (line 1",
      "{\"councilSize\": 57.0}              | wrong type for 'councilSize' (line 1",
      "{\"name\": 1}                        | wrong type for 'name' (line 1",
      "{\"name\": \"A\", \"name\": \"B\"}   | malformed JSON (line 1",
      "{} {}                                | malformed JSON (line 1, column 4): trailing content after the"
          + " document",
      "{\"codes\": [{\"code\": \"3005\", \"frm\": \"2020-01-01\"}]} | unknown property 'codes[0].frm'",
      "{\"jurisdiction\": \"NO\"}           | Missing required property 'codes'"})
  void unusableDocumentsExit2(String content, String message) throws Exception {
    Path file = temp.resolve("bad.json");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    Cli.Result result = Cli.run("validate", file.toString());
    assertEquals(2, result.status(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("folkestyre: " + file + ": " + message), result::toString);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "jurisdiction | 'SE'                 | Invalid jurisdiction 'SE': is not known; available: NO, DK",
      "asOf         | '2020-02-30'         | Invalid asOf '2020-02-30': must be a date in the form YYYY-MM-DD",
      "policies     | ['NOPE']             | Invalid policies[0] 'NOPE': is not known; available: NO-KL, DK-KSL,"
          + " DRAMMEN-NEIGHBOURHOOD",
      "councilSize  | 0                    | Invalid councilSize '0': must be at least 1",
      "name         | '  '                 | Invalid name '  ': must not be blank",
      "codes        | []                   | Invalid codes '[]': a municipality needs at least one code",
      "mergedFrom   | {'date': '2020-01-01', 'municipalities': [{'name': 'Svelvik', 'code': '0711'}]}"
          + " | Invalid mergedFrom.municipalities"})
  void invalidValuesExit2NamingThePath(String property, String value, String message) throws Exception {
    ObjectNode json = (ObjectNode) JSON.readTree(Files.readString(Cli.resource("municipalities/drammen-2020.json")));
    json.set(property, JSON.readTree(value.replace('\'', '"')));
    Path file = write(json);
    Cli.Result result = Cli.run("validate", file.toString());
    assertEquals(2, result.status(), result::toString);
    assertTrue(result.err().startsWith("folkestyre: " + file + ": " + message), result::toString);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "hub         | {'name': 'Konnerud bibliotek', 'kind': 'PARK'} | Invalid districts[4].hub.kind 'PARK': must be"
          + " one of LIBRARY, SCHOOL, HEALTH_INSTITUTION, COMMUNITY_HOUSE, VOLUNTEER_CENTRE, OTHER",
      "hub         | {'name': 'Konnerud bibliotek'}                 | Missing required property 'districts[4].hub.kind'",
      "coordinator | {'name': 'K', 'positionSharePercent': 101}     | Invalid"
          + " districts[4].coordinator.positionSharePercent '101': must be between 1 and 100",
      "budgets     | [{'year': 2020, 'amountMinor': -1}]            | Invalid districts[4].budgets[0].amountMinor",
      "budgets     | [{'year': 2020, 'amountMinor': 1}, {'year': 2020, 'amountMinor': 2}] | Invalid"
          + " districts[4].budgets '2020': has two budgets for the same year",
      "population  | {'count': 10970}                               | Missing required property"
          + " 'districts[4].population.date'",
      "municipality | '3301'                                        | Invalid districts[4].municipality '3301'"})
  void invalidDistrictValuesExit2NamingThePath(String property, String value, String message) throws Exception {
    ObjectNode json = (ObjectNode) JSON.readTree(Files.readString(Cli.resource("municipalities/drammen-2020.json")));
    ((ObjectNode) json.get("districts").get(4)).set(property, JSON.readTree(value.replace('\'', '"')));
    Path file = write(json);
    Cli.Result result = Cli.run("validate", file.toString());
    assertEquals(2, result.status(), result::toString);
    assertTrue(result.err().startsWith("folkestyre: " + file + ": " + message), result::toString);
  }

  @Test
  void theDateComesFromTheOptionThenTheFileThenTheClock() throws Exception {
    String drammen = Cli.municipality("drammen-2020.json");
    assertEquals("2020-06-01", validateJson(drammen).get("asOf").asText());
    JsonNode later = validateJson(drammen, "--as-of", "2021-03-01");
    assertEquals("2021-03-01", later.get("asOf").asText());
    // No budgets for 2021: every district breaks the budget rule.
    assertEquals(10, later.get("violations").size(), later::toString);

    ObjectNode json = (ObjectNode) JSON.readTree(Files.readString(Cli.resource("municipalities/drammen-2020.json")));
    json.remove("asOf");
    JsonNode today = validateJson(write(json).toString());
    assertEquals("2024-03-01", today.get("asOf").asText(), "the injected clock decides what today is");
    assertEquals("3005", today.get("code").asText(), "the latest code, as the file has no later one");
  }

  @Test
  void policiesFromTheOptionAddToThoseOfTheFile() throws Exception {
    ObjectNode json = (ObjectNode) JSON.readTree(Files.readString(Cli.resource("municipalities/drammen-2020.json")));
    json.remove("policies");
    String file = write(json).toString();
    JsonNode statutory = validateJson(file);
    assertEquals("[\"NO-KL\"]", statutory.get("packs").toString());
    assertEquals(2, statutory.get("rulesChecked").size());
    JsonNode both = validateJson(file, "--policy", "drammen-neighbourhood", "--policy", "NO-KL");
    assertEquals("[\"NO-KL\",\"DRAMMEN-NEIGHBOURHOOD\"]", both.get("packs").toString());
    assertEquals(6, both.get("rulesChecked").size());

    Cli.Result unknown = Cli.run("validate", file, "--policy", "nope");
    assertEquals(2, unknown.status());
    assertEquals("folkestyre: invalid --policy 'nope': is not known; available: NO-KL, DK-KSL, DRAMMEN-NEIGHBOURHOOD,"
        + " DRAMMEN-MASTER-PLAN, DRAMMEN-FISCAL, DRAMMEN-PARTICIPATION",
        unknown.err().strip());
  }

  @Test
  void badDateOptionExits2() {
    Cli.Result result = Cli.run("validate", Cli.municipality("drammen-2020.json"), "--as-of", "1 June 2020");
    assertEquals(2, result.status());
    assertEquals("folkestyre: invalid --as-of '1 June 2020': must be a date in the form YYYY-MM-DD",
        result.err().strip());
  }

  @Test
  void aDanishMunicipalityIsValidatedUnderDanishLaw() throws Exception {
    ObjectNode json = (ObjectNode) JSON.readTree("""
        {"jurisdiction": "DK", "name": "Holbæk", "codes": [{"code": "0316", "from": "2007-01-01"}],
         "population": {"count": 72000, "date": "2024-01-01"}, "councilSize": 31, "asOf": "2024-06-01"}""");
    JsonNode report = validateJson(write(json).toString(), "--lang", "da");
    assertEquals("316", report.get("code").asText());
    assertEquals("[\"DK-KSL\"]", report.get("packs").toString());
    assertTrue(report.get("valid").asBoolean(), report::toString);
    json.put("councilSize", 33);
    JsonNode tooLarge = validateJson(write(json).toString(), "--lang", "da");
    assertEquals("DK-KSL-COUNCIL-SIZE", tooLarge.get("violations").get(0).get("rule").asText());
  }
}
