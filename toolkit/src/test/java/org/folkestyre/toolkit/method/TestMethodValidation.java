package org.folkestyre.toolkit.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.testing.MethodGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TestMethodValidation {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/Oslo"));

  private static ValidationReport validate(ParticipationMethod method) {
    return MethodValidation.validate(method, CLOCK);
  }

  private static void assertBreaksOnly(String ruleId, ParticipationMethod method) {
    ValidationReport report = validate(method);
    assertFalse(report.violations().isEmpty(), ruleId + " not broken by " + method.id());
    for (Violation violation : report.violations()) {
      assertEquals(ruleId, violation.ruleId(), violation.toString());
    }
  }

  private static ParticipationMethod change(String id, UnaryOperator<ParticipationMethod.Builder> change) {
    ParticipationMethod.Builder builder = ParticipationMethod.builder();
    builder.from(MethodCatalogue.builtIn().of(id));
    return change.apply(builder).build();
  }

  @Test
  void thePackHoldsTheRulesOfTheResearchWithUniqueIds() {
    assertEquals("TOOLKIT-METHOD", MethodValidation.pack().id());
    assertTrue(MethodValidation.pack().jurisdictionId().isEmpty());
    assertEquals(MethodGenerators.breakableRules(),
        MethodValidation.rules().stream().map(Rule::id).collect(com.google.common.collect.ImmutableSet.toImmutableSet()));
  }

  @Test
  void everyRuleExplainsItselfInFourLanguagesAndCitesItsSource() {
    for (Rule<ParticipationMethod> rule : MethodValidation.rules()) {
      for (Language language : Language.values()) {
        assertFalse(rule.title().get(language).isBlank(), rule.id());
        assertFalse(rule.explanation().get(language).isBlank(), rule.id());
        assertFalse(rule.message().get(language).isBlank(), rule.id());
      }
      assertFalse(rule.citation().source().isBlank(), rule.id());
    }
  }

  static Stream<ParticipationMethod> builtIns() {
    return MethodCatalogue.builtIn().methods().stream();
  }

  @ParameterizedTest
  @MethodSource("builtIns")
  void everyBuiltInPassesEveryRule(ParticipationMethod method) {
    ValidationReport report = validate(method);
    assertEquals(List.of(), report.violations(), method.id());
    assertEquals(MethodValidation.rules().size(), report.rulesChecked().size());
    assertEquals(LocalDate.of(2026, 3, 2), report.asOf());
  }

  /** Each rule broken alone by changing one built-in method, with the research's own numbers. */
  static Stream<Arguments> brokenBuiltIns() {
    return Stream.of(
        Arguments.of(MethodValidation.COMPLETE, change("survey", b -> b.scopes(List.of()))),
        Arguments.of(MethodValidation.RECOMMENDED_FIELDS, change("survey", b -> b.decisionMethods(List.of()))),
        // A citizens' jury recruited by invitation instead of by stratified lot.
        Arguments.of(MethodValidation.RANDOM_RECRUITMENT,
            change("citizens-jury", b -> b.recruitment(List.of(Recruitment.INVITATION)))),
        // Co-creation that promises collaboration but gives no power.
        Arguments.of(MethodValidation.COLLABORATION_POWER,
            change("co-creation", b -> b.decisionPower(DecisionPower.NONE))),
        // Participatory budgeting without its note that only the pot binds.
        Arguments.of(MethodValidation.BINDING_LEGAL_BASIS,
            change("participatory-budgeting", b -> b.legalStatusNote(java.util.Optional.empty()))),
        Arguments.of(MethodValidation.DIGITAL_WCAG, change("idea-portal", b -> b.accessibility(
            Accessibility.builder().from(MethodCatalogue.builtIn().of("idea-portal").accessibility().orElseThrow())
                .supports(List.of(AccessSupport.OFFLINE_ALTERNATIVE)).build()))),
        Arguments.of(MethodValidation.OFFLINE_ALTERNATIVE, change("barnetrakk", b -> b.accessibility(
            Accessibility.builder().from(MethodCatalogue.builtIn().of("barnetrakk").accessibility().orElseThrow())
                .offlineAlternative(java.util.Optional.empty()).build()))),
        // A citizens' assembly whose members volunteer.
        Arguments.of(MethodValidation.DELIBERATION_RANDOM, change("citizens-assembly", b -> b
            .selection(Selection.OPEN).recruitment(List.of(Recruitment.SELF_SELECTION)))),
        // A citizens' jury of one two-hour evening: 120 minutes, below the OECD's full day of 360.
        Arguments.of(MethodValidation.DELIBERATION_FULL_DAY, change("citizens-jury", b -> b.duration(
            MethodDuration.builder().recurrence(Recurrence.ONE_OFF).description("one evening")
                .contactMinutes(Span.of(120, 120)).build()))),
        Arguments.of(MethodValidation.DELIBERATION_LEARNING,
            change("planning-cell", b -> b.learningResources(List.of()))));
  }

  @ParameterizedTest
  @MethodSource("brokenBuiltIns")
  void aChangedBuiltInBreaksExactlyOneRule(String ruleId, ParticipationMethod method) {
    assertBreaksOnly(ruleId, method);
  }

  @Test
  void theFullDayIsSixHours() {
    ParticipationMethod jury = change("citizens-jury", b -> b.duration(MethodDuration.builder()
        .recurrence(Recurrence.ONE_OFF).description("one day").contactMinutes(Span.of(359, 400)).build()));
    assertEquals(1, validate(jury).violations(MethodValidation.DELIBERATION_FULL_DAY).size());
    ParticipationMethod fullDay = change("citizens-jury", b -> b.duration(MethodDuration.builder()
        .recurrence(Recurrence.ONE_OFF).description("one day").contactMinutes(Span.of(360, 400)).build()));
    assertTrue(validate(fullDay).isValid());
  }

  @Test
  void aViolationNamesTheFieldAndExplainsItself() {
    ParticipationMethod method = change("co-creation", b -> b.decisionPower(DecisionPower.NONE));
    Violation violation = validate(method).violations().get(0);
    assertEquals("decisionPower", violation.path());
    assertEquals("co-creation", violation.values().get("method"));
    assertEquals("COLLABORATE", violation.values().get("level"));
  }

  @Test
  void generatedValidMethodsBreakNoRule() {
    PropertyCheck.forAll("valid methods pass", 20261123L, 200, 8, MethodGenerators.valid(),
        method -> assertEquals(List.of(), validate(method).violations()));
  }

  static Stream<String> breakableRules() {
    return MethodGenerators.breakableRules().stream();
  }

  @ParameterizedTest
  @MethodSource("breakableRules")
  void generatedBrokenMethodsBreakExactlyTheirRule(String ruleId) {
    PropertyCheck.forAll("breaks " + ruleId, 6_000L + ruleId.hashCode(), 100, 8, MethodGenerators.breaking(ruleId),
        method -> assertBreaksOnly(ruleId, method));
  }

  @Test
  void anUnknownRuleCannotBeBroken() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MethodGenerators.breaking("NO-KL-5-5-COUNCIL-ODD"));
    assertEquals("ruleId", e.field());
  }
}
