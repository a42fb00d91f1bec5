package org.folkestyre.core.governance;

import com.google.common.collect.ImmutableMap;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.immutables.value.Value;

/**
 * One breach of a governance rule found by the {@link Validator}.
 *
 * <p>It names the rule, the path of the offending element inside the validated object (such as
 * {@code districts[3].hub}, or the empty path for the object itself), the values involved, and a
 * localized explanation. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {
  Violation() {}

  /**
   * Returns the id of the broken rule.
   *
   * @return the rule id, such as {@code "NO-KL-5-5-COUNCIL-MIN"}
   */
  public abstract String ruleId();

  /**
   * Returns how serious the violation is.
   *
   * @return the severity of the rule
   */
  public abstract Severity severity();

  /**
   * Returns the rule's source.
   *
   * @return the citation
   */
  public abstract Citation citation();

  /**
   * Returns how well the rule's source is verified.
   *
   * @return the confidence
   */
  public abstract Confidence confidence();

  /**
   * Returns the path of the offending element, in the form {@code districts[3].hub}; empty for the
   * validated object itself.
   *
   * @return the path
   */
  public abstract String path();

  /**
   * Returns the values involved, by name, such as {@code size=41, minimum=43}.
   *
   * @return the values in a stable order
   */
  public abstract ImmutableMap<String, String> values();

  /**
   * Returns the explanation of this violation in every language.
   *
   * @return the localized message
   */
  public abstract LocalizedText message();

  /**
   * Returns the explanation in one language.
   *
   * @param language the language
   * @return the message
   */
  public String message(Language language) {
    return message().get(language);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static ImmutableViolation.Builder builder() {
    return ImmutableViolation.builder();
  }

  @Override
  public String toString() {
    return ruleId() + (path().isEmpty() ? "" : " at " + path()) + ": " + message(Language.EN);
  }
}
