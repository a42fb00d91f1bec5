package org.folkestyre.toolkit.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.folkestyre.toolkit.activity.TestActivity.dialogue;
import static org.folkestyre.toolkit.activity.TestActivity.input;
import static org.folkestyre.toolkit.activity.TestActivity.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.Money;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.core.testing.ReferenceData;
import org.folkestyre.toolkit.testing.ActivityGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of {@link ActivityRulePack}, example by example and over generated plans. */
class TestActivityRules {
  private static final ValidationContext AS_OF = ValidationContext.asOf(LocalDate.of(2020, 12, 31));
  private static final Validator VALIDATOR = Validator.of(List.of(ActivityRulePack.pack()));
  private static final Year Y2020 = Year.of(2020);

  private final ActivityPlan empty = ActivityPlan.of(ReferenceData.drammen2020());

  static List<String> ruleIds() {
    return ActivityRulePack.pack().rules().stream().map(Rule::id).toList();
  }

  private static ValidationReport validate(ActivityPlan plan) {
    return VALIDATOR.validate(plan, AS_OF);
  }

  // --- examples ---

  @Test
  void anOverspentDistrictBudgetIsAViolationNamingTheFirstActivityOverIt() {
    ActivityPlan plan = ActivityPlan.builder().from(empty)
        .addActivity(dialogue().cost(Money.ofMajor(Money.NOK, 30_000)).build())
        .addActivity(dialogue().id("konnerud-verksted").cost(Money.ofMajor(Money.NOK, 20_000)).build())
        .addActivity(dialogue().id("konnerud-stand").cost(Money.ofMinor(Money.NOK, 1)).build()).build();
    ValidationReport report = validate(plan);
    assertEquals(1, report.violations().size(), report::toString);
    Violation violation = report.violations(ActivityRulePack.BUDGET).get(0);
    assertEquals("activities[2]", violation.path());
    assertEquals("NOK 50000.01", violation.values().get("committed"));
    assertEquals("NOK 50000.00", violation.values().get("budget"));
    assertTrue(violation.message(Language.NB).contains("Konnerud og Skoger vest"), violation::toString);
  }

  @Test
  void theWholeBudgetIsNoViolation() {
    ActivityPlan plan = empty.withActivity(dialogue().cost(Money.ofMajor(Money.NOK, 50_000)).build());
    assertTrue(validate(plan).isValid(), () -> validate(plan).toString());
  }

  @Test
  void aReportThatSpentLessBringsThePlanBackWithinBudget() {
    ActivityPlan plan = ActivityPlan.builder().from(empty)
        .addActivity(dialogue().cost(Money.ofMajor(Money.NOK, 30_000))
            .report(report(LocalDate.of(2020, 9, 20), 10_000).build()).build())
        .addActivity(dialogue().id("konnerud-verksted").cost(Money.ofMajor(Money.NOK, 40_000)).build()).build();
    assertTrue(validate(plan).isValid(), () -> validate(plan).toString());
  }

  @Test
  void theCoordinatorOfADistrictActivityIsTheDistrictsCoordinator() {
    ActivityPlan wrong = ActivityPlan.builder().from(empty)
        .addActivity(dialogue().coordinator("Lokal koordinator Bragernes").build()).build();
    Violation violation = validate(wrong).violations(ActivityRulePack.COORDINATOR).get(0);
    assertEquals("activities[0].coordinator", violation.path());
    assertEquals("Lokal koordinator Konnerud", violation.values().get("expected"));
    ActivityPlan ignoringCase = ActivityPlan.builder().from(empty)
        .addActivity(dialogue().coordinator("lokal KOORDINATOR konnerud").build()).build();
    assertTrue(validate(ignoringCase).isValid());
  }

  @Test
  void inputsWithoutFeedbackAreAViolation() {
    ActivityReport silent = report(LocalDate.of(2020, 9, 15), 15_000).addInput(input("innspill-1")).build();
    ActivityPlan plan = ActivityPlan.builder().from(empty).addActivity(dialogue().report(silent).build()).build();
    assertEquals(List.of(ActivityRulePack.FEEDBACK), ids(validate(plan)));
    ActivityReport answered = ActivityReport.builder().from(silent).feedback("Svar sendt 1. oktober.").build();
    assertTrue(validate(empty.withActivity(dialogue().report(answered).build())).isValid());
  }

  @Test
  void anActivityWithoutABudgetIsAViolation() {
    ActivityPlan plan = ActivityPlan.builder().from(empty)
        .addActivity(dialogue().start(LocalDate.of(2021, 2, 1)).end(LocalDate.of(2021, 2, 1)).build()).build();
    ValidationReport report = validate(plan);
    assertEquals(List.of(ActivityRulePack.FUNDED), ids(report));
    assertTrue(report.violations().get(0).message(Language.EN).contains("2021"), report::toString);
  }

  @Test
  void everyRuleCitesDrammenAndSpeaksFourLanguages() {
    assertEquals(ActivityRulePack.ID, ActivityRulePack.pack().id());
    assertEquals(Set.copyOf(ruleIds()), ActivityGenerators.breakableRules());
    for (Rule<?> rule : ActivityRulePack.pack().rules()) {
      assertTrue(rule.citation().source().startsWith("Drammen kommune"), rule.id());
      for (Language language : Language.values()) {
        assertFalse(rule.title().get(language).isBlank(), rule.id());
        assertFalse(rule.explanation().get(language).isBlank(), rule.id());
      }
    }
  }

