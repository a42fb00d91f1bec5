package org.folkestyre.core.meeting;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A subject of KL Emnesystematik (KLE), Denmark's shared classification of municipal tasks —
 * KLE-nummer (DK) — with an optional handling facet (handlingsfacet).
 *
 * <p>A code has one to three groups of two digits: the main group (hovedgruppe, {@code 00}), the
 * group ({@code 00.22}) and the subject (emne, {@code 00.22.04}). The facet is a capital letter and
 * two digits, such as {@code P35} (meetings) or {@code G01} (general cases), written straight after
 * the code or after a hyphen: {@code 00.22.04P35} or {@code 00.22.04-P35}.
 *
 * <p>The text is kept as written and returned by {@link #toString()}; equality is by the parts, so
 * {@code 00.22.04P35} equals {@code 00.22.04-P35}. The levels are kept as written too: KLE writes a
 * group's general subject with zeros ({@code 15.20.00}), which is not equal to the group
 * {@code 15.20}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class KleCode {
  private static final Pattern SHAPE = Pattern.compile(
      "([0-9]{2})(?:\\.([0-9]{2})(?:\\.([0-9]{2}))?)?(?:(-?)([A-ZÆØÅ][0-9]{2}))?");
  private static final Pattern FACET = Pattern.compile("[A-ZÆØÅ][0-9]{2}");
  private static final String RULE = "a KLE code is one to three groups of two digits separated by dots (00, 00.22 "
      + "or 00.22.04), optionally followed, directly or after a hyphen, by a handling facet of a capital letter and "
      + "two digits (00.22.04P35 or 00.22.04-P35)";

  KleCode() {}

  /**
   * Returns the code exactly as it was written; not part of equality.
   *
   * @return the text, such as {@code "00.22.04-P35"}
   */
  @Value.Auxiliary
  public abstract String text();

  /**
   * Returns the main group (hovedgruppe).
   *
   * @return the main group, 0 to 99, such as 0 for {@code 00.22.04}
   */
  public abstract int mainGroup();

  /**
   * Returns the group (gruppe) within the main group.
   *
   * @return the group, 0 to 99, such as 22 for {@code 00.22.04}; empty if only the main group is written
   */
  public abstract OptionalInt group();

  /**
   * Returns the subject (emne) within the group.
   *
   * @return the subject, 0 to 99, such as 4 for {@code 00.22.04}; empty unless three groups are written
   */
  public abstract OptionalInt subject();

  /**
   * Returns the handling facet (handlingsfacet).
   *
   * @return the facet, such as {@code "P35"}, or empty
   */
  public abstract Optional<String> facet();

  /**
   * Parses a KLE code, ignoring surrounding blanks.
   *
   * @param text the code, such as {@code "00.22.04"}, {@code "00.22.04P35"} or {@code "27.00.00-G01"}
   * @return the code, keeping {@code text} as given
   * @throws InvalidValueException with field {@code kleCode} if the text has another shape, such as
   *     {@code "0.22.04"} or {@code "00.22.04p35"}
   */
  public static KleCode parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = SHAPE.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidValueException("kleCode", text, RULE);
    }
    ImmutableKleCode.Builder builder = ImmutableKleCode.builder().text(text).mainGroup(Integer.parseInt(m.group(1)));
    if (m.group(2) != null) {
      builder.group(Integer.parseInt(m.group(2)));
    }
    if (m.group(3) != null) {
      builder.subject(Integer.parseInt(m.group(3)));
    }
    if (m.group(5) != null) {
      builder.facet(m.group(5));
    }
    return builder.build();
  }

  /**
   * Returns the code without its facet, keeping the groups as written.
   *
   * @return the code, such as {@code 00.22.04} for {@code 00.22.04-P35}; this code if it has no facet
   */
  public KleCode withoutFacet() {
    if (facet().isEmpty()) {
      return this;
    }
    Matcher m = SHAPE.matcher(text().strip());
    if (!m.matches()) {
      throw new IllegalStateException("text and parts disagree: " + text());
    }
    return parse(text().strip().substring(0, m.start(4)));
  }

  /**
   * Returns the number of levels written: 1 for a main group, 2 for a group, 3 for a subject.
   *
   * @return the level, 1 to 3
   */
  public int level() {
    return subject().isPresent() ? 3 : group().isPresent() ? 2 : 1;
  }

  @Value.Check
  void check() {
    checkGroup("kleCode.mainGroup", OptionalInt.of(mainGroup()));
    checkGroup("kleCode.group", group());
    checkGroup("kleCode.subject", subject());
    if (subject().isPresent() && group().isEmpty()) {
      throw new InvalidValueException("kleCode.subject", subject().getAsInt(), "a subject needs a group");
    }
    if (facet().isPresent() && !FACET.matcher(facet().get()).matches()) {
      throw new InvalidValueException("kleCode.facet", facet().get(),
          "a handling facet is a capital letter and two digits, such as P35");
    }
    Matcher m = SHAPE.matcher(text().strip());
    if (!m.matches()) {
      throw new InvalidValueException("kleCode", text(), RULE);
    }
    boolean consistent = Integer.parseInt(m.group(1)) == mainGroup()
        && same(m.group(2), group()) && same(m.group(3), subject())
        && Optional.ofNullable(m.group(5)).equals(facet());
    if (!consistent) {
      throw new InvalidValueException("kleCode.text", text(), "does not match the parts " + describeParts());
    }
  }

  private static void checkGroup(String field, OptionalInt value) {
    if (value.isPresent() && (value.getAsInt() < 0 || value.getAsInt() > 99)) {
      throw new InvalidValueException(field, value.getAsInt(), "a KLE group is two digits, 00 to 99");
    }
  }

  private static boolean same(String digits, OptionalInt value) {
    return digits == null ? value.isEmpty() : value.isPresent() && Integer.parseInt(digits) == value.getAsInt();
  }

  private String describeParts() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%02d", mainGroup()));
    group().ifPresent(g -> sb.append(String.format(Locale.ROOT, ".%02d", g)));
    subject().ifPresent(s -> sb.append(String.format(Locale.ROOT, ".%02d", s)));
    facet().ifPresent(f -> sb.append('-').append(f));
    return sb.toString();
  }

  /**
   * Returns the code exactly as it was written.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text();
  }
}
