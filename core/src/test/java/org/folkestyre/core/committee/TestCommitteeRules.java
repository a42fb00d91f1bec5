package org.folkestyre.core.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.testing.CommitteeGenerators;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Property tests of every committee rule through the public generators. */
class TestCommitteeRules {
  private static final long SEED = 7_6_2018L;
  private static final int TRIES = 60;
  private static final int MAX_SIZE = 12;
  private static final Year YEAR = Year.of(2023);
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2023, 11, 1));
  private static final Validator NORWAY =
      Validator.forJurisdiction(Jurisdiction.norway(), RulePacks.DRAMMEN_NEIGHBOURHOOD);
  private static final Validator DENMARK = Validator.forJurisdiction(Jurisdiction.denmark());

  private static Validator validatorFor(MunicipalBodies bodies) {
    return bodies.municipality().jurisdiction().equals(Jurisdiction.norway()) ? NORWAY : DENMARK;
  }

  @Test
  void norwegianBodies_areValid() {
    PropertyCheck.forAll("valid Norwegian bodies", SEED, TRIES, MAX_SIZE, CommitteeGenerators.norwegian(YEAR),
        bodies -> assertEquals(List.of(), NORWAY.validate(bodies, CONTEXT).violations()));
  }

  @Test
  void drammenBodies2019_areValid_andFollowTheScheme() {
    MunicipalBodies drammen = org.folkestyre.core.testing.ReferenceData.drammenBodies2019();
    assertEquals(List.of(), NORWAY.validate(drammen, ValidationContext.asOf(LocalDate.of(2020, 6, 1))).violations());
    assertEquals(57, drammen.committeesOf(CommitteeKinds.NO_COUNCIL).get(0).size());
    assertEquals(10, drammen.committeesOf(CommitteeKinds.NO_LOCAL).size());
    for (Committee local : drammen.committeesOf(CommitteeKinds.NO_LOCAL)) {
      assertEquals(12, local.size());
      assertEquals(java.util.Optional.of(4), local.meetingsPerYear());
    }
    assertEquals(drammen, org.folkestyre.core.testing.ReferenceData.drammenBodies2019());
  }

  @Test
  void danishBodies_areValid() {
    PropertyCheck.forAll("valid Danish bodies", SEED, TRIES, MAX_SIZE, CommitteeGenerators.danish(YEAR),
        bodies -> assertEquals(List.of(), DENMARK.validate(bodies, CONTEXT).violations()));
  }

  @TestFactory
  Stream<DynamicTest> breaking_breaksExactlyTheNamedRule() {
    return CommitteeGenerators.breakableRules().stream().map(ruleId -> DynamicTest.dynamicTest(ruleId, () ->
        PropertyCheck.forAll("breaking " + ruleId, SEED, TRIES, MAX_SIZE, CommitteeGenerators.breaking(ruleId, YEAR),
            bodies -> {
              List<Violation> violations = validatorFor(bodies).validate(bodies, CONTEXT).violations();
              assertFalse(violations.isEmpty(), "no violation of " + ruleId);
              assertEquals(List.of(ruleId), violations.stream().map(Violation::ruleId).distinct().toList(),
                  violations.toString());
            })));
  }
}
