package org.folkestyre.examples.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.folkestyre.core.election.AllocationMethod;
import org.folkestyre.core.election.ListVotes;
import org.folkestyre.core.election.SeatAllocation;
import org.folkestyre.core.election.SeatAllocator;
import org.folkestyre.core.election.TieRule;
import org.folkestyre.core.spi.LotSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long it takes to allocate 1,000 seats among 1,000 lists, by each method, in exact arithmetic.
 *
 * <p>The votes are drawn once from a fixed seed (1 to 1,000,000 per list). Run it with
 * {@code java -cp sdk-examples/target/folkestyre.jar org.openjdk.jmh.Main SeatAllocationBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SeatAllocationBenchmark {
  /** The number of lists and of seats. */
  public static final int SIZE = 1_000;

  /** The method, by its command-line id. */
  @Param({"dhondt", "sainte-lague", "modified-sainte-lague", "hare"})
  public String method;

  private List<ListVotes> votes;
  private AllocationMethod allocationMethod;

  /** Creates the benchmark state; JMH calls {@link #setUp()} before measuring. */
  public SeatAllocationBenchmark() {}

  /** Draws the votes and resolves the method. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(1_000L);
    votes = IntStream.range(0, SIZE).mapToObj(i -> ListVotes.of("L" + i, 1 + random.nextLong(1_000_000))).toList();
    allocationMethod = AllocationMethod.ofId(method, java.util.Optional.empty());
  }

  /**
   * Allocates the seats.
   *
   * @return the allocation, so that JMH keeps the work
   */
  @Benchmark
  public SeatAllocation allocate() {
    return SeatAllocator.create().allocate(votes, SIZE, allocationMethod, TieRule.NORWAY, LotSource.seeded(1));
  }
}
