package org.folkestyre.toolkit.method;

import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The span of IAP2 levels a method can be run at, for methods that are not tied to one level.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Iap2Range {
  Iap2Range() {}

  /**
   * Returns the lowest level.
   *
   * @return the lowest level
   */
  public abstract Iap2Level min();

  /**
   * Returns the highest level.
   *
   * @return the highest level, not below {@link #min()}
   */
  public abstract Iap2Level max();

  /**
   * Obtains a range of levels.
   *
   * @param min the lowest level
   * @param max the highest level, not below {@code min}
   * @return the range
   * @throws InvalidValueException if {@code max} is below {@code min}
   */
  public static Iap2Range between(Iap2Level min, Iap2Level max) {
    return ImmutableIap2Range.builder().min(min).max(max).build();
  }

  /**
   * Returns whether a level lies within the range, bounds included.
   *
   * @param level the level
   * @return whether the range covers it
   */
  public boolean contains(Iap2Level level) {
    return level.compareTo(min()) >= 0 && level.compareTo(max()) <= 0;
  }

  @Value.Check
  void check() {
    if (max().compareTo(min()) < 0) {
      throw new InvalidValueException("iap2Range", this, "the highest level must not be below the lowest");
    }
  }

  @Override
  public String toString() {
    return min() + "–" + max();
  }
}
