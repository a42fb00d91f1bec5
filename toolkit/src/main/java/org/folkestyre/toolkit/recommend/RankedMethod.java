package org.folkestyre.toolkit.recommend;

import com.google.common.collect.ImmutableList;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.immutables.value.Value;

/**
 * A method a {@link Recommendation} ranks — anbefalt metode (NO), anbefalet metode (DK): its rank,
 * its score and the reasons for both.
 *
 * <p>The score is the sum of the reasons' points. A ranked method breaks no hard constraint, so
 * none of its reasons is an {@link ReasonKind#EXCLUSION}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RankedMethod {
  RankedMethod() {}

  /**
   * Returns the method.
   *
   * @return the method
   */
  @Value.Parameter
  public abstract ParticipationMethod method();

  /**
   * Returns the place in the ranking.
   *
   * @return the rank, 1 for the best
   */
  @Value.Parameter
  public abstract int rank();

  /**
   * Returns the reasons, strengths first, then warnings and notes.
   *
   * @return at least one reason, none of them an exclusion
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
   * Returns the score: the sum of the reasons' points.
   *
   * @return the score, possibly negative
   */
  public int score() {
    return reasons().stream().mapToInt(Reason::points).sum();
  }

  /**
   * Obtains a ranked method.
   *
   * @param method the method
   * @param rank the rank, at least 1
   * @param reasons at least one reason, none an exclusion
   * @return the ranked method
   * @throws InvalidValueException if the rank or the reasons break the invariants
   */
  public static RankedMethod of(ParticipationMethod method, int rank, Iterable<? extends Reason> reasons) {
    return ImmutableRankedMethod.of(method, rank, reasons);
  }

  @Value.Check
  void check() {
    if (rank() < 1) {
      throw new InvalidValueException("rank", rank(), "must be at least 1");
    }
    if (reasons().isEmpty()) {
      throw new InvalidValueException("reasons", reasons(), "a ranked method needs at least one reason");
    }
    for (Reason reason : reasons()) {
      if (reason.kind() == ReasonKind.EXCLUSION) {
        throw new InvalidValueException("reasons", reason, "a ranked method cannot carry an exclusion");
      }
    }
  }

  @Override
  public String toString() {
    return rank() + ". " + id() + " (" + score() + ")";
  }
}
