package org.folkestyre.toolkit.recommend;

import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.immutables.value.Value;

/**
 * One reason for a method's place in a recommendation — begrunnelse (NO), begrundelse (DK): a
 * stable code, the points it adds to or takes from the score, and its explanation in every
 * language.
 *
 * <p>Exclusions and notes carry no points; strengths carry zero or more, warnings zero or less.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reason {
  Reason() {}

  /**
   * Returns the stable code.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract ReasonCode code();

  /**
   * Returns the points this reason adds to the method's score.
   *
   * @return the points: 0 for an exclusion or a note, 0 or more for a strength, 0 or less for a warning
   */
  @Value.Parameter
  public abstract int points();

  /**
   * Returns the explanation.
   *
   * @return the text in every language
   */
  @Value.Parameter
  public abstract LocalizedText text();

  /**
   * Returns what this reason does to the method's place.
   *
   * @return the kind of the code
   */
  public ReasonKind kind() {
    return code().kind();
  }

  /**
   * Returns the explanation in one language.
   *
   * @param language the language
   * @return the text
   */
  public String text(Language language) {
    return text().get(language);
  }

  /**
   * Obtains a reason.
   *
   * @param code the code
   * @param points the points, within the bounds of the code's kind
   * @param text the explanation
   * @return the reason
   * @throws InvalidValueException if the points do not suit the kind
   */
  public static Reason of(ReasonCode code, int points, LocalizedText text) {
    return ImmutableReason.of(code, points, text);
  }

  @Value.Check
  void check() {
    boolean fits = switch (kind()) {
      case EXCLUSION, NOTE -> points() == 0;
      case STRENGTH -> points() >= 0;
      case WARNING -> points() <= 0;
    };
    if (!fits) {
      throw new InvalidValueException("points", points(),
          "a reason of kind " + kind() + " (" + code() + ") cannot carry " + points() + " points");
    }
  }

  @Override
  public String toString() {
    return code() + (points() == 0 ? "" : (points() > 0 ? " +" : " ") + points());
  }
}
