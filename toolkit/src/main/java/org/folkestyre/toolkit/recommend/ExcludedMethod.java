package org.folkestyre.toolkit.recommend;

import com.google.common.collect.ImmutableList;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.immutables.value.Value;

/**
 * A method a {@link Recommendation} leaves out — utelatt metode (NO), udeladt metode (DK), with
 * every hard constraint it breaks.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExcludedMethod {
  ExcludedMethod() {}

  /**
   * Returns the method.
   *
   * @return the method
   */
  @Value.Parameter
  public abstract ParticipationMethod method();

  /**
   * Returns the reasons, in the order the constraints are checked.
   *
   * @return at least one reason, all of them exclusions
   */
  @Value.Parameter
  public abstract ImmutableList<Reason> reasons();

  /**
   * Returns the method's id.
   *
   * @return the id
   */
  public String id() {
    return method().id();
  }

  /**
   * Obtains an excluded method.
   *
   * @param method the method
   * @param reasons at least one reason, all exclusions
   * @return the excluded method
   * @throws InvalidValueException if a reason is missing or is not an exclusion
   */
  public static ExcludedMethod of(ParticipationMethod method, Iterable<? extends Reason> reasons) {
    return ImmutableExcludedMethod.of(method, reasons);
  }

  @Value.Check
  void check() {
    if (reasons().isEmpty()) {
      throw new InvalidValueException("reasons", reasons(), "an excluded method needs at least one reason");
    }
    for (Reason reason : reasons()) {
      if (reason.kind() != ReasonKind.EXCLUSION) {
        throw new InvalidValueException("reasons", reason, "an excluded method carries exclusions only");
      }
    }
  }

  @Override
  public String toString() {
    return id() + " " + reasons();
  }
}
