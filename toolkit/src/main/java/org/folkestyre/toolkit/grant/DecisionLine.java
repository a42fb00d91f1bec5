package org.folkestyre.toolkit.grant;

import java.util.Optional;
import org.folkestyre.core.LocalizedText;
import org.immutables.value.Value;

/**
 * One application and its decision in a {@link PoolReport}, with the reason written out in every
 * language. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DecisionLine {
  DecisionLine() {}

  /**
   * Returns the application.
   *
   * @return the application
   */
  public abstract GrantApplication application();

  /**
   * Returns the decision.
   *
   * @return the decision
   */
  public abstract GrantDecision decision();

  /**
   * Returns the reason as sentences, amounts in the pool's currency.
   *
   * @return the reason in every language
   */
  public abstract LocalizedText reason();

  /**
   * Returns the place in the ranking, if ranked.
   *
   * @return the rank, or empty
   */
  public Optional<Integer> rank() {
    return decision().rank();
  }

  static DecisionLine of(GrantApplication application, GrantDecision decision, LocalizedText reason) {
    return ImmutableDecisionLine.builder().application(application).decision(decision).reason(reason).build();
  }
}
