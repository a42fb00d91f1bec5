package org.folkestyre.core.interchange.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.committee.Term;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.ItemKind;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.meeting.MeetingState;
import org.folkestyre.core.testing.MeetingGenerators;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The iCalendar feed: its fields, escaping and folding, its time zones, and what ical4j reads from it. */
class TestMeetingCalendar {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  private static final MeetingCalendar HOLBAEK = MeetingCalendar.of("holbaek.dk",
      URI.create("https://holbaek.dk/moeder/"), CLOCK);

  private static Committee formannskapet() {
    return Committee.builder().id("formannskapet").name("Formannskapet").kind(CommitteeKinds.NO_EXECUTIVE)
        .term(Term.fourYearsFrom(java.time.LocalDate.of(2023, 10, 15))).build();
  }

  private static Meeting planned() {
    return Meeting.builder().id("fsk-2025-05").committeeId("formannskapet").number("5/2025")
        .startIn(Jurisdiction.norway(), LocalDateTime.of(2025, 6, 4, 10, 0))
        .end(LocalDateTime.of(2025, 6, 4, 14, 30).atZone(Jurisdiction.norway().zone()))
        .place("Bystyresalen, Engene 1").build();
  }

  static Calendar parse(String ics) {
    try {
      return new CalendarBuilder().build(new StringReader(ics));
    } catch (Exception e) {
      throw new AssertionError("ical4j cannot read the feed: " + e.getMessage() + "\n" + ics, e);
    }
  }

  static void assertValid(Calendar calendar) {
    ValidationResult result;
    try {
      result = calendar.validate();
    } catch (Exception e) {
      throw new AssertionError("ical4j rejects the feed: " + e.getMessage(), e);
    }
    assertFalse(result.hasErrors(), () -> "ical4j finds errors: " + result);
  }

  static List<VEvent> events(Calendar calendar) {
    List<VEvent> events = new ArrayList<>();
    for (Object component : calendar.getComponents()) {
      if (component instanceof VEvent event) {
        events.add(event);
      }
    }
    return events;
  }

  static String value(Component component, String property) {
    return component.getProperty(property).map(p -> ((Property) p).getValue())
        .orElseThrow(() -> new AssertionError(component.getName() + " has no " + property));
  }

  /** The raw lines of a feed, after checking that every one ends with CRLF and that no LF stands alone. */
  static List<String> physicalLines(String ics) {
    assertTrue(ics.endsWith("\r\n"), "the feed ends with CRLF");
    assertFalse(ics.replace("\r\n", "").contains("\n"), "no line ends with a bare LF");
    assertFalse(ics.replace("\r\n", "").contains("\r"), "no line ends with a bare CR");
    return List.of(ics.split("\r\n"));
  }

