package org.folkestyre.core.interchange.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.net.URI;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.interchange.Proceedings;
import org.folkestyre.core.minutes.View;
import org.folkestyre.core.meeting.CaseRole;
import org.junit.jupiter.api.Test;

/** Reading OParl JSON: what the model gets from each object, and the errors that name the JSON path. */
class TestOParlImporter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ObjectNode holbaek() throws Exception {
    return (ObjectNode) MAPPER.readTree(OParlExporter.of(URI.create("https://example.org/oparl/"))
        .export(OParlFixtures.holbaek(), View.INTERNAL).toJson());
  }

  @Test
  void read_givesTheMunicipalityCommitteesMeetingsAndCases() throws Exception {
    Proceedings read = OParlImporter.of().read(new StringReader(holbaek().toString()));
    assertEquals("Holbæk", read.municipality().name());
    assertEquals("316", read.municipality().code().value());
    assertEquals("demokratieksperimentariet", read.committees().get(0).id());
    assertEquals("holbaek-demokratieksperimentariet-2015-03-24", read.meetings().get(0).id());
    assertEquals(5, read.meetings().get(0).agendaItems().size());
    assertEquals(CaseRole.DECIDING, read.cases().get(1).steps().get(1).role());
    assertEquals("okonomiudvalget", read.cases().get(1).steps().get(1).committeeId());
  }

  @Test
  void read_ofAgendaItemsInAnotherOrder_sortsThemByOrder() throws Exception {
    ObjectNode document = holbaek();
    var items = (com.fasterxml.jackson.databind.node.ArrayNode) document.get("meeting").get(0).get("agendaItem");
    var first = items.remove(0);
    items.add(first);
    Proceedings read = OParlImporter.of().read(document.toString());
    assertEquals("119", read.meetings().get(0).agendaItems().get(0).number());
  }

  @Test
  void errors_nameTheJsonPath() throws Exception {
    ObjectNode noKind = holbaek();
    ((ObjectNode) noKind.get("organization").get(0)).remove("folkestyre:kind");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> OParlImporter.of().read(noKind.toString()));
    assertEquals("organization[0].folkestyre:kind", e.field());

    ObjectNode badStart = holbaek();
    ((ObjectNode) badStart.get("meeting").get(0)).put("start", "24.03.2015 17:00");
    e = assertThrows(InvalidValueException.class, () -> OParlImporter.of().read(badStart.toString()));
    assertEquals("meeting[0].start", e.field());

    ObjectNode badKind = holbaek();
    ((ObjectNode) badKind.get("meeting").get(0).get("agendaItem").get(2)).put("folkestyre:kind", "GOSSIP");
    e = assertThrows(InvalidValueException.class, () -> OParlImporter.of().read(badKind.toString()));
    assertEquals("meeting[0].agendaItem[2].folkestyre:kind", e.field());
    assertTrue(e.rule().contains("DISCUSSION"), e.rule());

    ObjectNode twoBodies = holbaek();
    ((com.fasterxml.jackson.databind.node.ArrayNode) twoBodies.get("body")).add(twoBodies.get("body").get(0));
    assertEquals("body", assertThrows(InvalidValueException.class,
        () -> OParlImporter.of().read(twoBodies.toString())).field());

    assertEquals("json", assertThrows(InvalidValueException.class, () -> OParlImporter.of().read("{\"body\": [")).field());
    assertEquals("json", assertThrows(InvalidValueException.class, () -> OParlImporter.of().read("[]")).field());
  }
}
