package org.folkestyre.toolkit.method;

import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * How long a method takes: how often it runs, and in words the time it asks of each participant
 * and the calendar time it spans.
 *
 * <p>The description is in English for now; structured contact hours, sessions and calendar weeks
 * follow with the recommender. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MethodDuration {
  MethodDuration() {}

  /**
   * Returns how often the method runs.
   *
   * @return the recurrence
   */
  public abstract Recurrence recurrence();

  /**
   * Returns the time per participant and the calendar span, in English.
   *
   * @return the description, such as {@code "2–3 hours"}, never blank
   */
  public abstract String description();

  /**
   * Obtains a duration.
   *
   * @param recurrence how often the method runs
   * @param description the time per participant and calendar span, in English
   * @return the duration
   * @throws InvalidValueException if the description is blank
   */
  public static MethodDuration of(Recurrence recurrence, String description) {
    return ImmutableMethodDuration.builder().recurrence(recurrence).description(description).build();
  }

  @Value.Check
  void check() {
    if (description().isBlank()) {
      throw new InvalidValueException("duration.description", description(), "must not be blank");
    }
  }

  @Override
  public String toString() {
    return description();
  }
}
