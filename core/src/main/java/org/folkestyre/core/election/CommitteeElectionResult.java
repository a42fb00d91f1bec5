package org.folkestyre.core.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.Person;
import org.immutables.value.Value;

/**
 * The outcome of a proportional committee election: the seat allocation, who was elected from each
 * list and who became deputies, and every gender adjustment made on the way.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommitteeElectionResult {
  CommitteeElectionResult() {}

  /**
   * Returns the allocation of seats among the lists (d'Hondt), with its quotient table.
   *
   * @return the final allocation
   */
  public abstract SeatAllocation allocation();

  /**
   * Returns the elected members by party abbreviation, in list order.
   *
   * @return the members of each list, including lists that won no seat
   */
  public abstract ImmutableMap<String, ImmutableList<Person>> members();

  /**
   * Returns the deputies by party abbreviation, in rank order.
   *
   * @return the deputies of each list
   */
  public abstract ImmutableMap<String, ImmutableList<Person>> deputies();

  /**
   * Returns the gender adjustments made (kommuneloven § 7-6 fourth paragraph), in the order made.
   *
   * @return the adjustments, empty in Denmark and when lists were balanced
   */
  public abstract ImmutableList<GenderAdjustment> adjustments();

  /**
   * Returns the parties whose lists won more seats than they had candidates; their extra seats
   * passed to the other lists.
   *
   * @return the abbreviations of exhausted lists
   */
  public abstract ImmutableList<String> exhaustedLists();

  /**
   * Returns the result as memberships: members with role {@code MEMBER}, deputies ranked from 1
   * within each party.
   *
   * @return the memberships, members first
   */
  public abstract ImmutableList<Membership> memberships();

  static ImmutableCommitteeElectionResult.Builder builder() {
    return ImmutableCommitteeElectionResult.builder();
  }

  /**
   * A candidate of the under-represented gender moved up past a candidate of the other gender.
   *
   * @param party the list's party abbreviation
   * @param promoted the candidate who moved up into a seat
   * @param passedOver the candidate who lost the seat and became a deputy
   */
  public record GenderAdjustment(String party, Person promoted, Person passedOver) {
    /**
     * Checks the components.
     *
     * @param party the list's party abbreviation
     * @param promoted the candidate who moved up
     * @param passedOver the candidate who lost the seat
     */
    public GenderAdjustment {
      java.util.Objects.requireNonNull(party, "party");
      java.util.Objects.requireNonNull(promoted, "promoted");
      java.util.Objects.requireNonNull(passedOver, "passedOver");
    }
  }
}
