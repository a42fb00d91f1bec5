package org.folkestyre.examples;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.Money;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.municipality.District;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.testing.ReferenceData;
import org.folkestyre.toolkit.activity.Activity;
import org.folkestyre.toolkit.activity.ActivityPlan;
import org.folkestyre.toolkit.activity.ActivityRulePack;
import org.folkestyre.toolkit.activity.BudgetReport;
import org.folkestyre.toolkit.activity.DistrictBudgetReport;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.ParticipationMethod;

/**
 * Participation activities on Drammen's district budgets in 2020: one activity per district, each
 * with a built-in method of the toolbox, within the district's NOK 50,000. The methods, dates and
 * costs are an illustration; the districts, coordinators and budgets are Drammen's.
 */
public final class DrammenActivities {
  /** The year of the plan. */
  public static final Year YEAR = Year.of(2020);

  /** One method id and cost in kroner per district, in the order of Drammen's districts. */
  private static final List<Object[]> CHOICES = List.of(
      new Object[] {"dialogue-meeting", 35_000L},
      new Object[] {"future-workshop", 42_000L},
      new Object[] {"pop-up-stand", 12_000L},
      new Object[] {"barnetrakk", 18_000L},
      new Object[] {"map-based-input", 30_000L},
      new Object[] {"youth-podcast", 45_000L},
      new Object[] {"vulnerable-outreach-dialogue", 40_000L},
      new Object[] {"open-house-exhibition", 25_000L},
      new Object[] {"public-meeting", 15_000L},
      new Object[] {"dialogue-meeting", 38_000L});

  private DrammenActivities() {}

  /**
   * Returns Drammen's 2020 plan: one activity per district, added through the API that keeps every
   * budget within bounds.
   *
   * @return the plan
   */
  public static ActivityPlan plan2020() {
    Municipality drammen = ReferenceData.drammen2020();
    MethodCatalogue catalogue = MethodCatalogue.builtIn();
    ActivityPlan plan = ActivityPlan.of(drammen);
    for (int i = 0; i < drammen.districts().size(); i++) {
      District district = drammen.districts().get(i);
      ParticipationMethod method = catalogue.of((String) CHOICES.get(i)[0]);
      LocalDate day = LocalDate.of(2020, 9, 1).plusWeeks(i / 2).plusDays(i % 2 * 2);
      String id = "kommunedel-" + (i + 1) + "-" + method.id();
      Money cost = Money.ofMajor(Money.NOK, (Long) CHOICES.get(i)[1]);
      plan = plan.withActivity(activity(id, district, method, day, cost));
    }
    return plan;
  }

  // tag::activity-plan[]
  static Activity activity(String id, District district, ParticipationMethod method, LocalDate day, Money cost) {
    Activity.Builder activity = Activity.builder();
    activity.method(method)
        .id(id)
        .title(method.name(Language.NB) + " i " + district.name())
        .district(district.name())
        .start(day)
        .end(day)
        .coordinator(district.coordinator().orElseThrow().name()) // the district's local coordinator
        .cost(cost); // in øre: Money.ofMajor(NOK, 35_000) is 3,500,000 øre
    return activity.build();
  }

  static void planAndReport() {
    ActivityPlan plan = plan2020(); // ten activities, one per district, each added with withActivity
    BudgetReport report = plan.budgetReport(Year.of(2020));
    DistrictBudgetReport konnerud = report.line("Konnerud og Skoger vest").orElseThrow();
    System.out.println(konnerud.planned() + " of " + konnerud.budget().orElseThrow()); // NOK 30000.00 of NOK 50000.00

    Activity more = Activity.builder().from(plan.activities().get(4)).id("extra")
        .cost(Money.ofMajor(Money.NOK, 20_001)).build();
    try {
      plan.withActivity(more); // NOK 30,000 + 20,001 > NOK 50,000
    } catch (InvalidValueException e) {
      System.out.println(e.getMessage()); // ... would overspend the participation budget ... (DRAMMEN-ACTIVITY-BUDGET)
    }

    ActivityPlan overspent = ActivityPlan.builder().from(plan).addActivity(more).build(); // the builder allows it
    ValidationReport violations = Validator.of(List.of(ActivityRulePack.pack()))
        .validate(overspent, ValidationContext.asOf(LocalDate.of(2020, 12, 31)));
    System.out.println(violations.violations().get(0).ruleId()); // DRAMMEN-ACTIVITY-BUDGET
  }
  // end::activity-plan[]
}
