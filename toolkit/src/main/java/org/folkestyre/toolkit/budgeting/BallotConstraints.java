package org.folkestyre.toolkit.budgeting;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The constraints a ballot had to keep in an election, as announced to voters: how many projects,
 * how much of the budget, how many points.
 *
 * <p>Constraints are metadata: the model records them, and the election still holds every ballot,
 * including those that break them, so that validation can report each one. Only consistency
 * (a minimum not above its maximum) is checked at construction. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class BallotConstraints {
  private static final BallotConstraints NONE = builder().build();

  BallotConstraints() {}

  /**
   * Returns the fewest projects a ballot must list (Pabulib {@code min_length}).
   *
   * @return the minimum, 0 or more, or empty
   */
  public abstract OptionalInt minProjects();

  /**
   * Returns the most projects a ballot may list (Pabulib {@code max_length}).
   *
   * @return the maximum, 0 or more, or empty
   */
  public abstract OptionalInt maxProjects();

  /**
   * Returns the least total cost of the projects on a ballot (Pabulib {@code min_sum_cost}).
   *
   * @return the minimum, or empty
   */
  public abstract Optional<Amount> minTotalCost();

  /**
   * Returns the greatest total cost of the projects on a ballot (Pabulib {@code max_sum_cost}).
   *
   * @return the maximum, or empty
   */
  public abstract Optional<Amount> maxTotalCost();

  /**
   * Returns the least share of the budget the projects on a ballot must cost together.
   *
   * @return a fraction from 0 to 1, or empty
   */
  public abstract Optional<BigDecimal> minBudgetShare();

  /**
   * Returns the greatest share of the budget the projects on a ballot may cost together.
   *
   * @return a fraction from 0 to 1, or empty
   */
  public abstract Optional<BigDecimal> maxBudgetShare();

  /**
   * Returns the fewest points a ballot may give one project (Pabulib {@code min_points}).
   *
   * @return the minimum, or empty
   */
  public abstract OptionalLong minPoints();

  /**
   * Returns the most points a ballot may give one project (Pabulib {@code max_points}).
   *
   * @return the maximum, or empty
   */
  public abstract OptionalLong maxPoints();

  /**
   * Returns the fewest points a voter must give in total (Pabulib {@code min_sum_points}).
   *
   * @return the minimum, or empty
   */
  public abstract OptionalLong minTotalPoints();

  /**
   * Returns the most points a voter may give in total: the points per voter (Pabulib {@code
   * max_sum_points}).
   *
   * @return the maximum, or empty
   */
  public abstract OptionalLong maxTotalPoints();

  /**
   * Returns the constraints of an election that announced none.
   *
   * @return constraints with every field empty
   */
  public static BallotConstraints none() {
    return NONE;
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
  void check() {
    if (minProjects().isPresent() && minProjects().getAsInt() < 0) {
      throw new InvalidValueException("constraints.minProjects", minProjects().getAsInt(), "must not be negative");
    }
    if (maxProjects().isPresent() && maxProjects().getAsInt() < 0) {
      throw new InvalidValueException("constraints.maxProjects", maxProjects().getAsInt(), "must not be negative");
    }
    if (minProjects().isPresent() && maxProjects().isPresent()
        && minProjects().getAsInt() > maxProjects().getAsInt()) {
      throw new InvalidValueException("constraints.minProjects", minProjects().getAsInt(),
          "must not exceed maxProjects " + maxProjects().getAsInt());
    }
    if (minTotalCost().isPresent() && maxTotalCost().isPresent()
        && minTotalCost().get().compareTo(maxTotalCost().get()) > 0) {
      throw new InvalidValueException("constraints.minTotalCost", minTotalCost().get(),
          "must not exceed maxTotalCost " + maxTotalCost().get());
    }
    checkShare("constraints.minBudgetShare", minBudgetShare());
    checkShare("constraints.maxBudgetShare", maxBudgetShare());
    if (minBudgetShare().isPresent() && maxBudgetShare().isPresent()
        && minBudgetShare().get().compareTo(maxBudgetShare().get()) > 0) {
      throw new InvalidValueException("constraints.minBudgetShare", minBudgetShare().get().toPlainString(),
          "must not exceed maxBudgetShare " + maxBudgetShare().get().toPlainString());
    }
    if (minPoints().isPresent() && maxPoints().isPresent() && minPoints().getAsLong() > maxPoints().getAsLong()) {
      throw new InvalidValueException("constraints.minPoints", minPoints().getAsLong(),
          "must not exceed maxPoints " + maxPoints().getAsLong());
    }
    if (minTotalPoints().isPresent() && maxTotalPoints().isPresent()
        && minTotalPoints().getAsLong() > maxTotalPoints().getAsLong()) {
      throw new InvalidValueException("constraints.minTotalPoints", minTotalPoints().getAsLong(),
          "must not exceed maxTotalPoints " + maxTotalPoints().getAsLong());
    }
  }

  private static void checkShare(String field, Optional<BigDecimal> share) {
    if (share.isPresent() && (share.get().signum() < 0 || share.get().compareTo(BigDecimal.ONE) > 0)) {
      throw new InvalidValueException(field, share.get().toPlainString(), "must be a fraction from 0 to 1");
    }
  }

  /** Builds {@link BallotConstraints}. */
  public static final class Builder extends ImmutableBallotConstraints.Builder {
    Builder() {}
  }
}