  @Test
  void everyRuleIsInTheCatalogueOfTheGuide() throws IOException {
    String catalogue = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
    assertTrue(catalogue.contains("## Pack `" + ActivityRulePack.ID + "`"), "docs/rules.md has no section for the pack");
    for (Rule<?> rule : ActivityRulePack.pack().rules()) {
      String row = catalogue.lines().filter(line -> line.startsWith("| `" + rule.id() + "` |")).findFirst()
          .orElseThrow(() -> new AssertionError("docs/rules.md has no row for " + rule.id()));
      assertTrue(row.contains("| " + rule.severity() + " |"), rule.id());
      assertTrue(row.contains("| " + rule.confidence() + " |"), rule.id());
      assertTrue(row.contains(rule.citation().source()), rule.id());
    }
  }

  @Test
  void anUnknownRuleCannotBeBroken() {
    assertThrows(InvalidValueException.class, () -> ActivityGenerators.breaking("NO-KL-5-5-COUNCIL-MIN"));
  }

  // --- properties ---

  @Test
  void generatedPlansBuiltThroughTheSafeApiNeverOverspend() {
    PropertyCheck.forAll("safe API never overspends", 6001L, 200, 12, ActivityGenerators.validPlan(), plan -> {
      for (Year year : plan.years()) {
        assertEquals(List.of(), plan.budgetReport(year).overspent());
      }
      assertEquals(List.of(), validate(plan).violations());
    });
  }

  @Test
  void refusedActivitiesAreExactlyThoseTheBudgetCannotCover() {
    PropertyCheck.forAll("withActivity refuses exactly what overspends", 6002L, 200, 12, (random, size) -> {
      ActivityPlan base = ActivityGenerators.validPlan().generate(random, size);
      return List.of(base, ActivityGenerators.candidates(base, Y2020).generate(random, size));
    }, pair -> {
      ActivityPlan plan = (ActivityPlan) pair.get(0);
      @SuppressWarnings("unchecked")
      List<Activity> candidates = (List<Activity>) pair.get(1);
      for (Activity candidate : candidates) {
        Activity fresh = Activity.builder().from(candidate).id("fresh-" + candidate.id()).build();
        long committed = plan.sharingBudgetWith(fresh).stream().mapToLong(a -> a.drawn().minorUnits()).sum();
        long budget = plan.budgetFor(fresh).map(Money::minorUnits).orElse(-1L);
        boolean fits = budget >= 0 && committed + fresh.drawn().minorUnits() <= budget;
        try {
          plan = plan.withActivity(fresh);
          assertTrue(fits, () -> "accepted " + fresh + " over a budget of " + budget + " with " + committed);
        } catch (InvalidValueException refused) {
          assertFalse(fits, () -> "refused " + fresh + ": " + refused.getMessage());
        }
      }
    });
  }

  @Test
  void reportSumsEqualTheSumsOfTheActivities() {
    PropertyCheck.forAll("report sums", 6003L, 200, 12, ActivityGenerators.validPlan(), plan -> {
      BudgetReport report = plan.budgetReport(Y2020);
      long planned = plan.activities().stream().mapToLong(a -> a.cost().minorUnits()).sum();
      long spent = plan.activities().stream().flatMap(a -> a.report().stream()).mapToLong(r -> r.spent().minorUnits())
          .sum();
      assertEquals(planned, report.totalPlanned().minorUnits());
      assertEquals(spent, report.totalSpent().minorUnits());
      assertEquals(plan.activities().size(), report.lines().stream().mapToInt(DistrictBudgetReport::activities).sum());
      for (DistrictBudgetReport line : report.lines()) {
        assertTrue(line.planned().minorUnits() >= 0 && line.spent().minorUnits() >= 0, line::toString);
        assertTrue(line.reported() <= line.activities(), line::toString);
        long committed = plan.activities().stream()
            .filter(a -> a.district().equals(line.district()))
            .mapToLong(a -> a.drawn().minorUnits()).sum();
        assertEquals(committed, line.committed().minorUnits(), line::toString);
      }
      assertEquals(plan.municipality().districts().size() + 1, report.lines().size());
    });
  }

  @ParameterizedTest
  @MethodSource("ruleIds")
  void everyGeneratedRuleBreakingPlanIsCaughtByExactlyThatRule(String ruleId) {
    PropertyCheck.forAll("breaking " + ruleId, ruleId.hashCode(), 100, 10, ActivityGenerators.breaking(ruleId),
        plan -> {
          ValidationReport report = validate(plan);
          assertEquals(List.of(ruleId), ids(report), report::toString);
          assertEquals(1, report.violations().size(), report::toString);
        });
  }

  @Test
  void generatorsReplayFromTheirSeed() {
    ActivityPlan first = ActivityGenerators.validPlan().generate(new SplittableRandom(42), 8);
    ActivityPlan again = ActivityGenerators.validPlan().generate(new SplittableRandom(42), 8);
    assertEquals(first, again);
  }

  private static List<String> ids(ValidationReport report) {
    return report.violations().stream().map(Violation::ruleId).distinct().collect(Collectors.toList());
  }
}
