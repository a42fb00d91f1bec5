package org.folkestyre.toolkit.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.toolkit.method.CostClass;
import org.folkestyre.toolkit.method.Iap2Level;
import org.folkestyre.toolkit.method.Mode;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Purpose;
import org.folkestyre.toolkit.method.TargetGroup;
import org.junit.jupiter.api.Test;

class TestRecommendation {
  private final RecommendationRequest request = RecommendationRequest.builder().purpose(Purpose.INSIGHT)
      .level(Iap2Level.CONSULT).addAudience(TargetGroup.YOUTH).mode(Mode.HYBRID).maximumCost(CostClass.HIGH).build();
  private final ParticipationMethod a = Methods.vendor("a").build();
  private final ParticipationMethod b = Methods.vendor("b").build();
  private final LocalizedText text = LocalizedText.ofAll("text");

  private RankedMethod ranked(ParticipationMethod method, int rank, int points) {
    return RankedMethod.of(method, rank, List.of(Reason.of(ReasonCode.LEVEL_MATCHES, points, text)));
  }

  @Test
  void ranksMustRunFromOneWithoutGaps() {
    assertThrows(InvalidValueException.class, () -> Recommendation.of(request, List.of(ranked(a, 2, 10)), List.of()));
    assertEquals(2, Recommendation.of(request, List.of(ranked(a, 1, 10), ranked(b, 2, 10)), List.of())
        .recommended().size());
  }

  @Test
  void scoresMustNotRiseDownTheRanking() {
    assertThrows(InvalidValueException.class,
        () -> Recommendation.of(request, List.of(ranked(a, 1, 10), ranked(b, 2, 20)), List.of()));
  }

  @Test
  void aMethodMayAppearOnlyOnce() {
    ExcludedMethod excluded = ExcludedMethod.of(a, List.of(Reason.of(ReasonCode.DEPRECATED, 0, text)));
    assertThrows(InvalidValueException.class,
        () -> Recommendation.of(request, List.of(ranked(a, 1, 10)), List.of(excluded)));
  }

  @Test
  void rankedMethodsCarryNoExclusionAndExcludedOnlyExclusions() {
    Reason exclusion = Reason.of(ReasonCode.DEPRECATED, 0, text);
    Reason strength = Reason.of(ReasonCode.LEVEL_MATCHES, 30, text);
    assertThrows(InvalidValueException.class, () -> RankedMethod.of(a, 1, List.of(strength, exclusion)));
    assertThrows(InvalidValueException.class, () -> RankedMethod.of(a, 1, List.of()));
    assertThrows(InvalidValueException.class, () -> ExcludedMethod.of(a, List.of(exclusion, strength)));
    assertThrows(InvalidValueException.class, () -> ExcludedMethod.of(a, List.of()));
  }
}
