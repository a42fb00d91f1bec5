package org.folkestyre.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.pabulib.PabulibReader;
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
 * How long it takes to read the largest Pabulib files into a {@link BudgetingElection}, against a
 * baseline that only reads the same file's lines.
 *
 * <p>{@link #parse()} is {@link PabulibReader#read(Path)}: decoding, splitting the records,
 * checking every field and building the immutable election. {@link #readLines()} decodes the same
 * UTF-8 bytes into lines and does nothing else with them, so {@code parse / readLines} is what the
 * parsing costs beyond reading the file. The files are read from {@code data/pabulib}, or from the
 * directory in the system property {@code folkestyre.pabulib.dir}. Run it from the repository root
 * with
 * {@code java -cp sdk-examples/target/folkestyre.jar org.openjdk.jmh.Main PabulibParseBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PabulibParseBenchmark {
  /** The file name, in the Pabulib directory. */
  @Param({PabulibFolder.LODZ_2022, PabulibFolder.WARSZAWA_2026, PabulibFolder.WROCLAW_2015})
  public String file;

  /** The directory of the files; by default the system property or {@code data/pabulib}. */
  public String directory = PabulibFolder.directory();

  private Path path;

  /** Creates the benchmark state; JMH calls {@link #setUp()} before measuring. */
  public PabulibParseBenchmark() {}

  /** Finds the file, failing early if it is not there. */
  @Setup
  public void setUp() {
    path = PabulibFolder.resolve(directory, file);
  }

  /**
   * Reads the file into an election.
   *
   * @return the election, so that JMH keeps the work
   */
  @Benchmark
  public BudgetingElection parse() {
    return PabulibReader.read(path);
  }

  /**
   * The baseline: reads the file's lines as UTF-8 and adds up their lengths.
   *
   * @return the number of characters on the lines, so that JMH keeps the work
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long readLines() throws IOException {
    long characters = 0;
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        characters += line.length();
      }
    }
    return characters;
  }
}
