package org.folkestyre.examples.bench;

import java.time.LocalDate;
import java.time.Year;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.testing.MunicipalityGenerators;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long it takes to validate a Norwegian municipality of 10 districts under kommuneloven
 * ({@code NO-KL}) and Drammen's neighbourhood-democracy scheme ({@code DRAMMEN-NEIGHBOURHOOD}).
 *
 * <p>The municipality is generated once per trial by
 * {@link MunicipalityGenerators#drammenModel(Year)} from a fixed seed, so every run measures the
 * same object. Run it from the executable jar:
 * {@code java -cp sdk-examples/target/folkestyre.jar org.openjdk.jmh.Main MunicipalityValidationBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MunicipalityValidationBenchmark {
  /** The seed of the generated municipality. */
  public static final long SEED = 20200101L;
  /** The generator size: bounds the population (here to about 266,000). */
  public static final int SIZE = 10;
  /** The date validated for: a day in the budget year. */
  public static final LocalDate AS_OF = LocalDate.of(2020, 6, 1);

  private Municipality municipality;
  private Validator validator;
  private ValidationContext context;

  /** Creates the benchmark state; JMH calls {@link #setUp()} before measuring. */
  public MunicipalityValidationBenchmark() {}

  /**
   * Generates the municipality and builds the validator.
   *
   * @throws IllegalStateException if the generated municipality is not valid, which would make the
   *     benchmark measure the reporting of violations instead
   */
  @Setup
  public void setUp() {
    municipality = MunicipalityGenerators.drammenModel(Year.of(2020)).generate(new SplittableRandom(SEED), SIZE);
    validator = Validator.forJurisdiction(Jurisdiction.norway(), RulePacks.DRAMMEN_NEIGHBOURHOOD);
    context = ValidationContext.asOf(AS_OF);
    ValidationReport report = validator.validate(municipality, context);
    if (municipality.districts().size() != 10 || !report.violations().isEmpty()) {
      throw new IllegalStateException("expected a valid municipality of 10 districts: " + report.violations());
    }
  }

  /**
   * Validates the municipality against every rule of both packs.
   *
   * @return the report, returned so that JMH keeps the work from being optimised away
   */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(municipality, context);
  }
}
