package org.folkestyre.core.plan;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.HashSet;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * The community part of a municipality's master plan — kommuneplanens samfunnsdel (NO),
 * kommuneplanens hovedstruktur (DK): planning period, vision, values and focus areas.
 *
 * <p>Structural invariants: the period ends after it starts and focus areas have distinct names.
 * How many sub-goals and strategies a focus area may have is a local-policy rule, checked by the
 * validator. This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class MasterPlan {
  MasterPlan() {}

  /**
   * Returns the municipality whose plan it is.
   *
   * @return the municipality's name
   */
  public abstract String municipality();

  /**
   * Returns the first year of the planning period.
   *
   * @return the first year, such as 2021
   */
  public abstract Year firstYear();

  /**
   * Returns the last year of the planning period.
   *
   * @return the last year, such as 2040
   */
  public abstract Year lastYear();

  /**
   * Returns the vision — visjon.
   *
   * @return the vision
   */
  public abstract String vision();

  /**
   * Returns the values — verdier.
   *
   * @return the values, in order
   */
  public abstract ImmutableList<String> values();

  /**
   * Returns the focus areas — satsingsområder.
   *
   * @return the focus areas, in order
   */
  public abstract ImmutableList<FocusArea> focusAreas();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (!lastYear().isAfter(firstYear())) {
      throw new InvalidValueException("lastYear", lastYear(), "must be after the first year " + firstYear());
    }
    Names.normalize("vision", vision());
    Set<String> names = new HashSet<>();
    for (int i = 0; i < focusAreas().size(); i++) {
      if (!names.add(Names.key(focusAreas().get(i).name()))) {
        throw new InvalidValueException("focusAreas[" + i + "].name", focusAreas().get(i).name(),
            "names another focus area too");
      }
    }
  }

  /** Builds a {@link MasterPlan}: municipality, period and vision are required. */
  public static final class Builder extends ImmutableMasterPlan.Builder {
    Builder() {}
  }
}
