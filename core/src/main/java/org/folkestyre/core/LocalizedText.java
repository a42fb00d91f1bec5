package org.folkestyre.core;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A text in each of Folkestyre's four languages: bokmål, nynorsk, Danish and English.
 *
 * <p>Texts may hold named placeholders in braces, such as {@code {size}}, which
 * {@link #format(Map)} fills in. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LocalizedText {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  LocalizedText() {}

  /**
   * Returns the texts by language; every language is present and no text is blank.
   *
   * @return the texts, with a key for every {@link Language}
   */
  public abstract ImmutableMap<Language, String> texts();

  /**
   * Obtains a text in all four languages.
   *
   * @param nb the bokmål text
   * @param nn the nynorsk text
   * @param da the Danish text
   * @param en the English text
   * @return the localized text
   * @throws InvalidValueException if a text is blank
   */
  public static LocalizedText of(String nb, String nn, String da, String en) {
    return ImmutableLocalizedText.builder()
        .putText(Language.NB, nb)
        .putText(Language.NN, nn)
        .putText(Language.DA, da)
        .putText(Language.EN, en)
        .build();
  }

  /**
   * Obtains a text that reads the same in every language, such as a proper name.
   *
   * @param text the text
   * @return the localized text
   * @throws InvalidValueException if the text is blank
   */
  public static LocalizedText ofAll(String text) {
    return of(text, text, text, text);
  }

  /**
   * Returns the text in one language.
   *
   * @param language the language
   * @return the text, never blank
   */
  public String get(Language language) {
    return texts().get(language);
  }

  /**
   * Fills the placeholders of every language with the given values.
   *
   * @param values the values by placeholder name; their {@code toString()} is inserted
   * @return a new text with every placeholder replaced
   * @throws InvalidValueException if a placeholder has no value
   */
  public LocalizedText format(Map<String, ?> values) {
    Map<Language, String> formatted = new EnumMap<>(Language.class);
    for (Map.Entry<Language, String> entry : texts().entrySet()) {
      formatted.put(entry.getKey(), fill(entry.getValue(), values));
    }
    return ImmutableLocalizedText.builder().texts(formatted).build();
  }

  private static String fill(String template, Map<String, ?> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      Object value = values.get(name);
      if (value == null) {
        throw new InvalidValueException(
            "placeholder", name, "has no value in " + values.keySet() + " for '" + template + "'");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  @Value.Check
  void check() {
    for (Language language : Language.values()) {
      String text = texts().get(language);
      if (text == null) {
        throw new InvalidValueException("texts", texts(), "needs a text in '" + language.tag() + "'");
      }
      if (text.isBlank()) {
        throw new InvalidValueException("texts." + language.tag(), text, "must not be blank");
      }
    }
  }

  @Override
  public String toString() {
    return get(Language.EN);
  }
}
