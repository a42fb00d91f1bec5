package org.folkestyre.core.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.testing.MeetingGenerators;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Property tests of every meeting procedure rule through the public generators. */
class TestMeetingRules {
  private static final long SEED = 11_9_2018L;
  private static final int TRIES = 80;
  private static final int MAX_SIZE = 16;
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2020, 6, 1));
  private static final Validator NORWAY =
      Validator.forJurisdiction(Jurisdiction.norway(), RulePacks.DRAMMEN_NEIGHBOURHOOD);
  private static final Validator DENMARK = Validator.forJurisdiction(Jurisdiction.denmark());

  private static Validator validatorFor(MeetingRecord record) {
    return record.jurisdictionId().equals(Jurisdiction.NORWAY_ID) ? NORWAY : DENMARK;
  }

  private static Set<String> packRules(Class<?> subjectType) {
    return RulePacks.available().stream().flatMap(p -> p.rules().stream())
        .filter(r -> r.subjectType().equals(subjectType)).map(Rule::id).collect(Collectors.toSet());
  }

  @Test
  void norwegianRecords_areValid() {
    PropertyCheck.forAll("valid Norwegian meetings", SEED, TRIES, MAX_SIZE, MeetingGenerators.valid(Jurisdiction.norway()),
        record -> assertEquals(List.of(), NORWAY.validate(record, CONTEXT).violations()));
  }

  @Test
  void danishRecords_areValid() {
    PropertyCheck.forAll("valid Danish meetings", SEED, TRIES, MAX_SIZE, MeetingGenerators.valid(Jurisdiction.denmark()),
        record -> assertEquals(List.of(), DENMARK.validate(record, CONTEXT).violations()));
  }

  @Test
  void mixedRecords_areValid_andEveryRecordRuleIsChecked() {
    PropertyCheck.forAll("valid meetings", SEED, TRIES, MAX_SIZE, MeetingGenerators.valid(), record -> {
      var report = validatorFor(record).validate(record, CONTEXT);
      assertEquals(List.of(), report.violations());
      assertFalse(report.rulesChecked().isEmpty());
    });
  }

  @Test
  void everyMeetingRecordRuleOfThePacks_isBreakable() {
    assertEquals(packRules(MeetingRecord.class), MeetingGenerators.breakableRecordRules());
    Set<String> planRules = packRules(MeetingPlan.class);
    assertEquals(Set.of("DRAMMEN-NEIGHBOURHOOD-MEETING-PLAN"), planRules);
    assertTrue(MeetingGenerators.breakableRules().containsAll(planRules));
  }

  @TestFactory
  Stream<DynamicTest> breaking_breaksExactlyTheNamedRule() {
    return packRules(MeetingRecord.class).stream().sorted().map(ruleId -> DynamicTest.dynamicTest(ruleId, () ->
        PropertyCheck.forAll("breaking " + ruleId, SEED, TRIES, MAX_SIZE, MeetingGenerators.breaking(ruleId),
            record -> {
              List<Violation> violations = validatorFor(record).validate(record, CONTEXT).violations();
              assertFalse(violations.isEmpty(), "no violation of " + ruleId);
              assertEquals(List.of(ruleId), violations.stream().map(Violation::ruleId).distinct().toList(),
                  violations.toString());
            })));
  }

  @Test
  void plans_areValid() {
    PropertyCheck.forAll("valid plans", SEED, TRIES, MAX_SIZE, MeetingGenerators.plans(Year.of(2021)),
        plan -> assertEquals(List.of(), NORWAY.validate(plan, CONTEXT).violations()));
  }

  @Test
  void breakingPlan_breaksExactlyTheDrammenPlanRule() {
    String ruleId = "DRAMMEN-NEIGHBOURHOOD-MEETING-PLAN";
    PropertyCheck.forAll("breaking " + ruleId, SEED, TRIES, MAX_SIZE, MeetingGenerators.breakingPlan(ruleId, Year.of(2021)),
        plan -> {
          List<Violation> violations = NORWAY.validate(plan, CONTEXT).violations();
          assertEquals(List.of(ruleId), violations.stream().map(Violation::ruleId).toList(), violations.toString());
          assertEquals("dates", violations.get(0).path());
        });
  }
}
