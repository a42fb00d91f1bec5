package org.folkestyre.core.minutes;

import org.folkestyre.core.meeting.VoteOption;
import org.immutables.value.Value;

/**
 * One person's ballot in a vote the minutes record by name.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MinutesBallot {
  MinutesBallot() {}

  /**
   * Returns who voted.
   *
   * @return the voter, a member or a substitute
   */
  public abstract MinutesPerson person();

  /**
   * Returns how the person voted.
   *
   * @return the option
   */
  public abstract VoteOption option();

  /**
   * Returns whether this is the ballot of the person chairing the meeting.
   *
   * @return true for the chair's ballot
   */
  public abstract boolean chair();

  static MinutesBallot of(MinutesPerson person, VoteOption option, boolean chair) {
    return ImmutableMinutesBallot.builder().person(person).option(option).chair(chair).build();
  }

  MinutesBallot forPublic() {
    return of(person().forPublic(), option(), chair());
  }

  @Override
  public String toString() {
    return person() + ": " + option();
  }
}
