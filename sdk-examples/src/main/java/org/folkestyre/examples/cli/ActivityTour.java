package org.folkestyre.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.Money;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.examples.DrammenActivities;
import org.folkestyre.toolkit.activity.Activity;
import org.folkestyre.toolkit.activity.ActivityPlan;
import org.folkestyre.toolkit.activity.ActivityRulePack;
import org.folkestyre.toolkit.activity.BudgetReport;
import org.folkestyre.toolkit.activity.DistrictBudgetReport;
import org.folkestyre.toolkit.method.MethodCatalogue;

/**
 * The tour's step on participation activities: one activity per Drammen district in 2020, each with
 * a built-in method and within the district's budget, with the report per district and the result
 * of the activity rules. Self-contained, so that the tour can call it as one step among others.
 */
final class ActivityTour {
  /** The date the plan is validated on: the end of its budget year. */
  static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);

  private static final LocalizedText HEADING = LocalizedText.of(
      "Medvirkningsaktiviteter {year}: én per kommunedel, innenfor kommunedelens budsjett",
      "Medverknadsaktivitetar {year}: éin per kommunedel, innanfor budsjettet til kommunedelen",
      "Aktiviteter for borgerinddragelse {year}: én pr. lokalområde (kommunedel), inden for lokalområdets budget",
      "Participation activities {year}: one per district, within each district's budget");
  private static final LocalizedText METHOD = LocalizedText.of("Metode", "Metode", "Metode", "Method");
  private static final LocalizedText DATE = LocalizedText.of("Dato", "Dato", "Dato", "Date");
  private static final LocalizedText BUDGET = LocalizedText.of("Budsjett", "Budsjett", "Budget", "Budget");
  private static final LocalizedText PLANNED = LocalizedText.of("Planlagt", "Planlagt", "Planlagt", "Planned");
  private static final LocalizedText SPENT = LocalizedText.of("Brukt", "Brukt", "Brugt", "Spent");
  private static final LocalizedText REMAINING = LocalizedText.of("Igjen", "Att", "Tilbage", "Remaining");
  private static final LocalizedText DISTRICT = LocalizedText.of("Kommunedel", "Kommunedel", "Lokalområde",
      "District");
  private static final LocalizedText RULES = LocalizedText.of(
      "Aktivitetsplanen kontrollert per {date} etter {pack}:", "Aktivitetsplanen kontrollert per {date} etter {pack}:",
      "Aktivitetsplanen kontrolleret pr. {date} efter {pack}:", "The activity plan checked as of {date} under {pack}:");

  private ActivityTour() {}

  /**
   * Prints the step.
   *
   * @param out where to print
   * @param language the language of the text
   */
  static void print(PrintStream out, Language language) {
    ActivityPlan plan = DrammenActivities.plan2020();
    BudgetReport report = plan.budgetReport(DrammenActivities.YEAR);
    Validator validator = Validator.of(List.of(ActivityRulePack.pack()));
    ValidationReport validation = validator.validate(plan, ValidationContext.asOf(AS_OF));
    MethodCatalogue catalogue = MethodCatalogue.builtIn();

    out.println(Texts.format(HEADING, language, Map.of("year", DrammenActivities.YEAR)));
    Table table = new Table(
        new Column("#", true, 2),
        new Column(METHOD.get(language), false, 24),
        new Column(DATE.get(language), false, 10),
        new Column(BUDGET.get(language), true, 11),
        new Column(PLANNED.get(language), true, 11),
        new Column(SPENT.get(language), true, 9),
        new Column(REMAINING.get(language), true, 11),
        new Column(DISTRICT.get(language), false, Integer.MAX_VALUE));
    int row = 0;
    for (DistrictBudgetReport line : report.lines()) {
      String district = line.district().orElse(plan.municipality().name());
      List<Activity> activities = plan.activities().stream()
          .filter(a -> a.district().equals(line.district()) && a.budgetYear().equals(line.year())).toList();
      String methods = String.join(", ", activities.stream()
          .map(a -> catalogue.find(a.methodId()).map(m -> m.name(language)).orElse(a.methodId())).toList());
      String dates = String.join(", ", activities.stream().map(a -> a.start().toString()).toList());
      table.add(String.valueOf(++row), methods.isEmpty() ? "-" : methods, dates.isEmpty() ? "-" : dates,
          line.budget().map(m -> Formats.money(m, language)).orElse("-"), Formats.money(line.planned(), language),
          Formats.money(line.spent(), language), line.remaining().map(m -> Formats.money(m, language)).orElse("-"),
          district);
    }
    table.addTotal("", "", "", Formats.money(report.totalBudget(), language),
        Formats.money(report.totalPlanned(), language), Formats.money(report.totalSpent(), language),
        Formats.money(Money.ofMinor(report.currency(), report.totalBudget().minorUnits()
            - report.totalCommitted().minorUnits()), language),
        Texts.TOTAL.get(language));
    table.print(out);
    out.println(Texts.format(RULES, language, Map.of("date", AS_OF, "pack", ActivityRulePack.ID)));
    int width = validation.rulesChecked().stream().mapToInt(String::length).max().orElse(0);
    validator.rules().forEach(rule ->
        out.println("  " + Reports.pad(rule.id(), width) + "  " + rule.title().get(language)));
    out.println(Texts.RESULT.get(language) + ": " + Texts.violationCount(validation.violations().size(), language)
        + ".");
    for (Violation violation : validation.violations()) {
      out.println("  " + violation.ruleId() + ": " + violation.message(language));
    }
  }
}
