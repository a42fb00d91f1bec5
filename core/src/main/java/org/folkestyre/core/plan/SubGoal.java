package org.folkestyre.core.plan;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * A sub-goal of a focus area — delmål, "Slik vil vi ha det" — with its strategies ("Slik gjør vi det").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SubGoal {
  SubGoal() {}

  /**
   * Returns what the sub-goal wants to achieve.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Returns the strategies that pursue it.
   *
   * @return the strategies, in order
   */
  @Value.Parameter
  public abstract ImmutableList<String> strategies();

  /**
   * Obtains a sub-goal.
   *
   * @param text what it wants to achieve
   * @param strategies how, in order
   * @return the sub-goal
   */
  public static SubGoal of(String text, List<String> strategies) {
    Iterable<String> all = strategies;
    return ImmutableSubGoal.of(text, all);
  }

  @Value.Check
  void check() {
    Names.normalize("subGoal.text", text());
    strategies().forEach(strategy -> Names.normalize("subGoal.strategies", strategy));
  }
}
