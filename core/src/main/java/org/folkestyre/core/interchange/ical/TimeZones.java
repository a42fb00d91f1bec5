package org.folkestyre.core.interchange.ical;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes the VTIMEZONE component (RFC 5545 § 3.6.5) of a zone from the JDK's time-zone rules: one
 * STANDARD and one DAYLIGHT observance with a yearly RRULE for a zone that has daylight saving
 * time, such as Europe/Oslo and Europe/Copenhagen (CET/CEST, the last Sunday of March and of
 * October), starting with the zone's last historical transition, from which the rules of today
 * apply (1997 for both); one STANDARD observance for a zone without.
 */
final class TimeZones {
  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
  private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

  private TimeZones() {}

  static void write(ContentLines lines, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    lines.raw("BEGIN", "VTIMEZONE");
    lines.text("TZID", zone.getId());
    List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
    List<ZoneOffsetTransition> history = rules.getTransitions();
    if (yearly.isEmpty()) {
      ZoneOffset offset = rules.getOffset(java.time.Instant.now());
      LocalDateTime since = history.isEmpty() ? LocalDateTime.of(1970, 1, 1, 0, 0)
          : history.get(history.size() - 1).getDateTimeAfter();
      lines.raw("BEGIN", "STANDARD");
      lines.raw("DTSTART", LOCAL.format(since));
      lines.raw("TZOFFSETFROM", offset(offset));
      lines.raw("TZOFFSETTO", offset(offset));
      lines.raw("END", "STANDARD");
    } else {
      for (ZoneOffsetTransitionRule rule : yearly) {
        ZoneOffsetTransition first = firstOf(rule, history);
        String kind = rule.getOffsetAfter().equals(rule.getStandardOffset()) ? "STANDARD" : "DAYLIGHT";
        lines.raw("BEGIN", kind);
        lines.raw("DTSTART", LOCAL.format(first.getDateTimeBefore()));
        lines.raw("TZOFFSETFROM", offset(rule.getOffsetBefore()));
        lines.raw("TZOFFSETTO", offset(rule.getOffsetAfter()));
        lines.raw("RRULE", recurrence(rule));
        lines.text("TZNAME", NAME.format(first.getInstant().atZone(zone)));
        lines.raw("END", kind);
      }
    }
    lines.raw("END", "VTIMEZONE");
  }

  /**
   * The first transition of a yearly rule at or after the zone's last historical transition, so
   * that the observances cover every instant from then on; from 1970 for a zone without history.
   */
  private static ZoneOffsetTransition firstOf(ZoneOffsetTransitionRule rule, List<ZoneOffsetTransition> history) {
    if (history.isEmpty()) {
      return rule.createTransition(1970);
    }
    ZoneOffsetTransition last = history.get(history.size() - 1);
    int year = last.getDateTimeBefore().getYear();
    ZoneOffsetTransition first = rule.createTransition(year);
    while (first.getInstant().isBefore(last.getInstant())) {
      first = rule.createTransition(++year);
    }
    return first;
  }

  /** The yearly recurrence of a transition rule, such as {@code FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU}. */
  static String recurrence(ZoneOffsetTransitionRule rule) {
    String month = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
    int indicator = rule.getDayOfMonthIndicator();
    DayOfWeek day = rule.getDayOfWeek();
    if (day == null) {
      return month + ";BYMONTHDAY=" + indicator;
    }
    String weekday = DAYS[day.getValue() - 1];
    int length = rule.getMonth().length(false);
    boolean lastWeek = indicator == -1 || (indicator > 0 && indicator + 6 == length && rule.getMonth().maxLength() == length);
    if (lastWeek) {
      return month + ";BYDAY=-1" + weekday;
    }
    if (indicator > 0 && (indicator - 1) % 7 == 0 && indicator + 6 <= 28) {
      return month + ";BYDAY=" + ((indicator - 1) / 7 + 1) + weekday;
    }
    int from = indicator > 0 ? indicator : length + indicator - 5;
    String days = IntStream.range(from, from + 7).mapToObj(Integer::toString).collect(Collectors.joining(","));
    return month + ";BYMONTHDAY=" + days + ";BYDAY=" + weekday;
  }

  /** An offset as iCalendar writes it, such as {@code +0100}. */
  static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    String sign = seconds < 0 ? "-" : "+";
    int abs = Math.abs(seconds);
    String text = String.format(Locale.ROOT, "%s%02d%02d", sign, abs / 3600, abs / 60 % 60);
    return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", abs % 60);
  }
}