  /** Checks the octet limit, and that each physical line is whole UTF-8 on its own. */
  static void assertFolded(String ics) {
    for (String line : physicalLines(ics)) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertTrue(bytes.length <= 75, () -> "longer than 75 octets (" + bytes.length + "): " + line);
      try {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      } catch (CharacterCodingException e) {
        throw new AssertionError("a fold splits a UTF-8 sequence: " + line, e);
      }
    }
  }

  // --- the Holbæk meeting

  @Test
  void holbaek_isOneConfirmedEventInCopenhagenTime_andValid() {
    MeetingRecord record = ReferenceData.holbaekMeeting2015();
    String ics = HOLBAEK.feed(record.committee(), List.of(record.meeting()));
    assertFolded(ics);
    Calendar calendar = parse(ics);
    assertValid(calendar);
    assertEquals("2.0", calendar.getProperty("VERSION").map(p -> ((Property) p).getValue()).orElseThrow());
    assertEquals(MeetingCalendar.PRODUCT_ID, calendar.getProperty("PRODID").map(p -> ((Property) p).getValue())
        .orElseThrow());
    List<VEvent> events = events(calendar);
    assertEquals(1, events.size());
    VEvent event = events.get(0);
    assertEquals("holbaek-demokratieksperimentariet-2015-03-24@holbaek.dk", value(event, "UID"));
    assertEquals("20261123T100000Z", value(event, "DTSTAMP"));
    assertEquals("20150324T170000", value(event, "DTSTART"));
    assertEquals("Europe/Copenhagen", event.getProperty("DTSTART").orElseThrow().getParameter("TZID")
        .map(p -> ((net.fortuna.ical4j.model.Parameter) p).getValue()).orElseThrow());
    assertTrue(event.getProperty("DTEND").isEmpty(), "the minutes give no end time");
    assertEquals("0", value(event, "SEQUENCE"));
    assertEquals("CONFIRMED", value(event, "STATUS"));
    assertEquals("Demokratieksperimentariet – møde", value(event, "SUMMARY"));
    assertEquals("lokale 1.D, Kanalstræde 2", value(event, "LOCATION"));
    assertTrue(ics.contains("LOCATION:lokale 1.D\\, Kanalstræde 2\r\n"), "the comma is escaped on the wire");
    assertEquals("https://holbaek.dk/moeder/holbaek-demokratieksperimentariet-2015-03-24", value(event, "URL"));
    String description = value(event, "DESCRIPTION");
    assertTrue(description.startsWith("119 Drøftelse - Myndighed på ny måde, mere for og med borgerne (13/37262)\n"
        + "120 Drøftelse af Holbæk Kommunes valgfremmeindsats (15/10481)\n"), description);
    assertEquals(5, description.lines().count());
  }

  @Test
  void holbaek_startsAtTheRightInstant_whenReadWithTheFeedsOwnTimeZone() {
    MeetingRecord record = ReferenceData.holbaekMeeting2015();
    Calendar calendar = parse(HOLBAEK.feed(record.committee(), List.of(record.meeting())));
    VTimeZone vtimezone = timeZone(calendar);
    TimeZone zone = new TimeZone(vtimezone);
    // 17:00 in Copenhagen on 24 March 2015 is 16:00 UTC: standard time, daylight saving starts on the 29th.
    assertEquals(3_600_000, zone.getOffset(Instant.parse("2015-03-24T16:00:00Z").toEpochMilli()));
  }

  static VTimeZone timeZone(Calendar calendar) {
    for (Object component : calendar.getComponents()) {
      if (component instanceof VTimeZone vtimezone) {
        return vtimezone;
      }
    }
    throw new AssertionError("no VTIMEZONE");
  }

  // --- the VTIMEZONE

  @ParameterizedTest
  @ValueSource(strings = {"NO", "DK"})
  void vtimezone_observancesFallOnTheJdksTransitions_1997to2060(String jurisdictionId) {
    Jurisdiction jurisdiction = Jurisdiction.of(jurisdictionId);
    Committee committee = jurisdictionId.equals("NO") ? formannskapet()
        : ReferenceData.holbaekMeeting2015().committee();
    String ics = HOLBAEK.feed(committee, List.of());
    assertTrue(ics.contains("TZID:" + jurisdiction.zone().getId() + "\r\n"));
    VTimeZone vtimezone = timeZone(parse(ics));
    assertEquals(2, vtimezone.getObservances().size());
    ZoneId jdk = jurisdiction.zone();
    for (Observance observance : vtimezone.getObservances()) {
      String rrule = value(observance, "RRULE");
      assertTrue(rrule.matches("FREQ=YEARLY;BYMONTH=(3|10);BYDAY=-1SU"), rrule);
      java.time.Month month = java.time.Month.of(Integer.parseInt(rrule.replaceAll(".*BYMONTH=(\\d+).*", "$1")));
      LocalDateTime dtstart = LocalDateTime.parse(value(observance, "DTSTART"), TimeZones.LOCAL);
      ZoneOffset from = ZoneOffset.of(value(observance, "TZOFFSETFROM").substring(0, 3) + ":"
          + value(observance, "TZOFFSETFROM").substring(3));
      ZoneOffset to = ZoneOffset.of(value(observance, "TZOFFSETTO").substring(0, 3) + ":"
          + value(observance, "TZOFFSETTO").substring(3));
      assertEquals(observance.getName().equals("DAYLIGHT") ? "CEST" : "CET", value(observance, "TZNAME"));
      assertEquals(1997, jdk.getRules().getTransitions().get(jdk.getRules().getTransitions().size() - 1)
          .getDateTimeBefore().getYear(), "the rules of today apply after the last historical transition");
      for (int year = dtstart.getYear(); year <= 2060; year++) {
        // The RRULE's onset that year: the last Sunday of the month at DTSTART's wall time, before the change.
        LocalDateTime onset = java.time.LocalDate.of(year, month, 1)
            .with(java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY))
            .atTime(dtstart.toLocalTime());
        Instant instant = onset.toInstant(from);
        java.time.zone.ZoneOffsetTransition transition = jdk.getRules().nextTransition(instant.minusSeconds(1));
        assertEquals(transition.getInstant(), instant, "onset in " + year);
        assertEquals(transition.getOffsetBefore(), from);
        assertEquals(transition.getOffsetAfter(), to);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Oslo", "Europe/Copenhagen"})
  void vtimezone_agreesWithIcal4jsOwnDefinition_hourByHour(String zoneId) {
    Committee committee = zoneId.equals("Europe/Oslo") ? formannskapet() : ReferenceData.holbaekMeeting2015().committee();
    VTimeZone ours = timeZone(parse(HOLBAEK.feed(committee, List.of())));
    VTimeZone theirs = new CalendarBuilder().getRegistry().getTimeZone(zoneId).getVTimeZone();
    java.time.zone.ZoneRules jdk = ZoneId.of(zoneId).getRules();
    for (Instant at = Instant.parse("1998-01-01T00:30:00Z"); at.isBefore(Instant.parse("2031-01-01T00:00:00Z"));
        at = at.plusSeconds(3600)) {
      // ical4j 4.4 places an onset its RRULE generates a couple of hours late, for its own definitions too;
      // the exact onsets are checked against the JDK above, so compare only away from the changes.
      Instant next = jdk.nextTransition(at).getInstant();
      Instant previous = jdk.previousTransition(at).getInstant();
      if (at.isAfter(next.minusSeconds(4 * 3600)) || at.isBefore(previous.plusSeconds(4 * 3600))) {
        continue;
      }
      java.time.OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
      assertEquals(value(theirs.getApplicableObservance(when), "TZOFFSETTO"),
          value(ours.getApplicableObservance(when), "TZOFFSETTO"), "at " + at);
    }
  }

  // --- status, sequence and cancellation

  @ParameterizedTest
  @CsvSource({"PLANNED, TENTATIVE", "CONVENED, CONFIRMED", "HELD, CONFIRMED", "MINUTES_APPROVED, CONFIRMED",
      "CANCELLED, CANCELLED"})
  void status_followsTheMeetingsState(MeetingState state, String status) {
    assertEquals(status, MeetingCalendar.status(state));
  }

  @Test
  void cancelledMeeting_staysInTheFeed_withItsUid_andAHigherSequence() {
    MeetingCalendar calendar = MeetingCalendar.of("drammen.kommune.no", URI.create("https://drammen.kommune.no/moter"),
        CLOCK);
    Meeting planned = planned();
    Meeting cancelled = planned.moveTo(MeetingState.CANCELLED);
    VEvent before = events(parse(calendar.feed(formannskapet(), List.of(planned)))).get(0);
    Calendar after = parse(calendar.feed(formannskapet(), List.of(cancelled)));
    assertValid(after);
    VEvent event = events(after).get(0);
    assertEquals("fsk-2025-05@drammen.kommune.no", value(before, "UID"));
    assertEquals(value(before, "UID"), value(event, "UID"));
    assertEquals("TENTATIVE", value(before, "STATUS"));
    assertEquals("CANCELLED", value(event, "STATUS"));
    assertEquals(0, Integer.parseInt(value(before, "SEQUENCE")));
    assertEquals(1, Integer.parseInt(value(event, "SEQUENCE")));
    assertEquals("https://drammen.kommune.no/moter/fsk-2025-05", value(event, "URL"));
    assertEquals("Formannskapet – møte 5/2025", value(event, "SUMMARY"));
    assertEquals("20250604T143000", value(event, "DTEND"));
  }

  @Test
  void rescheduledMeeting_keepsItsUid_andRaisesTheSequence() {
    Meeting moved = planned().rescheduled(LocalDateTime.of(2025, 6, 11, 10, 0).atZone(Jurisdiction.norway().zone()));
    VEvent event = events(parse(HOLBAEK.feed(formannskapet(), List.of(planned(), Meeting.builder().from(moved).id("fsk-2025-05b").build())))).get(1);
    assertEquals("1", value(event, "SEQUENCE"));
    assertEquals("20250611T100000", value(event, "DTSTART"));
  }

  // --- escaping and folding

  @Test
  void escape_backslashSemicolonCommaAndLineBreaks() {
    assertEquals("a\\,b\\;c\\\\d\\ne\\nf\\ng", ContentLines.escape("a,b;c\\d\ne\r\nf\rg"));
    assertEquals("tab\tkept, bell dropped".replace(",", "\\,"), ContentLines.escape("tab\tkept, bell\u0007 dropped"));
  }

  @Test
  void escapedText_isReadBackAsWritten() {
    String place = "Rådhuset; sal 2, «Bystyresalen»\\vest";
    Meeting meeting = Meeting.builder().from(planned()).place(place).build();
    VEvent event = events(parse(HOLBAEK.feed(formannskapet(), List.of(meeting)))).get(0);
    assertEquals(place, value(event, "LOCATION"));
  }

  @Test
  void fold_breaksAt75Octets_neverInsideAUtf8Sequence() {
    // 74 octets, then "æ" (2 octets) would end at octet 76: it moves whole to the next line.
    String line = "SUMMARY:" + "a".repeat(66) + "æøå";
    String folded = ContentLines.fold(line);
    assertEquals("SUMMARY:" + "a".repeat(66) + "\r\n æøå", folded);
    // Exactly 75 octets stay on one line.
    assertEquals("X:" + "b".repeat(73), ContentLines.fold("X:" + "b".repeat(73)));
    // A continuation line holds the space and 74 more octets.
    String long2 = "X:" + "c".repeat(73 + 74 + 5);
    assertEquals("X:" + "c".repeat(73) + "\r\n " + "c".repeat(74) + "\r\n " + "c".repeat(5), ContentLines.fold(long2));
    // A character outside the BMP (4 octets, two chars) is never split either.
    String emoji = "X:" + "d".repeat(72) + "\uD83C\uDDF3\uD83C\uDDF4";
    assertEquals("X:" + "d".repeat(72) + "\r\n \uD83C\uDDF3\uD83C\uDDF4", ContentLines.fold(emoji));
  }

  @Test
  void longNorwegianSummary_isFoldedWithoutBreakingÆøå_andReadBackWhole() {
    String name = "Hovedutvalg for helse, omsorg, oppvekst og utdanning i Søndre Østfold – særskilt møte om "
        + "tjenester på Ærøy, Øyer og Åsgårdstrand";
    Committee committee = Committee.builder().from(formannskapet()).name(name).build();
    Meeting meeting = Meeting.builder().from(planned()).number("12/2025").build();
    String ics = HOLBAEK.feed(committee, List.of(meeting));
    assertFolded(ics);
    long summaryLines = ics.lines().dropWhile(l -> !l.startsWith("SUMMARY:")).takeWhile(l -> l.startsWith("SUMMARY:")
        || l.startsWith(" ")).count();
    assertTrue(summaryLines >= 3, "the summary spans several lines: " + summaryLines);
    VEvent event = events(parse(ics)).get(0);
    assertEquals(name + " – møte 12/2025", value(event, "SUMMARY"));
  }

  // --- no persons in the feed, over generated meetings

  @Test
  void generatedFeeds_areValid_andNameNoPerson() {
    PropertyCheck.forAll("feeds are valid iCalendar and name no person", 20261123L, 40, 20, MeetingGenerators.valid(),
        record -> {
          String ics = HOLBAEK.feed(record.committee(), List.of(record.meeting()));
          assertFolded(ics);
          Calendar calendar = parse(ics);
          assertValid(calendar);
          assertFalse(ics.contains("ATTENDEE"), "no ATTENDEE");
          assertFalse(ics.contains("ORGANIZER"), "no ORGANIZER");
          List<String> names = new ArrayList<>();
          record.committee().memberships().forEach(m -> names.add(m.person().name()));
          record.meeting().attendance().forEach(a -> names.add(a.person().name()));
          String unfolded = ics.replace("\r\n ", "");
          for (String name : names) {
            assertFalse(unfolded.matches("(?s).*\\b" + java.util.regex.Pattern.quote(name) + "\\b.*"),
                () -> "the feed names " + name);
          }
          VEvent event = events(calendar).get(0);
          assertEquals(record.meeting().id() + "@holbaek.dk", value(event, "UID"));
          assertEquals(String.valueOf(record.meeting().sequence()), value(event, "SEQUENCE"));
          long closed = record.meeting().agendaItems().stream().filter(AgendaItem::isClosed).count();
          String lukket = record.jurisdictionId().equals("NO") ? "Lukket sak" : "Lukket punkt";
          assertEquals(closed, value(event, "DESCRIPTION").lines().filter(l -> l.endsWith(" " + lukket)).count());
        });
  }

  // --- errors

  @Test
  void of_rejectsABadDomainOrBase() {
    assertEquals("domain", assertThrows(InvalidValueException.class,
        () -> MeetingCalendar.of("holbæk dk", URI.create("https://holbaek.dk/"), CLOCK)).field());
    assertEquals("meetingBase", assertThrows(InvalidValueException.class,
        () -> MeetingCalendar.of("holbaek.dk", URI.create("moeder/"), CLOCK)).field());
    assertEquals("meetingBase", assertThrows(InvalidValueException.class,
        () -> MeetingCalendar.of("holbaek.dk", URI.create("https://holbaek.dk/?q=1"), CLOCK)).field());
  }

  @Test
  void feed_rejectsAMeetingOfAnotherCommittee() {
    Meeting other = Meeting.builder().from(planned()).committeeId("bystyret").build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> HOLBAEK.feed(formannskapet(), List.of(other)));
    assertEquals("meetings[0].committeeId", e.field());
  }

  @Test
  void feed_ofAClosedItem_showsNeitherTitleNorCaseNumber() {
    AgendaItem secret = AgendaItem.builder().number("PS 12/25").title("Ansettelse av kommunedirektør Kari Nordmann")
        .kind(ItemKind.APPOINTMENT).closure(org.folkestyre.core.meeting.Closure.of(
            org.folkestyre.core.meeting.ClosureGround.NO_KL_11_5_2_A, true)).build();
    String ics = HOLBAEK.feed(formannskapet(), List.of(Meeting.builder().from(planned()).addAgendaItem(secret).build()));
    assertFalse(ics.replace("\r\n ", "").contains("Kari Nordmann"));
    assertEquals("PS 12/25 Lukket sak", value(events(parse(ics)).get(0), "DESCRIPTION"));
  }
}
