package org.folkestyre.core.meeting;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The decision to handle an agenda item behind closed doors — lukket møte (NO), lukket punkt (DK):
 * its legal ground and whether the vote on closing was held in open meeting.
 *
 * <p>The ground may be missing, because minutes sometimes fail to record it; the procedure rules
 * report that. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Closure {
  Closure() {}

  /**
   * Returns the legal ground recorded for closing.
   *
   * @return the ground, or empty if the minutes give none
   */
  public abstract Optional<ClosureGround> ground();

  /**
   * Returns whether the vote on closing was held in open meeting (kommuneloven § 11-5 fifth
   * paragraph: the debate may be closed, the vote may not).
   *
   * @return true if the vote was held in open meeting
   */
  public abstract boolean voteHeldInOpenMeeting();

  /**
   * Obtains a closure with its ground.
   *
   * @param ground the legal ground
   * @param voteHeldInOpenMeeting whether the vote on closing was held in open meeting
   * @return the closure
   */
  public static Closure of(ClosureGround ground, boolean voteHeldInOpenMeeting) {
    return builder().ground(ground).voteHeldInOpenMeeting(voteHeldInOpenMeeting).build();
  }

  /**
   * Obtains a closure whose ground was not recorded.
   *
   * @param voteHeldInOpenMeeting whether the vote on closing was held in open meeting
   * @return the closure
   */
  public static Closure withoutGround(boolean voteHeldInOpenMeeting) {
    return builder().voteHeldInOpenMeeting(voteHeldInOpenMeeting).build();
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
    return "closed (" + ground().map(ClosureGround::reference).orElse("no ground") + ")";
  }

  /** Builds a {@link Closure}: whether the vote was held in open meeting is required. */
  public static final class Builder extends ImmutableClosure.Builder {
    Builder() {}
  }
}
