package org.folkestyre.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.examples.cli.json.PbReportJson;
import org.folkestyre.toolkit.budgeting.DistrictSpending;
import org.folkestyre.toolkit.budgeting.ProjectResult;
import org.folkestyre.toolkit.budgeting.ResultsReport;

/** Prints a participatory budget's {@link ResultsReport}, for {@code pb --report} and the tour. */
final class PbReports {
  private static final LocalizedText ID = LocalizedText.ofAll("Id");
  private static final LocalizedText NAME = LocalizedText.of("Navn", "Namn", "Navn", "Name");
  private static final LocalizedText DISTRICT = LocalizedText.of("Bydel", "Bydel", "Bydel", "District");
  private static final LocalizedText COST = LocalizedText.of("Kostnad", "Kostnad", "Omkostning", "Cost");
  private static final LocalizedText VOTES = LocalizedText.of("Stemmer", "Røyster", "Stemmer", "Votes");
  private static final LocalizedText POINTS = LocalizedText.of("Poeng", "Poeng", "Point", "Points");
  private static final LocalizedText SELECTED = LocalizedText.of("Valgt", "Vald", "Valgt", "Selected");
  private static final LocalizedText WHY = LocalizedText.of("Hvorfor", "Kvifor", "Hvorfor", "Why");
  private static final LocalizedText YES = LocalizedText.of("ja", "ja", "ja", "yes");
  private static final LocalizedText NO = LocalizedText.of("nei", "nei", "nej", "no");
  private static final LocalizedText PROJECTS = LocalizedText.of("Prosjekter", "Prosjekt", "Projekter", "Projects");
  private static final LocalizedText REQUESTED = LocalizedText.of("Søkt", "Søkt", "Ansøgt", "Requested");
  private static final LocalizedText SPENT = LocalizedText.of("Brukt", "Brukt", "Brugt", "Spent");
  private static final LocalizedText CITY_WIDE = LocalizedText.of("hele kommunen", "heile kommunen", "hele kommunen",
      "city-wide");
  private static final LocalizedText SATISFIED = LocalizedText.of("Velgere med minst ett valgt prosjekt",
      "Veljarar med minst eitt vald prosjekt", "Vælgere med mindst ét valgt projekt",
      "Voters with at least one selected project");
  private static final LocalizedText OF = LocalizedText.of("av", "av", "af", "of");

  private PbReports() {}

  /**
   * Prints the report as text: a table of the projects, a table of the districts and the share of
   * voters with a selected project.
   */
  static void print(ResultsReport report, boolean points, Language language, PrintStream out) {
    boolean names = report.projects().stream().anyMatch(p -> p.name().isPresent());
    boolean districts = report.projects().stream().anyMatch(p -> p.district().isPresent());
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(ID.get(language), false, 12));
    if (names) {
      columns.add(new Column(NAME.get(language), false, 40));
    }
    if (districts) {
      columns.add(new Column(DISTRICT.get(language), false, 24));
    }
    columns.add(new Column(COST.get(language), true, 14));
    columns.add(new Column(VOTES.get(language), true, 8));
    if (points) {
      columns.add(new Column(POINTS.get(language), true, 8));
    }
    columns.add(new Column(SELECTED.get(language), false, 8));
    columns.add(new Column(WHY.get(language), false, 30));
    Table projects = new Table(columns.toArray(Column[]::new));
    for (ProjectResult project : report.projects()) {
      List<String> cells = new ArrayList<>();
      cells.add(project.projectId());
      if (names) {
        cells.add(project.name().orElse(""));
      }
      if (districts) {
        cells.add(project.district().orElse(CITY_WIDE.get(language)));
      }
      cells.add(project.cost().toString());
      cells.add(String.valueOf(project.votes()));
      if (points) {
        cells.add(project.points().isPresent() ? String.valueOf(project.points().getAsLong()) : "");
      }
      cells.add((project.selected() ? YES : NO).get(language));
      cells.add(project.reason().label().get(language));
      projects.add(cells.toArray(String[]::new));
    }
    projects.print(out);
    out.println();
    Table spending = new Table(new Column(DISTRICT.get(language), false, 40), new Column(PROJECTS.get(language), true, 10),
        new Column(SELECTED.get(language), true, 8), new Column(REQUESTED.get(language), true, 14),
        new Column(SPENT.get(language), true, 14));
    for (DistrictSpending district : report.districts()) {
      spending.add(district.district().orElse(CITY_WIDE.get(language)), String.valueOf(district.projects()),
          String.valueOf(district.selectedProjects()), district.requested().toString(), district.spent().toString());
    }
    spending.print(out);
    out.println(SATISFIED.get(language) + ": " + report.votersWithSelectedProject() + " " + OF.get(language) + " "
        + report.voters() + " (" + report.satisfiedShareFraction() + ", "
        + percent(report, language) + " %)");
  }

  private static String percent(ResultsReport report, Language language) {
    String text = report.satisfiedSharePercent().toPlainString();
    return language == Language.EN ? text : text.replace('.', ',');
  }

  /** Returns the report as {@code pb --report --format json} prints it. */
  static PbReportJson.Report json(ResultsReport report) {
    List<PbReportJson.ProjectRow> projects = new ArrayList<>();
    for (ProjectResult project : report.projects()) {
      projects.add(new PbReportJson.ProjectRow(project.projectId(), project.name().orElse(null),
          project.district().orElse(null), project.cost().toBigDecimal(), project.votes(),
          project.points().isPresent() ? project.points().getAsLong() : null, project.selected(),
          project.reason().name()));
    }
    List<PbReportJson.DistrictRow> districts = new ArrayList<>();
    for (DistrictSpending district : report.districts()) {
      districts.add(new PbReportJson.DistrictRow(district.district().orElse(null), district.projects(),
          district.selectedProjects(), district.requested().toBigDecimal(), district.spent().toBigDecimal()));
    }
    return new PbReportJson.Report(projects, districts, report.voters(), report.votersWithSelectedProject(),
        report.satisfiedShareFraction(), report.satisfiedSharePercent());
  }
}
