package org.folkestyre.toolkit.budgeting;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a budgeting rule, as it explains itself: what it did to which project, and why.
 *
 * <p>For the Method of Equal Shares a selection carries the project's effective vote count
 * (equalshares.net's term): its cost divided by the largest payment one supporter makes, which is
 * the number of voters who would pay an equal full share. The rule decides with the exact value;
 * the one here is rounded to six decimals for display. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetingStep {
  BudgetingStep() {}

  /**
   * Returns what happened.
   *
   * @return the kind of step
   */
  public abstract StepKind kind();

  /**
   * Returns the project the step is about.
   *
   * @return the project id, or empty for a step about the whole run
   */
  public abstract Optional<String> projectId();

  /**
   * Returns the explanation, in English.
   *
   * @return the explanation, with the exact figures the rule compared
   */
  public abstract String explanation();

  /**
   * Returns the effective vote count of a project the Method of Equal Shares selected.
   *
   * @return the effective vote count rounded to six decimals, or empty
   */
  public abstract Optional<BigDecimal> effectiveVotes();

  /**
   * Obtains a step about a project.
   *
   * @param kind what happened
   * @param projectId the project
   * @param explanation why
   * @return the step
   */
  public static BudgetingStep of(StepKind kind, String projectId, String explanation) {
    return builder().kind(kind).projectId(projectId).explanation(explanation).build();
  }

  /**
   * Obtains a step about the whole run.
   *
   * @param kind what happened
   * @param explanation why
   * @return the step
   */
  public static BudgetingStep of(StepKind kind, String explanation) {
    return builder().kind(kind).explanation(explanation).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return kind() + projectId().map(id -> " " + id).orElse("") + ": " + explanation();
  }

  /** Builds a {@link BudgetingStep}. */
  public static final class Builder extends ImmutableBudgetingStep.Builder {
    Builder() {}
  }
}
