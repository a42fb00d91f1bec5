package org.folkestyre.core.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Gender;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.election.CommitteeElectionResult.GenderAdjustment;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.spi.LotSource;

/**
 * Proportional election of a committee's members — forholdsvalg (NO), forholdstalsvalg (DK).
 *
 * <p>Norway (kommuneloven § 7-6): seats are allocated among the lists by d'Hondt on their ballots,
 * equal quotients going to the list with more ballots and then by lot; each list's seats go to its
 * candidates in list order; where a list with 4 or more seats gives a gender less than 40 per cent,
 * or a list with 2 or 3 seats only one gender, candidates of the under-represented gender move up
 * in list order; each list then gets, as far as it has candidates, two more deputies than members.
 *
 * <p>Denmark (styrelsesloven §§ 24–27): seats are allocated by d'Hondt on the groups' numbers of
 * members, ties by lot; seats go to candidates in the group's order, with no gender adjustment.
 *
 * <p>In both, a list that wins more seats than it has candidates keeps one seat per candidate and
 * its extra seats go to the other lists (the allocation is repeated without it).
 */
public final class CommitteeElection {
  private CommitteeElection() {}

  /**
   * Elects a committee.
   *
   * @param jurisdiction Norway or Denmark, whose rules apply
   * @param seats the number of members to elect, at least 1
   * @param lists the lists, with unique parties
   * @param lots the source of lots for ties
   * @return the result
   * @throws InvalidValueException if there are fewer candidates than seats, or parties repeat
   */
  public static CommitteeElectionResult elect(Jurisdiction jurisdiction, int seats, List<CandidateList> lists,
      LotSource lots) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(lists, "lists");
    Objects.requireNonNull(lots, "lots");
    TieRule tieRule = TieRule.forJurisdiction(jurisdiction);
    boolean norway = tieRule.prefersLargerVoteTotal();
    Set<Party> parties = new HashSet<>();
    long candidates = 0;
    for (CandidateList list : lists) {
      if (!parties.add(list.party())) {
        throw new InvalidValueException("lists", list.party(), "has two lists in the same election");
      }
      candidates += list.candidates().size();
    }
    if (candidates < seats) {
      throw new InvalidValueException("seats", seats, "exceeds the " + candidates + " candidates on all lists");
    }

    Map<String, Integer> fixed = new LinkedHashMap<>();
    List<CandidateList> open = new ArrayList<>(lists);
    SeatAllocation allocation;
    while (true) {
      int remaining = seats - fixed.values().stream().mapToInt(Integer::intValue).sum();
      List<ListVotes> votes = open.stream().map(l -> ListVotes.of(l.party().abbreviation(), l.votes())).toList();
      allocation = SeatAllocator.create().allocate(votes, remaining, AllocationMethod.dHondt(), tieRule, lots);
      Optional<CandidateList> exhausted = Optional.empty();
      for (CandidateList list : open) {
        if (allocation.seatsOf(list.party().abbreviation()) > list.candidates().size()) {
          exhausted = Optional.of(list);
          break;
        }
      }
      if (exhausted.isEmpty()) {
        break;
      }
      fixed.put(exhausted.get().party().abbreviation(), exhausted.get().candidates().size());
      open.remove(exhausted.get());
    }

    ImmutableMap.Builder<String, ImmutableList<Person>> members = ImmutableMap.builder();
    ImmutableMap.Builder<String, ImmutableList<Person>> deputies = ImmutableMap.builder();
    ImmutableList.Builder<GenderAdjustment> adjustments = ImmutableList.builder();
    ImmutableList.Builder<Membership> memberships = ImmutableList.builder();
    List<Membership> deputyMemberships = new ArrayList<>();
    for (CandidateList list : lists) {
      String party = list.party().abbreviation();
      int won = fixed.containsKey(party) ? fixed.get(party) : allocation.seatsOf(party);
      List<Person> elected = new ArrayList<>(list.candidates().subList(0, won));
      if (norway) {
        balance(party, list.candidates(), elected, adjustments);
      }
      List<Person> rest = new ArrayList<>(list.candidates());
      rest.removeAll(elected);
      List<Person> substitutes = rest.subList(0, Math.min(rest.size(), norway ? won + 2 : rest.size()));
      members.put(party, ImmutableList.copyOf(elected));
      deputies.put(party, ImmutableList.copyOf(substitutes));
      elected.forEach(p -> memberships.add(Membership.of(p, Role.MEMBER, list.party())));
      for (int rank = 0; rank < substitutes.size(); rank++) {
        deputyMemberships.add(Membership.deputy(substitutes.get(rank), rank + 1, list.party()));
      }
    }
    memberships.addAll(deputyMemberships);
    return CommitteeElectionResult.builder().allocation(allocation).members(members.buildOrThrow())
        .deputies(deputies.buildOrThrow()).adjustments(adjustments.build())
        .exhaustedLists(ImmutableList.copyOf(fixed.keySet())).memberships(memberships.build()).build();
  }

  /** Moves candidates of an under-represented gender up until the list is balanced or none are left. */
  private static void balance(String party, List<Person> candidates, List<Person> elected,
      ImmutableList.Builder<GenderAdjustment> adjustments) {
    int seats = elected.size();
    int required = seats >= 4 ? (int) Math.ceil(0.4 * seats - 1e-9) : seats >= 2 ? 1 : 0;
    for (Gender gender : Gender.values()) {
      Gender other = gender == Gender.FEMALE ? Gender.MALE : Gender.FEMALE;
      while (count(elected, gender) < required) {
        Optional<Person> next = candidates.stream()
            .filter(p -> !elected.contains(p) && p.gender().equals(Optional.of(gender))).findFirst();
        Optional<Person> last = lastOf(elected, other);
        if (next.isEmpty() || last.isEmpty() || count(elected, other) <= required) {
          break;
        }
        elected.set(elected.indexOf(last.get()), next.get());
        adjustments.add(new GenderAdjustment(party, next.get(), last.get()));
      }
    }
    elected.sort((a, b) -> Integer.compare(candidates.indexOf(a), candidates.indexOf(b)));
  }

  private static long count(List<Person> persons, Gender gender) {
    return persons.stream().filter(p -> p.gender().equals(Optional.of(gender))).count();
  }

  private static Optional<Person> lastOf(List<Person> elected, Gender gender) {
    for (int i = elected.size() - 1; i >= 0; i--) {
      if (elected.get(i).gender().equals(Optional.of(gender))) {
        return Optional.of(elected.get(i));
      }
    }
    return Optional.empty();
  }
}
