package org.folkestyre.examples.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.BudgetingOutcome;
import org.folkestyre.toolkit.budgeting.BudgetingRule;
import org.folkestyre.toolkit.budgeting.pabulib.PabulibReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long each {@link BudgetingRule} takes on the largest Pabulib files, in exact arithmetic with
 * the default lexicographic tie-breaking.
 *
 * <p>The election is read once per trial. {@link #apply()} is {@link BudgetingRule#apply} on it:
 * the rule's work, as the merged identical ballots of an election in use are kept after its first
 * call (as pabutools' timings on a multiprofile leave out building it). {@link #applyFirstTime()}
 * applies the rule to a copy of the election that no rule has seen, so it includes merging the
 * ballots, what a single call on a new election costs. The rule ids are the command
 * line's. The files are read from {@code data/pabulib}, or from the directory in the system
 * property {@code folkestyre.pabulib.dir}; any other file there can be measured with
 * {@code -p file=<name>}. Run it from the repository root with
 * {@code java -cp sdk-examples/target/folkestyre.jar org.openjdk.jmh.Main BudgetingRuleBenchmark -f 1 -wi 3 -i 5};
 * {@link #main(String[])} prints the outcomes instead of timing them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BudgetingRuleBenchmark {
  /** The file name, in the Pabulib directory. */
  @Param({PabulibFolder.LODZ_2022, PabulibFolder.WARSZAWA_2026, PabulibFolder.WROCLAW_2015})
  public String file;

  /** The rule, by its command-line id. */
  @Param({"greedy", "mes", "mes-greedy", "mes-increase", "mes-increase-greedy", "phragmen", "mes-approval"})
  public String rule;

  /** The directory of the files; by default the system property or {@code data/pabulib}. */
  public String directory = PabulibFolder.directory();

  private BudgetingElection election;
  private BudgetingRule budgetingRule;

  /** Creates the benchmark state; JMH calls {@link #setUp()} before measuring. */
  public BudgetingRuleBenchmark() {}

  /** Reads the election and resolves the rule. */
  @Setup(Level.Trial)
  public void setUp() {
    budgetingRule = BudgetingRule.fromId(rule)
        .orElseThrow(() -> new IllegalArgumentException("Unknown budgeting rule " + rule));
    election = PabulibReader.read(PabulibFolder.resolve(directory, file));
  }

  /**
   * Returns the election read in {@link #setUp()}.
   *
   * @return the election
   */
  public BudgetingElection election() {
    return election;
  }

  /**
   * Applies the rule to the election.
   *
   * @return the outcome, so that JMH keeps the work
   */
  @Benchmark
  public BudgetingOutcome apply() {
    return budgetingRule.apply(election);
  }

  /** A copy of the benchmark's election made before each call, so that nothing of it is cached. */
  @State(Scope.Thread)
  public static class NewElection {
    BudgetingElection election;

    /** Creates the state; JMH calls {@link #copy(BudgetingRuleBenchmark)} before each call. */
    public NewElection() {}

    /**
     * Copies the election read by the benchmark.
     *
     * @param benchmark the benchmark state
     */
    @Setup(Level.Invocation)
    public void copy(BudgetingRuleBenchmark benchmark) {
      election = BudgetingElection.builder().from(benchmark.election).build();
    }
  }

  /**
   * Applies the rule to an election no rule has seen, merging its identical ballots first.
   *
   * @param fresh the copy of the election
   * @return the outcome, so that JMH keeps the work
   */
  @Benchmark
  public BudgetingOutcome applyFirstTime(NewElection fresh) {
    return budgetingRule.apply(fresh.election);
  }

  /**
   * Prints, for each file and rule, the number of projects selected, their total cost, the budget
   * and the time of one cold run. Run it from the repository root with
   * {@code java -cp sdk-examples/target/folkestyre.jar org.folkestyre.examples.bench.BudgetingRuleBenchmark [files [rules]]}.
   *
   * @param args optionally file names in the Pabulib directory, separated by commas (by default the
   *     three largest), then rule ids separated by commas (by default every rule)
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<String> files = args.length > 0 ? List.of(args[0].split(","))
        : List.of(PabulibFolder.LODZ_2022, PabulibFolder.WARSZAWA_2026, PabulibFolder.WROCLAW_2015);
    List<String> rules = args.length > 1 ? List.of(args[1].split(","))
        : Arrays.stream(BudgetingRule.values()).map(BudgetingRule::id).toList();
    out.println("| file | rule | selected | cost | budget | one run (s) |");
    out.println("|---|---|---|---|---|---|");
    for (String name : files) {
      for (String id : rules) {
        BudgetingRuleBenchmark benchmark = new BudgetingRuleBenchmark();
        benchmark.file = name;
        benchmark.rule = id;
        benchmark.setUp();
        long start = System.nanoTime();
        BudgetingOutcome outcome = benchmark.apply();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("| %s | %s | %d | %s | %s | %.3f |%n", name, id, outcome.selected().size(),
            outcome.totalCost(), outcome.budget(), seconds);
      }
    }
  }
}
