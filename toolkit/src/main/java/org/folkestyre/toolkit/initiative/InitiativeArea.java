package org.folkestyre.toolkit.initiative;

import java.time.LocalDate;
import java.util.Objects;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.Population;
import org.immutables.value.Value;

/**
 * The municipality or Norwegian county whose council an initiative is addressed to, with the
 * population its threshold is computed from.
 *
 * <p>A municipality is identified by its code; a resident is a person registered in a municipality
 * with that code. A Norwegian county (fylkeskommune) is identified by its two-digit county number
 * — fylkesnummer, such as {@code 33} for Buskerud — and a resident is a person registered in a
 * municipality whose kommunenummer starts with it ({@code 3301} Drammen). Core has no county
 * type, so the county's name and population are given here. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class InitiativeArea {
  InitiativeArea() {}

  /**
   * Returns the level: municipality or county.
   *
   * @return the level
   */
  public abstract AreaLevel level();

  /**
   * Returns the jurisdiction whose law governs the area.
   *
   * @return the jurisdiction
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the code: a municipality code, or a Norwegian two-digit county number.
   *
   * @return the code, such as {@code "3301"} or {@code "33"}
   */
  public abstract String code();

  /**
   * Returns the area's name.
   *
   * @return the name, such as {@code "Drammen"}
   */
  public abstract String name();

  /**
   * Returns the population the threshold is computed from.
   *
   * @return the population
   */
  public abstract Population population();

  /**
   * Obtains a municipality as an initiative area, with the code it had on a date.
   *
   * @param municipality the municipality
   * @param date the date whose code residents are registered under, such as the day collection opens
   * @return the area
   * @throws InvalidValueException if the municipality had no code on that date
   */
  public static InitiativeArea of(Municipality municipality, LocalDate date) {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(date, "date");
    MunicipalityCode code = municipality.codeOn(date).orElseThrow(() -> new InvalidValueException("date", date,
        municipality.name() + " had no municipality code on that date"));
    return municipality(code, municipality.name(), municipality.population());
  }

  /**
   * Obtains a municipality as an initiative area.
   *
   * @param code the municipality's code
   * @param name its name
   * @param population its population
   * @return the area
   */
  public static InitiativeArea municipality(MunicipalityCode code, String name, Population population) {
    Objects.requireNonNull(code, "code");
    return ImmutableInitiativeArea.builder().level(AreaLevel.MUNICIPALITY)
        .jurisdiction(Jurisdiction.of(code.jurisdictionId())).code(code.value()).name(name).population(population)
        .build();
  }

  /**
   * Obtains a Norwegian county (fylkeskommune) as an initiative area.
   *
   * @param countyNumber the two-digit county number, such as {@code "33"} for Buskerud
   * @param name the county's name
   * @param population its population
   * @return the area
   * @throws InvalidValueException if the county number is not two digits
   */
  public static InitiativeArea norwegianCounty(String countyNumber, String name, Population population) {
    return ImmutableInitiativeArea.builder().level(AreaLevel.COUNTY).jurisdiction(Jurisdiction.norway())
        .code(countyNumber).name(name).population(population).build();
  }

  /**
   * Returns whether a person registered in a municipality is a resident of this area.
   *
   * @param residence the code of the municipality the person is registered in
   * @return true if the person lives in the area
   */
  public boolean includes(MunicipalityCode residence) {
    Objects.requireNonNull(residence, "residence");
    if (!residence.jurisdictionId().equals(jurisdiction().id())) {
      return false;
    }
    return level() == AreaLevel.MUNICIPALITY ? residence.value().equals(code()) : residence.value().startsWith(code());
  }

  @Value.Check
  InitiativeArea normalize() {
    if (level() == AreaLevel.COUNTY) {
      if (!jurisdiction().equals(Jurisdiction.norway())) {
        throw new InvalidValueException("area.level", level(), "only Norwegian counties take citizen initiatives");
      }
      if (!code().matches("[0-9]{2}")) {
        throw new InvalidValueException("area.code", code(), "a Norwegian county number has exactly 2 digits");
      }
    } else {
      MunicipalityCode.of(jurisdiction(), code());
    }
    String name = Names.normalize("area.name", name());
    return name.equals(name()) ? this : ImmutableInitiativeArea.builder().from(this).name(name).build();
  }

  @Override
  public String toString() {
    return name() + " (" + code() + ")";
  }
}
