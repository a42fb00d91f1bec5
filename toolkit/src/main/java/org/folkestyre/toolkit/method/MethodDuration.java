package org.folkestyre.toolkit.method;

import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * How long a method takes: how often it runs, in words the time it asks of each participant and
 * the calendar time it spans, and, where known, the same in numbers: the time each participant
 * spends in minutes, the number of sessions and the calendar days from first to last session.
 *
 * <p>A full day of deliberation, the OECD's threshold for a representative deliberative process,
 * is {@value #FULL_DAY_MINUTES} minutes of contact time. This class is immutable and
 * thread-safe; build one with {@link #of(Recurrence, String)} or {@link #builder()}.
 */
@Value.Immutable
public abstract class MethodDuration {
  /** The contact time of one full day, in minutes: six hours. */
  public static final int FULL_DAY_MINUTES = 360;

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
   * Returns the time each participant spends in the method, in minutes.
   *
   * @return the contact time, such as 120–180 for a meeting of two to three hours, or empty
   */
  public abstract Optional<Span> contactMinutes();

  /**
   * Returns the number of sessions a participant attends.
   *
   * @return the sessions, or empty
   */
  public abstract Optional<Span> sessions();

  /**
   * Returns the calendar days from the first session to the last, or the days a method stays open.
   *
   * @return the calendar days, or empty
   */
  public abstract Optional<Span> calendarDays();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a duration.
   *
   * @param recurrence how often the method runs
   * @param description the time per participant and calendar span, in English
   * @return the duration
   * @throws InvalidValueException if the description is blank
   */
  public static MethodDuration of(Recurrence recurrence, String description) {
    return builder().recurrence(recurrence).description(description).build();
  }

  @Value.Check
  void check() {
    if (description().isBlank()) {
      throw new InvalidValueException("duration.description", description(), "must not be blank");
    }
    atLeastOne("duration.contactMinutes", contactMinutes());
    atLeastOne("duration.sessions", sessions());
    atLeastOne("duration.calendarDays", calendarDays());
  }

  private static void atLeastOne(String field, Optional<Span> span) {
    if (span.isPresent() && span.get().min() < 1) {
      throw new InvalidValueException(field, span.get(), "must start at 1 or more");
    }
  }

  @Override
  public String toString() {
    return description();
  }

  /** Builds a {@link MethodDuration}; obtain one with {@link MethodDuration#builder()}. */
  public static final class Builder extends ImmutableMethodDuration.Builder {
    Builder() {}
  }
}
