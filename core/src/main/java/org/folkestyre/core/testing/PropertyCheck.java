package org.folkestyre.core.testing;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property over many generated values and reports the first failure with its seed and the
 * smallest size at which the same seed still fails.
 *
 * <p>Each try gets its own seed, drawn from the base seed, and a size that grows from 0 to the
 * maximum. When a try fails, the check replays that seed at every smaller size and reports the
 * smallest failing one, so the message shows a minimal case. Replay it with
 * {@link #replay(Generator, long, int)}. The base seed can be overridden with the system property
 * {@value #SEED_PROPERTY}.
 *
 * <pre>{@code
 * PropertyCheck.forAll("valid municipalities pass", 42L, 200, 20,
 *     MunicipalityGenerators.valid(Jurisdiction.norway()),
 *     m -> assertTrue(validator.validate(m, context).isValid()));
 * }</pre>
 */
public final class PropertyCheck {
  /** The system property that overrides every base seed, to replay a reported run. */
  public static final String SEED_PROPERTY = "folkestyre.seed";

  private PropertyCheck() {}

  /**
   * Checks a property for generated values.
   *
   * @param property a name for the property, used in the failure message
   * @param baseSeed the seed all tries derive from
   * @param tries how many values to check, at least 1
   * @param maxSize the largest size to generate, 0 or more
   * @param generator the generator of values
   * @param check the property: returns normally when it holds, throws when it does not
   * @param <T> the value type
   * @throws AssertionError naming the property, the seed, the size and the minimal value when the property fails
   */
  public static <T> void forAll(
      String property, long baseSeed, int tries, int maxSize, Generator<T> generator, Consumer<? super T> check) {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(check, "check");
    if (tries < 1 || maxSize < 0) {
      throw new IllegalArgumentException("tries must be at least 1 and maxSize at least 0");
    }
    long seed = Long.getLong(SEED_PROPERTY, baseSeed);
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int i = 0; i < tries; i++) {
      long trySeed = seeds.nextLong();
      int size = tries == 1 ? maxSize : (int) ((long) i * maxSize / (tries - 1));
      Throwable failure = attempt(generator, check, trySeed, size);
      if (failure != null) {
        int minimal = size;
        for (int smaller = 0; smaller < size; smaller++) {
          Throwable again = attempt(generator, check, trySeed, smaller);
          if (again != null) {
            minimal = smaller;
            failure = again;
            break;
          }
        }
        T value = replay(generator, trySeed, minimal);
        AssertionError error = new AssertionError("Property '" + property + "' failed after " + (i + 1)
            + " tries (base seed " + seed + "): try seed " + trySeed + ", minimal size " + minimal
            + ", value " + value + ": " + failure.getMessage(), failure);
        throw error;
      }
    }
  }

  /**
   * Generates the value a reported seed and size stand for.
   *
   * @param generator the generator
   * @param trySeed the try seed from a failure message
   * @param size the size from a failure message
   * @param <T> the value type
   * @return the value
   */
  public static <T> T replay(Generator<T> generator, long trySeed, int size) {
    return generator.generate(new SplittableRandom(trySeed), size);
  }

  private static <T> Throwable attempt(Generator<T> generator, Consumer<? super T> check, long seed, int size) {
    try {
      check.accept(replay(generator, seed, size));
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }
}
