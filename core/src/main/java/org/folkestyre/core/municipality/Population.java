package org.folkestyre.core.municipality;

import java.time.LocalDate;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A count of inhabitants — folketall (NO), indbyggertal (DK) — on a reference date.
 *
 * <p>The reference date matters: kommuneloven § 5-5 (5) fixes the council's legal minimum by the
 * population at a given New Year. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Population {
  Population() {}

  /**
   * Returns the number of inhabitants.
   *
   * @return the count, not negative
   */
  @Value.Parameter
  public abstract long count();

  /**
   * Returns the date the count refers to.
   *
   * @return the reference date
   */
  @Value.Parameter
  public abstract LocalDate referenceDate();

  /**
   * Obtains a population count.
   *
   * @param count the number of inhabitants, not negative
   * @param referenceDate the date the count refers to
   * @return the population
   * @throws InvalidValueException if the count is negative
   */
  public static Population of(long count, LocalDate referenceDate) {
    return ImmutablePopulation.of(count, referenceDate);
  }

  @Value.Check
  void check() {
    if (count() < 0) {
      throw new InvalidValueException("population", count(), "must not be negative");
    }
  }

  @Override
  public String toString() {
    return count() + " (" + referenceDate() + ")";
  }
}
