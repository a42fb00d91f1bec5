package org.folkestyre.toolkit.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestParticipationMethod {
  private static ParticipationMethod.Builder valid(String id, Provenance provenance) {
    return ParticipationMethod.builder()
        .id(id)
        .names(ParticipationMethod.texts("Prøve", "Prøve", "Trial"))
        .summary(ParticipationMethod.texts("Kort.", "Kort.", "Short."))
        .addPurposes(Purpose.INSIGHT)
        .iap2Level(Iap2Level.CONSULT)
        .addArenas(Arena.SERVICE)
        .decisionPower(DecisionPower.ADVISORY)
        .mode(Mode.IN_PERSON)
        .groupSize(GroupSize.between(5, 10))
        .addTargetGroups(TargetGroup.SERVICE_USERS)
        .costClass(CostClass.LOW)
        .duration(MethodDuration.of(Recurrence.ONE_OFF, "1 hour"))
        .provenance(provenance)
        .status(MethodStatus.DRAFT);
  }

  @Test
  void aVendorMethodHasANamespacedId() {
    ParticipationMethod method = valid("vendor.example:my-method", Provenance.VENDOR).build();
    assertEquals("vendor.example:my-method", method.id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dialogue", "dialogue_meeting", "-dialogue", "dialogue--meeting", "vendor:dialogue", ""})
  void aBuiltInIdMustBeKebabCase(String id) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> valid(id, Provenance.BUILT_IN).build());
    assertEquals("id", e.field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"my-method", "vendor.example:", ":my-method", "Vendor:my-method"})
  void aVendorIdMustBeNamespaced(String id) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> valid(id, Provenance.VENDOR).build());
    assertEquals("id", e.field());
  }

  @Test
  void aSummaryOver280CharactersIsRejected() {
    String longText = "x".repeat(281);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> valid("trial", Provenance.BUILT_IN)
        .summary(ParticipationMethod.texts("Kort.", "Kort.", longText)).build());
    assertEquals("summary.en", e.field());
  }

  @Test
  void purposesAreOneToThreeWithoutRepeats() {
    assertThrows(InvalidValueException.class, () -> valid("trial", Provenance.BUILT_IN)
        .addPurposes(Purpose.INSIGHT).build());
    assertThrows(InvalidValueException.class, () -> valid("trial", Provenance.BUILT_IN)
        .addPurposes(Purpose.MAKE, Purpose.DELIVER, Purpose.DEVELOP).build());
  }

  @Test
  void anIap2RangeMustCoverTheLevel() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> valid("trial", Provenance.BUILT_IN)
        .iap2Range(Iap2Range.between(Iap2Level.INVOLVE, Iap2Level.EMPOWER)).build());
    assertEquals("iap2Range", e.field());
    assertThrows(InvalidValueException.class, () -> Iap2Range.between(Iap2Level.EMPOWER, Iap2Level.INFORM));
  }

  @Test
  void groupSizesAreChecked() {
    assertEquals("5–10", GroupSize.between(5, 10).toString());
    assertEquals("50+", GroupSize.atLeast(50).toString());
    assertThrows(InvalidValueException.class, () -> GroupSize.between(10, 5));
    assertThrows(InvalidValueException.class, () -> GroupSize.atLeast(0));
  }
}
