package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.folkestyre.examples.cli.json.Json;
import org.junit.jupiter.api.Test;

/** {@code folkestyre redact}: standard input in, redacted text or JSON out. */
class RedactCommandTest {
  private static final String CONTRACT = "Ring meg på 912 34 567 eller kari@example.no om sak 13/37262.";

  private static JsonNode json(Cli.Result result) throws Exception {
    assertEquals(0, result.status(), result::toString);
    assertEquals("", result.err(), result::toString);
    return Json.mapper().readTree(result.out());
  }

  @Test
  void text_isWrittenRedacted_asItCame() {
    Cli.Result result = Cli.runWithInput(CONTRACT, "redact");
    assertEquals(0, result.status(), result::toString);
    assertEquals("Ring meg på [telefon] eller [e-post] om sak 13/37262.", result.out());
    assertEquals("", result.err());
    Cli.Result lines = Cli.runWithInput("Tlf 91234567\n\nSak 2021/1234\n", "redact");
    assertEquals("Tlf [telefon]\n\nSak 2021/1234\n", lines.out());
  }

  @Test
  void json_hasTheTextAndEveryFinding_withLowerCaseCertainty() throws Exception {
    JsonNode json = json(Cli.runWithInput(CONTRACT, "redact", "--format", "json"));
    String text = json.get("text").asText();
    assertFalse(text.contains("912 34 567") || text.contains("kari@example.no"), text);
    assertTrue(text.contains("13/37262"), text);
    JsonNode findings = json.get("findings");
    assertEquals(2, findings.size());
    JsonNode phone = findings.get(0);
    assertEquals("PHONE", phone.get("kind").asText());
    assertEquals(12, phone.get("start").asInt());
    assertEquals(22, phone.get("end").asInt());
    assertEquals("probable", phone.get("certainty").asText());
    assertEquals("[telefon]", phone.get("replacement").asText());
    JsonNode email = findings.get(1);
    assertEquals("EMAIL", email.get("kind").asText());
    assertEquals("kari@example.no", CONTRACT.substring(email.get("start").asInt(), email.get("end").asInt()));
    assertEquals("certain", email.get("certainty").asText());
    assertFalse(json.get("needsReview").asBoolean());
    assertEquals(List.of("text", "findings", "needsReview"), fieldNames(json));
    assertEquals(List.of("kind", "start", "end", "certainty", "replacement"), fieldNames(phone));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void json_listsReviewFlags_withTheirTopic_andNoReplacement() throws Exception {
    JsonNode json = json(Cli.runWithInput("Naboen min Per er syk.", "redact", "--format", "json"));
    assertTrue(json.get("needsReview").asBoolean());
    JsonNode name = json.get("findings").get(0);
    assertEquals("NAMED_THIRD_PARTY", name.get("kind").asText());
    assertFalse(name.has("replacement"));
    assertFalse(name.has("topic"));
    JsonNode keyword = json.get("findings").get(1);
    assertEquals("SPECIAL_CATEGORY", keyword.get("kind").asText());
    assertEquals("HEALTH", keyword.get("topic").asText());
    assertEquals("Naboen min Per er syk.", json.get("text").asText());
  }

  @Test
  void country_restrictsTheIdentityNumbers_andSetsTheLabelLanguage() {
    String text = "Fnr 15033551247, CPR 150347-5002, kari@example.no";
    assertEquals("Fnr [fødselsnummer], CPR [CPR-nummer], [e-post]", Cli.runWithInput(text, "redact").out());
    assertEquals("Fnr [fødselsnummer], CPR 150347-5002, [e-post]",
        Cli.runWithInput(text, "redact", "--country", "NO").out());
    assertEquals("Fnr 15033551247, CPR [CPR-nummer], [e-mail]",
        Cli.runWithInput(text, "redact", "--country", "dk").out());
  }

  @Test
  void lang_choosesTheLabels_andMaskHidesThem() {
    assertEquals("Ring [phone] or write to [e-mail].",
        Cli.runWithInput("Ring 91234567 or write to kari@example.no.", "redact", "--lang", "en").out());
    assertEquals("Fnr [fødselsnummer], [e-mail]",
        Cli.runWithInput("Fnr 15033551247, kari@example.no", "redact", "--lang", "da").out());
    assertEquals("Ring ████████.", Cli.runWithInput("Ring 91234567.", "redact", "--mask").out());
  }

  @Test
  void offsets_areUtf16_asInJava() throws Exception {
    JsonNode json = json(Cli.runWithInput("😀 91234567", "redact", "--format", "json"));
    assertEquals(3, json.get("findings").get(0).get("start").asInt());
  }

  @Test
  void emptyInput_givesEmptyOutput() throws Exception {
    Cli.Result result = Cli.runWithInput("", "redact");
    assertEquals(0, result.status());
    assertEquals("", result.out());
    JsonNode json = json(Cli.runWithInput("", "redact", "--format", "json"));
    assertEquals(0, json.get("findings").size());
  }

  @Test
  void badInput_exits2WithOneLine() {
    Cli.Result malformed = Cli.runWithInput(new byte[] {'a', (byte) 0xC3, '(', 'b'}, "redact");
    assertEquals(2, malformed.status(), malformed::toString);
    assertEquals(List.of("folkestyre: standard input is not valid UTF-8"), malformed.errLines());
    assertEquals("", malformed.out());
    Cli.Result country = Cli.runWithInput("x", "redact", "--country", "SE");
    assertEquals(2, country.status(), country::toString);
    assertEquals(List.of("folkestyre: invalid --country 'SE': is not known; available: NO, DK"), country.errLines());
  }
}
