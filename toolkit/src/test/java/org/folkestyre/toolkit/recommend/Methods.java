package org.folkestyre.toolkit.recommend;

import static org.folkestyre.toolkit.method.ParticipationMethod.texts;

import org.folkestyre.toolkit.method.Arena;
import org.folkestyre.toolkit.method.CostClass;
import org.folkestyre.toolkit.method.DecisionPower;
import org.folkestyre.toolkit.method.GroupSize;
import org.folkestyre.toolkit.method.Iap2Level;
import org.folkestyre.toolkit.method.Iap2Range;
import org.folkestyre.toolkit.method.MethodDuration;
import org.folkestyre.toolkit.method.MethodStatus;
import org.folkestyre.toolkit.method.Mode;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Provenance;
import org.folkestyre.toolkit.method.Purpose;
import org.folkestyre.toolkit.method.Recurrence;
import org.folkestyre.toolkit.method.TargetGroup;

/** Vendor methods for the recommender's tests, each with the fields a test needs and no more. */
final class Methods {
  private Methods() {}

  /**
   * A vendor method: a consulting, in-person, low-cost method for the general public, open to
   * changes through the returned builder.
   */
  static ParticipationMethod.Builder vendor(String name) {
    return ParticipationMethod.builder()
        .id("test.example:" + name)
        .names(texts(name, name, name))
        .summary(texts("A test method.", "A test method.", "A test method."))
        .addPurposes(Purpose.INSIGHT)
        .iap2Level(Iap2Level.CONSULT)
        .addArenas(Arena.SYSTEM_POLITICAL)
        .decisionPower(DecisionPower.ADVISORY)
        .mode(Mode.IN_PERSON)
        .groupSize(GroupSize.between(12, 40))
        .addTargetGroups(TargetGroup.GENERAL_PUBLIC)
        .costClass(CostClass.LOW)
        .duration(MethodDuration.of(Recurrence.ONE_OFF, "one evening"))
        .provenance(Provenance.VENDOR)
        .status(MethodStatus.PUBLISHED);
  }

  /** A deliberative vendor method: a stratified random sample deliberating for the given minutes. */
  static ParticipationMethod.Builder jury(String name, int contactMinutes) {
    return vendor(name)
        .purposes(java.util.List.of(Purpose.MAKE))
        .iap2Level(Iap2Level.COLLABORATE).iap2Range(Iap2Range.between(Iap2Level.INVOLVE, Iap2Level.COLLABORATE))
        .costClass(CostClass.HIGH)
        .duration(MethodDuration.builder().recurrence(Recurrence.ONE_OFF).description("days of deliberation")
            .contactMinutes(org.folkestyre.toolkit.method.Span.of(contactMinutes, contactMinutes)).build());
  }
}
