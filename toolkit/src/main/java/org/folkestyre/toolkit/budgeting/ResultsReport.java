package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The published results of a participatory-budgeting election — resultatrapport (NO), resultatrapport
 * (DK): per project the votes, the cost and whether and why it was funded; per district what was
 * spent; and how many voters got at least one project they voted for.
 *
 * <p>The report takes the outcome as a plain set of selected project ids, from any rule or from the
 * municipality's own decision, and optionally a reason per project from the rule that chose them.
 * Without a reason, a project that was not selected is explained from the numbers: {@link
 * SelectionReason#NO_SUPPORT} if no ballot named it, {@link SelectionReason#NOT_ENOUGH_BUDGET_LEFT}
 * if it costs more than the budget left after the selected projects, and otherwise {@link
 * SelectionReason#NOT_ENOUGH_SUPPORT}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResultsReport {
  ResultsReport() {}

  /**
   * Returns the election's budget.
   *
   * @return the budget
   */
  public abstract Amount budget();

  /**
   * Returns one line per project, in the election's project order.
   *
   * @return the project results
   */
  public abstract ImmutableList<ProjectResult> projects();

  /**
   * Returns one line per district, in the order the districts first appear among the projects; the
   * city-wide projects, if any, last.
   *
   * @return the spending per district
   */
  public abstract ImmutableList<DistrictSpending> districts();

  /**
   * Returns how many ballots were cast, empty ballots included.
   *
   * @return the number of voters
   */
  public abstract long voters();

  /**
   * Returns how many voters named at least one selected project on their ballot.
   *
   * @return the number of voters with a selected project, at most {@link #voters()}
   */
  public abstract long votersWithSelectedProject();

  /**
   * Builds the report of an election and its outcome.
   *
   * @param election the election with its ballots
   * @param selected the ids of the selected projects
   * @return the report
   * @throws InvalidValueException if an id is not a project of the election
   */
  public static ResultsReport of(BudgetingElection election, Set<String> selected) {
    return of(election, selected, ImmutableMap.of());
  }

  /**
   * Builds the report of an election and its outcome, with the reasons the rule gave.
   *
   * @param election the election with its ballots
   * @param selected the ids of the selected projects
   * @param reasons reasons for some or all projects; a selected project's reason must be {@link
   *     SelectionReason#SELECTED} and no other's may be
   * @return the report
   * @throws InvalidValueException if an id is not a project of the election or a reason contradicts the selection
   */
  public static ResultsReport of(BudgetingElection election, Set<String> selected,
      Map<String, SelectionReason> reasons) {
    Objects.requireNonNull(election, "election");
    ImmutableSet<String> chosen = ImmutableSet.copyOf(selected);
    for (String id : chosen) {
      if (election.project(id).isEmpty()) {
        throw new InvalidValueException("results.selected", id, "is not a project of the election");
      }
    }
    for (Map.Entry<String, SelectionReason> entry : reasons.entrySet()) {
      if (election.project(entry.getKey()).isEmpty()) {
        throw new InvalidValueException("results.reasons", entry.getKey(), "is not a project of the election");
      }
      if (chosen.contains(entry.getKey()) != (entry.getValue() == SelectionReason.SELECTED)) {
        throw new InvalidValueException("results.reasons." + entry.getKey(), entry.getValue(),
            "must be SELECTED exactly for the selected projects");
      }
    }
    Map<String, long[]> support = new LinkedHashMap<>();
    election.projects().forEach(p -> support.put(p.id(), new long[2]));
    long satisfied = 0;
    for (Ballot ballot : election.ballots()) {
      boolean any = false;
      for (int i = 0; i < ballot.projectIds().size(); i++) {
        String id = ballot.projectIds().get(i);
        long[] counts = support.get(id);
        counts[0]++;
        if (ballot.type().hasPoints()) {
          counts[1] += ballot.points().get(i);
        }
        any |= chosen.contains(id);
      }
      if (any) {
        satisfied++;
      }
    }
    Amount spent = Amount.ZERO;
    for (String id : chosen) {
      spent = spent.plus(election.projectsById().get(id).cost());
    }
    Amount left = spent.compareTo(election.budget()) >= 0 ? Amount.ZERO : election.budget().minus(spent);
    ImmutableList.Builder<ProjectResult> lines = ImmutableList.builder();
    Map<Optional<String>, DistrictSpending.Builder> byDistrict = new LinkedHashMap<>();
    Map<Optional<String>, long[]> districtCounts = new LinkedHashMap<>();
    Map<Optional<String>, Amount[]> districtAmounts = new LinkedHashMap<>();
    for (Project project : election.projects()) {
      long[] counts = support.get(project.id());
      boolean isSelected = chosen.contains(project.id());
      SelectionReason reason = reasons.containsKey(project.id()) ? reasons.get(project.id())
          : isSelected ? SelectionReason.SELECTED
          : counts[0] == 0 ? SelectionReason.NO_SUPPORT
          : project.cost().compareTo(left) > 0 ? SelectionReason.NOT_ENOUGH_BUDGET_LEFT
          : SelectionReason.NOT_ENOUGH_SUPPORT;
      lines.add(ProjectResult.builder().projectId(project.id()).name(project.name()).district(project.district())
          .cost(project.cost()).votes(counts[0])
          .points(election.ballotType().hasPoints() ? OptionalLong.of(counts[1]) : OptionalLong.empty())
          .selected(isSelected).reason(reason).build());
      Optional<String> district = project.district();
      byDistrict.computeIfAbsent(district, d -> DistrictSpending.builder().district(d));
      long[] dc = districtCounts.computeIfAbsent(district, d -> new long[2]);
      Amount[] da = districtAmounts.computeIfAbsent(district, d -> new Amount[] {Amount.ZERO, Amount.ZERO});
      dc[0]++;
      da[0] = da[0].plus(project.cost());
      if (isSelected) {
        dc[1]++;
        da[1] = da[1].plus(project.cost());
      }
    }
    ImmutableList.Builder<DistrictSpending> districts = ImmutableList.builder();
    Optional<String> cityWide = Optional.empty();
    byDistrict.keySet().stream().filter(Optional::isPresent).forEach(d -> districts.add(district(d,
        byDistrict, districtCounts, districtAmounts)));
    if (byDistrict.containsKey(cityWide)) {
      districts.add(district(cityWide, byDistrict, districtCounts, districtAmounts));
    }
    return ImmutableResultsReport.builder().budget(election.budget()).projects(lines.build())
        .districts(districts.build()).voters(election.ballots().size()).votersWithSelectedProject(satisfied)
        .build();
  }

  private static DistrictSpending district(Optional<String> key, Map<Optional<String>, DistrictSpending.Builder> b,
      Map<Optional<String>, long[]> counts, Map<Optional<String>, Amount[]> amounts) {
    return b.get(key).projects((int) counts.get(key)[0]).selectedProjects((int) counts.get(key)[1])
        .requested(amounts.get(key)[0]).spent(amounts.get(key)[1]).build();
  }

  /**
   * Returns what the selected projects cost together.
   *
   * @return the money spent
   */
  @Value.Lazy
  public Amount spent() {
    Amount total = Amount.ZERO;
    for (ProjectResult p : projects()) {
      if (p.selected()) {
        total = total.plus(p.cost());
      }
    }
    return total;
  }

  /**
   * Returns the budget left after the selected projects.
   *
   * @return the budget less what was spent, or zero if the selection costs the budget or more
   */
  public Amount unspent() {
    return isOverBudget() ? Amount.ZERO : budget().minus(spent());
  }

  /**
   * Returns whether the selected projects cost more than the budget, as when a municipality stretches
   * the budget to fund one more project.
   *
   * @return true if more than the budget was spent
   */
  public boolean isOverBudget() {
    return spent().compareTo(budget()) > 0;
  }

  /**
   * Returns the ids of the selected projects, in project order.
   *
   * @return the selected ids
   */
  public ImmutableList<String> selectedProjectIds() {
    return projects().stream().filter(ProjectResult::selected).map(ProjectResult::projectId)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the share of voters with at least one selected project as an exact fraction.
   *
   * @return the fraction {@code votersWithSelectedProject/voters}, such as {@code "523/659"}; {@code "0/0"}
   *     when no ballot was cast
   */
  public String satisfiedShareFraction() {
    return votersWithSelectedProject() + "/" + voters();
  }

  /**
   * Returns the share of voters with at least one selected project as a percentage with one decimal,
   * rounded half-even.
   *
   * @return the percentage from 0 to 100, such as {@code 79.4}; 0 when no ballot was cast
   */
  public BigDecimal satisfiedSharePercent() {
    if (voters() == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(votersWithSelectedProject()).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(voters()), 1, RoundingMode.HALF_EVEN);
  }

  @Value.Check
  void check() {
    if (voters() < 0 || votersWithSelectedProject() < 0 || votersWithSelectedProject() > voters()) {
      throw new InvalidValueException("results.votersWithSelectedProject", votersWithSelectedProject(),
          "must be from 0 to the number of voters " + voters());
    }
  }
}
