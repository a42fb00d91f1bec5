package org.folkestyre.core.interchange;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.folkestyre.core.interchange.ical.MeetingCalendar;
import org.folkestyre.core.interchange.oparl.OParlExporter;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.minutes.View;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.MunicipalityRef;
import org.folkestyre.core.testing.MeetingGenerators;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The public-view property for the exchange formats, as the minutes test proves it for Markdown, HTML
 * and text: meetings with closed items, exempt attachments and recused private persons, marked with
 * distinctive strings, leak none of them into a public OParl export or an iCalendar feed.
 */
class TestPublicOutputsLeakNothing {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  @TestFactory
  Stream<DynamicTest> publicOParlAndICalendar_showNoConfidentialMarker() {
    return Stream.of(Jurisdiction.norway(), Jurisdiction.denmark()).map(jurisdiction -> DynamicTest.dynamicTest(
        jurisdiction.id(), () -> PropertyCheck.forAll("public exports leak nothing (" + jurisdiction.id() + ")",
            20_150_324L, 80, 20, MeetingGenerators.withConfidentialData(jurisdiction), record -> {
              ImmutableSet<String> markers = MeetingGenerators.confidentialMarkers(record);
              String code = jurisdiction.equals(Jurisdiction.norway()) ? "3301" : "316";
              Proceedings proceedings = Proceedings.of(
                  MunicipalityRef.of("Kommune", MunicipalityCode.of(jurisdiction, code)), record);
              String oparl = OParlExporter.of(URI.create("https://example.org/oparl/"))
                  .export(proceedings, View.PUBLIC).toJson();
              String ical = MeetingCalendar.of("example.org", URI.create("https://example.org/meetings/"), CLOCK)
                  .feed(record.committee(), List.of(record.meeting()));
              for (String marker : markers) {
                assertFalse(oparl.contains(marker), marker + " leaks into the public OParl export");
                assertFalse(ical.contains(marker), marker + " leaks into the iCalendar feed");
              }
              assertFalse(oparl.contains("SECRET-") || ical.contains("SECRET-"), "a marker leaks");
            })));
  }

  /** Guards the test itself: the markers are there to be found in the internal export. */
  @TestFactory
  Stream<DynamicTest> internalOParl_showsTheMarkersOfClosedItems() {
    return Stream.of(Jurisdiction.norway()).map(jurisdiction -> DynamicTest.dynamicTest(jurisdiction.id(), () -> {
      MeetingRecord record = PropertyCheck.replay(MeetingGenerators.withConfidentialData(jurisdiction), 1L, 5);
      Proceedings proceedings = Proceedings.of(
          MunicipalityRef.of("Kommune", MunicipalityCode.of(jurisdiction, "3301")), record);
      String oparl = OParlExporter.of(URI.create("https://example.org/oparl/")).export(proceedings, View.INTERNAL)
          .toJson();
      org.junit.jupiter.api.Assertions.assertTrue(oparl.contains("SECRET-"), "the internal export holds the markers");
    }));
  }
}
