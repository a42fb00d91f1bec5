package org.folkestyre.core.jurisdiction;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Runs a property over seeded random samples, in the project's plain-JUnit style: each try
 * draws its sample from {@code new SplittableRandom(seed)} at a size that grows from 1 to
 * {@link #MAX_SIZE}; a failure is reported with its seed, size and sample, and retried with the
 * same seed at smaller sizes to report the smallest size that still fails.
 *
 * <p>Run a single seed with {@code -Dfolkestyre.seed=<seed>} (all sizes are then tried).
 */
final class PropertyCheck {
  /** The fixed base seed: every run draws the same samples. */
  static final long BASE_SEED = 0x466F_6C6B_6573_7479L;
  /** The largest size a generator is asked for. */
  static final int MAX_SIZE = 100;

  /**
   * Draws a sample from a random generator.
   *
   * @param <T> the sample type
   */
  @FunctionalInterface
  interface Generator<T> {
    /**
     * Draws a sample.
     *
     * @param random the source of randomness
     * @param size how large the sample may be, from 1 to {@link #MAX_SIZE}
     * @return the sample; its {@code toString()} is printed on failure
     */
    T next(RandomGenerator random, int size);
  }

  /**
   * A property of one sample, which fails by throwing.
   *
   * @param <T> the sample type
   */
  @FunctionalInterface
  interface Property<T> {
    /**
     * Checks the sample.
     *
     * @param sample the sample
     */
    void check(T sample);
  }

  private PropertyCheck() {}

  /**
   * Checks a property on {@code tries} samples.
   *
   * @param <T> the sample type
   * @param name the property, for the failure message
   * @param tries the number of samples
   * @param generator draws the samples
   * @param property the property
   */
  static <T> void forAll(String name, int tries, Generator<T> generator, Property<T> property) {
    String fixed = System.getProperty("folkestyre.seed");
    if (fixed != null) {
      long seed = Long.decode(fixed.trim());
      for (int size = 1; size <= MAX_SIZE; size++) {
        checkOne(name, seed, size, generator, property);
      }
      return;
    }
    SplittableRandom seeds = new SplittableRandom(BASE_SEED);
    for (int i = 0; i < tries; i++) {
      long seed = seeds.nextLong();
      int size = 1 + (int) ((long) i * MAX_SIZE / Math.max(1, tries));
      checkOne(name, seed, Math.min(size, MAX_SIZE), generator, property);
    }
  }

  private static <T> void checkOne(
      String name, long seed, int size, Generator<T> generator, Property<T> property) {
    T sample = generator.next(new SplittableRandom(seed), size);
    Throwable failure = failureOf(property, sample);
    if (failure == null) {
      return;
    }
    StringBuilder message = new StringBuilder()
        .append("Property '").append(name).append("' failed with seed ").append(seed)
        .append(" at size ").append(size).append(" for ").append(sample).append(": ")
        .append(failure.getMessage());
    for (int smaller = 1; smaller < size; smaller++) {
      T smallerSample = generator.next(new SplittableRandom(seed), smaller);
      Throwable smallerFailure = failureOf(property, smallerSample);
      if (smallerFailure != null) {
        message.append(System.lineSeparator()).append("  smallest failing size with seed ")
            .append(seed).append(" is ").append(smaller).append(", for ").append(smallerSample)
            .append(": ").append(smallerFailure.getMessage());
        break;
      }
    }
    message.append(System.lineSeparator()).append("  reproduce with -Dfolkestyre.seed=")
        .append(seed);
    throw new AssertionError(message.toString(), failure);
  }

  private static <T> Throwable failureOf(Property<T> property, T sample) {
    try {
      property.check(sample);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }
}
