package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code folkestyre deadline}: the earliest legal closing date of a consultation. */
class DeadlineCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void kommuneplanOpening24March2026_closes5May() throws Exception {
    Cli.Result result = Cli.run("deadline", "--country", "NO", "--kind", "kommuneplan", "--opens", "2026-03-24",
        "--format", "json");
    assertEquals(0, result.status(), result::toString);
    assertEquals("", result.err());
    JsonNode json = JSON.readTree(result.out());
    assertEquals(List.of("earliestClose", "minimumPeriod", "rule"), List.copyOf(iterable(json)));
    assertEquals("2026-05-05", json.get("earliestClose").asText());
    assertEquals("P6W", json.get("minimumPeriod").asText());
    assertEquals("NO-PBL-11-14-KP-HEARING", json.get("rule").asText());
  }

  private static List<String> iterable(JsonNode json) {
    List<String> names = new java.util.ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @ParameterizedTest
  @CsvSource({
      "NO, planprogram, 2026-03-24, 2026-05-05, P6W, NO-PBL-11-13-KP-PLANPROGRAM",
      "NO, reguleringsplan-planprogram, 2026-03-24, 2026-05-05, P6W, NO-PBL-12-9-RP-PLANPROGRAM",
      "NO, reguleringsplan, 2029-04-05, 2029-05-18, P6W, NO-PBL-12-10-RP-HEARING",
      "NO, state, 2026-03-24, 2026-05-05, P6W, NO-UTREDNINGSINSTRUKS",
      "NO, KOMMUNEPLAN, 2026-02-19, 2026-04-07, P6W, NO-PBL-11-14-KP-HEARING",
      "DK, kommuneplan, 2026-03-24, 2026-05-19, P8W, DK-PLANL-24-HEARING",
      "DK, kommuneplan-minor, 2026-03-24, 2026-04-21, P4W, DK-PLANL-24-HEARING",
      "DK, lokalplan, 2026-03-05, 2026-04-07, P4W, DK-PLANL-24-HEARING",
      "dk, lokalplan-minor, 2026-03-24, 2026-04-07, P2W, DK-PLANL-24-HEARING"})
  void everyKindOfBothCountries(String country, String kind, String opens, String close, String period, String rule)
      throws Exception {
    Cli.Result result = Cli.run("deadline", "--country", country, "--kind", kind, "--opens", opens, "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode json = JSON.readTree(result.out());
    assertEquals(close, json.get("earliestClose").asText());
    assertEquals(period, json.get("minimumPeriod").asText());
    assertEquals(rule, json.get("rule").asText());
  }

  @Test
  void text_isAReadableLine_sayingWhenTheDeadlineMoved() {
    Cli.Result result = Cli.run("deadline", "--country", "NO", "--kind", "kommuneplan", "--opens", "2026-02-19",
        "--lang", "nb");
    assertEquals(0, result.status(), result::toString);
    assertEquals(List.of("Kommuneplan (NO) som åpner 2026-02-19: tidligste lovlige frist er 2026-04-07 (minst 6 uker:"
            + " plan- og bygningsloven § 11-14; regel NO-PBL-11-14-KP-HEARING).",
        "2026-04-02 er ikke en virkedag, så fristen flyttes til 2026-04-07."), result.out().lines().toList());
  }

  @Test
  void stateHearings_showTheNormalPeriodToo() {
    Cli.Result result = Cli.run("deadline", "--country", "NO", "--kind", "state", "--opens", "2026-03-24");
    assertEquals(0, result.status(), result::toString);
    assertTrue(result.out().endsWith("Normally 3 months: deadline 2026-06-24.\n"), result::toString);
  }

  @Test
  void anUnknownKind_exits2NamingTheCountrysKinds() {
    Cli.Result result = Cli.run("deadline", "--country", "NO", "--kind", "lokalplan", "--opens", "2026-03-24");
    assertEquals(2, result.status(), result::toString);
    assertEquals("", result.out());
    assertEquals("folkestyre: invalid --kind 'lokalplan' for NO: must be one of planprogram,"
        + " reguleringsplan-planprogram, kommuneplan, reguleringsplan, state\n", result.err());
    Cli.Result danish = Cli.run("deadline", "--country", "DK", "--kind", "voluntary", "--opens", "2026-03-24");
    assertEquals("folkestyre: invalid --kind 'voluntary' for DK: must be one of kommuneplan, kommuneplan-minor,"
        + " lokalplan, lokalplan-minor\n", danish.err());
  }

  @Test
  void badDates_exit2WithOneLine() {
    Cli.Result malformed = Cli.run("deadline", "--country", "NO", "--kind", "kommuneplan", "--opens", "24.03.2026");
    assertEquals(2, malformed.status());
    assertEquals("folkestyre: invalid --opens '24.03.2026': must be a date in the form YYYY-MM-DD\n", malformed.err());
    Cli.Result outside = Cli.run("deadline", "--country", "NO", "--kind", "kommuneplan", "--opens", "1850-01-01");
    assertEquals(2, outside.status());
    assertEquals("folkestyre: invalid --opens '1850-01-01': must be between 1900-01-01 and 2199-12-31\n", outside.err());
    Cli.Result beyond = Cli.run("deadline", "--country", "NO", "--kind", "kommuneplan", "--opens", "2199-12-20");
    assertEquals(2, beyond.status());
    assertEquals(1, beyond.errLines().size(), beyond::toString);
  }
}
