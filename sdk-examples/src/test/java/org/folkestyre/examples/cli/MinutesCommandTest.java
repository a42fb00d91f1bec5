package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.folkestyre.core.Language;
import org.folkestyre.core.minutes.Minutes;
import org.folkestyre.core.minutes.MinutesRenderer;
import org.folkestyre.core.minutes.View;
import org.folkestyre.core.testing.ReferenceData;
import org.folkestyre.examples.cli.json.Json;
import org.folkestyre.examples.cli.json.MeetingForm;
import org.folkestyre.examples.cli.json.MeetingRecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code folkestyre minutes}: the JSON form, the formats and views, and bad input. */
class MinutesCommandTest {
  private static final String HOLBAEK = Cli.meeting("meeting-holbaek-2015.json");
  private static final String OPPVEKST = Cli.meeting("meeting-oppvekst-2025.json");

  @TempDir
  Path directory;

  private static void assertOneLineError(Cli.Result result, String message) {
    assertEquals(2, result.status(), result::toString);
    assertEquals("", result.out(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("folkestyre: "), result::toString);
    assertTrue(result.err().contains(message), result::toString);
  }

  @Test
  void holbaekFile_isTheReferenceRecord() throws Exception {
    MeetingRecordJson json = Json.mapper().readValue(Files.readString(Path.of(HOLBAEK)), MeetingRecordJson.class);
    assertEquals(ReferenceData.holbaekMeeting2015(), MeetingForm.toCore(json, LocalDate.of(2024, 3, 1)));
  }

  @ParameterizedTest
  @CsvSource({"markdown, MARKDOWN", "html, HTML", "text, TEXT"})
  void holbaek_inDanish_printsWhatTheRendererWrites(String option, MinutesRenderer.Format format) {
    Cli.Result result = Cli.run("minutes", HOLBAEK, "--format", option, "--lang", "da");
    assertEquals(0, result.status(), result::toString);
    assertEquals("", result.err());
    assertEquals(MinutesRenderer.render(Minutes.of(ReferenceData.holbaekMeeting2015()), format, Language.DA,
        View.PUBLIC), result.out());
    for (String number : List.of("119", "120", "121", "122", "123")) {
      assertTrue(result.out().contains("Punkt " + number + ": "), number);
    }
  }

  @Test
  void defaults_areTextPublicAndEnglish() {
    Cli.Result result = Cli.run("minutes", OPPVEKST);
    assertEquals(0, result.status(), result::toString);
    assertTrue(result.out().startsWith("Minutes: Utvalg for oppvekst\n"), result::toString);
    assertTrue(result.out().lines().anyMatch(l -> l.matches("Version: +Public version")), result::toString);
  }

  @Test
  void publicView_leavesOutTheConfidentialData_internalViewShowsIt() {
    List<String> confidential = List.of("Grete Gran", "Nils Nabo", "Siri Sand", "er nabo til");
    Cli.Result published = Cli.run("minutes", OPPVEKST, "--format", "markdown", "--lang", "nb");
    assertEquals(0, published.status(), published::toString);
    confidential.forEach(c -> assertFalse(published.out().contains(c), c + " in\n" + published.out()));
    assertTrue(published.out().contains("## Sak PS 8/25: Unntatt offentlighet"), published::toString);
    assertTrue(published.out().contains("- Vedlegg unntatt offentlighet (offentleglova § 13)"), published::toString);
    assertTrue(published.out().contains("- Per Dahl: forvaltningsloven § 6 andre ledd\n"), published::toString);
    Cli.Result internal = Cli.run("minutes", OPPVEKST, "--format", "markdown", "--lang", "nb", "--view", "INTERNAL");
    assertEquals(0, internal.status(), internal::toString);
    confidential.forEach(c -> assertTrue(internal.out().contains(c), c + " missing from\n" + internal.out()));
  }

  @Test
  void aClosedItemWithoutGround_isNoInputError_theMinutesSayTheGroundIsMissing() {
    Cli.Result result = Cli.run("minutes", Cli.meeting("meeting-closed-without-ground.json"), "--lang", "nb");
    assertEquals(0, result.status(), result::toString);
    assertTrue(result.out().contains("Saken ble behandlet i lukket møte; protokollen oppgir ingen hjemmel."),
        result::toString);
    assertFalse(result.out().contains("Ola Olsen"), result::toString);
  }

  @Test
  void anItemNumberedTwice_exits2() {
    assertOneLineError(Cli.run("minutes", Cli.meeting("meeting-duplicate-item.json")),
        "meeting-duplicate-item.json: Invalid meeting.agendaItems[1].number '119': numbers another item of the"
            + " agenda too");
  }

  @Test
  void anUnknownProperty_exits2() {
    assertOneLineError(Cli.run("minutes", Cli.meeting("meeting-unknown-property.json")),
        "unknown property 'meeting.agendaItems[0].colour'");
  }

  @Test
  void malformedJson_exits2() {
    assertOneLineError(Cli.run("minutes", Cli.meeting("meeting-malformed.json")), "malformed JSON");
  }

  @Test
  void aMissingFile_exits2() {
    assertOneLineError(Cli.run("minutes", directory.resolve("none.json").toString()), "none.json: no such file");
  }

  @Test
  void anUnknownView_exits2() {
    assertOneLineError(Cli.run("minutes", HOLBAEK, "--view", "secret"),
        "invalid --view 'secret': must be one of public, internal");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"committee\": {\"id\": \"u\", \"name\": \"U\", \"kind\": \"DK-PROJECT\", \"termStart\": \"2014-01-01\","
          + " \"termEnd\": \"2018-01-01\"}}|Missing required property 'meeting'",
      "{\"committee\": {\"id\": \"u\", \"name\": \"U\", \"kind\": \"DK-PROJECT\", \"termStart\": \"2014-01-01\","
          + " \"termEnd\": \"2018-01-01\"}, \"meeting\": {\"start\": \"24.03.2015\", \"agendaItems\": []}}"
          + "|Invalid meeting.start '24.03.2015': must be a date and time in the form YYYY-MM-DDTHH:MM",
      "{\"committee\": {\"id\": \"u\", \"name\": \"U\", \"kind\": \"DK-PROJECT\", \"termStart\": \"2014-01-01\","
          + " \"termEnd\": \"2018-01-01\"}, \"meeting\": {\"start\": \"2015-03-24T17:00\", \"agendaItems\":"
          + " [{\"number\": \"1\", \"title\": \"T\", \"kind\": \"DISCUSSION\", \"recusals\": [{\"person\": \"x\","
          + " \"ground\": \"DK_FVL_3_1_1\"}]}]}}|Invalid meeting.agendaItems[0].recusals[0].person 'x': is not a person"
          + " listed in the file",
      "{\"committee\": {\"id\": \"u\", \"name\": \"U\", \"kind\": \"DK-PROJECT\", \"termStart\": \"2014-01-01\","
          + " \"termEnd\": \"2018-01-01\"}, \"meeting\": {\"start\": \"2015-03-24T17:00\", \"agendaItems\":"
          + " [{\"number\": \"1\", \"title\": \"T\", \"kind\": \"DISCUSSION\", \"closure\": {\"ground\":"
          + " \"NO_KL_11_5_2_A\"}}]}}|",
      "{\"committee\": {\"id\": \"u\", \"name\": \"U\", \"kind\": \"DK-PROJECT\", \"termStart\": \"2014-01-01\","
          + " \"termEnd\": \"2018-01-01\"}, \"meeting\": {\"start\": \"2015-03-24T17:00\", \"agendaItems\":"
          + " [{\"number\": \"1\", \"title\": \"T\", \"kind\": \"MEETING\"}]}}|Invalid meeting.agendaItems[0].kind"
          + " 'MEETING': must be one of DISCUSSION, ORIENTATION, DECISION, ELECTION, APPOINTMENT"})
  void structuralErrors_exit2NamingThePath(String json, String message) throws Exception {
    Path file = directory.resolve("meeting.json");
    Files.writeString(file, json);
    Cli.Result result = Cli.run("minutes", file.toString());
    if (message == null) {
      // A Norwegian ground on a Danish item breaks a procedure rule, not a structural one: it renders.
      assertEquals(0, result.status(), result::toString);
      return;
    }
    assertOneLineError(result, message);
  }
}
