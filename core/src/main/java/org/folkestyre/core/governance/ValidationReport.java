package org.folkestyre.core.governance;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The result of a validation: the rules checked and every violation found, in rule order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationReport {
  ValidationReport() {}

  /**
   * Returns the date the validation was made for.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the ids of the rules that were applied, in order.
   *
   * @return the rule ids
   */
  public abstract ImmutableList<String> rulesChecked();

  /**
   * Returns every violation, in rule order.
   *
   * @return the violations, empty when all rules are met
   */
  public abstract ImmutableList<Violation> violations();

  /**
   * Returns the violations of one rule.
   *
   * @param ruleId the rule id
   * @return the violations of that rule
   */
  public ImmutableList<Violation> violations(String ruleId) {
    return violations().stream().filter(v -> v.ruleId().equals(ruleId)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether no rule of severity {@link Severity#ERROR} is broken.
   *
   * @return true if valid
   */
  public boolean isValid() {
    return violations().stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  static ImmutableValidationReport.Builder builder() {
    return ImmutableValidationReport.builder();
  }
}
