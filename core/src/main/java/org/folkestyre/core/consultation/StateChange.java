package org.folkestyre.core.consultation;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * One move of a consultation's lifecycle: the state it moved to and when, as the injected
 * {@link java.time.Clock} told.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StateChange {
  StateChange() {}

  /**
   * Returns the state the consultation moved to.
   *
   * @return the new state
   */
  @Value.Parameter
  public abstract ConsultationState state();

  /**
   * Returns when it moved.
   *
   * @return the instant
   */
  @Value.Parameter
  public abstract Instant at();

  /**
   * Obtains a change.
   *
   * @param state the state moved to
   * @param at when
   * @return the change
   */
  public static StateChange to(ConsultationState state, Instant at) {
    return ImmutableStateChange.of(state, at);
  }

  @Override
  public String toString() {
    return state() + "@" + at();
  }
}
