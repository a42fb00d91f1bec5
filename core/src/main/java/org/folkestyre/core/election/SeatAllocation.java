package org.folkestyre.core.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The result of a seat allocation — mandatfordeling (NO, DK) — with its explanation.
 *
 * <p>{@link #seats()} gives every list's seats; {@link #quotients()} is the table of the
 * quotients that won the seats, stage by stage in the order they were won; {@link #lots()} lists
 * every lot drawn. Obtained from {@link SeatAllocator}; immutable and thread-safe.
 */
@Value.Immutable
public abstract class SeatAllocation {
  SeatAllocation() {}

  /**
   * Returns the method the seats were allocated by.
   *
   * @return the method
   */
  public abstract AllocationMethod method();

  /**
   * Returns the tie rule that was applied.
   *
   * @return the tie rule
   */
  public abstract TieRule tieRule();

  /**
   * Returns the number of seats allocated.
   *
   * @return the house size, at least 1
   */
  public abstract int totalSeats();

  /**
   * Returns the seats of every list, in the order the lists were given; lists without seats are
   * included with 0.
   *
   * @return the seats by list name; the values add up to {@link #totalSeats()}
   */
  public abstract ImmutableMap<String, Integer> seats();

  /**
   * Returns the seats won by each alliance in the stage above it, in the order the stages were
   * allocated (top-level alliances by name, each followed by its listeforbund by name); empty when
   * there are no alliances.
   *
   * @return the seats by alliance name
   */
  public abstract ImmutableMap<String, Integer> allianceSeats();

  /**
   * Returns the quotients that won the seats: first the single or first stage in seat order, then
   * the stage of each alliance that won seats, in the order of {@link #allianceSeats()}.
   *
   * @return the winning quotients
   */
  public abstract ImmutableList<WinningQuotient> quotients();

  /**
   * Returns every lot drawn, in the order drawn.
   *
   * @return the lots; empty if no tie had to be decided by lot
   */
  public abstract ImmutableList<Lot> lots();

  /**
   * Returns the seats of one list.
   *
   * @param list the list name, as normalised by {@link ListVotes}
   * @return the seats, 0 or more
   * @throws InvalidValueException if no list has that name
   */
  public int seatsOf(String list) {
    Integer seats = seats().get(list);
    if (seats == null) {
      throw new InvalidValueException("list", list, "is not a list of this election; lists: " + seats().keySet());
    }
    return seats;
  }

  /**
   * Returns the winning quotients of one stage.
   *
   * @param stage the stage: {@code ""} for the first or only stage, or an alliance name
   * @return the quotients of that stage in seat order; empty if the stage did not take place
   */
  public ImmutableList<WinningQuotient> quotients(String stage) {
    return quotients().stream().filter(q -> q.stage().equals(stage)).collect(ImmutableList.toImmutableList());
  }
}
