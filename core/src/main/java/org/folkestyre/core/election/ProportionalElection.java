package org.folkestyre.core.election;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The lists put forward for a proportional election of a body's members — forholdsvalg
 * (kommuneloven §§ 7-5, 7-6): how many seats are to be filled and the lists with their candidates.
 *
 * <p>The list rules of § 7-5 (length, gender balance of the candidates) are governance rules,
 * checked by the validator; {@link CommitteeElection#elect} carries out the election itself. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProportionalElection {
  ProportionalElection() {}

  /**
   * Returns the name of the body being elected.
   *
   * @return the body's name
   */
  @Value.Parameter
  public abstract String body();

  /**
   * Returns the number of members to elect.
   *
   * @return the seats, at least 1
   */
  @Value.Parameter
  public abstract int seats();

  /**
   * Returns whether the body by law consists only of council members (such as the formannskap), so
   * that the gender rule for lists applies only "as far as possible" and is not reported.
   *
   * @return true for a body of council members only
   */
  @Value.Parameter
  public abstract boolean councilMembersOnly();

  /**
   * Returns the lists, one per party or group.
   *
   * @return the lists
   */
  @Value.Parameter
  public abstract ImmutableList<CandidateList> lists();

  /**
   * Obtains the lists of an election.
   *
   * @param body the name of the body being elected
   * @param seats the number of members to elect, at least 1
   * @param councilMembersOnly whether the body consists only of council members
   * @param lists the lists, one per party
   * @return the election
   * @throws InvalidValueException if the seats are fewer than 1 or a party has two lists
   */
  public static ProportionalElection of(String body, int seats, boolean councilMembersOnly, List<CandidateList> lists) {
    Iterable<CandidateList> all = lists;
    return ImmutableProportionalElection.of(body, seats, councilMembersOnly, all);
  }

  @Value.Check
  void check() {
    if (seats() < 1) {
      throw new InvalidValueException("seats", seats(), "must be at least 1");
    }
    Set<String> parties = new HashSet<>();
    for (CandidateList list : lists()) {
      if (!parties.add(list.party().abbreviation())) {
        throw new InvalidValueException("lists", list.party(), "has two lists in the same election");
      }
    }
  }
}
