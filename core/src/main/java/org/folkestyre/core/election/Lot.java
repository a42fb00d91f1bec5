package org.folkestyre.core.election;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A lot drawn to decide a tied seat — loddtrekning (NO), lodtrækning (DK).
 *
 * <p>Obtained from {@link SeatAllocation#lots()}; immutable and thread-safe.
 */
@Value.Immutable
public abstract class Lot {
  Lot() {}

  /**
   * Returns the stage of the tied seat: empty for the first (or only) stage, otherwise the name of
   * the alliance whose seats were being divided.
   *
   * @return the stage
   */
  public abstract String stage();

  /**
   * Returns the number of the tied seat within its stage.
   *
   * @return the seat number, from 1
   */
  public abstract int seat();

  /**
   * Returns the tied lists or alliances, in the order they were passed to the lot source.
   *
   * @return the candidates, at least two, in ascending order of their names
   */
  public abstract ImmutableList<String> candidates();

  /**
   * Returns the candidate the lot fell on.
   *
   * @return the winner, one of {@link #candidates()}
   */
  public abstract String winner();

  @Override
  public String toString() {
    return (stage().isEmpty() ? "" : stage() + " ") + "seat " + seat() + ": lot among " + candidates()
        + " won by " + winner();
  }
}
