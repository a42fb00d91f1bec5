package org.folkestyre.core.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexical side of case numbers: which shapes of a scheme a text has, with the digits of each
 * part, and whether those digits are structurally acceptable. Years are checked against a context
 * by {@link CaseNumber}.
 */
final class CaseNumberSyntax {
  /** The most digits of a sequence or document number; nine always fit an {@code int}. */
  static final int MAX_DIGITS = 9;
  /** The most digits of a møtesaksnummer's sequence when it is written before the year. */
  static final int MAX_SEQUENCE_FIRST_DIGITS = 3;

  private static final String PREFIX = "([A-ZÆØÅ]{1,3})[ \u00A0]*";
  private static final Pattern NO_CASE = Pattern.compile("([0-9]{4}|[0-9]{2})/([0-9]+)");
  private static final Pattern NO_CASE_DOCUMENT = Pattern.compile("([0-9]{4}|[0-9]{2})/([0-9]+)-([0-9]+)");
  private static final Pattern NO_JOURNAL_ENTRY = Pattern.compile("([0-9]+)/([0-9]{4})");
  private static final Pattern NO_MEETING_SHORT = Pattern.compile("(?:" + PREFIX + ")?([0-9]+)/([0-9]{2})");
  private static final Pattern NO_MEETING_LONG = Pattern.compile(PREFIX + "([0-9]+)/([0-9]{4})");
  private static final Pattern NO_MEETING_YEAR_FIRST = Pattern.compile(PREFIX + "([0-9]{4})/([0-9]+)");
  private static final Pattern DK_YEAR_SEQUENCE = Pattern.compile("([0-9]{2})/([0-9]+)");
  private static final Pattern DK_MUNICIPALITY_YEAR_SEQUENCE = Pattern.compile("([0-9]{3})-([0-9]{4})-([0-9]+)");
  private static final Pattern DK_KLE = Pattern.compile(
      "([0-9]{2}\\.[0-9]{2}\\.[0-9]{2}-[A-ZÆØÅ][0-9]{2})-([0-9]+)-([0-9]{2})");

  private CaseNumberSyntax() {}

  /**
   * One way of reading a text as a scheme: the digits of each part, {@code null} where the
   * scheme has no such part.
   */
  record Reading(
      CaseNumberScheme scheme,
      String prefix,
      String year,
      String sequence,
      String document,
      String municipality,
      String kle,
      boolean sequenceFirst) {

    /**
     * Returns what is structurally wrong with this reading, regardless of context.
     *
     * @return the problem as a clause for a message, or {@code null} if there is none
     */
    String problem() {
      if (sequenceFirst && sequence.length() > MAX_SEQUENCE_FIRST_DIGITS) {
        return "a sequence number written before the year has at most " + MAX_SEQUENCE_FIRST_DIGITS
            + " digits, not " + sequence;
      }
      String problem = numberProblem("sequence", sequence);
      return problem != null ? problem : document == null ? null : numberProblem("document", document);
    }

    private static String numberProblem(String name, String digits) {
      if (digits.length() > MAX_DIGITS) {
        return "the " + name + " number " + digits + " has more than " + MAX_DIGITS + " digits";
      }
      if (Integer.parseInt(digits) < 1) {
        return "the " + name + " number must be at least 1, not " + digits;
      }
      return null;
    }
  }

  /**
   * Returns every way a text has the shape of a scheme.
   *
   * @param text the text without surrounding blanks
   * @param scheme the scheme
   * @return the readings, possibly with problems; empty if the text has none of the scheme's shapes
   */
  static List<Reading> read(String text, CaseNumberScheme scheme) {
    List<Reading> readings = new ArrayList<>(2);
    Matcher m;
    switch (scheme) {
      case NO_CASE:
        m = NO_CASE.matcher(text);
        if (m.matches()) {
          readings.add(new Reading(scheme, null, m.group(1), m.group(2), null, null, null, false));
        }
        break;
      case NO_CASE_DOCUMENT:
        m = NO_CASE_DOCUMENT.matcher(text);
        if (m.matches()) {
          readings.add(new Reading(scheme, null, m.group(1), m.group(2), m.group(3), null, null, false));
        }
        break;
      case NO_JOURNAL_ENTRY:
        m = NO_JOURNAL_ENTRY.matcher(text);
        if (m.matches()) {
          readings.add(new Reading(scheme, null, m.group(2), m.group(1), null, null, null, false));
        }
        break;
      case NO_MEETING_CASE:
        m = NO_MEETING_SHORT.matcher(text);
        if (m.matches()) {
          readings.add(new Reading(scheme, m.group(1), m.group(3), m.group(2), null, null, null, true));
        }
        m = NO_MEETING_LONG.matcher(text);
        if (m.matches()) {
          readings.add(new Reading(scheme, m.group(1), m.group(3), m.group(2), null, null, null, true));
        }
        m = NO_MEETING_YEAR_FIRST.matcher(text);
        if (m.matches()) {
          readings.add(new Reading(scheme, m.group(1), m.group(2), m.group(3), null, null, null, false));
        }
        break;
      case DK_YEAR_SEQUENCE:
        m = DK_YEAR_SEQUENCE.matcher(text);
        if (m.matches()) {
          readings.add(new Reading(scheme, null, m.group(1), m.group(2), null, null, null, false));
        }
        break;
      case DK_MUNICIPALITY_YEAR_SEQUENCE:
        m = DK_MUNICIPALITY_YEAR_SEQUENCE.matcher(text);
        if (m.matches()) {
          readings.add(new Reading(scheme, null, m.group(2), m.group(3), null, m.group(1), null, false));
        }
        break;
      case DK_KLE:
        m = DK_KLE.matcher(text);
        if (m.matches()) {
          readings.add(new Reading(scheme, null, m.group(3), m.group(2), null, null, m.group(1), false));
        }
        break;
      default:
        throw new AssertionError(scheme);
    }
    return readings;
  }
}
