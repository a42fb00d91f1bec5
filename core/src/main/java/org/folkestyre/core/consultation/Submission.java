package org.folkestyre.core.consultation;

import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * One input to a consultation — høringsinnspill, høringsuttalelse (NO), høringssvar (DK): who
 * sent it, through which channel, from which district, when it was received, and what it says.
 *
 * <p>A submission does not know whether it is late: that depends on the consultation's closing
 * date, and {@link Consultation#status(Submission)} tells. The {@link #submitter()} is an opaque
 * reference the embedding system understands (a contact id in its case system), never an address:
 * the library composes replies, the embedding system delivers them
 * ({@link org.folkestyre.core.spi.FeedbackDelivery}). An {@link RespondentKind#ANONYMOUS anonymous}
 * submission has no submitter. Notes from a dialogue meeting or a podcast are submissions too,
 * usually without a submitter.
 *
 * <p>Texts are kept in NFC, trimmed; the text may hold line breaks. {@link #themes() Themes} are
 * tags the municipality gives a submission when it reads it, such as {@code "trafikk"} or
 * {@code "skole"}; they are kept in NFC, trimmed and in lower case ({@link Locale#ROOT}), each
 * once. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Submission {
  private static final int MAX_THEME_LENGTH = 100;

  Submission() {}

  /**
   * Returns the id, unique within the consultation (ignoring case), such as the document number in
   * the case system.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns who sent it.
   *
   * @return the kind of respondent
   */
  public abstract RespondentKind respondent();

  /**
   * Returns the channel it came through.
   *
   * @return the channel
   */
  public abstract Channel channel();

  /**
   * Returns the name of the district (kommunedel) it concerns or comes from.
   *
   * @return the district's name, or empty if none is given
   */
  public abstract Optional<String> district();

  /**
   * Returns when the municipality received it.
   *
   * @return the instant of receipt
   */
  public abstract Instant received();

  /**
   * Returns what it says.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * Returns the embedding system's reference to the person or body that sent it, to which a reply
   * is delivered.
   *
   * @return the reference, or empty when there is no one to reply to
   */
  public abstract Optional<String> submitter();

  /**
   * Returns the language the submitter wants the reply in.
   *
   * @return the language, or empty for the jurisdiction's primary language
   */
  public abstract Optional<Language> language();

  /**
   * Returns the themes the submission is tagged with, which the summary counts.
   *
   * @return the themes, in NFC, trimmed and in lower case, each once, in the order given; empty by
   *     default
   */
  public abstract ImmutableSet<String> themes();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Submission normalize() {
    String id = Names.normalize("submission.id", id());
    String text = Texts.require("submission.text", text());
    Optional<String> district = district().map(d -> Names.normalize("submission.district", d));
    Optional<String> submitter = submitter().map(s -> Names.normalize("submission.submitter", s));
    if (respondent() == RespondentKind.ANONYMOUS && submitter.isPresent()) {
      throw new InvalidValueException("submission.submitter", submitter.get(),
          "an anonymous submission has no submitter to reply to");
    }
    ImmutableSet.Builder<String> normalizedThemes = ImmutableSet.builder();
    int i = 0;
    for (String theme : themes()) {
      normalizedThemes.add(theme("submission.themes[" + i++ + "]", theme));
    }
    ImmutableSet<String> themes = normalizedThemes.build();
    boolean same = id.equals(id()) && text.equals(text()) && district.equals(district())
        && submitter.equals(submitter()) && List.copyOf(themes).equals(List.copyOf(themes()));
    return same ? this : builder().from(this).id(id).text(text).district(district).submitter(submitter)
        .themes(themes).build();
  }

  /**
   * Normalises a theme tag as a submission keeps it: NFC, trimmed, lower case in {@link Locale#ROOT}.
   *
   * @param field the field to name in an error
   * @param theme the tag
   * @return the normalised tag
   * @throws InvalidValueException if the tag is blank or longer than 100 characters
   */
  static String theme(String field, String theme) {
    String normalized = Normalizer.normalize(theme, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    normalized = Normalizer.normalize(normalized, Normalizer.Form.NFC);
    if (normalized.isEmpty()) {
      throw new InvalidValueException(field, theme, "a theme must not be blank");
    }
    if (normalized.length() > MAX_THEME_LENGTH) {
      throw new InvalidValueException(field, theme, "a theme is a short tag of at most " + MAX_THEME_LENGTH
          + " characters");
    }
    return normalized;
  }

  @Override
  public String toString() {
    return id() + " (" + respondent().id() + ", " + channel() + ", " + received() + ")";
  }

  /** Builds a {@link Submission}: id, respondent, channel, received and text are required. */
  public static final class Builder extends ImmutableSubmission.Builder {
    Builder() {}
  }
}
