package org.folkestyre.core.testing;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A source of values for property-based tests: a pure function of a random generator and a size.
 *
 * <p>The size bounds how large a value is (how many districts, how many inhabitants); size 0 is
 * the smallest meaningful value. Implementations draw all randomness from the given generator, so
 * a seeded generator replays the same value.
 *
 * @param <T> the type of value produced
 */
@FunctionalInterface
public interface Generator<T> {
  /**
   * Produces a value.
   *
   * @param random the source of randomness
   * @param size how large the value may be, 0 or more
   * @return the value
   */
  T generate(RandomGenerator random, int size);

  /**
   * Returns a generator that transforms this generator's values.
   *
   * @param mapper the transformation
   * @param <R> the new value type
   * @return the mapped generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return (random, size) -> mapper.apply(generate(random, size));
  }

  /**
   * Returns a generator that picks one of the given values uniformly.
   *
   * @param values the values, at least one
   * @param <T> the value type
   * @return the generator
   */
  static <T> Generator<T> oneOf(List<T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("values must not be empty");
    }
    return (random, size) -> copy.get(random.nextInt(copy.size()));
  }
}
