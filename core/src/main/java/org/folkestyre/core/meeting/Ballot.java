package org.folkestyre.core.meeting;

import org.folkestyre.core.committee.Person;
import org.immutables.value.Value;

/**
 * One member's vote — Popolo's {@code Vote}: the voter, the option, and whether the voter chaired
 * the meeting (Popolo's {@code role: "chair"}), which matters when the chair's vote breaks a tie.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Ballot {
  Ballot() {}

  /**
   * Returns the voter.
   *
   * @return the person
   */
  public abstract Person person();

  /**
   * Returns how the voter voted.
   *
   * @return the option
   */
  public abstract VoteOption option();

  /**
   * Returns whether the voter chaired the meeting — møteleder (NO), mødeleder (DK).
   *
   * @return true for the chair's ballot
   */
  @Value.Default
  public boolean chair() {
    return false;
  }

  /**
   * Obtains a member's ballot.
   *
   * @param person the voter
   * @param option the option
   * @return the ballot
   */
  public static Ballot of(Person person, VoteOption option) {
    return builder().person(person).option(option).build();
  }

  /**
   * Obtains the ballot of the person who chaired the meeting.
   *
   * @param person the chair
   * @param option the option
   * @return the ballot
   */
  public static Ballot ofChair(Person person, VoteOption option) {
    return builder().person(person).option(option).chair(true).build();
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
    return person() + (chair() ? " (chair)" : "") + ": " + option();
  }

  /** Builds a {@link Ballot}: person and option are required. */
  public static final class Builder extends ImmutableBallot.Builder {
    Builder() {}
  }
}
