package org.folkestyre.core.consultation;

import static org.folkestyre.core.consultation.ConsultationFixtures.at;
import static org.folkestyre.core.consultation.ConsultationFixtures.openSamfunnsdel;
import static org.folkestyre.core.consultation.ConsultationFixtures.samfunnsdel;
import static org.folkestyre.core.consultation.ConsultationFixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.folkestyre.core.Language;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.Severity;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.testing.ConsultationGenerators;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The consultation rules: worked examples, and property tests through the public generators. */
class TestConsultationRules {
  private static final long SEED = 11_14_2008L;
  private static final int TRIES = 120;
  private static final int MAX_SIZE = 12;
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 6, 1));
  private static final Validator NORWAY =
      Validator.forJurisdiction(Jurisdiction.norway(), RulePacks.DRAMMEN_PARTICIPATION);
  private static final Validator DENMARK =
      Validator.forJurisdiction(Jurisdiction.denmark(), RulePacks.DRAMMEN_PARTICIPATION);

  private static Validator validatorFor(Consultation consultation) {
    return consultation.jurisdiction().equals(Jurisdiction.norway()) ? NORWAY : DENMARK;
  }

  private static List<String> ruleIds(ValidationReport report) {
    return report.violations().stream().map(Violation::ruleId).toList();
  }

  @Test
  void aPeriodShorterThanTheLawAllows_isAViolation() {
    Consultation tooShort = Consultation.builder().from(samfunnsdel()).closes(LocalDate.of(2026, 5, 4)).build();
    ValidationReport report = NORWAY.validate(tooShort, CONTEXT);
    assertEquals(List.of("NO-PBL-11-14-KP-HEARING"), ruleIds(report));
    Violation violation = report.violations().get(0);
    assertEquals("closes", violation.path());
    assertEquals(Severity.ERROR, violation.severity());
    assertEquals("The deadline 2026-05-04 is earlier than the earliest legal deadline 2026-05-05: a consultation of"
        + " kind kommuneplan opening 2026-03-24 needs at least 6 weeks.", violation.message(Language.EN));
    assertEquals("Høringsfristen 2026-05-04 er tidligere enn den tidligste lovlige fristen 2026-05-05: en høring av"
        + " typen kommuneplan som åpner 2026-03-24, skal ha minst 6 uker.", violation.message(Language.NB));
    assertTrue(NORWAY.validate(samfunnsdel(), CONTEXT).isValid());
    // A later date than the law's earliest is the municipality's right.
    Consultation later = Consultation.builder().from(samfunnsdel()).closes(LocalDate.of(2026, 6, 15)).build();
    assertEquals(List.of(), NORWAY.validate(later, CONTEXT).violations());
  }

  @Test
  void aDanishLokalplanOfTwentyDays_isAViolation() {
    Consultation lokalplan = Consultation.builder().id("HOL-2026-7").subject("Lokalplan for Holbæk Havn")
        .jurisdiction(Jurisdiction.denmark()).kind(ConsultationKind.DK_LOKALPLAN)
        .opens(LocalDate.of(2026, 3, 24)).closes(LocalDate.of(2026, 4, 13)).build();
    ValidationReport report = DENMARK.validate(lokalplan, CONTEXT);
    assertEquals(List.of("DK-PLANL-24-HEARING"), ruleIds(report));
    assertEquals("Høringsfristen 2026-04-13 ligger før den tidligste lovlige frist 2026-04-21: en høring af typen"
        + " lokalplan, der åbner 2026-03-24, skal have mindst 4 uger.", report.violations().get(0).message(Language.DA));
  }

  @Test
  void aStateHearingOfEightWeeks_isAWarning() {
    Consultation state = Consultation.builder().from(samfunnsdel()).kind(ConsultationKind.NO_STATE)
        .closes(LocalDate.of(2026, 5, 19)).build();
    ValidationReport report = NORWAY.validate(state, CONTEXT);
    assertEquals(List.of("NO-UTREDNINGSINSTRUKS-NORMAL"), ruleIds(report));
    assertEquals(Severity.WARNING, report.violations().get(0).severity());
    assertTrue(report.isValid());
    Consultation tooShort = Consultation.builder().from(state).closes(LocalDate.of(2026, 4, 30)).build();
    assertEquals(List.of("NO-UTREDNINGSINSTRUKS"), ruleIds(NORWAY.validate(tooShort, CONTEXT)));
  }

  @Test
  void summarisingWhileASubmissionLacksItsDisposition_breaksTheLoyaltyRule() {
    Consultation summarised = openSamfunnsdel()
        .receive(submission("S1", "2026-04-01T10:00:00Z", "Flere benker langs elva."))
        .receive(submission("S2", "2026-04-02T10:00:00Z", "Bedre kveldsbusser til Konnerud."))
        .dispose(Disposition.withoutChange("S2", DispositionOutcome.NOT_ADOPTED, "Busstilbudet er fylkets ansvar."))
        .moveTo(ConsultationState.CLOSED, at("2026-05-06T06:00:00Z"))
        .moveTo(ConsultationState.SUMMARISED, at("2026-06-01T10:00:00Z"));
    ValidationReport report = NORWAY.validate(summarised, CONTEXT);
    assertEquals(List.of("CONSULTATION-LOYALTY"), ruleIds(report));
    assertEquals("submissions[0]", report.violations().get(0).path());
    assertEquals("The consultation is summarised or published, but submission S1 has no disposition.",
        report.violations().get(0).message(Language.EN));
    // Before summarising, a missing disposition is work in progress, not a violation.
    Consultation closed = Consultation.builder().from(summarised)
        .history(summarised.history().subList(0, 2)).build();
    assertEquals(List.of(), NORWAY.validate(closed, CONTEXT).violations());
    // Without the local policy the statutory packs say nothing about it.
    assertEquals(List.of(), Validator.forJurisdiction(Jurisdiction.norway()).validate(summarised, CONTEXT).violations());
  }

  @Test
  void summarisingWithAnUndecidedLateSubmission_breaksTheLateDecisionRule() {
    Consultation summarised = openSamfunnsdel()
        .moveTo(ConsultationState.CLOSED, at("2026-05-06T06:00:00Z"))
        .receive(submission("S1", "2026-05-07T10:00:00Z", "Kom for sent."))
        .moveTo(ConsultationState.SUMMARISED, at("2026-06-01T10:00:00Z"));
    ValidationReport report = NORWAY.validate(summarised, CONTEXT);
    assertEquals(List.of("CONSULTATION-LATE-DECISION"), ruleIds(report));
    assertEquals("Submission S1 arrived on 2026-05-07, after the deadline 2026-05-05, and the municipality has not"
        + " decided whether to include it.", report.violations().get(0).message(Language.EN));
    Consultation excluded = summarised.decideLate("S1", LateDecision.EXCLUDE);
    assertEquals(List.of(), NORWAY.validate(excluded, CONTEXT).violations());
    Consultation included = summarised.decideLate("S1", LateDecision.INCLUDE);
    assertEquals(List.of("CONSULTATION-LOYALTY"), ruleIds(NORWAY.validate(included, CONTEXT)));
  }

  private static Set<String> consultationRules() {
    return RulePacks.available().stream().flatMap(p -> p.rules().stream())
        .filter(r -> r.subjectType().equals(Consultation.class)).map(Rule::id).collect(Collectors.toSet());
  }

  @Test
  void everyConsultationRuleOfThePacks_isBreakable() {
    assertEquals(consultationRules(), ConsultationGenerators.breakableRules());
  }

  @Test
  void generatedConsultations_areValid() {
    PropertyCheck.forAll("valid consultations", SEED, TRIES, MAX_SIZE, ConsultationGenerators.valid(), consultation -> {
      ValidationReport report = validatorFor(consultation).validate(consultation, CONTEXT);
      assertEquals(List.of(), report.violations());
      assertFalse(report.rulesChecked().isEmpty());
    });
  }

  @TestFactory
  Stream<DynamicTest> breaking_breaksExactlyTheNamedRule() {
    return consultationRules().stream().sorted().map(ruleId -> DynamicTest.dynamicTest(ruleId, () ->
        PropertyCheck.forAll("breaking " + ruleId, SEED, TRIES, MAX_SIZE, ConsultationGenerators.breaking(ruleId),
            consultation -> {
              List<Violation> violations = validatorFor(consultation).validate(consultation, CONTEXT).violations();
              assertFalse(violations.isEmpty(), "no violation of " + ruleId);
              assertEquals(List.of(ruleId), violations.stream().map(Violation::ruleId).distinct().toList(),
                  violations.toString());
            })));
  }

  @Test
  void theLegalPeriodRules_belongToTheStatutoryPacks_andLoyaltyToALocalPolicy() {
    Set<String> norway = RulePacks.of(RulePacks.NORWAY).rules().stream().map(Rule::id).collect(Collectors.toSet());
    assertTrue(norway.containsAll(Set.of("NO-PBL-11-13-KP-PLANPROGRAM", "NO-PBL-12-9-RP-PLANPROGRAM",
        "NO-PBL-11-14-KP-HEARING", "NO-PBL-12-10-RP-HEARING", "NO-UTREDNINGSINSTRUKS", "NO-UTREDNINGSINSTRUKS-NORMAL")));
    assertTrue(RulePacks.of(RulePacks.DENMARK).rules().stream().anyMatch(r -> r.id().equals("DK-PLANL-24-HEARING")));
    assertEquals(List.of("CONSULTATION-LOYALTY", "CONSULTATION-LATE-DECISION"),
        RulePacks.of(RulePacks.DRAMMEN_PARTICIPATION).rules().stream().map(Rule::id).toList());
    assertTrue(RulePacks.of(RulePacks.DRAMMEN_PARTICIPATION).jurisdictionId().isEmpty());
    assertEquals("Drammen kommune, fellesnemnda: erfaringer fra medvirkningen: gode oppsummeringer og lojalitet til"
        + " innspillene (2020)", RulePacks.of(RulePacks.DRAMMEN_PARTICIPATION).rules().get(0).citation().toString());
  }
}
