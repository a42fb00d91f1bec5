package org.folkestyre.core.interchange.ical;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.interchange.Proceedings;
import org.folkestyre.core.internal.Urls;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingState;

/**
 * A calendar feed of a body's meetings in iCalendar (RFC 5545) — møtekalender (NO),
 * mødekalender (DK) — for any calendar program to subscribe to.
 *
 * <p>The feed is one VCALENDAR with {@code PRODID}, {@code VERSION:2.0}, the calendar's name, the
 * VTIMEZONE of the body's jurisdiction ({@code Europe/Oslo}, {@code Europe/Copenhagen}) with its
 * standard and daylight-saving rules, and one VEVENT per meeting:
 * <ul>
 *   <li>{@code UID}: the meeting's id, {@code @}, and the caller's domain — stable for as long as
 *       the meeting's id is, so that a calendar updates an event instead of adding one;
 *   <li>{@code DTSTAMP}: the instant of the injected {@link Clock}, in UTC;
 *   <li>{@code DTSTART} and {@code DTEND}: wall-clock times with {@code TZID}; no DTEND when the
 *       end is not known;
 *   <li>{@code SEQUENCE}: the meeting's {@link Meeting#sequence()}, raised by every change of
 *       state, time or place;
 *   <li>{@code STATUS}: {@code TENTATIVE} while planned, {@code CONFIRMED} once convened, held or
 *       with approved minutes, {@code CANCELLED} when cancelled — a cancelled meeting stays in the
 *       feed with its UID, so that subscribers see it called off;
 *   <li>{@code SUMMARY}: the body's name and the word for meeting in the jurisdiction's language,
 *       with the meeting's number ("Formannskapet – møte 3/2015");
 *   <li>{@code LOCATION}: the place;
 *   <li>{@code DESCRIPTION}: the agenda, one line per item with its number, title and case number;
 *       a closed item shows only its number and "Lukket sak" (NO) or "Lukket punkt" (DK);
 *   <li>{@code URL}: the meeting's page, the caller's base URL followed by the meeting's id as a
 *       path segment.
 * </ul>
 * The feed names no person: no ATTENDEE, no ORGANIZER, no member or attendance in the description,
 * and no decision (decisions may name persons). It has no METHOD, so it is a published calendar,
 * not an iTIP message. Text is escaped and lines are folded at 75 octets without splitting a
 * character, every line ending with CRLF.
 *
 * <pre>{@code
 * MeetingCalendar calendar = MeetingCalendar.of("holbaek.dk", URI.create("https://holbaek.dk/moeder/"), clock);
 * String ics = calendar.feed(committee, meetings);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe, and needs nothing beyond core.
 */
public final class MeetingCalendar {
  /** The product identifier every feed carries. */
  public static final String PRODUCT_ID = "-//Folkestyre//Folkestyre meeting calendar//EN";
  /** The media type of a feed. */
  public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

