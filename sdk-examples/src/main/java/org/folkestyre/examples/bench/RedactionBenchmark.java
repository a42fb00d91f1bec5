package org.folkestyre.examples.bench;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.folkestyre.core.Language;
import org.folkestyre.core.redaction.RedactionResult;
import org.folkestyre.core.redaction.Redactor;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.RedactionGenerators;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * How fast {@link Redactor#redact(String)} reads Norwegian and Danish prose, in megabytes (10⁶
 * bytes of UTF-8) per second on one thread.
 *
 * <p>The text is generated once from a fixed seed by {@link RedactionGenerators#documents(Language)}:
 * documents of 41 sentences each, joined by blank lines, until the text holds at least 1,000,000
 * bytes. The prose is dense with numbers — about one identity number, telephone number or e-mail
 * address every 90 bytes, and about as many case numbers, dates, amounts and postcodes — so the
 * figure is a conservative one for real submissions. The score {@code redact} is
 * texts per second; the secondary score {@code redact:megabytes} is the throughput in MB/s. Run it
 * with {@code java -cp sdk-examples/target/folkestyre.jar org.openjdk.jmh.Main RedactionBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RedactionBenchmark {
  /** The least number of bytes of UTF-8 in the text. */
  public static final int MIN_BYTES = 1_000_000;
  /** The seed the text is generated from. */
  public static final long SEED = 20_320_101L;

  /** The language of the prose: {@code nb} (bokmål, Norwegian numbers) or {@code da} (Danish, CPR numbers). */
  @Param({"nb", "da"})
  public String language;

  private String text;
  private double megabytes;
  private Redactor redactor;

  /** Creates the benchmark state; JMH calls {@link #setUp()} before measuring. */
  public RedactionBenchmark() {}

  /** Generates the text and creates the redactor for Norway and Denmark together. */
  @Setup
  public void setUp() {
    Generator<RedactionGenerators.Document> documents = RedactionGenerators.documents(Language.ofTag(language));
    SplittableRandom random = new SplittableRandom(SEED);
    StringBuilder builder = new StringBuilder(MIN_BYTES + 10_000);
    int bytes = 0;
    while (bytes < MIN_BYTES) {
      String document = documents.generate(random, 40).text() + "\n\n";
      builder.append(document);
      bytes += document.getBytes(StandardCharsets.UTF_8).length;
    }
    text = builder.toString();
    megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
    redactor = Redactor.create();
  }

  /**
   * Returns the generated text.
   *
   * @return the text, at least {@value #MIN_BYTES} bytes of UTF-8
   */
  public String text() {
    return text;
  }

  /**
   * Redacts the text once.
   *
   * @param throughput the counter of megabytes read, reported as MB/s
   * @return the result, so that JMH keeps the work
   */
  @Benchmark
  public RedactionResult redact(Throughput throughput) {
    throughput.megabytes += megabytes;
    return redactor.redact(text);
  }

  /** Counts the megabytes redacted in an iteration; JMH reports the count per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Throughput {
    /** The megabytes (10⁶ bytes of UTF-8) redacted so far in the iteration. */
    public double megabytes;

    /** Creates the counter. */
    public Throughput() {}

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      megabytes = 0;
    }
  }
}
