package org.folkestyre.toolkit.budgeting;

import java.util.Optional;
import java.util.OptionalLong;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One project's line in a {@link ResultsReport}: its support, its cost, and whether and why it was
 * funded. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProjectResult {
  ProjectResult() {}

  /**
   * Returns the project's id.
   *
   * @return the id
   */
  public abstract String projectId();

  /**
   * Returns the project's name.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> name();

  /**
   * Returns the project's district.
   *
   * @return the district, or empty for a city-wide project
   */
  public abstract Optional<String> district();

  /**
   * Returns what the project costs.
   *
   * @return the cost
   */
  public abstract Amount cost();

  /**
   * Returns how many ballots name the project: approvals, rankings or ballots giving it points.
   *
   * @return the number of votes, 0 or more
   */
  public abstract long votes();

  /**
   * Returns the sum of the points the project got, for elections with points.
   *
   * @return the points, or empty for ballots without points
   */
  public abstract OptionalLong points();

  /**
   * Returns whether the project was selected for funding.
   *
   * @return true if selected
   */
  public abstract boolean selected();

  /**
   * Returns why the project was or was not selected.
   *
   * @return {@link SelectionReason#SELECTED} exactly when selected
   */
  public abstract SelectionReason reason();

  static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (selected() != (reason() == SelectionReason.SELECTED)) {
      throw new InvalidValueException("projectResult[" + projectId() + "].reason", reason(),
          "is SELECTED exactly when the project is selected");
    }
    if (votes() < 0) {
      throw new InvalidValueException("projectResult[" + projectId() + "].votes", votes(), "must not be negative");
    }
  }

  /** Builds a {@link ProjectResult}. */
  static final class Builder extends ImmutableProjectResult.Builder {
    Builder() {}
  }
}
