package org.folkestyre.core.governance;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What a rule may know besides the object it checks: the date the check is made for.
 *
 * <p>Rules never read the system clock; a caller who wants "today" passes
 * {@code LocalDate.now(clock)} from its own {@link java.time.Clock}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ValidationContext {
  ValidationContext() {}

  /**
   * Returns the date the validation is made for, such as the budget year a rule looks at.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Obtains a context for a date.
   *
   * @param date the date the validation is made for
   * @return the context
   */
  public static ValidationContext asOf(LocalDate date) {
    return ImmutableValidationContext.of(date);
  }
}
