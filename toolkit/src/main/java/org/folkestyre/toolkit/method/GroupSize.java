package org.folkestyre.toolkit.method;

import java.util.OptionalInt;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The typical number of participants in one run of a method: a minimum and, unless the method has
 * no upper limit, a maximum.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GroupSize {
  GroupSize() {}

  /**
   * Returns the smallest typical number of participants.
   *
   * @return the minimum, at least 1
   */
  public abstract int min();

  /**
   * Returns the largest typical number of participants.
   *
   * @return the maximum, at least {@link #min()}, or empty if there is no upper limit
   */
  public abstract OptionalInt max();

  /**
   * Obtains a group size between two bounds.
   *
   * @param min the minimum, at least 1
   * @param max the maximum, at least {@code min}
   * @return the group size
   * @throws InvalidValueException if a bound is out of range
   */
  public static GroupSize between(int min, int max) {
    return ImmutableGroupSize.builder().min(min).max(max).build();
  }

  /**
   * Obtains a group size with no upper limit.
   *
   * @param min the minimum, at least 1
   * @return the group size
   * @throws InvalidValueException if the minimum is below 1
   */
  public static GroupSize atLeast(int min) {
    return ImmutableGroupSize.builder().min(min).build();
  }

  @Value.Check
  void check() {
    if (min() < 1) {
      throw new InvalidValueException("groupSize.min", min(), "must be at least 1");
    }
    if (max().isPresent() && max().getAsInt() < min()) {
      throw new InvalidValueException("groupSize.max", max().getAsInt(), "must be at least the minimum " + min());
    }
  }

  @Override
  public String toString() {
    return max().isPresent() ? min() + "–" + max().getAsInt() : min() + "+";
  }
}
