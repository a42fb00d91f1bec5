package org.folkestyre.core.municipality;

import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * A district's hub — knutepunkt (NO), samlingssted or medborgerhus (DK): the named meeting place
 * where residents meet, the municipality offers services and the local coordinator works.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Hub {
  Hub() {}

  /**
   * Returns the name of the place.
   *
   * @return the name, NFC-normalised and trimmed
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the kind of place.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract HubKind kind();

  /**
   * Obtains a hub.
   *
   * @param name the name of the place
   * @param kind the kind of place
   * @return the hub
   * @throws org.folkestyre.core.InvalidValueException if the name is blank
   */
  public static Hub of(String name, HubKind kind) {
    return ImmutableHub.of(name, kind);
  }

  @Value.Check
  Hub normalize() {
    String name = Names.normalize("hub.name", name());
    return name.equals(name()) ? this : ImmutableHub.of(name, kind());
  }
}
