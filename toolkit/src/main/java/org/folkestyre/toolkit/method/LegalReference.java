package org.folkestyre.toolkit.method;

import java.util.Optional;
import java.util.regex.Pattern;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A reference to the law a method rests on — hjemmel (NO), hjemmel (DK): a jurisdiction, an act
 * and, usually, a section, such as kommuneloven § 12-1 in Norway.
 *
 * <p>This class is immutable and thread-safe. Obtain one with {@link #of(String, String, String)}
 * or {@link #builder()}.
 */
@Value.Immutable
public abstract class LegalReference {
  private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}");

  LegalReference() {}

  /**
   * Returns the jurisdiction the law belongs to.
   *
   * @return the jurisdiction id, such as {@code "NO"} or {@code "DK"}
   */
  public abstract String jurisdiction();

  /**
   * Returns the act.
   *
   * @return the act's name, such as {@code "kommuneloven"}
   */
  public abstract String act();

  /**
   * Returns the section.
   *
   * @return the section, such as {@code "§ 12-1"}, or empty when the reference is to the whole act
   */
  public abstract Optional<String> section();

  /**
   * Returns a note on how the law applies, in English.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Obtains a reference without a note.
   *
   * @param jurisdiction the jurisdiction id, such as {@code "NO"}
   * @param act the act, such as {@code "kommuneloven"}
   * @param section the section, such as {@code "§ 12-1"}
   * @return the reference
   * @throws InvalidValueException if the jurisdiction is not two capital letters or a text is blank
   */
  public static LegalReference of(String jurisdiction, String act, String section) {
    return builder().jurisdiction(jurisdiction).act(act).section(section).build();
  }

  /**
   * Obtains a reference with a note.
   *
   * @param jurisdiction the jurisdiction id, such as {@code "NO"}
   * @param act the act, such as {@code "kommuneloven"}
   * @param section the section, such as {@code "§ 12-1"}
   * @param note how the law applies, in English
   * @return the reference
   * @throws InvalidValueException if the jurisdiction is not two capital letters or a text is blank
   */
  public static LegalReference of(String jurisdiction, String act, String section, String note) {
    return builder().jurisdiction(jurisdiction).act(act).section(section).note(note).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (!JURISDICTION.matcher(jurisdiction()).matches()) {
      throw new InvalidValueException("legalReferences.jurisdiction", jurisdiction(),
          "must be two capital letters, such as 'NO' or 'DK'");
    }
    if (act().isBlank()) {
      throw new InvalidValueException("legalReferences.act", act(), "must not be blank");
    }
    if (section().isPresent() && section().get().isBlank()) {
      throw new InvalidValueException("legalReferences.section", section().get(), "must not be blank");
    }
    if (note().isPresent() && note().get().isBlank()) {
      throw new InvalidValueException("legalReferences.note", note().get(), "must not be blank");
    }
  }

  @Override
  public String toString() {
    return jurisdiction() + " " + act() + section().map(section -> " " + section).orElse("");
  }

  /** Builds a {@link LegalReference}; obtain one with {@link LegalReference#builder()}. */
  public static final class Builder extends ImmutableLegalReference.Builder {
    Builder() {}
  }
}
