package org.folkestyre.toolkit.budgeting;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One district's line in a {@link ResultsReport}: how many of its projects were put to the vote and
 * selected, what they asked for and what was spent — fordeling per kommunedel (NO), fordeling pr.
 * lokalområde (DK). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DistrictSpending {
  DistrictSpending() {}

  /**
   * Returns the district.
   *
   * @return the district, or empty for the projects without one (city-wide)
   */
  public abstract Optional<String> district();

  /**
   * Returns how many of the district's projects were put to the vote.
   *
   * @return the number of projects
   */
  public abstract int projects();

  /**
   * Returns how many of them were selected.
   *
   * @return the number of selected projects
   */
  public abstract int selectedProjects();

  /**
   * Returns what all the district's projects would cost together.
   *
   * @return the cost of every project of the district
   */
  public abstract Amount requested();

  /**
   * Returns what the selected projects of the district cost together.
   *
   * @return the money spent in the district
   */
  public abstract Amount spent();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DistrictSpending}. */
  static final class Builder extends ImmutableDistrictSpending.Builder {
    Builder() {}
  }
}
