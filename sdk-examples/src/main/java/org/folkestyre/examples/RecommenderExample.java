package org.folkestyre.examples;

import org.folkestyre.core.Language;
import org.folkestyre.toolkit.method.CostClass;
import org.folkestyre.toolkit.method.Iap2Level;
import org.folkestyre.toolkit.method.Mode;
import org.folkestyre.toolkit.method.Purpose;
import org.folkestyre.toolkit.method.TargetGroup;
import org.folkestyre.toolkit.recommend.RankedMethod;
import org.folkestyre.toolkit.recommend.Recommendation;
import org.folkestyre.toolkit.recommend.RecommendationRequest;
import org.folkestyre.toolkit.recommend.Recommender;

/**
 * The code behind the snippet of the guide's recommender page: the region between
 * {@code tag::recommend[]} and {@code end::recommend[]} appears word for word in
 * {@code docs/recommender.md}, and a test runs it.
 */
public final class RecommenderExample {
  private RecommenderExample() {}

  /**
   * Asks the built-in catalogue for methods to hear young people on a district plan, digitally and
   * on a low budget, and prints the ranking.
   *
   * @return the recommendation
   */
  public static Recommendation drammenYouth() {
    // tag::recommend[]
    RecommendationRequest request = RecommendationRequest.builder()
        .purpose(Purpose.INSIGHT)
        .level(Iap2Level.CONSULT)              // the promise first: we will listen and report back
        .addAudience(TargetGroup.YOUTH)
        .minimumAge(13).maximumAge(19)
        .mode(Mode.DIGITAL)
        .maximumCost(CostClass.LOW)
        .build();
    Recommendation recommendation = Recommender.builtIn().recommend(request);
    System.out.println(recommendation.promise().get(Language.EN));
    for (RankedMethod entry : recommendation.recommended()) {
      System.out.println(entry.rank() + ". " + entry.id() + " (" + entry.score() + ")");
    }
    recommendation.exclusion("youth-podcast").ifPresent(excluded ->
        System.out.println(excluded.reasons().get(0).text(Language.EN)));
    // end::recommend[]
    return recommendation;
  }
}
