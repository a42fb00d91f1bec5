package org.folkestyre.core.minutes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.stream.Stream;
import org.folkestyre.core.Language;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.minutes.MinutesRenderer.Format;
import org.folkestyre.core.testing.MeetingGenerators;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The property that matters most: public minutes, in every format and language, show none of the
 * confidential data of a record, while internal minutes show all of it.
 */
class TestMinutesConfidentiality {
  private static final long SEED = 20_150_324L;
  private static final int TRIES = 120;
  private static final int MAX_SIZE = 20;

  private static Stream<DynamicTest> forEachJurisdiction(String property,
      java.util.function.Consumer<MeetingRecord> check) {
    return Stream.of(Jurisdiction.norway(), Jurisdiction.denmark()).map(jurisdiction -> DynamicTest.dynamicTest(
        jurisdiction.id(), () -> PropertyCheck.forAll(property + " (" + jurisdiction.id() + ")", SEED, TRIES, MAX_SIZE,
            MeetingGenerators.withConfidentialData(jurisdiction), check)));
  }

  @TestFactory
  Stream<DynamicTest> generator_putsMarkersInClosedItemsExemptAttachmentsAndPrivateRecusals() {
    return forEachJurisdiction("the generator marks confidential data", record -> {
      List<AgendaItem> items = record.meeting().agendaItems();
      assertTrue(items.stream().anyMatch(AgendaItem::isClosed), "a closed item");
      assertTrue(items.stream().anyMatch(i -> !i.isClosed() && i.attachments().stream().anyMatch(a -> a.exempt())),
          "an open item with an exempt attachment");
      assertTrue(items.stream().flatMap(i -> i.recusals().stream())
          .anyMatch(r -> !record.committee().includes(r.person().id())), "a private person recused");
      ImmutableSet<String> markers = MeetingGenerators.confidentialMarkers(record);
      assertTrue(markers.stream().anyMatch(m -> m.endsWith("-NAME")), "a private person's name");
      assertTrue(markers.stream().anyMatch(m -> m.endsWith("-DECISION")), "a closed item's decision");
      assertTrue(markers.stream().anyMatch(m -> m.endsWith("-ATTACHMENT")), "an attachment's title");
      assertTrue(markers.stream().anyMatch(m -> m.endsWith("-RECUSAL")), "a recusal's decision");
    });
  }

  @TestFactory
  Stream<DynamicTest> publicMinutes_showNoConfidentialMarker_inAnyFormatOrLanguage() {
    return forEachJurisdiction("public minutes leak nothing", record -> {
      ImmutableSet<String> markers = MeetingGenerators.confidentialMarkers(record);
      Minutes minutes = Minutes.of(record);
      for (Format format : Format.values()) {
        for (Language language : Language.values()) {
          String document = MinutesRenderer.render(minutes, format, language, View.PUBLIC);
          for (String marker : markers) {
            assertFalse(document.contains(marker), marker + " leaks into public " + format + " in " + language);
          }
          assertFalse(document.contains("SECRET-"), "a marker leaks into public " + format + " in " + language);
        }
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> internalMinutes_showEveryConfidentialMarker_inEveryFormatAndLanguage() {
    return forEachJurisdiction("internal minutes show everything", record -> {
      ImmutableSet<String> markers = MeetingGenerators.confidentialMarkers(record);
      Minutes minutes = Minutes.of(record);
      for (Format format : Format.values()) {
        for (Language language : Language.values()) {
          String document = MinutesRenderer.render(minutes, format, language, View.INTERNAL);
          for (String marker : markers) {
            assertTrue(document.contains(marker), marker + " is missing from internal " + format + " in " + language);
          }
        }
      }
    });
  }
}
