package org.folkestyre.core.municipality;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.immutables.value.Value;

/**
 * A municipality — kommune (NO, DK): its name, jurisdiction, code history, population, council
 * size, districts and, if it was formed by one, the merger.
 *
 * <p>Structural invariants are checked when it is built: codes belong to its jurisdiction and
 * their periods follow one another without overlap; district names are unique; every district
 * belongs to this municipality; budgets are in the jurisdiction's currency. Whether the council is
 * large enough for the population is a governance rule, checked by
 * {@link org.folkestyre.core.governance.Validator}, not here.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Municipality {
  Municipality() {}

  /**
   * Returns the municipality's name.
   *
   * @return the name, such as {@code "Drammen"}
   */
  public abstract String name();

  /**
   * Returns the jurisdiction whose law governs the municipality.
   *
   * @return the jurisdiction
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the codes the municipality has had, oldest first; only the last may still be open.
   *
   * @return the code periods, at least one
   */
  public abstract ImmutableList<CodePeriod> codePeriods();

  /**
   * Returns the population on its reference date.
   *
   * @return the population
   */
  public abstract Population population();

  /**
   * Returns the number of seats on the municipal council — kommunestyre (NO), kommunalbestyrelse (DK).
   *
   * @return the council size, at least 1
   */
  public abstract int councilSize();

  /**
   * Returns the districts, in the order given.
   *
   * @return the districts, possibly none
   */
  public abstract ImmutableList<District> districts();

  /**
   * Returns the merger that formed the municipality, if any.
   *
   * @return the merger, or empty
   */
  public abstract Optional<Merger> formedBy();

  /**
   * Returns the current code: the code of the latest period.
   *
   * @return the code
   */
  public MunicipalityCode code() {
    return Iterables.getLast(codePeriods()).code();
  }

  /**
   * Returns the code that was valid on a date.
   *
   * @param date the date
   * @return the code, or empty if the municipality had no code then
   */
  public Optional<MunicipalityCode> codeOn(LocalDate date) {
    return codePeriods().stream().filter(p -> p.contains(date)).map(CodePeriod::code).findFirst();
  }

  /**
   * Returns the district with a name, ignoring case.
   *
   * @param name the name
   * @return the district, or empty
   */
  public Optional<District> district(String name) {
    String key = Names.key(name);
    return districts().stream().filter(d -> Names.key(d.name()).equals(key)).findFirst();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Municipality normalize() {
    if (codePeriods().isEmpty()) {
      throw new InvalidValueException("codePeriods", codePeriods(), "a municipality needs at least one code");
    }
    if (councilSize() < 1) {
      throw new InvalidValueException("councilSize", councilSize(), "must be at least 1");
    }
    checkCodePeriods();
    checkDistricts();
    String name = Names.normalize("name", name());
    return name.equals(name()) ? this : builder().from(this).name(name).build();
  }

  private void checkCodePeriods() {
    CodePeriod previous = null;
    for (int i = 0; i < codePeriods().size(); i++) {
      CodePeriod period = codePeriods().get(i);
      if (!period.code().jurisdictionId().equals(jurisdiction().id())) {
        throw new InvalidValueException("codePeriods[" + i + "].code", period.code(),
            "is a code of " + period.code().jurisdictionId() + ", not of " + jurisdiction().id());
      }
      if (previous != null) {
        Optional<LocalDate> end = previous.validUntil();
        if (end.isEmpty()) {
          throw new InvalidValueException("codePeriods[" + (i - 1) + "]", previous,
              "only the latest code period may be open");
        }
        if (end.get().isAfter(period.validFrom())) {
          throw new InvalidValueException("codePeriods[" + i + "]", period,
              "overlaps the period before it, which ends " + end.get());
        }
      }
      previous = period;
    }
  }

  private void checkDistricts() {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < districts().size(); i++) {
      District district = districts().get(i);
      Integer earlier = seen.put(Names.key(district.name()), i);
      if (earlier != null) {
        throw new InvalidValueException("districts[" + i + "].name", district.name(),
            "is the name of districts[" + earlier + "] too; district names must be unique in a municipality");
      }
      boolean ours = codePeriods().stream().anyMatch(p -> p.code().equals(district.municipality()));
      if (!ours) {
        throw new InvalidValueException("districts[" + i + "].municipality", district.municipality(),
            "district '" + district.name() + "' belongs to another municipality than " + name()
                + " (codes " + codePeriods().stream().map(p -> p.code().value()).toList() + ")");
      }
      district.budgets().forEach(budget -> {
        if (!budget.amount().currency().equals(jurisdiction().currency())) {
          throw new InvalidValueException("districts[" + seen.get(Names.key(district.name())) + "].budgets",
              budget.amount(), "must be in " + jurisdiction().currency() + ", the currency of " + jurisdiction().id());
        }
      });
    }
  }

  @Override
  public String toString() {
    return name() + " (" + code() + ")";
  }

  /** Builds a {@link Municipality}: name, jurisdiction, a code, population and council size are required. */
  public static final class Builder extends ImmutableMunicipality.Builder {
    Builder() {}
  }
}
