package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code folkestyre holidays}. */
class HolidaysCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> dates(Cli.Result result) throws Exception {
    assertEquals(0, result.status(), result::toString);
    List<String> dates = new ArrayList<>();
    for (JsonNode holiday : JSON.readTree(result.out())) {
      assertEquals(2, holiday.size(), holiday::toString);
      assertFalse(holiday.get("name").asText().isBlank(), holiday::toString);
      dates.add(holiday.get("date").asText());
    }
    return dates;
  }

  @Test
  void norway2024InJson() throws Exception {
    Cli.Result result = Cli.run("holidays", "--country", "NO", "--year", "2024", "--format", "json");
    assertEquals("2024-01-01,2024-03-28,2024-03-29,2024-03-31,2024-04-01,2024-05-01,2024-05-09,2024-05-17,"
        + "2024-05-19,2024-05-20,2024-12-25,2024-12-26", String.join(",", dates(result)));
    JsonNode constitutionDay = JSON.readTree(result.out()).get(7);
    assertEquals("2024-05-17", constitutionDay.get("date").asText());
    assertEquals("Grunnlovsdag", constitutionDay.get("name").asText());
  }

  @Test
  void denmark2023HasStoreBededag() throws Exception {
    List<String> dates = dates(Cli.run("holidays", "--country", "DK", "--year", "2023", "--format", "json"));
    assertTrue(dates.contains("2023-05-05"), dates::toString);
    List<String> next = dates(Cli.run("holidays", "--country", "dk", "--year", "2024", "--format", "json"));
    assertFalse(next.contains("2024-04-26"), "store bededag was abolished from 2024: " + next);
  }

  @Test
  void textIsDateThenNameInTheLanguageAsked() {
    Cli.Result nb = Cli.run("holidays", "--country", "NO", "--year", "2024", "--lang", "nb");
    assertEquals(0, nb.status(), nb::toString);
    List<String> lines = nb.out().lines().toList();
    assertEquals(12, lines.size(), nb::toString);
    assertEquals("2024-05-17  Grunnlovsdag", lines.get(7));
    Cli.Result en = Cli.run("holidays", "--country", "NO", "--year", "2024");
    assertEquals("2024-05-17  Constitution Day", en.out().lines().toList().get(7));
  }

  @Test
  void unknownCountryExits2NamingItWithoutAStackTrace() {
    Cli.Result result = Cli.run("holidays", "--country", "XX", "--year", "2024");
    assertEquals(2, result.status(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertEquals("folkestyre: invalid --country 'XX': is not known; available: NO, DK", result.err().strip());
    assertFalse(result.err().contains("Exception"));
    assertFalse(result.err().contains("at org."));
    assertEquals("", result.out());
  }

  @ParameterizedTest
  @CsvSource({"1899", "2200", "-5"})
  void yearOutsideTheCalendarExits2(String year) {
    Cli.Result result = Cli.run("holidays", "--country", "NO", "--year", year);
    assertEquals(2, result.status(), result::toString);
    assertEquals("folkestyre: invalid --year '" + year + "': must be between 1900 and 2199", result.err().strip());
  }

  @Test
  void yearAtTheEdgesOfTheCalendarWorks() {
    assertEquals(0, Cli.run("holidays", "--country", "NO", "--year", "1900").status());
    assertEquals(0, Cli.run("holidays", "--country", "DK", "--year", "2199").status());
  }

  @Test
  void missingOrMalformedOptionsExit2() {
    Cli.Result missing = Cli.run("holidays", "--year", "2024");
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("--country"), missing::toString);
    Cli.Result text = Cli.run("holidays", "--country", "NO", "--year", "twenty");
    assertEquals(2, text.status());
    assertEquals(1, text.errLines().size(), text::toString);
    assertTrue(text.err().startsWith("folkestyre: invalid --year 'twenty'"), text::toString);
  }
}
