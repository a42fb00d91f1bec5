package org.folkestyre.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.folkestyre.core.interchange.Proceedings;
import org.folkestyre.core.minutes.View;
import org.folkestyre.core.interchange.ical.MeetingCalendar;
import org.folkestyre.core.interchange.oparl.OParlExport;
import org.folkestyre.core.interchange.oparl.OParlExporter;
import org.folkestyre.core.interchange.oparl.OParlImporter;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.Case;
import org.folkestyre.core.meeting.CaseNumber;
import org.folkestyre.core.meeting.CaseNumberContext;
import org.folkestyre.core.meeting.CaseRole;
import org.folkestyre.core.meeting.CaseStep;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.MunicipalityRef;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** The snippets of docs/interchange.md, as they stand on the page. */
class InterchangeGuideTest {
  @Test
  void guideExample_runs() {
    // --- docs/interchange.md: Example
    Proceedings proceedings = Proceedings.builder()
        .from(Proceedings.of(MunicipalityRef.of("Holbæk", MunicipalityCode.of(Jurisdiction.denmark(), "316")),
            ReferenceData.holbaekMeeting2015()))
        .addCase(Case.of(CaseNumber.parse("15/10481", CaseNumberContext.of(Jurisdiction.denmark(), 2015)),
                "Valgfremme ved kommunalvalget")
            .withStep(CaseStep.of("demokratieksperimentariet", LocalDate.of(2015, 3, 24), CaseRole.PREPARING))
            .withStep(CaseStep.of("okonomiudvalget", LocalDate.of(2015, 4, 15), CaseRole.DECIDING)))
        .build();

    OParlExport export = OParlExporter.of(URI.create("https://holbaek.dk/oparl/")).export(proceedings, View.PUBLIC);
    String json = export.toJson();
    Proceedings read = OParlImporter.of().read(json);          // equal to proceedings: nothing here is secret

    MeetingCalendar calendar = MeetingCalendar.of("holbaek.dk", URI.create("https://holbaek.dk/moeder/"),
        Clock.systemUTC());
    String ics = calendar.feed(proceedings, "demokratieksperimentariet");
    // --- end of the example

    assertEquals(proceedings, read);
    assertEquals(URI.create("https://holbaek.dk/oparl/body/dk-316"), export.bodyId());
    assertTrue(json.contains("\"reference\": \"15/10481\""), json);
    assertTrue(ics.contains("UID:holbaek-demokratieksperimentariet-2015-03-24@holbaek.dk\r\n"), ics);
  }
}
