package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.folkestyre.core.Language;
import org.folkestyre.core.municipality.District;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code folkestyre tour}. */
class TourCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void textShowsTheMunicipalityItsDistrictsAndTheResult() {
    Cli.Result result = Cli.run("tour");
    assertEquals(0, result.status(), result::toString);
    assertEquals("", result.err());
    String out = result.out();
    for (District district : ReferenceData.drammen2020().districts()) {
      assertTrue(out.contains(district.name()), district.name());
    }
    for (String expected : new String[] {
        "A tour of Folkestyre: Drammen",
        "Municipality code on 2020-06-01: 3005",
        "0602 from 1964-01-01 until 2020-01-01",
        "formed on 2020-01-01 from Drammen (0602), Nedre Eiker (0625) and Svelvik (0711)",
        "101,469 (2020-03-31)",
        "57 members; the legal minimum is 43",
        "Districts (10)",
        "NOK 50,000",
        "NOK 500,000",
        "99,131",
        "NO-KL-5-5-COUNCIL-MIN",
        "DRAMMEN-NEIGHBOURHOOD-BUDGET",
        "Result: no violations.",
        "What next:"}) {
      assertTrue(out.contains(expected), () -> expected + " in\n" + out);
    }
  }

  @Test
  void bokmalUsesTheJurisdictionsTerms() {
    String out = Cli.run("tour", "--lang", "nb").out();
    for (String expected : new String[] {
        "Omvisning i Folkestyre: Drammen", "Kommunenummer per 2020-06-01: 3005", "Kommunestyre:",
        "57 medlemmer; lovens minstekrav er 43", "Kommunedeler (10)", "Knutepunkt", "Lokal", "koordinator",
        "Kommunedel", "NOK 500 000", "101 469", "Resultat: ingen brudd.", "Neste steg:"}) {
      assertTrue(out.contains(expected), () -> expected + " in\n" + out);
    }
    String da = Cli.run("tour", "--lang", "da").out();
    assertTrue(da.contains("Kommunalbestyrelse (norsk: kommunestyre):"), da);
    assertTrue(da.contains("NOK 500.000"), da);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyLanguageWorksInTextAndJson(Language language) throws Exception {
    Cli.Result text = Cli.run("tour", "--lang", language.tag());
    assertEquals(0, text.status(), text::toString);
    Cli.Result json = Cli.run("tour", "--lang", language.tag(), "--format", "json");
    assertEquals(0, json.status(), json::toString);
    assertEquals(Texts.WHAT_NEXT.get(language), JSON.readTree(json.out()).get("whatNext").asText());
  }

  @Test
  void jsonParsesAndSumsTheDistricts() throws Exception {
    Cli.Result result = Cli.run("tour", "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode tour = JSON.readTree(result.out());
    assertEquals("2020-06-01", tour.get("asOf").asText());
    JsonNode summary = tour.get("summary");
    assertEquals("3005", summary.get("code").asText());
    assertEquals(57, summary.get("councilSize").asInt());
    assertEquals(43, summary.get("councilMinimum").asInt());
    assertEquals(10, summary.get("districtCount").asInt());
    assertEquals(99_131, summary.get("districtPopulation").asLong());
    assertEquals(2020, summary.get("budgetYear").asInt());
    assertEquals(50_000_000L, summary.get("budgetTotal").get("amountMinor").asLong());
    assertEquals("500000.00", summary.get("budgetTotal").get("amount").asText());
    assertTrue(tour.get("validation").get("valid").asBoolean());
    assertEquals(0, tour.get("validation").get("violations").size());
    assertEquals(6, tour.get("validation").get("rulesChecked").size());
    assertEquals(10, tour.get("municipality").get("districts").size());
  }

  @Test
  void theTourMunicipalityIsAFileValidateReads(@TempDir Path temp) throws Exception {
    JsonNode municipality = JSON.readTree(Cli.run("tour", "--format", "json").out()).get("municipality");
    Path file = temp.resolve("drammen.json");
    Files.writeString(file, JSON.writeValueAsString(municipality), StandardCharsets.UTF_8);
    Cli.Result result = Cli.run("validate", file.toString(), "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode report = JSON.readTree(result.out());
    assertTrue(report.get("valid").asBoolean(), report::toString);
    assertEquals(6, report.get("rulesChecked").size());
  }

  @Test
  void tourRunsAConsultationAndPrintsTheMinutesOfAMeeting() throws Exception {
    Cli.Result text = Cli.run("tour", "--lang", "da");
    assertEquals(0, text.status(), text::toString);
    org.junit.jupiter.api.Assertions.assertTrue(text.out().contains("Punkt 119"), text::toString);
    org.junit.jupiter.api.Assertions.assertTrue(text.out().contains("13/37262"), text::toString);
    org.junit.jupiter.api.Assertions.assertTrue(text.out().contains("Kommuneplanens samfunnsdel 2021–2040"),
        text::toString);
    Cli.Result json = Cli.run("tour", "--format", "json");
    com.fasterxml.jackson.databind.JsonNode tour = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertEquals(0, tour.get("consultation").get("violations").asInt());
    org.junit.jupiter.api.Assertions.assertTrue(tour.get("consultation").get("rulesChecked").toString()
        .contains("CONSULTATION-LOYALTY"));
    org.junit.jupiter.api.Assertions.assertTrue(tour.get("minutes").asText().contains("Item 123"));
  }

  @Test
  void tourPlansOneActivityPerDistrictWithinItsBudget() {
    Cli.Result result = Cli.run("tour");
    assertEquals(0, result.status(), result::toString);
    String out = result.out();
    int start = out.indexOf("Participation activities 2020: one per district, within each district's budget");
    assertTrue(start > out.indexOf("Item 123"), out);
    String step = out.substring(start, out.indexOf("What next:"));
    for (District district : ReferenceData.drammen2020().districts()) {
      String row = step.lines().filter(line -> line.endsWith(district.name())).findFirst().orElseThrow(
          () -> new AssertionError(district.name() + " in\n" + step));
      assertTrue(row.contains("NOK 50,000"), row);
    }
    assertTrue(step.contains("NOK 500,000"), step);
    assertTrue(step.contains("DRAMMEN-ACTIVITY-BUDGET"), step);
    assertTrue(step.contains("Result: no violations."), step);
    String nb = Cli.run("tour", "--lang", "nb").out();
    assertTrue(nb.contains("Medvirkningsaktiviteter 2020: én per kommunedel"), nb);
    assertTrue(nb.contains("Dialogmøte"), nb);
  }

  @Test
  void tourRunsHolbaeksVotePromotionPoolForTheNextElection() {
    Cli.Result text = Cli.run("tour");
    assertEquals(0, text.status(), text::toString);
    String out = text.out();
    for (String expected : new String[] {
        "Grant pool: Holbæk's pool for vote promotion", "Drammen has no such pool",
        "Pulje til valgfremme – general election 2015-06-18", "Pool: DKK 75,000",
        "Applications: 6, asking DKK 118,000 in all",
        "Awarded: DKK 75,000 (2 awarded, 1 partly awarded, 3 rejected)", "Remaining: DKK 0",
        " 3. H3 Valgdebat på varmestuen (Karen Jensen, resident): asked DKK 28,000, 23 points: partly awarded"
            + " DKK 20,000"}) {
      assertTrue(out.contains(expected), () -> expected + " in\n" + out);
    }
    // The step comes after the minutes and before the closing suggestion.
    assertTrue(out.indexOf("Item 123") < out.indexOf("Grant pool:"), out);
    assertTrue(out.indexOf("Grant pool:") < out.indexOf("What next:"), out);
    String da = Cli.run("tour", "--lang", "da").out();
    assertTrue(da.contains("Bevilget: DKK 75.000 (2 bevilget, 1 delvist bevilget, 3 afslået)"), da);
  }

  @Test
  void tourRunsAParticipatoryBudgetInTwoDrammenDistricts() {
    Cli.Result result = Cli.run("tour");
    assertEquals(0, result.status(), result::toString);
    String out = result.out();
    int start = out.indexOf("Participatory budget: two Drammen districts");
    assertTrue(start > out.indexOf("Participation activities 2020"), out);
    assertTrue(start < out.indexOf("Grant pool:"), out);
    String step = out.substring(start, out.indexOf("Grant pool:"));
    assertTrue(step.contains("invented"), step);
    // Both districts are real ones of Drammen in 2020, with the district's budget of NOK 50,000.
    List<String> names = ReferenceData.drammen2020().districts().stream().map(District::name).toList();
    for (String district : List.of("Konnerud og Skoger vest", "Bragernes og Øren")) {
      assertTrue(names.contains(district), district);
      assertTrue(step.contains(district + ": 8 ballots accepted, 1 rejected"), step);
    }
    assertTrue(step.contains("NOK 50,000"), step);
    // One rejected ballot per district: a second ballot, and a resident of another district.
    assertTrue(step.contains("SECOND_BALLOT"), step);
    assertTrue(step.contains("(a voter from Konnerud og Skoger vest): INELIGIBLE_DISTRICT"), step);
    // The selections below were worked out by hand from the invented ballots. Konnerud, budget 50,000,
    // 8 voters with 6,250 each: mes buys K2 first (5 supporters pay 6,000 each), leaving them 250;
    // K4's 4 supporters then have 1,000 for 20,000, K3's 3 untouched supporters 18,750 for 18,000,
    // and K1's two have 500 left. Greedy: K2 (5 votes), K4 (4 votes, 20,000: exactly 50,000).
    // Bragernes: mes buys B3 (5 supporters pay 5,600 each), then B4 (650 + 650 + 3,350 + 3,350);
    // B1's supporters have 650 + 2,900 + 6,250 + 650 for 15,000.
    assertTrue(step.contains("mes selects K2, K3, NOK 48,000 together"), step);
    assertTrue(step.contains("greedy selects K2, K4, NOK 50,000 together"), step);
    assertTrue(step.contains("mes selects B3, B4, NOK 36,000 together"), step);
    // Greedy: B3 (5 votes, 28,000), then B1 and B4 with 4 votes each, B1 first by id (43,000); B4 no
    // longer fits.
    assertTrue(step.contains("greedy selects B1, B3, NOK 43,000 together"), step);
    assertTrue(step.contains("Voters with at least one selected project: 8 of 8"), step);
    assertTrue(step.contains("Voters with at least one selected project: 7 of 8"), step);
    String nb = Cli.run("tour", "--lang", "nb").out();
    assertTrue(nb.contains("Borgerbudsjett: to av Drammens kommunedeler"), nb);
    assertTrue(nb.contains("oppdiktede"), nb);
  }

  @Test
  void theJsonTourHasTheActivitiesTheParticipatoryBudgetAndTheGrantPoolAsTheTextTourPrintsThem() throws Exception {
    for (String language : new String[] {"en", "da"}) {
      String text = Cli.run("tour", "--lang", language).out();
      Cli.Result json = Cli.run("tour", "--lang", language, "--format", "json");
      assertEquals(0, json.status(), json::toString);
      com.fasterxml.jackson.databind.JsonNode tour = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
      for (String key : new String[] {"activities", "participatoryBudget", "grantPool"}) {
        String part = tour.get(key).asText();
        assertTrue(part.length() > 100, key + ": " + part);
        assertTrue(text.contains(part), key + " is the text tour's step:\n" + part);
      }
      assertTrue(tour.get("grantPool").asText().contains("DKK 75"), tour.get("grantPool").asText());
    }
  }
}
