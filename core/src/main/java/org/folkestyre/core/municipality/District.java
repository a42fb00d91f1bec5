package org.folkestyre.core.municipality;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * A district of a municipality — kommunedel (NO), lokalområde or lokalsamfund (DK).
 *
 * <p>In Drammen's neighbourhood-democracy scheme every district has a hub (knutepunkt), a local
 * coordinator and a budget for participation activities, and a local committee (nærutvalg). The
 * hub, coordinator and budgets are optional here so that an incomplete district can be built and
 * reported on by the governance rules; a local committee refers to its district by the district's
 * name within its municipality.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class District {
  District() {}

  /**
   * Returns the district's name, unique within its municipality (ignoring case).
   *
   * @return the name, such as {@code "Konnerud og Skoger vest"}
   */
  public abstract String name();

  /**
   * Returns the code of the municipality the district belongs to.
   *
   * @return the municipality code, one of the municipality's codes
   */
  public abstract MunicipalityCode municipality();

  /**
   * Returns the district's population.
   *
   * @return the population with its reference date
   */
  public abstract Population population();

  /**
   * Returns the district's hub, if one is designated.
   *
   * @return the hub, or empty
   */
  public abstract Optional<Hub> hub();

  /**
   * Returns the district's local coordinator, if one is appointed.
   *
   * @return the coordinator, or empty
   */
  public abstract Optional<Coordinator> coordinator();

  /**
   * Returns the district's participation budgets, at most one per year, in year order.
   *
   * @return the budgets
   */
  public abstract ImmutableList<AnnualBudget> budgets();

  /**
   * Returns the participation budget of a year, if one is set.
   *
   * @param year the year
   * @return the amount, or empty
   */
  public Optional<Money> budget(Year year) {
    return budgets().stream().filter(b -> b.year().equals(year)).map(AnnualBudget::amount).findFirst();
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
  District normalize() {
    Set<Year> years = new HashSet<>();
    for (AnnualBudget budget : budgets()) {
      if (!years.add(budget.year())) {
        throw new InvalidValueException(
            "district.budgets", budget.year(), "has two budgets for the same year in district '" + name() + "'");
      }
    }
    String name = Names.normalize("district.name", name());
    ImmutableList<AnnualBudget> sorted =
        ImmutableList.sortedCopyOf((a, b) -> a.year().compareTo(b.year()), budgets());
    if (name.equals(name()) && sorted.equals(budgets())) {
      return this;
    }
    return builder().from(this).name(name).budgets(sorted).build();
  }

  @Override
  public String toString() {
    return name();
  }

  /** Builds a {@link District}: name, municipality and population are required. */
  public static final class Builder extends ImmutableDistrict.Builder {
    Builder() {}
  }
}
