package org.folkestyre.toolkit.grant;

import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.LocalizedText;
import org.immutables.value.Value;

/**
 * A criterion applications are scored on — vurderingskriterium (NO), vurderingskriterium (DK):
 * points from 0 to {@link #maxPoints()}, multiplied by {@link #weight()}.
 *
 * <p>An application's score is the sum over the pool's criteria of weight × points, a whole
 * number, so that ranking never depends on rounding. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AssessmentCriterion {
  /** The largest weight a criterion may have. */
  public static final int MAX_WEIGHT = 100;
  /** The largest number of points a criterion's scale may have. */
  public static final int MAX_POINTS = 100;

  AssessmentCriterion() {}

  /**
   * Returns the criterion's id, unique in its pool.
   *
   * @return the id, kebab-case, such as {@code "reaches-target-group"}
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns what is assessed, in every language.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract LocalizedText text();

  /**
   * Returns the weight of the criterion.
   *
   * @return the weight, from 1 to {@value #MAX_WEIGHT}
   */
  @Value.Parameter
  public abstract int weight();

  /**
   * Returns the top of the criterion's scale.
   *
   * @return the most points an application can get, from 1 to {@value #MAX_POINTS}
   */
  @Value.Parameter
  public abstract int maxPoints();

  /**
   * Obtains a criterion.
   *
   * @param id the id, kebab-case
   * @param text what is assessed, in every language
   * @param weight the weight, from 1 to {@value #MAX_WEIGHT}
   * @param maxPoints the top of the scale, from 1 to {@value #MAX_POINTS}
   * @return the criterion
   * @throws InvalidValueException if the id is not kebab-case or a number is out of range
   */
  public static AssessmentCriterion of(String id, LocalizedText text, int weight, int maxPoints) {
    return ImmutableAssessmentCriterion.of(id, text, weight, maxPoints);
  }

  /**
   * Returns the most this criterion can add to a score.
   *
   * @return {@code weight() * maxPoints()}
   */
  public long maxScore() {
    return (long) weight() * maxPoints();
  }

  @Value.Check
  void check() {
    Criteria.checkId("assessment.id", id());
    if (weight() < 1 || weight() > MAX_WEIGHT) {
      throw new InvalidValueException("assessment." + id() + ".weight", weight(),
          "must be from 1 to " + MAX_WEIGHT);
    }
    if (maxPoints() < 1 || maxPoints() > MAX_POINTS) {
      throw new InvalidValueException("assessment." + id() + ".maxPoints", maxPoints(),
          "must be from 1 to " + MAX_POINTS);
    }
  }

  @Override
  public String toString() {
    return id() + " ×" + weight() + " (0–" + maxPoints() + ")";
  }
}
