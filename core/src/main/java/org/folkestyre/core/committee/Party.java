package org.folkestyre.core.committee;

import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * A party or group — parti, gruppe (NO), parti, valggruppe (DK) — that members are elected from.
 *
 * <p>Two parties are equal when their abbreviations are. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Party {
  Party() {}

  /**
   * Returns the short name, such as {@code "Ap"} or {@code "V"}.
   *
   * @return the abbreviation
   */
  @Value.Parameter
  public abstract String abbreviation();

  /**
   * Returns the full name.
   *
   * @return the name, such as {@code "Arbeiderpartiet"}
   */
  @Value.Parameter
  @Value.Auxiliary
  public abstract String name();

  /**
   * Obtains a party.
   *
   * @param abbreviation the short name
   * @param name the full name
   * @return the party
   * @throws org.folkestyre.core.InvalidValueException if a name is blank
   */
  public static Party of(String abbreviation, String name) {
    return ImmutableParty.of(abbreviation, name);
  }

  @Value.Check
  Party normalize() {
    String abbreviation = Names.normalize("party.abbreviation", abbreviation());
    String name = Names.normalize("party.name", name());
    return abbreviation.equals(abbreviation()) && name.equals(name()) ? this : ImmutableParty.of(abbreviation, name);
  }

  @Override
  public String toString() {
    return abbreviation();
  }
}
