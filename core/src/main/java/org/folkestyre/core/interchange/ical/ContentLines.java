package org.folkestyre.core.interchange.ical;

import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar content lines (RFC 5545 § 3.1): text values escaped, lines folded at 75 octets
 * without splitting a UTF-8 sequence, every line ended by CRLF.
 */
final class ContentLines {
  /** The longest a line may be, in octets, excluding its CRLF. */
  static final int MAX_OCTETS = 75;
  static final String CRLF = "\r\n";

  private final StringBuilder out = new StringBuilder();

  /** Appends a property whose value is written as it is: a date, a number, a URI, a code. */
  ContentLines raw(String nameAndParameters, String value) {
    out.append(fold(nameAndParameters + ":" + value)).append(CRLF);
    return this;
  }

  /** Appends a property whose value is TEXT, escaped. */
  ContentLines text(String nameAndParameters, String value) {
    return raw(nameAndParameters, escape(value));
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * Escapes a TEXT value (RFC 5545 § 3.3.11): backslash, semicolon and comma get a backslash, a
   * line break (CRLF, LF or CR) becomes {@code \n}, and other control characters but the tab are
   * left out, since TEXT may not hold them.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case ';' -> escaped.append("\\;");
        case ',' -> escaped.append("\\,");
        case '\r' -> {
          escaped.append("\\n");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> escaped.append("\\n");
        default -> {
          if (c == '\t' || !Character.isISOControl(c)) {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  /**
   * Folds a content line (RFC 5545 § 3.1): after every 75 octets of UTF-8 a line break and a space
   * are inserted, the space counting towards the next line's 75; a break never falls inside the
   * UTF-8 sequence of one character, nor between the two halves of a surrogate pair.
   */
  static String fold(String line) {
    StringBuilder folded = new StringBuilder(line.length() + 16);
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + width > MAX_OCTETS) {
        folded.append(CRLF).append(' ');
        octets = 1;
      }
      folded.appendCodePoint(codePoint);
      octets += width;
      i += Character.charCount(codePoint);
    }
    return folded.toString();
  }
}
