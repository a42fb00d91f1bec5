package org.folkestyre.toolkit.grant;

import org.folkestyre.toolkit.method.TargetGroup;
import org.immutables.value.Value;

/**
 * The figures of one target group in a {@link PoolReport}: how many applications name it, what they
 * asked for and what they were granted. An application naming two groups counts in both. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TargetGroupSummary {
  TargetGroupSummary() {}

  /**
   * Returns the group.
   *
   * @return the target group
   */
  @Value.Parameter
  public abstract TargetGroup group();

  /**
   * Returns the number of applications naming the group.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int applications();

  /**
   * Returns what those applications asked for, in øre.
   *
   * @return the amount requested
   */
  @Value.Parameter
  public abstract long requested();

  /**
   * Returns what those applications were granted, in øre.
   *
   * @return the amount awarded
   */
  @Value.Parameter
  public abstract long awarded();

  static TargetGroupSummary of(TargetGroup group, int applications, long requested, long awarded) {
    return ImmutableTargetGroupSummary.of(group, applications, requested, awarded);
  }
}