  private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
      + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT);

  private final String domain;
  private final URI base;
  private final Clock clock;

  private MeetingCalendar(String domain, URI base, Clock clock) {
    this.domain = domain;
    this.base = base;
    this.clock = clock;
  }

  /**
   * Obtains a calendar writer.
   *
   * @param domain the domain that makes the UIDs globally unique, such as {@code "drammen.kommune.no"}
   * @param meetingBase the URL under which each meeting has its page, such as
   *     {@code https://drammen.kommune.no/politikk/moter/}; the meeting's id is appended as a path segment
   * @param clock the clock that gives {@code DTSTAMP}
   * @return the writer
   * @throws InvalidValueException if the domain is not a host name, or the base is not an absolute
   *     http or https URL without query or fragment
   */
  public static MeetingCalendar of(String domain, URI meetingBase, Clock clock) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(clock, "clock");
    if (!DOMAIN.matcher(domain).matches()) {
      throw new InvalidValueException("domain", domain, "must be a host name such as drammen.kommune.no");
    }
    return new MeetingCalendar(domain, Urls.base("meetingBase", meetingBase), clock);
  }

  /**
   * Returns the UID of a meeting's event.
   *
   * @param meeting the meeting
   * @return the UID, such as {@code holbaek-demokratieksperimentariet-2015-03-24@holbaek.dk}
   */
  public String uid(Meeting meeting) {
    Objects.requireNonNull(meeting, "meeting");
    return meeting.id() + "@" + domain;
  }

  /**
   * Returns the URL of a meeting's page.
   *
   * @param meeting the meeting
   * @return the base URL with the meeting's id appended as a path segment
   */
  public URI url(Meeting meeting) {
    Objects.requireNonNull(meeting, "meeting");
    return base.resolve(Urls.segment(meeting.id()));
  }

  /**
   * Writes the feed of one committee's meetings in the proceedings.
   *
   * @param proceedings the proceedings
   * @param committeeId the committee's id
   * @return the feed, lines ending in CRLF
   * @throws InvalidValueException if no committee has the id
   */
  public String feed(Proceedings proceedings, String committeeId) {
    Objects.requireNonNull(proceedings, "proceedings");
    Committee committee = proceedings.committee(committeeId).orElseThrow(() -> new InvalidValueException(
        "committeeId", committeeId, "is not the id of a committee; committees: "
            + proceedings.committees().stream().map(Committee::id).toList()));
    return feed(committee, proceedings.meetingsOf(committeeId));
  }

  /**
   * Writes the feed of a committee's meetings, in the order given.
   *
   * @param committee the body that meets
   * @param meetings its meetings, cancelled ones included
   * @return the feed, lines ending in CRLF
   * @throws InvalidValueException if a meeting is of another committee, or not in the zone of the
   *     committee's jurisdiction
   */
  public String feed(Committee committee, List<Meeting> meetings) {
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(meetings, "meetings");
    Jurisdiction jurisdiction = Jurisdiction.of(committee.kind().jurisdictionId());
    ZoneId zone = jurisdiction.zone();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = Objects.requireNonNull(meetings.get(i), "meetings[" + i + "]");
      if (!meeting.committeeId().equals(committee.id())) {
        throw new InvalidValueException("meetings[" + i + "].committeeId", meeting.committeeId(),
            "is not the committee of the feed, " + committee.id());
      }
      if (!meeting.start().getZone().equals(zone)) {
        throw new InvalidValueException("meetings[" + i + "].start", meeting.start(),
            "must be in the zone of " + jurisdiction.id() + ", " + zone);
      }
    }
    Language language = jurisdiction.primaryLanguage();
    ContentLines lines = new ContentLines();
    lines.raw("BEGIN", "VCALENDAR");
    lines.raw("VERSION", "2.0");
    lines.text("PRODID", PRODUCT_ID);
    lines.raw("CALSCALE", "GREGORIAN");
    lines.text("NAME", committee.name());
    lines.text("X-WR-CALNAME", committee.name());
    lines.text("X-WR-TIMEZONE", zone.getId());
    TimeZones.write(lines, zone);
    String stamp = UTC.format(clock.instant().atOffset(ZoneOffset.UTC));
    for (Meeting meeting : meetings) {
      event(lines, committee, meeting, language, stamp);
    }
    lines.raw("END", "VCALENDAR");
    return lines.toString();
  }

  private void event(ContentLines lines, Committee committee, Meeting meeting, Language language, String stamp) {
    String tzid = ";TZID=" + meeting.start().getZone().getId();
    lines.raw("BEGIN", "VEVENT");
    lines.text("UID", uid(meeting));
    lines.raw("DTSTAMP", stamp);
    lines.raw("DTSTART" + tzid, TimeZones.LOCAL.format(meeting.start().toLocalDateTime()));
    meeting.end().ifPresent(end -> lines.raw("DTEND" + tzid, TimeZones.LOCAL.format(end.toLocalDateTime())));
    lines.raw("SEQUENCE", Integer.toString(meeting.sequence()));
    lines.raw("STATUS", status(meeting.state()));
    lines.text("SUMMARY", committee.name() + " – " + word(language, "møte", "møde", "meeting")
        + meeting.number().map(n -> " " + n).orElse(""));
    meeting.place().ifPresent(place -> lines.text("LOCATION", place));
    if (!meeting.agendaItems().isEmpty()) {
      lines.text("DESCRIPTION", agenda(meeting, language));
    }
    lines.raw("URL", url(meeting).toASCIIString());
    lines.raw("END", "VEVENT");
  }

  private static String agenda(Meeting meeting, Language language) {
    StringBuilder agenda = new StringBuilder();
    for (AgendaItem item : meeting.agendaItems()) {
      if (agenda.length() > 0) {
        agenda.append('\n');
      }
      agenda.append(item.number()).append(' ');
      if (item.isClosed()) {
        agenda.append(word(language, "Lukket sak", "Lukket punkt", "Closed item"));
      } else {
        agenda.append(item.title());
        item.caseNumber().ifPresent(n -> agenda.append(" (").append(n.text().strip()).append(')'));
      }
    }
    return agenda.toString();
  }

  /**
   * Returns the iCalendar status of a meeting state.
   *
   * @param state the state
   * @return {@code TENTATIVE}, {@code CONFIRMED} or {@code CANCELLED}
   */
  static String status(MeetingState state) {
    switch (state) {
      case PLANNED:
        return "TENTATIVE";
      case CANCELLED:
        return "CANCELLED";
      default:
        return "CONFIRMED";
    }
  }

  private static String word(Language language, String norwegian, String danish, String english) {
    switch (language) {
      case NB:
      case NN:
        return norwegian;
      case DA:
        return danish;
      default:
        return english;
    }
  }

  @Override
  public String toString() {
    return "MeetingCalendar[" + domain + ", " + base + "]";
  }
}
