package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.folkestyre.core.interchange.Proceedings;
import org.folkestyre.core.interchange.oparl.OParlImporter;
import org.junit.jupiter.api.Test;

/** {@code folkestyre oparl}: the OParl export of a file, public and internal, and its errors. */
class OparlCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode run(String... args) throws Exception {
    Cli.Result result = Cli.run(args);
    assertEquals(0, result.status(), result::toString);
    assertEquals("", result.err());
    return MAPPER.readTree(result.out());
  }

  @Test
  void printsTheExport_underTheDefaultBase() throws Exception {
    JsonNode export = run("oparl", IcalCommandTest.file("formannskapet.json"));
    assertEquals("https://example.org/oparl/", export.get("system").get("id").asText());
    assertEquals("https://example.org/oparl/body/no-3301", export.get("body").get(0).get("id").asText());
    assertEquals(2, export.get("meeting").size());
    assertTrue(export.get("meeting").get(1).get("cancelled").asBoolean());
    JsonNode paper = export.get("paper").get(0);
    assertEquals("2025/1234", paper.get("reference").asText());
    assertEquals(paper.get("consultation").get(0).get("id"), export.get("agendaItem").get(0).get("consultation"));
  }

  @Test
  void base_andView() throws Exception {
    String file = IcalCommandTest.file("formannskapet.json");
    JsonNode publicExport = run("oparl", file, "--base", "https://drammen.kommune.no/oparl");
    assertEquals("https://drammen.kommune.no/oparl/body/no-3301", publicExport.get("body").get(0).get("id").asText());
    JsonNode closed = publicExport.get("agendaItem").get(1);
    assertFalse(closed.has("name"));
    assertFalse(closed.get("public").asBoolean());
    JsonNode internal = run("oparl", file, "--view", "INTERNAL");
    assertEquals("Tilsetting av kommunedirektør", internal.get("agendaItem").get(1).get("name").asText());
  }

  @Test
  void theExport_readsBackWithTheLibrary() {
    Cli.Result result = Cli.run("oparl", IcalCommandTest.file("holbaek-2015.json"), "--view", "internal");
    Proceedings read = OParlImporter.of().read(result.out());
    assertEquals("Holbæk", read.municipality().name());
    assertEquals(5, read.meetings().get(0).agendaItems().size());
  }

  @Test
  void badViewOrBase_exit2WithOneLine() {
    String file = IcalCommandTest.file("formannskapet.json");
    Cli.Result view = Cli.run("oparl", file, "--view", "secret");
    assertEquals(2, view.status());
    assertEquals(List.of("folkestyre: invalid --view 'secret': must be one of public, internal"), view.errLines());
    Cli.Result base = Cli.run("oparl", file, "--base", "ftp://example.org/oparl/");
    assertEquals(2, base.status());
    assertEquals(List.of("folkestyre: invalid --base 'ftp://example.org/oparl/': must be an absolute http or https URL,"
        + " such as https://example.org/oparl/"), base.errLines());
  }
}
