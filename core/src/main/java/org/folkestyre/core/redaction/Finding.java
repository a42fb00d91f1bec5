package org.folkestyre.core.redaction;

import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One piece of personal data a redactor found in a text, or one passage it flags for review: its
 * kind, where it is, how certain the redactor is, and what replaced it.
 *
 * <p>{@link #start()} and {@link #end()} are UTF-16 offsets into the original text, as
 * {@link String#substring(int, int)} takes them: the finding is {@code original.substring(start, end)}.
 * A finding of a kind that is {@linkplain FindingKind#isReviewFlag() a review flag} has no
 * replacement, since flags leave the text as it is; every other finding has one. A
 * {@link FindingKind#SPECIAL_CATEGORY} finding names its {@link #topic()}. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /**
   * Returns what was found.
   *
   * @return the kind
   */
  public abstract FindingKind kind();

  /**
   * Returns where the finding starts in the original text.
   *
   * @return the UTF-16 offset of the first character, 0 or more
   */
  public abstract int start();

  /**
   * Returns where the finding ends in the original text.
   *
   * @return the UTF-16 offset after the last character, greater than {@link #start()}
   */
  public abstract int end();

  /**
   * Returns how certain the redactor is.
   *
   * @return the certainty
   */
  public abstract Certainty certainty();

  /**
   * Returns the text that replaced the finding in the redacted text.
   *
   * @return the replacement, such as {@code "[telefon]"}; empty for a review flag
   */
  public abstract Optional<String> replacement();

  /**
   * Returns the special category a {@link FindingKind#SPECIAL_CATEGORY} keyword points to.
   *
   * @return the topic; present exactly for special-category findings
   */
  public abstract Optional<SensitiveTopic> topic();

  /**
   * Obtains a finding that was replaced in the redacted text.
   *
   * @param kind the kind, not a review flag
   * @param start the UTF-16 offset of the first character
   * @param end the UTF-16 offset after the last character
   * @param certainty the certainty
   * @param replacement the text that replaced it
   * @return the finding
   * @throws InvalidValueException if the kind is a review flag or the offsets are out of order
   */
  public static Finding redaction(FindingKind kind, int start, int end, Certainty certainty, String replacement) {
    Objects.requireNonNull(replacement, "replacement");
    return builder().kind(kind).start(start).end(end).certainty(certainty).replacement(replacement).build();
  }

  /**
   * Obtains a flag for review of a name that probably belongs to a private third party.
   *
   * @param start the UTF-16 offset of the first character
   * @param end the UTF-16 offset after the last character
   * @return the finding, of kind {@link FindingKind#NAMED_THIRD_PARTY} and certainty probable
   * @throws InvalidValueException if the offsets are out of order
   */
  public static Finding namedThirdParty(int start, int end) {
    return builder().kind(FindingKind.NAMED_THIRD_PARTY).start(start).end(end).certainty(Certainty.PROBABLE).build();
  }

  /**
   * Obtains a flag for review of a keyword of a special category.
   *
   * @param topic the category the keyword points to
   * @param start the UTF-16 offset of the first character
   * @param end the UTF-16 offset after the last character
   * @return the finding, of kind {@link FindingKind#SPECIAL_CATEGORY} and certainty probable
   * @throws InvalidValueException if the offsets are out of order
   */
  public static Finding specialCategory(SensitiveTopic topic, int start, int end) {
    Objects.requireNonNull(topic, "topic");
    return builder().kind(FindingKind.SPECIAL_CATEGORY).start(start).end(end).certainty(Certainty.PROBABLE)
        .topic(topic).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of UTF-16 characters the finding spans in the original.
   *
   * @return {@code end() - start()}
   */
  public int length() {
    return end() - start();
  }

  /**
   * Returns whether the finding was replaced in the redacted text.
   *
   * @return true unless the finding is a review flag
   */
  public boolean isRedaction() {
    return !kind().isReviewFlag();
  }

  /**
   * Returns the text of the finding in the original.
   *
   * @param original the text the finding was found in
   * @return {@code original.substring(start(), end())}
   * @throws InvalidValueException if the original is shorter than {@link #end()}
   */
  public String textIn(String original) {
    Objects.requireNonNull(original, "original");
    if (end() > original.length()) {
      throw new InvalidValueException("finding.end", end(), "is beyond the end of a text of length " + original.length());
    }
    return original.substring(start(), end());
  }

  /**
   * Returns whether this finding shares at least one character with another.
   *
   * @param other the other finding
   * @return true if the spans overlap
   */
  public boolean overlaps(Finding other) {
    return start() < other.end() && other.start() < end();
  }

  @Value.Check
  void check() {
    if (start() < 0) {
      throw new InvalidValueException("finding.start", start(), "must not be negative");
    }
    if (end() <= start()) {
      throw new InvalidValueException("finding.end", end(), "must be greater than the start " + start());
    }
    if (kind().isReviewFlag() && replacement().isPresent()) {
      throw new InvalidValueException("finding.replacement", replacement().get(),
          "a " + kind() + " finding is a flag for review and replaces nothing");
    }
    if (!kind().isReviewFlag() && replacement().isEmpty()) {
      throw new InvalidValueException("finding.replacement", "none", "a " + kind() + " finding needs its replacement");
    }
    if ((kind() == FindingKind.SPECIAL_CATEGORY) != topic().isPresent()) {
      throw new InvalidValueException("finding.topic", topic().map(Object::toString).orElse("none"),
          "a topic is given exactly for a SPECIAL_CATEGORY finding");
    }
  }

  @Override
  public String toString() {
    return kind() + "[" + start() + ", " + end() + ") " + certainty().lowerCaseName()
        + replacement().map(r -> " → " + r).orElse("") + topic().map(t -> " (" + t + ")").orElse("");
  }

  /** Builds a {@link Finding}: kind, start, end and certainty are required. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
