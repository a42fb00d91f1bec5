package org.folkestyre.examples.cli.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of a participatory-budgeting rule with its results report, as {@code folkestyre pb
 * --report --format json} prints it: the keys of {@link PbOutcomeJson} and {@code report}.
 *
 * @param selected the ids of the selected projects, spelled and ordered as in the file's {@code PROJECTS} section
 * @param cost what the selected projects cost together
 * @param budget the election's budget
 * @param report the results report
 */
public record PbReportJson(List<String> selected, BigDecimal cost, BigDecimal budget, Report report) {

  /**
   * The results report of an outcome.
   *
   * @param projects every project, in the order of the file's {@code PROJECTS} section
   * @param districts the spending per district, city-wide projects last
   * @param voters the number of ballots
   * @param votersWithSelectedProject the number of ballots naming at least one selected project
   * @param satisfiedShare that number over the number of ballots, as an exact fraction such as {@code 355/378}
   * @param satisfiedPercent the same as a percentage with one decimal
   */
  public record Report(List<ProjectRow> projects, List<DistrictRow> districts, long voters,
      long votersWithSelectedProject, String satisfiedShare, BigDecimal satisfiedPercent) {}

  /**
   * One project of the report.
   *
   * @param id the project id
   * @param name the name, absent when the file has none
   * @param district the district, absent for a city-wide project
   * @param cost the cost
   * @param votes the number of ballots naming it
   * @param points the points it got on a cumulative or scoring ballot, absent otherwise
   * @param selected whether it was selected
   * @param reason why: {@code SELECTED}, {@code NOT_ENOUGH_BUDGET_LEFT}, {@code NOT_ENOUGH_SUPPORT},
   *     {@code NO_SUPPORT} or {@code NOT_SELECTED}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ProjectRow(String id, String name, String district, BigDecimal cost, long votes, Long points,
      boolean selected, String reason) {}

  /**
   * The spending in one district.
   *
   * @param district the district, absent for the city-wide projects
   * @param projects the number of projects put to the vote
   * @param selected the number selected
   * @param requested what the projects put to the vote cost together
   * @param spent what the selected ones cost together
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DistrictRow(String district, int projects, int selected, BigDecimal requested, BigDecimal spent) {}
}
