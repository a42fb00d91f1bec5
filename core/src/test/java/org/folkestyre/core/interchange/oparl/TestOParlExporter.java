package org.folkestyre.core.interchange.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.interchange.Proceedings;
import org.folkestyre.core.minutes.View;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The OParl export: valid against the official schemas, the mapping field by field, and what a public export leaves out. */
class TestOParlExporter {
  static final URI BASE = URI.create("https://example.org/oparl/");
  static final OParlExporter EXPORTER = OParlExporter.of(BASE);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonNode json(Proceedings proceedings, View view) {
    try {
      return MAPPER.readTree(EXPORTER.export(proceedings, view).toJson());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static List<JsonNode> all(JsonNode document) {
    List<JsonNode> objects = new ArrayList<>();
    OParlSchemas.walk(document, objects::add);
    return objects;
  }

  static JsonNode byId(JsonNode document, String list, String id) {
    for (JsonNode node : document.get(list)) {
      if (node.get("id").asText().equals(id)) {
        return node;
      }
    }
    throw new AssertionError("no " + list + " " + id);
  }

  // --- validity

  @ParameterizedTest
  @EnumSource(View.class)
  void everyExportedObject_isValidAgainstTheOfficialSchemas(View view) {
    for (Proceedings proceedings : List.of(OParlFixtures.holbaek(), OParlFixtures.secrets(),
        Proceedings.of(ReferenceData.drammenBodies2019()))) {
      JsonNode document = json(proceedings, view);
      int count = OParlSchemas.assertAllValid(document);
      assertTrue(count > 5, "objects validated: " + count);
    }
  }

  @Test
  void theSchemasAndTheValidatorCatchWhatIsWrong() {
    JsonNode meeting = json(OParlFixtures.holbaek(), View.INTERNAL).get("meeting").get(0);
    assertTrue(OParlSchemas.validate(meeting).isEmpty());
    ObjectNode noOffset = meeting.deepCopy();
    noOffset.put("start", "2015-03-24T17:00:00");
    assertFalse(OParlSchemas.validate(noOffset).isEmpty(), "a date-time needs its offset");
    ObjectNode badUrl = meeting.deepCopy();
    badUrl.put("id", "meeting 1");
    assertFalse(OParlSchemas.validate(badUrl).isEmpty(), "an id is a URL");
    ObjectNode wrongType = meeting.deepCopy();
    wrongType.put("type", "https://schema.oparl.org/1.1/Meeting2");
    assertFalse(OParlSchemas.validate(wrongType).isEmpty());
    ObjectNode noOrder = json(OParlFixtures.holbaek(), View.INTERNAL).get("agendaItem").get(0).deepCopy();
    noOrder.remove("order");
    assertFalse(OParlSchemas.validate(noOrder).isEmpty(), "an agenda item has an order");
    ObjectNode body = json(OParlFixtures.holbaek(), View.INTERNAL).get("body").get(0).deepCopy();
    body.remove("legislativeTerm");
    assertFalse(OParlSchemas.validate(body).isEmpty(), "a body lists its legislative terms");
  }

  // --- the mapping

  @Test
  void holbaek_bodyOrganizationMeetingAndAgenda() {
    JsonNode document = json(OParlFixtures.holbaek(), View.PUBLIC);
    String body = "https://example.org/oparl/body/dk-316";
    assertEquals("https://example.org/oparl/", document.get("system").get("id").asText());
    assertEquals("https://schema.oparl.org/1.1/", document.get("system").get("oparlVersion").asText());
    JsonNode bodyNode = document.get("body").get(0);
    assertEquals(body, bodyNode.get("id").asText());
    assertEquals("Holbæk", bodyNode.get("name").asText());
    assertEquals("kommune", bodyNode.get("classification").asText());
    assertEquals(body + "/meeting", bodyNode.get("meeting").asText());
    assertEquals("316", bodyNode.get("folkestyre:municipalityCode").asText());
    assertEquals("2014-01-01", bodyNode.get("legislativeTerm").get(0).get("startDate").asText());
    assertEquals("2017-12-31", bodyNode.get("legislativeTerm").get(0).get("endDate").asText());

    JsonNode committee = byId(document, "organization", body + "/organization/demokratieksperimentariet");
    assertEquals("Gremium", committee.get("organizationType").asText());
    assertEquals("DK-PROJECT", committee.get("folkestyre:kind").asText());

    JsonNode meeting = byId(document, "meeting", body + "/meeting/holbaek-demokratieksperimentariet-2015-03-24");
    assertEquals("2015-03-24T17:00:00+01:00", meeting.get("start").asText());
    assertFalse(meeting.has("end"));
    assertEquals("afholdt", meeting.get("meetingState").asText());
    assertFalse(meeting.has("cancelled"));
    assertEquals("lokale 1.D, Kanalstræde 2", meeting.get("location").get("description").asText());
    assertEquals(committee.get("id"), meeting.get("organization").get(0));
    JsonNode items = meeting.get("agendaItem");
    assertEquals(5, items.size());
    for (int i = 0; i < 5; i++) {
      assertEquals(i, items.get(i).get("order").asInt());
      assertEquals(String.valueOf(119 + i), items.get(i).get("number").asText());
      assertTrue(items.get(i).get("public").asBoolean());
    }
    JsonNode item120 = items.get(1);
    assertEquals(meeting.get("id").asText() + "/agendaitem/120", item120.get("id").asText());
    assertEquals("Drøftelse af Holbæk Kommunes valgfremmeindsats", item120.get("name").asText());
    assertTrue(item120.get("resolutionText").asText().startsWith("Anbefaling til Økonomiudvalget"));
    assertEquals(2, item120.get("auxiliaryFile").size());
    JsonNode file = item120.get("auxiliaryFile").get(0);
    assertEquals(item120.get("id").asText() + "/file/0", file.get("id").asText());
    assertEquals(file.get("id").asText() + "/content", file.get("accessUrl").asText());
    assertEquals("DISCUSSION", item120.get("folkestyre:kind").asText());
    assertEquals("15/10481", item120.get("folkestyre:caseNumber").get("text").asText());
    assertEquals("DK_YEAR_SEQUENCE", item120.get("folkestyre:caseNumber").get("scheme").asText());
  }

  @Test
  void holbaek_casesArePapers_andTheirStepsConsultations_linkedToTheAgenda() {
    JsonNode document = json(OParlFixtures.holbaek(), View.INTERNAL);
    String body = "https://example.org/oparl/body/dk-316";
    JsonNode paper = byId(document, "paper", body + "/paper/15%2F10481");
    assertEquals("15/10481", paper.get("reference").asText());
    assertEquals("Valgfremme ved kommunalvalget", paper.get("name").asText());
    JsonNode consultations = paper.get("consultation");
    assertEquals(2, consultations.size());
    JsonNode prepared = consultations.get(0);
    assertEquals(paper.get("id").asText() + "/consultation/demokratieksperimentariet/2015-03-24/preparing",
        prepared.get("id").asText());
    assertFalse(prepared.get("authoritative").asBoolean());
    assertEquals("indstilling", prepared.get("role").asText());
    String item = body + "/meeting/holbaek-demokratieksperimentariet-2015-03-24/agendaitem/120";
    assertEquals(item, prepared.get("agendaItem").asText());
    assertEquals(prepared.get("id"), byId(document, "agendaItem", item).get("consultation"));
    JsonNode decided = consultations.get(1);
    assertTrue(decided.get("authoritative").asBoolean());
    assertEquals(body + "/organization/okonomiudvalget", decided.get("organization").get(0).asText());
    assertFalse(decided.has("agendaItem"), "the meeting of Økonomiudvalget is not exported");
    // Items 119, 121, 122 and 123 all handle case 13/37262: each links to its one consultation.
    String democracy = body + "/paper/13%2F37262/consultation/demokratieksperimentariet/2015-03-24/discussing";
    for (String number : List.of("119", "121", "122", "123")) {
      assertEquals(democracy, byId(document, "agendaItem",
          body + "/meeting/holbaek-demokratieksperimentariet-2015-03-24/agendaitem/" + number).get("consultation").asText());
    }
  }

  @Test
  void idsArePercentEncodedSegments_andStable() {
    Proceedings secrets = OParlFixtures.secrets();
    String first = EXPORTER.export(secrets, View.INTERNAL).toJson();
    assertEquals(first, OParlExporter.of(URI.create("https://example.org/oparl")).export(secrets, View.INTERNAL).toJson(),
        "the same ids every time, and a missing final slash is added");
    JsonNode document = json(secrets, View.INTERNAL);
    String meeting = "https://example.org/oparl/body/no-3301/meeting/%C3%B8st-2025-06-04";
    assertEquals(meeting, document.get("meeting").get(0).get("id").asText());
    assertEquals(meeting + "/agendaitem/PS%2012%2F25", document.get("agendaItem").get(0).get("id").asText());
    assertEquals("https://example.org/oparl/body/no-3301/organization/n%C3%A6rutvalg%20%C3%B8st",
        document.get("organization").get(0).get("id").asText());
    assertEquals("https://example.org/oparl/body/no-3301/membership/n%C3%A6rutvalg%20%C3%B8st/kari",
        document.get("membership").get(0).get("id").asText());
    assertEquals("https://example.org/oparl/body/no-3301/party/Ap", document.get("organization").get(1).get("id").asText());
    for (JsonNode object : all(document)) {
      URI.create(object.get("id").asText());
    }
  }

  @Test
  void resources_serveEveryObjectAndListAtItsUrl() {
    OParlExport export = EXPORTER.export(OParlFixtures.holbaek(), View.PUBLIC);
    var resources = export.resources();
    assertTrue(resources.containsKey(URI.create("https://example.org/oparl/")));
    assertTrue(resources.containsKey(URI.create("https://example.org/oparl/body")));
    assertTrue(resources.containsKey(export.bodyId()));
    assertTrue(resources.containsKey(URI.create(export.bodyId() + "/meeting")));
    Set<String> ids = new HashSet<>();
    for (JsonNode object : all(json(OParlFixtures.holbaek(), View.PUBLIC))) {
      String id = object.get("id").asText();
      ids.add(id);
      assertTrue(resources.containsKey(URI.create(id)), "served: " + id);
    }
    assertEquals(5, export.count("agendaItem"));
    JsonNode page = read(resources.get(URI.create(export.bodyId() + "/agendaitem")));
    assertEquals(5, page.get("data").size());
    assertEquals(5, page.get("pagination").get("totalElements").asInt());
    assertEquals(ids.size() + 1 + 10, resources.size(), "the objects with system and body, the body list and ten lists");
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  // --- public and internal

  @Test
  void publicExport_leavesOutClosedContent_exemptFiles_andPrivatePersonsData() {
    JsonNode publicView = json(OParlFixtures.secrets(), View.PUBLIC);
    JsonNode internal = json(OParlFixtures.secrets(), View.INTERNAL);
    String text = publicView.toString();
    for (String secret : List.of("Ola Olsen", "Klagen tas til følge", "Saksframstilling om eleven", "Sakkyndig vurdering",
        "Uttalelse fra foreldre", "Anne Beboer", "birthDate", "offentleglova § 13")) {
      assertFalse(text.contains(secret), "the public export shows " + secret);
      assertTrue(internal.toString().contains(secret), "the internal export shows " + secret);
    }
    JsonNode closed = publicView.get("agendaItem").get(1);
    assertEquals("PS 13/25", closed.get("number").asText());
    assertFalse(closed.get("public").asBoolean());
    assertFalse(closed.has("name"));
    assertFalse(closed.has("resolutionText"));
    assertFalse(closed.has("auxiliaryFile"));
    assertEquals("NO_KL_11_5_2_B", closed.get("folkestyre:closure").get("ground").asText());
    JsonNode open = publicView.get("agendaItem").get(0);
    assertEquals(1, open.get("auxiliaryFile").size(), "the exempt attachment is left out");
    assertEquals(2, internal.get("agendaItem").get(0).get("auxiliaryFile").size());
    assertTrue(internal.get("agendaItem").get(0).get("auxiliaryFile").get(1).get("folkestyre:exempt").asBoolean());
    JsonNode resident = byId(publicView, "person", "https://example.org/oparl/body/no-3301/person/beboer-1");
    assertFalse(resident.has("name"));
    assertFalse(resident.has("gender"));
    JsonNode chair = byId(publicView, "person", "https://example.org/oparl/body/no-3301/person/kari");
    assertEquals("Kari Nordmann", chair.get("name").asText());
    assertEquals("female", chair.get("gender").asText());
    assertEquals(3, publicView.get("meeting").get(0).get("participant").size(), "who attended is public");
  }

  @Test
  void drammen_publicExport_namesElectedOfficialsOnly() {
    Proceedings drammen = Proceedings.of(ReferenceData.drammenBodies2019());
    JsonNode document = json(drammen, View.PUBLIC);
    int named = 0;
    int unnamed = 0;
    for (JsonNode person : document.get("person")) {
      String id = person.get("id").asText();
      boolean official = drammen.isElectedOfficial(org.folkestyre.core.internal.Urls.lastSegment(URI.create(id)));
      assertEquals(official, person.has("name"), id);
      if (official) {
        named++;
      } else {
        unnamed++;
      }
    }
    assertTrue(named > 50 && unnamed > 50, named + " named, " + unnamed + " unnamed");
    assertEquals("https://example.org/oparl/body/no-3301/organization/kommunestyret",
        document.get("body").get(0).get("mainOrganization").asText());
  }

  // --- errors

  @Test
  void of_rejectsABaseThatIsNotAnAbsoluteHttpUrl() {
    assertEquals("base", assertThrows(InvalidValueException.class, () -> OParlExporter.of(URI.create("oparl/"))).field());
    assertEquals("base", assertThrows(InvalidValueException.class,
        () -> OParlExporter.of(URI.create("ftp://example.org/oparl/"))).field());
  }
}
