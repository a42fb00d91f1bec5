package org.folkestyre.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.municipality.District;
import org.folkestyre.toolkit.activity.Activity;
import org.folkestyre.toolkit.activity.ActivityPlan;
import org.folkestyre.toolkit.activity.ActivityRulePack;
import org.folkestyre.toolkit.activity.BudgetReport;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.junit.jupiter.api.Test;

/** {@link DrammenActivities}: the plan of the tour and the guide's example. */
class DrammenActivitiesTest {

  @Test
  void onePlannedActivityPerDistrictWithABuiltInMethodAndTheDistrictsCoordinator() {
    ActivityPlan plan = DrammenActivities.plan2020();
    assertEquals(10, plan.activities().size());
    for (District district : plan.municipality().districts()) {
      List<Activity> activities = plan.activities().stream()
          .filter(a -> a.district().orElseThrow().equals(district.name())).toList();
      assertEquals(1, activities.size(), district.name());
      Activity activity = activities.get(0);
      assertTrue(MethodCatalogue.builtIn().find(activity.methodId()).isPresent(), activity.methodId());
      assertEquals(district.coordinator().orElseThrow().name(), activity.coordinator());
      assertTrue(activity.cost().compareTo(district.budget(DrammenActivities.YEAR).orElseThrow()) <= 0);
    }
    BudgetReport report = plan.budgetReport(DrammenActivities.YEAR);
    assertEquals(50_000_000L, report.totalBudget().minorUnits(), "NOK 50,000 for each of 10 districts");
    assertEquals(List.of(), report.overspent());
    assertTrue(Validator.of(List.of(ActivityRulePack.pack())).validate(plan,
        ValidationContext.asOf(LocalDate.of(2020, 12, 31))).isValid());
  }

  @Test
  void theGuidesExamplePrintsWhatItsCommentsSay() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      DrammenActivities.planAndReport();
    } finally {
      System.setOut(original);
    }
    List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("NOK 30000.00 of NOK 50000.00", lines.get(0));
    assertTrue(lines.get(1).contains("would overspend the participation budget"), lines.get(1));
    assertTrue(lines.get(1).endsWith("(DRAMMEN-ACTIVITY-BUDGET)"), lines.get(1));
    assertEquals("DRAMMEN-ACTIVITY-BUDGET", lines.get(2));
  }
}
