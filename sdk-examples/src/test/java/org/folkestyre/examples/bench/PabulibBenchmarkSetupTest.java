package org.folkestyre.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.BudgetingOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the Pabulib benchmarks' setup and one operation on small files, checks that the files they
 * measure by default are there, and that the benchmarked rules select what pabutools selects.
 */
class PabulibBenchmarkSetupTest {
  /** The committed files, seen from the module directory the tests run in. */
  private static final String FOLDER = "../data/pabulib";

  private static final String DIEPPE = "Canada_Stanford_Dataset_PB_Dieppe_2018_vote_approvals.pb";
  private static final String CAMBRIDGE = "US_Stanford_Dataset_PB_Cambridge_2017_vote_approvals.pb";

  @ParameterizedTest
  @ValueSource(strings = {PabulibFolder.LODZ_2022, PabulibFolder.WARSZAWA_2026, PabulibFolder.WROCLAW_2015})
  void theBenchmarkedFilesAreCommitted(String file) {
    assertTrue(Files.isRegularFile(PabulibFolder.resolve(FOLDER, file)));
  }

  @Test
  void aMissingFileNamesThePropertyToSet() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> PabulibFolder.resolve("no-such-directory", DIEPPE));
    assertTrue(e.getMessage().contains(PabulibFolder.PROPERTY), e.getMessage());
  }

  @Test
  void parse_readsDieppe2018_andTheBaselineReadsEveryLine() throws IOException {
    PabulibParseBenchmark benchmark = new PabulibParseBenchmark();
    benchmark.directory = FOLDER;
    benchmark.file = DIEPPE;
    benchmark.setUp();
    BudgetingElection election = benchmark.parse();
    assertEquals(16, election.projects().size());
    assertEquals(378, election.ballots().size());
    long characters = Files.readAllLines(PabulibFolder.resolve(FOLDER, DIEPPE)).stream().mapToLong(String::length).sum();
    assertEquals(characters, benchmark.readLines());
  }

  /** pabutools 1.2.3's outcomes on Cambridge 2017 (exact arithmetic, lexicographic tie-breaking). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
    "greedy; 690 693 694 696 699 707 708",
    "mes; 690 691 693 696 699 707 708",
    "mes-greedy; 690 691 693 695 696 699 707 708 709",
    "mes-increase; 690 691 693 695 696 697 699 707 708",
    "mes-increase-greedy; 690 691 693 695 696 697 699 705 707 708",
    "phragmen; 690 691 692 693 695 696 697 707 708 709",
    "mes-approval; 690 691 692 693 696 707 708 709"
  })
  void apply_selectsWhatPabutoolsSelectsOnCambridge2017(String rule, String expected) {
    BudgetingRuleBenchmark benchmark = new BudgetingRuleBenchmark();
    benchmark.directory = FOLDER;
    benchmark.file = CAMBRIDGE;
    benchmark.rule = rule;
    benchmark.setUp();
    assertEquals(6014, benchmark.election().ballots().size());
    BudgetingOutcome outcome = benchmark.apply();
    Set<String> expectedIds = new TreeSet<>(Arrays.asList(expected.split(" ")));
    assertEquals(expectedIds, new TreeSet<>(outcome.selectedIds()));
    BudgetingRuleBenchmark.NewElection copy = new BudgetingRuleBenchmark.NewElection();
    copy.copy(benchmark);
    assertNotSame(benchmark.election(), copy.election, "the first-time benchmark works on a new election");
    assertEquals(outcome, benchmark.applyFirstTime(copy));
  }

  @Test
  void everyRuleIsBenchmarked() throws NoSuchFieldException {
    String[] ids = BudgetingRuleBenchmark.class.getField("rule")
        .getAnnotation(org.openjdk.jmh.annotations.Param.class).value();
    List<String> expected = Arrays.stream(org.folkestyre.toolkit.budgeting.BudgetingRule.values())
        .map(org.folkestyre.toolkit.budgeting.BudgetingRule::id).toList();
    assertEquals(expected, List.of(ids));
  }
}
