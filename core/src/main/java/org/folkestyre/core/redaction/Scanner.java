package org.folkestyre.core.redaction;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One left-to-right pass over a text: finds e-mail addresses first (around each {@code @}), then
 * reads the rest a token at a time — runs of digits, words, a {@code +} or {@code (} that may start
 * a country code — and writes the redacted text as it goes.
 *
 * <p>Every character is looked at a bounded number of times, so the pass is linear in the length
 * of the text; there are no regular expressions. A run of digits is read with the separators that
 * may join its groups (a space, a no-break space or a hyphen between two digits) and then matched,
 * group by group, against the shapes of identity and telephone numbers. A shape must stand alone:
 * a letter, {@code /}, {@code -} or {@code @} right next to it, or a {@code .}, {@code ,} or
 * {@code :} between it and another digit, means it is part of something else, such as a case
 * number ({@code 13/37262}), a date ({@code 12.03.2024}) or an amount ({@code 1.250.000}).
 *
 * <p>Instances are used once, by one thread.
 */
final class Scanner {
  private static final Lexicon LEXICON = Lexicon.instance();
  private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end);
  /** Words after eight digits that make them an amount. */
  private static final Set<String> AMOUNT_WORDS = Set.of(
      "kr", "kroner", "krone", "nok", "dkk", "eur", "euro", "mill", "mio", "mrd", "millioner", "milliarder",
      "mia");
  /** The largest distance between a cue word and the number it announces. */
  private static final int CUE_GAP = 10;

  private final String text;
  /** The text's characters: array access is cheaper than {@link String#charAt(int)} in the hot loops. */
  private final char[] chars;
  private final int n;
  private final boolean norway;
  private final boolean denmark;
  private final Redactor redactor;
  private final List<Finding> findings = new ArrayList<>();
  private StringBuilder out;
  private int copied;
  private boolean unordered;

  private int[] emailStarts = new int[4];
  private int[] emailEnds = new int[4];
  private int emailCount;

  private int[] groupStarts = new int[8];
  private int[] groupEnds = new int[8];
  private int groupCount;
  private final int[] digits = new int[12];

  private int cueClass = Lexicon.NONE;
  private int cueEnd = -1;

  private int nameWindow;
  private int nameStart = -1;
  private int nameEnd = -1;

  Scanner(String text, Redactor redactor, boolean norway, boolean denmark) {
    this.text = text;
    this.chars = text.toCharArray();
    this.n = chars.length;
    this.redactor = redactor;
    this.norway = norway;
    this.denmark = denmark;
  }

  RedactionResult scan() {
    findEmails();
    int nextEmail = 0;
    int i = 0;
    while (i < n) {
      int limit = nextEmail < emailCount ? emailStarts[nextEmail] : n;
      if (i >= limit) {
        closeName();
        redact(FindingKind.EMAIL, emailStarts[nextEmail], emailEnds[nextEmail], Certainty.CERTAIN);
        i = emailEnds[nextEmail];
        nextEmail++;
        cueClass = Lexicon.NONE;
        continue;
      }
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        closeName();
        i = digitRun(i, limit);
        cueClass = Lexicon.NONE;
      } else if (isLetter(c)) {
        i = word(i, limit);
      } else {
        if (c == '+' || c == '(') {
          int end = prefixedPhone(i, limit);
          if (end > 0) {
            closeName();
            cueClass = Lexicon.NONE;
            i = end;
            continue;
          }
        }
        i++;
      }
    }
    closeName();
    if (unordered) {
      findings.sort(ORDER);
    }
    String redacted;
    if (out == null) {
      redacted = text;
    } else {
      out.append(text, copied, n);
      redacted = out.toString();
    }
    return RedactionResult.builder().original(text).text(redacted).findings(ImmutableList.copyOf(findings)).build();
  }

  // ------------------------------------------------------------------ e-mail

  /** Finds every e-mail address: a local part, {@code @}, and a domain with a dot and a top-level domain of letters. */
  private void findEmails() {
    int previousEnd = 0;
    int at = text.indexOf('@');
    while (at >= 0) {
      int start = at;
      while (start > previousEnd && isLocalPartChar(chars[start - 1])) {
        start--;
      }
      while (start < at && (chars[start] == '.' || chars[start] == '-' || chars[start] == '+')) {
        start++;
      }
      int end = start < at && chars[at - 1] != '.' ? domainEnd(at + 1) : -1;
      if (end > 0) {
        addEmail(start, end);
        previousEnd = end;
        at = text.indexOf('@', end);
      } else {
        at = text.indexOf('@', at + 1);
      }
    }
  }

  /** Returns where a domain that starts at a position ends, or -1 if there is no domain with a dot there. */
  private int domainEnd(int from) {
    int p = from;
    int end = -1;
    int labelStart = p;
    boolean dotted = false;
    while (true) {
      if (p >= n || !Character.isLetterOrDigit(chars[p])) {
        break;
      }
      labelStart = p;
      while (p < n && (Character.isLetterOrDigit(chars[p]) || chars[p] == '-')) {
        p++;
      }
      if (chars[p - 1] == '-') {
        break;
      }
      if (dotted && isTopLevelDomain(labelStart, p)) {
        end = p;
      }
      if (p + 1 < n && chars[p] == '.' && Character.isLetterOrDigit(chars[p + 1])) {
        dotted = true;
        p++;
      } else {
        break;
      }
    }
    return end;
  }

  private boolean isTopLevelDomain(int start, int end) {
    if (end - start < 2) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!Character.isLetter(chars[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLocalPartChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%'
        || (c >= 0x80 && Character.isLetterOrDigit(c));
  }

  private void addEmail(int start, int end) {
    if (emailCount == emailStarts.length) {
      emailStarts = Arrays.copyOf(emailStarts, emailCount * 2);
      emailEnds = Arrays.copyOf(emailEnds, emailCount * 2);
    }
    emailStarts[emailCount] = start;
    emailEnds[emailCount] = end;
    emailCount++;
  }

  // ------------------------------------------------------------------ words

  private int word(int start, int limit) {
    int p = start;
    int node = Lexicon.root();
    int stem = Lexicon.NONE;
    while (p < limit) {
      char c = chars[p];
      if (!isLetter(c)) {
        break;
      }
      if (node >= 0) {
        node = LEXICON.child(node, lower(c));
        if (node >= 0 && LEXICON.stemClass(node) != Lexicon.NONE) {
          stem = LEXICON.stemClass(node);
        }
      }
      p++;
    }
    int wordClass = node >= 0 && LEXICON.wordClass(node) != Lexicon.NONE ? LEXICON.wordClass(node) : stem;
    handleWord(start, p, wordClass);
    return p;
  }

  private void handleWord(int start, int end, int wordClass) {
    int kind = wordClass & Lexicon.CLASS_MASK;
    if (kind == Lexicon.PHONE_CUE || kind == Lexicon.NOT_PHONE_CUE) {
      cueClass = kind;
      cueEnd = end;
    } else if (kind != Lexicon.TRANSPARENT) {
      cueClass = Lexicon.NONE;
    }
    if (kind == Lexicon.SPECIAL) {
      findings.add(Finding.specialCategory(SensitiveTopic.values()[wordClass & Lexicon.TOPIC_MASK], start, end));
    }
    if (nameStart >= 0) {
      char between = chars[nameEnd];
      if (start == nameEnd + 1 && (between == ' ' || between == '-') && isCapitalised(start, end)) {
        nameEnd = end;
        return;
      }
      closeName();
    }
    if (kind == Lexicon.RELATION || kind == Lexicon.TITLE) {
      nameWindow = 4;
      return;
    }
    if (nameWindow > 0) {
      if (isCapitalised(start, end) && !isSentenceStart(start)) {
        nameStart = start;
        nameEnd = end;
        nameWindow = 0;
        return;
      }
      nameWindow = kind == Lexicon.PREPOSITION ? 0 : nameWindow - 1;
    }
  }

  private void closeName() {
    if (nameStart >= 0) {
      findings.add(Finding.namedThirdParty(nameStart, nameEnd));
      unordered = true;
      nameStart = -1;
    }
  }

  private boolean isCapitalised(int start, int end) {
    if (end - start < 2 || !Character.isUpperCase(chars[start])) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (!Character.isLowerCase(chars[i])) {
        return false;
      }
    }
    return true;
  }

  private boolean isSentenceStart(int start) {
    int p = start - 1;
    while (p >= 0) {
      char c = chars[p];
      if (c == ' ' || c == '\u00A0' || c == '\t' || c == '"' || c == '\'' || c == '«' || c == '»' || c == '('
          || c == '“' || c == '”' || c == '‘' || c == '’') {
        p--;
      } else {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r';
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ digits

  /** Reads the digit groups that start at a position and matches them; returns where they end. */
  private int digitRun(int start, int limit) {
    groupCount = 0;
    int p = start;
    while (true) {
      int groupStart = p;
      while (p < limit && isDigit(chars[p])) {
        p++;
      }
      addGroup(groupStart, p);
      if (p + 1 < limit && isJoiner(chars[p]) && isDigit(chars[p + 1])) {
        p++;
      } else {
        break;
      }
    }
    int j = 0;
    while (j < groupCount) {
      int last = matchAt(j);
      j = last >= 0 ? last + 1 : j + 1;
    }
    return p;
  }

  private void addGroup(int start, int end) {
    if (groupCount == groupStarts.length) {
      groupStarts = Arrays.copyOf(groupStarts, groupCount * 2);
      groupEnds = Arrays.copyOf(groupEnds, groupCount * 2);
    }
    groupStarts[groupCount] = start;
    groupEnds[groupCount] = end;
    groupCount++;
  }

  private int length(int group) {
    return groupEnds[group] - groupStarts[group];
  }

  /** Matches the shapes that start at a group; records a finding and returns its last group, or -1. */
  private int matchAt(int j) {
    if (!startsAlone(j)) {
      return -1;
    }
    int first = length(j);
    boolean hasNext = j + 1 < groupCount;
    if (first == 4 && isInternationalPrefix(groupStarts[j])) {
      int last = eightDigitsFrom(j + 1);
      if (last >= 0 && endsAlone(last)) {
        redact(FindingKind.PHONE, groupStarts[j], groupEnds[last], Certainty.CERTAIN);
        return last;
      }
    }
    if (first == 12 && isInternationalPrefix(groupStarts[j]) && endsAlone(j)) {
      redact(FindingKind.PHONE, groupStarts[j], groupEnds[j], Certainty.CERTAIN);
      return j;
    }
    if (norway) {
      if (first == 11 && endsAlone(j) && norwegian(j, j)) {
        return j;
      }
      if (first == 6 && hasNext && length(j + 1) == 5 && endsAlone(j + 1) && norwegian(j, j + 1)) {
        return j + 1;
      }
    }
    if (denmark) {
      if (first == 10 && endsAlone(j) && danish(j, j)) {
        return j;
      }
      if (first == 6 && hasNext && length(j + 1) == 4 && endsAlone(j + 1) && danish(j, j + 1)) {
        return j + 1;
      }
    }
    return phone(j);
  }

  /** Whether the group {@code j} starts a number of its own: nothing but a space or an allowed mark before it. */
  private boolean startsAlone(int j) {
    int start = groupStarts[j];
    if (j > 0) {
      return chars[start - 1] != '-';
    }
    if (start == 0) {
      return true;
    }
    char before = chars[start - 1];
    if (isLetter(before) || before == '/' || before == '\\' || before == '_' || before == '-' || before == '@'
        || before == '&' || before == '=' || before == '#' || before == '%') {
      return false;
    }
    if (before == '.' || before == ',' || before == ':') {
      return start < 2 || !isDigit(chars[start - 2]);
    }
    return true;
  }

  /** Whether the group {@code k} ends a number of its own. */
  private boolean endsAlone(int k) {
    int end = groupEnds[k];
    if (k < groupCount - 1) {
      return chars[end] != '-';
    }
    if (end >= n) {
      return true;
    }
    char after = chars[end];
    if (isLetter(after) || after == '/' || after == '\\' || after == '_' || after == '-' || after == '@'
        || after == '%') {
      return false;
    }
    if (after == '.' || after == ',' || after == ':') {
      return end + 1 >= n || !isDigit(chars[end + 1]);
    }
    return true;
  }

  private boolean isInternationalPrefix(int at) {
    return chars[at] == '0' && chars[at + 1] == '0' && chars[at + 2] == '4'
        && (chars[at + 3] == '7' || chars[at + 3] == '5');
  }

  /** Returns the last group of exactly eight digits in space-joined groups from a group, or -1. */
  private int eightDigitsFrom(int from) {
    int count = 0;
    for (int k = from; k < groupCount; k++) {
      if (k > from && !isSpace(chars[groupStarts[k] - 1])) {
        return -1;
      }
      count += length(k);
      if (count == 8) {
        return k;
      }
      if (count > 8) {
        return -1;
      }
    }
    return -1;
  }

  private void collect(int from, int to) {
    int d = 0;
    for (int k = from; k <= to; k++) {
      for (int p = groupStarts[k]; p < groupEnds[k]; p++) {
        digits[d++] = chars[p] - '0';
      }
    }
  }

  private boolean norwegian(int from, int to) {
    collect(from, to);
    int kind = IdentityNumbers.norwegianKind(digits);
    if (kind == IdentityNumbers.NONE) {
      return false;
    }
    Certainty certainty = IdentityNumbers.norwegianCheckDigitsValid(digits) ? Certainty.CERTAIN : Certainty.PROBABLE;
    redact(FindingKind.values()[kind], groupStarts[from], groupEnds[to], certainty);
    return true;
  }

  private boolean danish(int from, int to) {
    collect(from, to);
    if (!IdentityNumbers.danishDatePlausible(digits)) {
      return false;
    }
    Certainty certainty = IdentityNumbers.danishModulus11(digits) ? Certainty.CERTAIN : Certainty.PROBABLE;
    redact(FindingKind.DK_CPR, groupStarts[from], groupEnds[to], certainty);
    return true;
  }

  /** Matches a telephone number without country code: 8 digits as 8, 3-2-3, 2-2-2-2 or 4-4, first digit 2 to 9. */
  private int phone(int j) {
    if (chars[groupStarts[j]] < '2') {
      return -1;
    }
    int first = length(j);
    int last = -1;
    if (first == 8) {
      last = j;
    } else if (first == 3 && spacedGroups(j, 3, 2, 3)) {
      last = j + 2;
    } else if (first == 2 && spacedGroups(j, 2, 2, 2, 2)) {
      last = j + 3;
    } else if (first == 4 && spacedGroups(j, 4, 4)) {
      last = j + 1;
    }
    if (last < 0 || !endsAlone(last)) {
      return -1;
    }
    boolean cued = false;
    if (j == 0 && cueApplies(groupStarts[0])) {
      if (cueClass == Lexicon.NOT_PHONE_CUE) {
        return -1;
      }
      cued = true;
    }
    if (last == groupCount - 1 && amountFollows(groupEnds[last])) {
      return -1;
    }
    if (!cued) {
      collect(j, last);
      if (first == 8 && IdentityNumbers.isCompactDate(digits)) {
        return -1;
      }
      if (first == 4 && isYear(0) && isYear(4)) {
        return -1;
      }
    }
    redact(FindingKind.PHONE, groupStarts[j], groupEnds[last], cued ? Certainty.CERTAIN : Certainty.PROBABLE);
    return last;
  }

  private boolean isYear(int offset) {
    int year = digits[offset] * 1000 + digits[offset + 1] * 100 + digits[offset + 2] * 10 + digits[offset + 3];
    return year >= 1900 && year <= 2099;
  }

  /** Whether groups from {@code j} have the given lengths and are joined by spaces. */
  private boolean spacedGroups(int j, int... lengths) {
    if (j + lengths.length > groupCount) {
      return false;
    }
    for (int i = 0; i < lengths.length; i++) {
      if (length(j + i) != lengths[i] || (i > 0 && !isSpace(chars[groupStarts[j + i] - 1]))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the last cue word is close before a position, with only blanks and {@code : . ( -} between. */
  private boolean cueApplies(int position) {
    if (cueClass == Lexicon.NONE || position - cueEnd > CUE_GAP) {
      return false;
    }
    for (int p = cueEnd; p < position; p++) {
      char c = chars[p];
      if (!(isSpace(c) || c == '\t' || c == '\n' || c == '\r' || c == ':' || c == '.' || c == '(' || c == '-'
          || isLetter(c))) {
        return false;
      }
    }
    return true;
  }

  /** Whether an amount's mark follows a position: {@code ,-}, {@code ,00}, or a word such as kr or mill. */
  private boolean amountFollows(int end) {
    if (end + 1 < n && chars[end] == ',' && (chars[end + 1] == '-' || chars[end + 1] == '–')) {
      return true;
    }
    if (end + 2 < n && chars[end] == ',' && chars[end + 1] == '0' && chars[end + 2] == '0') {
      return true;
    }
    int p = end;
    if (p < n && isSpace(chars[p])) {
      p++;
    }
    int wordStart = p;
    while (p < n && p - wordStart <= 10 && isLetter(chars[p])) {
      p++;
    }
    if (p == wordStart || p - wordStart > 10) {
      return false;
    }
    StringBuilder word = new StringBuilder(p - wordStart);
    for (int i = wordStart; i < p; i++) {
      word.append(lower(chars[i]));
    }
    return AMOUNT_WORDS.contains(word.toString());
  }

  // ------------------------------------------------------------------ +47, (+45), 0047

  /** Matches a telephone number with a country code that starts at a {@code +} or {@code (}; returns its end or -1. */
  private int prefixedPhone(int start, int limit) {
    if (start > 0 && isLetterOrDigit(chars[start - 1])) {
      return -1;
    }
    int p = start;
    boolean parenthesis = chars[p] == '(';
    if (parenthesis) {
      p++;
    }
    if (p + 3 > limit || chars[p] != '+' || chars[p + 1] != '4'
        || (chars[p + 2] != '7' && chars[p + 2] != '5')) {
      return -1;
    }
    p += 3;
    if (parenthesis) {
      if (p >= limit || chars[p] != ')') {
        return -1;
      }
      p++;
    }
    if (p < limit && isSpace(chars[p])) {
      p++;
    }
    int count = 0;
    while (true) {
      if (p >= limit || !isDigit(chars[p])) {
        return -1;
      }
      while (p < limit && isDigit(chars[p])) {
        p++;
        count++;
      }
      if (count >= 8) {
        break;
      }
      if (p + 1 < limit && isSpace(chars[p]) && isDigit(chars[p + 1])) {
        p++;
      } else {
        return -1;
      }
    }
    if (count != 8) {
      return -1;
    }
    if (p < n) {
      char after = chars[p];
      if (isLetter(after) || after == '/' || after == '-' || after == '@' || after == '_'
          || ((after == '.' || after == ',' || after == ':') && p + 1 < n && isDigit(chars[p + 1]))) {
        return -1;
      }
    }
    redact(FindingKind.PHONE, start, p, Certainty.CERTAIN);
    return p;
  }

  // ------------------------------------------------------------------ output

  private void redact(FindingKind kind, int start, int end, Certainty certainty) {
    String replacement = redactor.replacement(kind, text, start, end);
    findings.add(Finding.redaction(kind, start, end, certainty, replacement));
    if (out == null) {
      out = new StringBuilder(n + 16);
    }
    out.append(text, copied, start).append(replacement);
    copied = end;
  }

  // ------------------------------------------------------------------ characters

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F';
  }

  private static boolean isJoiner(char c) {
    return isSpace(c) || c == '-';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0x80 && Character.isLetter(c));
  }

  private static boolean isLetterOrDigit(char c) {
    return isAsciiLetterOrDigit(c) || (c >= 0x80 && Character.isLetterOrDigit(c));
  }

  private static char lower(char c) {
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    return c < 0x80 ? c : Character.toLowerCase(c);
  }
}
