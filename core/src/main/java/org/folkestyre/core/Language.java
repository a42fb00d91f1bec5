package org.folkestyre.core;

import java.util.Locale;

/**
 * A language Folkestyre explains itself in: Norwegian bokmål, Norwegian nynorsk, Danish and English.
 *
 * <p>Every {@link LocalizedText} carries all four. The tag is the BCP 47 language code, which is
 * also what the command line's {@code --lang} option takes.
 */
public enum Language {
  /** Norwegian bokmål ({@code nb}). */
  NB("nb"),
  /** Norwegian nynorsk ({@code nn}). */
  NN("nn"),
  /** Danish ({@code da}). */
  DA("da"),
  /** English ({@code en}). */
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /**
   * Returns the BCP 47 language tag, such as {@code "nb"}.
   *
   * @return the lower-case tag, never empty
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns the locale of this language, for formatting dates and numbers.
   *
   * @return the locale, such as {@code nb}
   */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /**
   * Obtains the language for a tag, ignoring case.
   *
   * @param tag the tag, one of {@code nb}, {@code nn}, {@code da}, {@code en}
   * @return the language
   * @throws InvalidValueException if the tag names no supported language
   */
  public static Language ofTag(String tag) {
    String normalized = tag.trim().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.tag.equals(normalized)) {
        return language;
      }
    }
    throw new InvalidValueException(
        "language", tag, "must be one of nb, nn, da, en");
  }
}
