package org.folkestyre.core.municipality;

import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * A reference to a municipality by name and code, such as a former municipality in a merger.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MunicipalityRef {
  MunicipalityRef() {}

  /**
   * Returns the name of the municipality.
   *
   * @return the name, such as {@code "Nedre Eiker"}
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the code the municipality had.
   *
   * @return the code, such as {@code 0625}
   */
  @Value.Parameter
  public abstract MunicipalityCode code();

  /**
   * Obtains a reference.
   *
   * @param name the municipality's name
   * @param code its code
   * @return the reference
   */
  public static MunicipalityRef of(String name, MunicipalityCode code) {
    return ImmutableMunicipalityRef.of(name, code);
  }

  @Value.Check
  MunicipalityRef normalize() {
    String name = Names.normalize("municipality.name", name());
    return name.equals(name()) ? this : ImmutableMunicipalityRef.of(name, code());
  }

  @Override
  public String toString() {
    return name() + " (" + code() + ")";
  }
}
