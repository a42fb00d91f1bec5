package org.folkestyre.toolkit.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.recommend.RecommendationRequest;
import org.junit.jupiter.api.Test;

class TestRecommendationGenerators {
  @Test
  void aRelaxedRequestIsNeverStricterAndKeepsTheGoalAndAudience() {
    PropertyCheck.forAll("relaxed is looser", 71L, 500, 6, RecommendationGenerators.relaxedPairs(), pair -> {
      RecommendationRequest strict = pair.get(0);
      RecommendationRequest relaxed = pair.get(1);
      assertTrue(relaxed.purpose() == strict.purpose() && relaxed.level() == strict.level());
      assertTrue(relaxed.audience().equals(strict.audience())
          && relaxed.accessibilityNeeds().equals(strict.accessibilityNeeds()));
      assertTrue(relaxed.maximumCost().compareTo(strict.maximumCost()) >= 0);
      assertTrue(relaxed.acceptedModes().containsAll(strict.acceptedModes()));
      assertTrue(relaxed.arena().isEmpty() || relaxed.arena().equals(strict.arena()));
      assertTrue(!relaxed.deliberative() || strict.deliberative());
      assertTrue(relaxed.availableDays().isEmpty()
          || strict.availableDays().isPresent()
          && relaxed.availableDays().getAsInt() >= strict.availableDays().getAsInt());
      assertTrue(relaxed.minimumAge().orElse(0) <= strict.minimumAge().orElse(0));
      assertTrue(relaxed.maximumAge().orElse(ParticipationMethod.MAX_AGE)
          >= strict.maximumAge().orElse(ParticipationMethod.MAX_AGE));
    });
  }

  @Test
  void requestsGrowWithTheSize() {
    PropertyCheck.forAll("size 0 is minimal", 72L, 100, 0, RecommendationGenerators.requests(), request ->
        assertTrue(request.audience().size() == 1 && request.accessibilityNeeds().isEmpty()
            && request.arena().isEmpty() && !request.deliberative() && request.availableDays().isEmpty(),
            request::toString));
    PropertyCheck.forAll("every size is valid", 73L, 200, 20, RecommendationGenerators.requests(), request ->
        assertTrue(!request.audience().isEmpty() && request.audience().size() <= 5, request::toString));
  }
}
