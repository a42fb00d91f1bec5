package org.folkestyre.examples.cli.json;

import java.util.List;

/**
 * A recommendation of participation methods as {@code folkestyre methods recommend --format json}
 * writes it.
 *
 * @param recommended the ranked methods, best first
 * @param excluded the excluded methods, in catalogue order
 */
public record RecommendationJson(List<RankedJson> recommended, List<ExcludedJson> excluded) {
  /**
   * A ranked method.
   *
   * @param id the method's id
   * @param rank its place, 1 for the best
   * @param score the sum of its reasons' points
   * @param reasons why it stands there
   */
  public record RankedJson(String id, int rank, int score, List<ReasonJson> reasons) {}

  /**
   * An excluded method.
   *
   * @param id the method's id
   * @param reasons every hard constraint it breaks
   */
  public record ExcludedJson(String id, List<ReasonJson> reasons) {}

  /**
   * One reason.
   *
   * @param code the stable code, such as {@code COST_ABOVE_BUDGET}
   * @param kind {@code EXCLUSION}, {@code STRENGTH}, {@code WARNING} or {@code NOTE}
   * @param points the points it adds to the score
   * @param text the explanation in the requested language
   */
  public record ReasonJson(String code, String kind, int points, String text) {}
}
