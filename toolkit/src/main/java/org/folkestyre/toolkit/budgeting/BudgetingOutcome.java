package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableList;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The result of a budgeting rule: the projects selected for funding and how the rule got there —
 * utfall.
 *
 * <p>The selected projects are in the election's project order; {@link #steps()} explains every
 * selection and every project passed over. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetingOutcome {
  BudgetingOutcome() {}

  /**
   * Returns the rule that computed the outcome.
   *
   * @return the rule
   */
  public abstract BudgetingRule rule();

  /**
   * Returns the election's budget.
   *
   * @return the budget
   */
  public abstract Amount budget();

  /**
   * Returns the selected projects, in the election's project order.
   *
   * @return the selected projects
   */
  public abstract ImmutableList<Project> selected();

  /**
   * Returns the steps the rule took, in order.
   *
   * @return the steps
   */
  public abstract ImmutableList<BudgetingStep> steps();

  /**
   * Returns the ids of the selected projects, in the election's project order.
   *
   * @return the ids
   */
  @Value.Lazy
  public ImmutableList<String> selectedIds() {
    return selected().stream().map(Project::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns what the selected projects cost together.
   *
   * @return the total cost, at most the budget
   */
  @Value.Lazy
  public Amount totalCost() {
    Amount total = Amount.ZERO;
    for (Project p : selected()) {
      total = total.plus(p.cost());
    }
    return total;
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
    if (totalCost().compareTo(budget()) > 0) {
      throw new InvalidValueException("outcome.selected", selectedIds(),
          "costs " + totalCost() + ", more than the budget " + budget());
    }
  }

  /** Builds a {@link BudgetingOutcome}. */
  public static final class Builder extends ImmutableBudgetingOutcome.Builder {
    Builder() {}
  }
}
