package org.folkestyre.toolkit.budgeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outcomes of the reference implementation (pabutools 1.2.3, exact arithmetic, lexicographic
 * tie-breaking) on five real Pabulib instances; every rule must select exactly the same projects.
 */
class TestBudgetingRuleReference {
  static Stream<Arguments> referenceOutcomes() {
    return Stream.of(
        row(PabulibFiles.DIEPPE, "greedy", "780, 786, 787, 791, 792"),
        row(PabulibFiles.DIEPPE, "mes", "780, 786, 788, 789, 792"),
        row(PabulibFiles.DIEPPE, "mes-greedy", "779, 780, 786, 788, 789, 791, 792"),
        row(PabulibFiles.DIEPPE, "mes-increase", "779, 780, 786, 788, 789, 791, 792"),
        row(PabulibFiles.DIEPPE, "mes-increase-greedy", "779, 780, 786, 788, 789, 791, 792"),
        row(PabulibFiles.DIEPPE, "phragmen", "779, 780, 786, 788, 789, 791, 792"),
        row(PabulibFiles.DIEPPE, "mes-approval", "779, 780, 786, 788, 789"),
        row(PabulibFiles.TOULOUSE, "greedy", "128, 129, 131, 132, 136, 137"),
        row(PabulibFiles.TOULOUSE, "mes", "128, 131, 132, 136"),
        row(PabulibFiles.TOULOUSE, "mes-greedy", "128, 129, 131, 132, 136, 137"),
        row(PabulibFiles.TOULOUSE, "mes-increase", "128, 129, 131, 132, 136"),
        row(PabulibFiles.TOULOUSE, "mes-increase-greedy", "128, 129, 131, 132, 136, 137"),
        row(PabulibFiles.TOULOUSE, "phragmen", "128, 129, 131, 132, 136"),
        row(PabulibFiles.TOULOUSE, "mes-approval", "128, 131, 132, 136"),
        row(PabulibFiles.WILANOW, "greedy", "27, 424, 613, 804, 1110, 1222, 1571, 1651, 1698, 2149"),
        row(PabulibFiles.WILANOW, "mes", "424, 568, 613, 804, 1110, 1222, 1241, 1651"),
        row(PabulibFiles.WILANOW, "mes-greedy", "424, 568, 613, 804, 1110, 1222, 1241, 1571, 1651, 1698, 2149"),
        row(PabulibFiles.WILANOW, "mes-increase", "27, 424, 568, 613, 804, 1110, 1222, 1241, 1571, 1651"),
        row(PabulibFiles.WILANOW, "mes-increase-greedy", "27, 424, 568, 613, 804, 1110, 1222, 1241, 1571, 1651, 1902"),
        row(PabulibFiles.WILANOW, "phragmen", "27, 424, 568, 613, 804, 1110, 1222, 1241, 1651, 1698, 1754, 1902, 2149"),
        row(PabulibFiles.WILANOW, "mes-approval", "424, 568, 613, 804, 1110, 1222, 1651, 1698"),
        row(PabulibFiles.CAMBRIDGE, "greedy", "690, 693, 694, 696, 699, 707, 708"),
        row(PabulibFiles.CAMBRIDGE, "mes", "690, 691, 693, 696, 699, 707, 708"),
        row(PabulibFiles.CAMBRIDGE, "mes-greedy", "690, 691, 693, 695, 696, 699, 707, 708, 709"),
        row(PabulibFiles.CAMBRIDGE, "mes-increase", "690, 691, 693, 695, 696, 697, 699, 707, 708"),
        row(PabulibFiles.CAMBRIDGE, "mes-increase-greedy", "690, 691, 693, 695, 696, 697, 699, 705, 707, 708"),
        row(PabulibFiles.CAMBRIDGE, "phragmen", "690, 691, 692, 693, 695, 696, 697, 707, 708, 709"),
        row(PabulibFiles.CAMBRIDGE, "mes-approval", "690, 691, 692, 693, 696, 707, 708, 709"),
        row(PabulibFiles.WROCLAW_2018, "greedy", "4, 7, 28, 416"),
        row(PabulibFiles.WROCLAW_2018, "mes", "7, 121"),
        row(PabulibFiles.WROCLAW_2018, "mes-greedy", "4, 7, 43, 121, 416"),
        row(PabulibFiles.WROCLAW_2018, "mes-increase", "4, 7, 43, 121, 627"),
        row(PabulibFiles.WROCLAW_2018, "mes-increase-greedy", "4, 7, 43, 52, 121, 627"),
        row(PabulibFiles.WROCLAW_2018, "phragmen", "4, 7, 43, 121, 593, 627"),
        row(PabulibFiles.WROCLAW_2018, "mes-approval", "7, 121"));
  }

  private static Arguments row(String file, String rule, String expected) {
    return Arguments.of(file, rule, expected);
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("referenceOutcomes")
  void selectsWhatTheReferenceImplementationSelects(String file, String rule, String expected) {
    BudgetingElection election = PabulibFiles.read(file);
    BudgetingOutcome outcome = BudgetingRule.fromId(rule).orElseThrow().apply(election);
    Set<String> expectedIds = new TreeSet<>(Arrays.asList(expected.split(", ")));
    assertEquals(expectedIds, new TreeSet<>(outcome.selectedIds()));
    assertTrue(outcome.totalCost().compareTo(election.budget()) <= 0);
    List<String> inFileOrder = election.projects().stream().map(Project::id).filter(expectedIds::contains).toList();
    assertEquals(inFileOrder, outcome.selectedIds(), "selected projects are listed in the file's project order");
    long explained = outcome.steps().stream().filter(s -> s.kind() == StepKind.SELECTED).count();
    assertEquals(expectedIds.size(), explained, "every selection is explained");
  }
}
