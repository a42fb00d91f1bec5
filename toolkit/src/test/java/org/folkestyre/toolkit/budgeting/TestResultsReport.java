package org.folkestyre.toolkit.budgeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.testing.BallotGenerators;
import org.junit.jupiter.api.Test;

class TestResultsReport {
  /** Greedy's selection for Dieppe 2018, from the reference outcomes of pabutools. */
  private static final Set<String> DIEPPE_GREEDY = Set.of("780", "786", "787", "791", "792");

  @Test
  void dieppe2018UnderGreedy() throws Exception {
    PabulibText file = PabulibText.read("Canada_Stanford_Dataset_PB_Dieppe_2018_vote_approvals.pb");
    BudgetingElection election = file.election(BallotConstraints.none());
    ResultsReport report = ResultsReport.of(election, DIEPPE_GREEDY);

    assertEquals(16, report.projects().size());
    for (ProjectResult line : report.projects()) {
      assertEquals(Long.parseLong(file.voteColumn.get(line.projectId())), line.votes(), line.projectId());
      assertEquals(Amount.parse(file.costs.get(line.projectId())), line.cost());
      assertEquals(DIEPPE_GREEDY.contains(line.projectId()), line.selected());
    }
    BigDecimal spent = BigDecimal.ZERO;
    for (String id : DIEPPE_GREEDY) {
      spent = spent.add(new BigDecimal(file.costs.get(id)));
    }
    assertEquals(Amount.of(spent), report.spent());
    assertEquals(Amount.parse(file.meta.get("budget")).minus(Amount.of(spent)), report.unspent());
    // Greedy is exhaustive: every project left out costs more than what is left.
    assertTrue(report.projects().stream().filter(p -> !p.selected())
        .allMatch(p -> p.reason() == SelectionReason.NOT_ENOUGH_BUDGET_LEFT), report.projects()::toString);
    long satisfied = file.votes.stream().filter(v -> Arrays.stream(v).anyMatch(DIEPPE_GREEDY::contains)).count();
    assertEquals(satisfied, report.votersWithSelectedProject());
    assertEquals(Long.parseLong(file.meta.get("num_votes")), report.voters());
    assertEquals(satisfied + "/" + file.meta.get("num_votes"), report.satisfiedShareFraction());
    BigDecimal percent = new BigDecimal(satisfied * 100).divide(new BigDecimal(file.meta.get("num_votes")),
        new MathContext(20));
    assertTrue(percent.subtract(report.satisfiedSharePercent()).abs().compareTo(new BigDecimal("0.05")) <= 0);
    // The figure docs/ballots.md quotes.
    assertEquals("355/378", report.satisfiedShareFraction());
    assertEquals(new BigDecimal("93.9"), report.satisfiedSharePercent());
    assertEquals(1, report.districts().size());
    assertEquals(Optional.empty(), report.districts().get(0).district());
    assertEquals(report.spent(), report.districts().get(0).spent());
  }

  @Test
  void reasonsFromTheRuleOrFromTheNumbers() {
    BudgetingElection election = Fixtures.drammen(BallotType.APPROVAL)
        .addBallot(Ballot.approval(Voter.builder().id("1").district("Konnerud").build(), List.of("K1", "S1")))
        .addBallot(Ballot.approval(Voter.of("2"), List.of("S1", "F1")))
        .addBallot(Ballot.approval(Voter.of("3"), List.of("B1")))
        .addBallot(Ballot.approval(Voter.of("4"), List.of()))
        .build();
    // Selected S1 45,000 + F1 50,000 + K1 20,000 = 115,000 of 150,000; 35,000 left.
    ResultsReport report = ResultsReport.of(election, Set.of("S1", "F1", "K1"));
    assertEquals(Amount.of(115_000), report.spent());
    assertEquals(Amount.of(35_000), report.unspent());
    assertEquals(List.of("K1", "S1", "F1"), report.selectedProjectIds());
    assertEquals(SelectionReason.NO_SUPPORT, line(report, "K2").reason());
    assertEquals(SelectionReason.NOT_ENOUGH_SUPPORT, line(report, "B1").reason());
    assertEquals(SelectionReason.NO_SUPPORT, line(report, "ALL").reason());
    assertEquals("2/4", report.satisfiedShareFraction());
    assertEquals(new BigDecimal("50.0"), report.satisfiedSharePercent());
    assertEquals(List.of(Optional.of("Konnerud"), Optional.of("Strømsø"), Optional.of("Bragernes"),
        Optional.of("Fjell"), Optional.<String>empty()), report.districts().stream().map(DistrictSpending::district).toList());
    DistrictSpending konnerud = report.districts().get(0);
    assertEquals(2, konnerud.projects());
    assertEquals(1, konnerud.selectedProjects());
    assertEquals(Amount.of(50_000), konnerud.requested());
    assertEquals(Amount.of(20_000), konnerud.spent());

    ResultsReport ruled = ResultsReport.of(election, Set.of("S1", "F1", "K1"),
        ImmutableMap.of("B1", SelectionReason.NOT_SELECTED));
    assertEquals(SelectionReason.NOT_SELECTED, line(ruled, "B1").reason());
    assertThrows(InvalidValueException.class, () -> ResultsReport.of(election, Set.of("S1"),
        ImmutableMap.of("B1", SelectionReason.SELECTED)));
    assertThrows(InvalidValueException.class, () -> ResultsReport.of(election, Set.of("S1"),
        ImmutableMap.of("S1", SelectionReason.NOT_ENOUGH_SUPPORT)));
    assertThrows(InvalidValueException.class, () -> ResultsReport.of(election, Set.of("Z9")));
  }

