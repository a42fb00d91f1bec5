package org.folkestyre.toolkit.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.toolkit.method.CostClass;
import org.folkestyre.toolkit.method.Iap2Level;
import org.folkestyre.toolkit.method.Mode;
import org.folkestyre.toolkit.method.Purpose;
import org.folkestyre.toolkit.method.TargetGroup;
import org.junit.jupiter.api.Test;

class TestRecommendationRequest {
  private static RecommendationRequest.Builder valid() {
    return RecommendationRequest.builder().purpose(Purpose.INSIGHT).level(Iap2Level.CONSULT)
        .addAudience(TargetGroup.YOUTH).mode(Mode.DIGITAL).maximumCost(CostClass.LOW);
  }

  @Test
  void aValidRequestBuildsAndIsNotDeliberativeUnlessSaid() {
    RecommendationRequest request = valid().build();
    assertEquals(false, request.deliberative());
    assertEquals(Set.of(Mode.DIGITAL, Mode.HYBRID), request.acceptedModes());
    assertEquals(Set.of(Mode.values()), valid().mode(Mode.HYBRID).build().acceptedModes());
  }

  @Test
  void anEmptyAudienceIsRejected() {
    InvalidValueException error = assertThrows(InvalidValueException.class,
        () -> valid().audience(List.of()).build());
    assertEquals("audience", error.field());
  }

  @Test
  void agesMustBeInRangeAndOrdered() {
    assertEquals("minimumAge", assertThrows(InvalidValueException.class,
        () -> valid().minimumAge(-1).build()).field());
    assertEquals("maximumAge", assertThrows(InvalidValueException.class,
        () -> valid().maximumAge(121).build()).field());
    assertEquals("maximumAge", assertThrows(InvalidValueException.class,
        () -> valid().minimumAge(19).maximumAge(13).build()).field());
  }

  @Test
  void availableDaysMustBeAtLeastOne() {
    assertEquals("availableDays", assertThrows(InvalidValueException.class,
        () -> valid().availableDays(0).build()).field());
  }
}
