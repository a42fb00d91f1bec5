package org.folkestyre.core.interchange.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.SplittableRandom;
import org.folkestyre.core.interchange.Proceedings;
import org.folkestyre.core.minutes.View;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.MeetingGenerators;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Export, import and export again give the same document; an internal export read back gives the
 * same proceedings; every generated export is valid against the official schemas.
 */
class TestOParlRoundTrip {
  private static final OParlExporter EXPORTER = OParlExporter.of(URI.create("https://example.org/oparl/"));
  private static final OParlImporter IMPORTER = OParlImporter.of();

  /** Generated meetings of Norway and Denmark as proceedings, with cases for their agenda items. */
  private static final Generator<Proceedings> PROCEEDINGS = (random, size) ->
      OParlFixtures.generated(MeetingGenerators.valid().generate(random, size), new SplittableRandom(random.nextLong()));

  private static void assertRoundTrip(Proceedings proceedings, View view) {
    String first = EXPORTER.export(proceedings, view).toJson();
    Proceedings read = IMPORTER.read(first);
    if (view == View.INTERNAL) {
      assertEquals(proceedings, read, "an internal export reads back as the proceedings exported");
    }
    assertEquals(first, EXPORTER.export(read, view).toJson(), "export, import, export gives the same document");
  }

  @ParameterizedTest
  @EnumSource(View.class)
  void generatedMeetings_roundTrip(View view) {
    PropertyCheck.forAll("OParl " + view + " export, import, export round-trips", 20260315L, 60, 24, PROCEEDINGS,
        proceedings -> assertRoundTrip(proceedings, view));
  }

  @Test
  void generatedMeetings_areValidAgainstTheOfficialSchemas() {
    ObjectMapper mapper = new ObjectMapper();
    PropertyCheck.forAll("every exported object is valid", 20261124L, 30, 24, PROCEEDINGS, proceedings -> {
      for (View view : View.values()) {
        try {
          OParlSchemas.assertAllValid(mapper.readTree(EXPORTER.export(proceedings, view).toJson()));
        } catch (java.io.IOException e) {
          throw new AssertionError(e);
        }
      }
    });
  }

  @ParameterizedTest
  @EnumSource(View.class)
  void referenceData_roundTrips(View view) {
    assertRoundTrip(OParlFixtures.holbaek(), view);
    assertRoundTrip(OParlFixtures.secrets(), view);
    assertRoundTrip(Proceedings.of(ReferenceData.drammenBodies2019()), view);
  }

  @Test
  void publicImport_givesPlaceholders_forWhatThePublicMayNotSee() {
    Proceedings read = IMPORTER.read(EXPORTER.export(OParlFixtures.secrets(), View.PUBLIC).toJson());
    var meeting = read.meetings().get(0);
    assertEquals("Lukket sak", meeting.agendaItems().get(1).title());
    assertEquals(java.util.Optional.empty(), meeting.agendaItems().get(1).decision());
    assertEquals(1, meeting.agendaItems().get(0).attachments().size());
    var resident = read.persons().stream().filter(p -> p.id().equals("beboer-1")).findFirst().orElseThrow();
    assertEquals("beboer-1", resident.name(), "a private person without a name is named by their id");
    assertEquals(java.util.Optional.empty(), resident.birthDate());
  }
}
