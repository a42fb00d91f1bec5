package org.folkestyre.core.election;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.immutables.value.Value;

/**
 * A party's or group's list in a proportional committee election, with its votes and its
 * candidates in order — liste (NO, kommuneloven § 7-5), gruppe (DK, styrelsesloven § 24).
 *
 * <p>In Norway the votes are the ballots cast for the list; in Denmark they are the number of
 * council members in the group. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CandidateList {
  CandidateList() {}

  /**
   * Returns the party or group.
   *
   * @return the party
   */
  @Value.Parameter
  public abstract Party party();

  /**
   * Returns the list's votes: ballots (NO) or group members (DK).
   *
   * @return the votes, not negative
   */
  @Value.Parameter
  public abstract long votes();

  /**
   * Returns the candidates in list order.
   *
   * @return the candidates, each once
   */
  @Value.Parameter
  public abstract ImmutableList<Person> candidates();

  /**
   * Obtains a list.
   *
   * @param party the party or group
   * @param votes the ballots (NO) or group members (DK)
   * @param candidates the candidates in order
   * @return the list
   * @throws InvalidValueException if the votes are negative or a candidate appears twice
   */
  public static CandidateList of(Party party, long votes, List<Person> candidates) {
    Iterable<Person> ordered = candidates;
    return ImmutableCandidateList.of(party, votes, ordered);
  }

  @Value.Check
  void check() {
    if (votes() < 0) {
      throw new InvalidValueException("candidateList.votes", votes(), "must not be negative");
    }
    Set<String> ids = new HashSet<>();
    for (Person candidate : candidates()) {
      if (!ids.add(candidate.id())) {
        throw new InvalidValueException("candidateList.candidates", candidate.id(),
            "appears twice on the list of " + party());
      }
    }
  }
}
