package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code folkestyre ical}: the feed of a committee's meetings, and its errors. */
class IcalCommandTest {
  static String file(String name) {
    return Cli.resource("interchange/" + name).toString();
  }

  private static void assertOneLineError(Cli.Result result, String expected) {
    assertEquals(2, result.status(), result::toString);
    assertEquals("", result.out(), result::toString);
    assertEquals(List.of(expected), result.errLines(), result::toString);
  }

  @Test
  void printsTheFeed_withCrlf_andEveryMeetingCancelledOnesIncluded() {
    Cli.Result result = Cli.run("ical", file("formannskapet.json"), "--domain", "drammen.kommune.no",
        "--base", "https://drammen.kommune.no/moter/");
    assertEquals(0, result.status(), result::toString);
    assertEquals("", result.err());
    String ics = result.out();
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
    assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
    assertTrue(ics.contains("UID:fsk-2025-05@drammen.kommune.no\r\n"));
    assertTrue(ics.contains("UID:fsk-2025-06@drammen.kommune.no\r\nDTSTAMP:20240301T110000Z\r\n"), "DTSTAMP from the clock");
    assertTrue(ics.contains("STATUS:CANCELLED\r\n"));
    assertTrue(ics.contains("URL:https://drammen.kommune.no/moter/fsk-2025-06\r\n"));
    assertFalse(ics.contains("Person 1"), "no member is named");
  }

  @Test
  void holbaek_needsNoCommitteeOption() {
    Cli.Result result = Cli.run("ical", file("holbaek-2015.json"));
    assertEquals(0, result.status(), result::toString);
    assertTrue(result.out().contains("DTSTART;TZID=Europe/Copenhagen:20150324T170000\r\n"), result::toString);
    assertTrue(result.out().contains("SUMMARY:Demokratieksperimentariet – møde\r\n"), result::toString);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--committee|bystyret|folkestyre: invalid --committee 'bystyret': is not a committee of FILE; committees: [formannskapet]",
      "--base|moter/|folkestyre: invalid --base 'moter/': must be an absolute http or https URL, such as https://example.org/oparl/",
      "--domain|drammen kommune|folkestyre: invalid --domain 'drammen kommune': must be a host name such as drammen.kommune.no"})
  void badOptions_exit2WithOneLine(String option, String value, String message) {
    String path = file("formannskapet.json");
    assertOneLineError(Cli.run("ical", path, option, value), message.replace("FILE", path));
  }

  @Test
  void badFiles_exit2WithOneLine() {
    String unknown = file("unknown-committee.json");
    assertOneLineError(Cli.run("ical", unknown), "folkestyre: " + unknown
        + ": Invalid meetings[0].committeeId 'bystyret': is not the id of a committee; committees: [formannskapet]");
    String ambiguous = file("ambiguous-case.json");
    Cli.Result result = Cli.run("ical", ambiguous);
    assertEquals(2, result.status(), result::toString);
    assertTrue(result.err().startsWith("folkestyre: " + ambiguous + ": Invalid meetings[0].agenda[0].caseNumber"),
        result::toString);
    assertTrue(result.err().contains("NO_JOURNAL_ENTRY"), result::toString);
    assertOneLineError(Cli.run("ical", "missing.json"), "folkestyre: missing.json: no such file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ical", "oparl"})
  void help_andUnknownOptions(String command) {
    Cli.Result help = Cli.run(command, "--help");
    assertEquals(0, help.status(), help::toString);
    assertTrue(help.out().contains("Usage: folkestyre " + command), help::toString);
    assertTrue(help.out().contains("--base"), help::toString);
    Cli.Result bogus = Cli.run(command, file("formannskapet.json"), "--bogus");
    assertEquals(2, bogus.status(), bogus::toString);
    assertEquals(1, bogus.errLines().size(), bogus::toString);
    assertTrue(bogus.err().contains("--bogus"), bogus::toString);
  }
}
