package org.folkestyre.toolkit.initiative;

import static org.folkestyre.toolkit.initiative.Fixtures.OPENED;
import static org.folkestyre.toolkit.initiative.Fixtures.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.folkestyre.core.Language;
import org.folkestyre.core.governance.Citation;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.testing.InitiativeGenerators;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TestInitiativeRules {
  private static final Validator VALIDATOR = Validator.of(List.of(RulePacks.of("NO-KL"),
      InitiativeRulePacks.norway(), RulePacks.of("DK-KSL"), InitiativeRulePacks.denmark()));
  private static final LocalDate SUBMITTED = LocalDate.of(2024, 8, 31);

  private static List<Signature> residents(int count) {
    List<Signature> signatures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      signatures.add(resident("person-" + i, OPENED.plusDays(i % 60)));
    }
    return signatures;
  }

  private static ValidationReport validate(Object subject, LocalDate asOf) {
    return VALIDATOR.validate(subject, ValidationContext.asOf(asOf));
  }

  private static Set<String> ruleIds(ValidationReport report) {
    return report.violations().stream().map(Violation::ruleId).collect(Collectors.toSet());
  }

  @Test
  void drammenWith300Residents_decidedInTime_isValid() {
    CitizenInitiative initiative = Fixtures.drammenInitiative().signatures(residents(300)).submitted(SUBMITTED)
        .decided(LocalDate.of(2025, 2, 28)).build();
    assertTrue(validate(initiative, LocalDate.of(2025, 6, 1)).isValid());
  }

  @Test
  void drammenWith299Residents_breaksTheThreshold_evenWithLateAndDuplicateSignatures() {
    List<Signature> signatures = residents(299);
    signatures.add(resident("person-0", OPENED.plusDays(2)));
    signatures.add(resident("person-late", SUBMITTED.plusDays(1)));
    CitizenInitiative initiative = Fixtures.drammenInitiative().signatures(signatures).submitted(SUBMITTED).build();

    ValidationReport report = validate(initiative, SUBMITTED);

    assertEquals(Set.of(InitiativeRulePacks.THRESHOLD), ruleIds(report));
    Violation violation = report.violations().get(0);
    assertEquals("signatures", violation.path());
    assertEquals("kommuneloven § 12-1 første ledd (LOV-2018-06-22-83)", violation.citation().toString());
    assertEquals("Initiative 2024-1 was submitted on 2024-08-31 with the support of 299 persons, but needs 300.",
        violation.message(Language.EN));
    assertEquals("Forslaget 2024-1 ble fremmet 2024-08-31 med støtte fra 299 innbyggere, men krever 300.",
        violation.message(Language.NB));
  }

  @Test
  void aNonResidentSignatureInAnInitiativeBuiltOtherwise_isAViolation() {
    List<Signature> signatures = residents(300);
    signatures.add(7, Signature.of("person-oslo", Fixtures.OSLO_CODE, OPENED, SignatureChannel.PAPER));
    CitizenInitiative initiative = Fixtures.drammenInitiative().signatures(signatures).submitted(SUBMITTED).build();

    ValidationReport report = validate(initiative, SUBMITTED);

    assertEquals(Set.of(InitiativeRulePacks.RESIDENTS), ruleIds(report));
    Violation violation = report.violations().get(0);
    assertEquals("signatures[7].residence", violation.path());
    assertEquals("Signature 7 is from a person registered in municipality 0301, which is not part of Drammen (3301).",
        violation.message(Language.EN));
    assertEquals(1, initiative.status(SUBMITTED).ineligible());
  }

  @Test
  void anUndecidedInitiativeIsOverdueTheDayAfterTheDeadline() {
    CitizenInitiative initiative = Fixtures.drammenInitiative().signatures(residents(300)).submitted(SUBMITTED).build();
    LocalDate deadline = LocalDate.of(2025, 2, 28);
    assertEquals(deadline, initiative.decisionDeadline().orElseThrow());

    assertTrue(validate(initiative, deadline).isValid());
    ValidationReport late = validate(initiative, deadline.plusDays(1));
    assertEquals(Set.of(InitiativeRulePacks.DEADLINE), ruleIds(late));
    assertEquals(ImmutableMap.of("initiative", "2024-1", "submitted", "2024-08-31", "deadline", "2025-02-28",
        "days", "1", "decided", "-"), late.violations().get(0).values());
    assertTrue(initiative.status(deadline.plusDays(1)).isOverdue());
  }

  @Test
  void aLateDecisionBreaksTheDeadline_unlessReferredToAPlanCase() {
    CitizenInitiative late = Fixtures.drammenInitiative().signatures(residents(300)).submitted(SUBMITTED)
        .decided(LocalDate.of(2025, 3, 1)).build();
    ValidationReport report = validate(late, LocalDate.of(2025, 3, 1));
    assertEquals(Set.of(InitiativeRulePacks.DEADLINE), ruleIds(report));
    assertEquals("decided", report.violations().get(0).path());

    CitizenInitiative referred = CitizenInitiative.builder().from(late).referredToPlanCase(true).build();
    assertTrue(validate(referred, LocalDate.of(2026, 1, 1)).isValid());
  }

  @Test
  void aDanishInitiativeIsCheckedAgainstItsOwnScheme() {
    InitiativeScheme scheme = InitiativeScheme.builder().from(InitiativeScheme.danishMunicipal("Borgerforslag",
        Citation.localPolicy("Hørsholm Kommune", "ordning for borgerforslag"), Threshold.signatures(100), 90))
        .decisionPeriod(Period.ofMonths(3)).build();
    LocalDate opened = LocalDate.of(2024, 1, 1);
    List<Signature> signatures = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      // The 100th signs on day 91, after the window: only 99 count.
      signatures.add(Signature.of("borger-" + i, Fixtures.HOLBAEK_CODE, opened.plusDays(i < 99 ? i % 90 : 90),
          SignatureChannel.ELECTRONIC));
    }
    CitizenInitiative initiative = CitizenInitiative.builder().id("HOL-1").title("Medborgerhus")
        .content("Nyt medborgerhus i Holbæk Havn").proposer("proposer-h")
        .area(InitiativeArea.municipality(Fixtures.HOLBAEK_CODE, "Holbæk",
            org.folkestyre.core.municipality.Population.of(72_000, opened)))
        .scheme(scheme).opened(opened).signatures(signatures).submitted(LocalDate.of(2024, 4, 1)).build();

    ValidationReport report = validate(initiative, LocalDate.of(2024, 4, 1));
    assertEquals(Set.of(InitiativeRulePacks.DK_THRESHOLD), ruleIds(report));
    assertEquals(1, initiative.status(LocalDate.of(2024, 4, 1)).outsideCollectionPeriod());

    ValidationReport overdue = validate(initiative, LocalDate.of(2024, 7, 2));
    assertEquals(Set.of(InitiativeRulePacks.DK_THRESHOLD, InitiativeRulePacks.DK_DEADLINE), ruleIds(overdue));
  }

  @Test
  void everyRuleExplainsItselfInFourLanguages() {
    for (var rule : InitiativeRulePacks.allRules()) {
      for (Language language : Language.values()) {
        assertTrue(!rule.title().get(language).isBlank() && !rule.explanation().get(language).isBlank()
            && !rule.message().get(language).isBlank(), rule.id() + " in " + language);
      }
    }
  }

  @Test
  void validGeneratedInitiativesHaveNoViolations() {
    for (Jurisdiction jurisdiction : List.of(Jurisdiction.norway(), Jurisdiction.denmark())) {
      PropertyCheck.forAll("valid " + jurisdiction.id() + " initiatives", 1401L, 200, 20,
          InitiativeGenerators.valid(jurisdiction), initiative -> {
            ValidationReport report = validate(initiative, initiative.opened().plusYears(3));
            assertTrue(report.isValid(), report.violations().toString());
          });
    }
    PropertyCheck.forAll("valid registers", 1402L, 100, 20, InitiativeGenerators.validRegister(), register -> {
      assertTrue(validate(register, register.term().end()).isValid());
      for (CitizenInitiative initiative : register.initiatives()) {
        assertTrue(validate(initiative, register.term().end().plusYears(1)).isValid(), initiative.toString());
      }
    });
  }

  @TestFactory
  List<DynamicTest> eachGeneratedBreakIsCaughtByExactlyItsRule() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String ruleId : InitiativeGenerators.breakableRules()) {
      tests.add(DynamicTest.dynamicTest(ruleId, () -> {
        if (ruleId.equals(InitiativeRulePacks.NO_REPEAT)) {
          PropertyCheck.forAll(ruleId, 1403L, 150, 20, InitiativeGenerators.registerBreaking(ruleId), register -> {
            ValidationReport report = validate(register, register.term().end());
            assertEquals(Set.of(ruleId), ruleIds(report), report.violations().toString());
            assertEquals(1, report.violations().size());
          });
        } else {
          PropertyCheck.forAll(ruleId, 1404L, 150, 20, InitiativeGenerators.breaking(ruleId), initiative -> {
            ValidationReport report = validate(initiative, initiative.opened().plusYears(3));
            assertEquals(Set.of(ruleId), ruleIds(report), report.violations().toString());
          });
        }
      }));
    }
    return tests;
  }

  @Test
  void everyRuleOfThePacksCanBeBroken() {
    for (var rule : InitiativeRulePacks.allRules()) {
      assertTrue(InitiativeGenerators.breakableRules().contains(rule.id()), rule.id());
    }
    assertEquals(InitiativeRulePacks.allRules().size(), InitiativeGenerators.breakableRules().size());
  }
}
