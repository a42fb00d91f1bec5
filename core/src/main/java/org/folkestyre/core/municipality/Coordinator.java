package org.folkestyre.core.municipality;

import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * A district's local coordinator — lokal koordinator: the secretariat of the district's local
 * committee, working from the hub in a share of a full-time position (stillingsandel).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Coordinator {
  Coordinator() {}

  /**
   * Returns the name of the coordinator or of the position.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the position share in percent of a full-time position.
   *
   * @return the share, from 1 to 100
   */
  @Value.Parameter
  public abstract int positionSharePercent();

  /**
   * Obtains a coordinator.
   *
   * @param name the name of the coordinator or position
   * @param positionSharePercent the position share in percent, 1 to 100
   * @return the coordinator
   * @throws InvalidValueException if the name is blank or the share is outside 1–100
   */
  public static Coordinator of(String name, int positionSharePercent) {
    return ImmutableCoordinator.of(name, positionSharePercent);
  }

  @Value.Check
  Coordinator normalize() {
    if (positionSharePercent() < 1 || positionSharePercent() > 100) {
      throw new InvalidValueException(
          "coordinator.positionSharePercent", positionSharePercent(), "must be between 1 and 100");
    }
    String name = Names.normalize("coordinator.name", name());
    return name.equals(name()) ? this : ImmutableCoordinator.of(name, positionSharePercent());
  }
}