  @Test
  void anElectionWithoutBallotsAndAStretchedBudget() {
    BudgetingElection election = Fixtures.drammen(BallotType.APPROVAL).build();
    ResultsReport report = ResultsReport.of(election, Set.of("K1", "K2", "S1", "B1", "F1"));
    assertEquals("0/0", report.satisfiedShareFraction());
    assertEquals(new BigDecimal("0.0"), report.satisfiedSharePercent());
    assertTrue(report.isOverBudget());
    assertEquals(Amount.of(157_500), report.spent());
    assertEquals(Amount.ZERO, report.unspent());
    assertFalse(line(report, "ALL").selected());
  }

  private static ProjectResult line(ResultsReport report, String id) {
    return report.projects().stream().filter(p -> p.projectId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void property_theReportsSumsEqualTheTotals() {
    Generator<Object[]> cases = (random, size) -> {
      BudgetingElection election = BallotGenerators.elections().generate(random, size);
      Set<String> selected = new HashSet<>();
      election.projects().forEach(p -> {
        if (random.nextBoolean()) {
          selected.add(p.id());
        }
      });
      return new Object[] {election, selected};
    };
    PropertyCheck.forAll("report sums", 20_260_505L, 300, 20, cases, c -> {
      BudgetingElection election = (BudgetingElection) c[0];
      @SuppressWarnings("unchecked")
      Set<String> selected = (Set<String>) c[1];
      ResultsReport report = ResultsReport.of(election, selected);
      Amount spent = Amount.ZERO;
      Amount all = Amount.ZERO;
      for (Project p : election.projects()) {
        all = all.plus(p.cost());
        if (selected.contains(p.id())) {
          spent = spent.plus(p.cost());
        }
      }
      assertEquals(spent, report.spent());
      assertEquals(spent, report.districts().stream().map(DistrictSpending::spent).reduce(Amount.ZERO, Amount::plus));
      assertEquals(all, report.districts().stream().map(DistrictSpending::requested).reduce(Amount.ZERO, Amount::plus));
      assertEquals(election.projects().size(), report.districts().stream().mapToInt(DistrictSpending::projects).sum());
      assertEquals(selected.size(), report.districts().stream().mapToInt(DistrictSpending::selectedProjects).sum());
      long entries = election.ballots().stream().mapToLong(b -> b.projectIds().size()).sum();
      assertEquals(entries, report.projects().stream().mapToLong(ProjectResult::votes).sum());
      if (election.ballotType().hasPoints()) {
        long points = election.ballots().stream().flatMap(b -> b.points().stream()).mapToLong(Long::longValue).sum();
        assertEquals(points, report.projects().stream().mapToLong(p -> p.points().getAsLong()).sum());
      }
      assertEquals(election.ballots().size(), report.voters());
      assertTrue(report.votersWithSelectedProject() >= 0 && report.votersWithSelectedProject() <= report.voters());
      assertTrue(report.satisfiedSharePercent().signum() >= 0
          && report.satisfiedSharePercent().compareTo(new BigDecimal(100)) <= 0);
      for (ProjectResult p : report.projects()) {
        assertEquals(selected.contains(p.projectId()), p.reason() == SelectionReason.SELECTED);
        if (p.reason() == SelectionReason.NOT_ENOUGH_BUDGET_LEFT) {
          assertTrue(p.cost().compareTo(report.unspent()) > 0);
        }
        if (p.reason() == SelectionReason.NO_SUPPORT) {
          assertEquals(0, p.votes());
        }
      }
    });
  }
}
