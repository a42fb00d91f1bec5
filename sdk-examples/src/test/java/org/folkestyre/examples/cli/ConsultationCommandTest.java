package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.folkestyre.core.Language;
import org.folkestyre.core.consultation.ConsultationSummary;
import org.folkestyre.examples.cli.json.ConsultationForm;
import org.folkestyre.examples.cli.json.ConsultationJson;
import org.folkestyre.examples.cli.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code folkestyre consultation summary}: the summary of a consultation in the JSON form. */
class ConsultationCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String samfunnsdel() {
    return Cli.resource("consultations/consultation-samfunnsdel.json").toString();
  }

  @Test
  void text_isTheLibrarysRenderingInTheLanguageAsked() throws IOException {
    ConsultationJson form = Json.mapper().readValue(Path.of(samfunnsdel()).toFile(), ConsultationJson.class);
    for (Language language : Language.values()) {
      Cli.Result result = Cli.run("consultation", "summary", samfunnsdel(), "--lang", language.tag());
      assertEquals(0, result.status(), result::toString);
      assertEquals("", result.err());
      assertEquals(ConsultationSummary.of(ConsultationForm.toCore(form)).toText(language), result.out());
    }
  }

  @Test
  void json_countsCampaignsAndChanges() throws Exception {
    Cli.Result result = Cli.run("consultation", "summary", samfunnsdel(), "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode json = JSON.readTree(result.out());
    assertEquals("SUMMARISED", json.get("consultation").get("state").asText());
    assertEquals(8, json.get("submissions").get("received").asInt());
    assertEquals(1, json.get("submissions").get("lateExcluded").asInt());
    assertEquals(3, json.get("byDistrict").get("Fjell").asInt());
    assertEquals(0, json.get("byChannel").get("online-meeting").asInt());
    assertEquals(3, json.get("byDisposition").get("not-adopted").asInt());
    assertEquals(0, json.get("awaitingDisposition").asInt());
    assertEquals("[\"S3\",\"S4\",\"S5\"]", json.get("campaigns").get(0).get("submissions").toString());
    assertEquals("Kapittel 4.2: ny gang- og sykkelvei langs elva", json.get("changes").get(0).get("change").asText());
  }

  @Test
  void json_readsThemesPerSubmission_andCountsThemAcrossSubmissions(@TempDir Path dir) throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode form =
        (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(Path.of(samfunnsdel()).toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) form.get("submissions").get(0)).putArray("themes")
        .add(" Trafikk").add("sykkel");
    ((com.fasterxml.jackson.databind.node.ObjectNode) form.get("submissions").get(1)).putArray("themes")
        .add("TRAFIKK");
    Path file = dir.resolve("themed.json");
    Files.writeString(file, JSON.writeValueAsString(form), StandardCharsets.UTF_8);
    Cli.Result result = Cli.run("consultation", "summary", file.toString(), "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode json = JSON.readTree(result.out());
    assertEquals("{\"trafikk\":2,\"sykkel\":1}", json.get("byTheme").toString());
    Cli.Result text = Cli.run("consultation", "summary", file.toString(), "--lang", "nn");
    assertTrue(text.out().contains("\nTema:\n  trafikk  2\n  sykkel   1\n"), text::toString);
  }

  @Test
  void aDispositionForAnUnknownSubmission_exits2() {
    String file = Cli.resource("consultations/consultation-unknown-submission.json").toString();
    Cli.Result result = Cli.run("consultation", "summary", file);
    assertEquals(2, result.status(), result::toString);
    assertEquals("folkestyre: " + file + ": Invalid dispositions[0].submission 'S9': is not a submission of"
        + " consultation 21/01235\n", result.err());
  }

  private static Cli.Result summaryOf(Path dir, String json) throws IOException {
    Path file = dir.resolve("c.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return Cli.run("consultation", "summary", file.toString());
  }

  private static final String HEAD = "\"jurisdiction\": \"NO\", \"id\": \"1\", \"subject\": \"Plan\","
      + " \"kind\": \"kommuneplan\", \"opens\": \"2026-03-24\", ";

  @Test
  void badInput_exits2NamingThePath(@TempDir Path dir) throws IOException {
    assertEquals("Invalid closes '2026-03-01': must not be before the opening day 2026-03-24",
        error(summaryOf(dir, "{" + HEAD + "\"closes\": \"2026-03-01\"}")));
    assertEquals("Invalid kind 'lokalplan': is not a consultation kind of NO; kinds: planprogram,"
        + " reguleringsplan-planprogram, kommuneplan, reguleringsplan, state, voluntary",
        error(summaryOf(dir, "{" + HEAD.replace("kommuneplan", "lokalplan") + "\"closes\": \"2026-05-05\"}")));
    assertEquals("Missing required property 'closes'",
        error(summaryOf(dir, "{" + HEAD.substring(0, HEAD.length() - 2) + "}")));
    String history = "\"closes\": \"2026-05-05\", \"history\": [{\"state\": \"closed\", \"at\":"
        + " \"2026-05-06T06:00:00Z\"}]";
    assertTrue(error(summaryOf(dir, "{" + HEAD + history + "}")).startsWith("Invalid history[0] "),
        "an illegal move");
    String submission = "\"closes\": \"2026-05-05\", \"history\": [{\"state\": \"open\", \"at\":"
        + " \"2026-03-24T08:00:00Z\"}], \"submissions\": [{\"id\": \"S1\", \"respondent\": \"resident\", \"channel\":"
        + " \"fax\", \"received\": \"2026-04-01T10:00:00Z\", \"text\": \"Hei.\"}]";
    assertTrue(error(summaryOf(dir, "{" + HEAD + submission + "}")).startsWith("Invalid submissions[0].channel 'fax'"));
    String onTime = submission.replace("\"fax\"", "\"podcast\"").replace("\"Hei.\"}", "\"Hei.\", \"lateDecision\":"
        + " \"exclude\"}");
    assertTrue(error(summaryOf(dir, "{" + HEAD + onTime + "}")).startsWith("Invalid submissions[0].lateDecision"
        + " 'exclude': submission S1 was received 2026-04-01T10:00:00Z, not after the closing day 2026-05-05"));
    String adopted = submission.replace("\"fax\"", "\"podcast\"") + ", \"dispositions\": [{\"submission\": \"S1\","
        + " \"outcome\": \"adopted\", \"reason\": \"Ja.\"}]";
    assertTrue(error(summaryOf(dir, "{" + HEAD + adopted + "}")).startsWith("Invalid dispositions[0].changes '[]'"));
    assertEquals("unknown property 'colour'; known here: channels, closes, dispositions, history, id, jurisdiction,"
        + " kind, opens, subject, submissions", error(summaryOf(dir, "{" + HEAD + "\"closes\": \"2026-05-05\","
        + " \"colour\": \"red\"}")));
  }

  /** The error line without the prefix and file name. */
  private static String error(Cli.Result result) {
    assertEquals(2, result.status(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    String line = result.errLines().get(0);
    return line.substring(line.indexOf(".json: ") + ".json: ".length());
  }
}
