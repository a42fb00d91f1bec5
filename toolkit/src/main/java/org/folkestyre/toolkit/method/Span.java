package org.folkestyre.toolkit.method;

import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A span of whole numbers from a minimum to a maximum, both included, such as 120–180 minutes or
 * 2–5 staff days.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Span {
  Span() {}

  /**
   * Returns the smallest value.
   *
   * @return the minimum, at least 0
   */
  @Value.Parameter
  public abstract int min();

  /**
   * Returns the largest value.
   *
   * @return the maximum, at least {@link #min()}
   */
  @Value.Parameter
  public abstract int max();

  /**
   * Obtains a span between two values.
   *
   * @param min the minimum, at least 0
   * @param max the maximum, at least {@code min}
   * @return the span
   * @throws InvalidValueException if a bound is out of range
   */
  public static Span of(int min, int max) {
    return ImmutableSpan.of(min, max);
  }

  /**
   * Obtains a span of one value.
   *
   * @param value the value, at least 0
   * @return the span from {@code value} to {@code value}
   * @throws InvalidValueException if the value is negative
   */
  public static Span exactly(int value) {
    return ImmutableSpan.of(value, value);
  }

  /**
   * Returns whether a value lies in this span.
   *
   * @param value the value
   * @return whether {@code min() <= value <= max()}
   */
  public boolean contains(int value) {
    return min() <= value && value <= max();
  }

  @Value.Check
  void check() {
    if (min() < 0) {
      throw new InvalidValueException("min", min(), "must be at least 0");
    }
    if (max() < min()) {
      throw new InvalidValueException("max", max(), "must be at least the minimum " + min());
    }
  }

  @Override
  public String toString() {
    return min() == max() ? Integer.toString(min()) : min() + "–" + max();
  }
}
