package org.folkestyre.core.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Gender;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.spi.LotSource;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.Test;

class TestCommitteeElection {
  private static int people;

  @Test
  void norway_sevenSeats_dHondtOnBallots_andBothGendersOnAThreeSeatList() {
    // Ballots from a council of 35: Ap 14, H 12, FrP 9. Quotients 14, 12, 9, 7, 6, 4.67, 4.5 win:
    // Ap 3, H 2, FrP 2.
    CandidateList ap = list("Ap", 14, "MMMFMF");
    CandidateList h = list("H", 12, "FMFMFM");
    CandidateList frp = list("FrP", 9, "MFMFMF");
    CommitteeElectionResult result = CommitteeElection.elect(Jurisdiction.norway(), 7, List.of(ap, h, frp),
        LotSource.seeded(1));
    assertEquals(3, result.members().get("Ap").size());
    assertEquals(2, result.members().get("H").size());
    assertEquals(2, result.members().get("FrP").size());
    // Ap's first three are men: the first woman (4th) moves up past the third man.
    assertEquals(List.of(ap.candidates().get(0), ap.candidates().get(1), ap.candidates().get(3)),
        result.members().get("Ap"));
    assertEquals(1, result.adjustments().size());
    assertEquals(ap.candidates().get(2), result.adjustments().get(0).passedOver());
    // Deputies: two more than members, in list order, the passed-over man first.
    assertEquals(List.of(ap.candidates().get(2), ap.candidates().get(4), ap.candidates().get(5)),
        result.deputies().get("Ap"));
    assertEquals(7 + 3 + 4 + 4, result.memberships().size());
  }

  @Test
  void norway_fiveSeats_needTwoOfEachGender() {
    CandidateList all = list("Sp", 10, "MMMMMFFF");
    CommitteeElectionResult result = CommitteeElection.elect(Jurisdiction.norway(), 5, List.of(all),
        LotSource.seeded(1));
    List<Person> c = all.candidates();
    assertEquals(List.of(c.get(0), c.get(1), c.get(2), c.get(5), c.get(6)), result.members().get("Sp"));
    assertEquals(2, result.adjustments().size());
  }

  @Test
  void denmark_groupsByMemberCount_tieDecidedByLot() {
    // Groups of 10, 6 and 3 members elect 5: quotients 10, 6, 5, 3.33 and then B's 3 ties C's 3.
    CommitteeElectionResult result = CommitteeElection.elect(Jurisdiction.denmark(), 5,
        List.of(list("A", 10, "MMMMM"), list("B", 6, "MMM"), list("C", 3, "MM")), LotSource.seeded(7));
    assertEquals(3, result.members().get("A").size());
    assertEquals(5, result.members().values().stream().mapToInt(List::size).sum());
    assertEquals(1, result.allocation().lots().size());
    assertEquals(Set.of("B", "C"), Set.copyOf(result.allocation().lots().get(0).candidates()));
    assertTrue(result.adjustments().isEmpty(), "no gender adjustment in Denmark");
  }

  @Test
  void exhaustedList_passesItsExtraSeatsOn() {
    CommitteeElectionResult result = CommitteeElection.elect(Jurisdiction.norway(), 3,
        List.of(list("A", 100, "F"), list("B", 1, "FMFM")), LotSource.seeded(1));
    assertEquals(1, result.members().get("A").size());
    assertEquals(2, result.members().get("B").size());
    assertEquals(List.of("A"), result.exhaustedLists());
  }

  @Test
  void tooFewCandidates_orTheSamePartyTwice_rejected() {
    assertThrows(InvalidValueException.class, () -> CommitteeElection.elect(Jurisdiction.norway(), 4,
        List.of(list("A", 1, "FM")), LotSource.seeded(1)));
    assertThrows(InvalidValueException.class, () -> CommitteeElection.elect(Jurisdiction.norway(), 1,
        List.of(list("A", 1, "FM"), list("A", 2, "FM")), LotSource.seeded(1)));
  }

  /** Property: seats add up; members and deputies come from their list, once; balanced lists stay balanced. */
  @Test
  void property_norwegianElections() {
    Generator<List<CandidateList>> lists = (random, size) -> {
      List<CandidateList> out = new ArrayList<>();
      int count = 1 + random.nextInt(2 + size / 3);
      for (int i = 0; i < count; i++) {
        StringBuilder genders = new StringBuilder();
        int candidates = 2 + random.nextInt(4 + size);
        for (int j = 0; j < candidates; j++) {
          genders.append(random.nextBoolean() ? 'F' : 'M');
        }
        out.add(list("L" + i, 1 + random.nextInt(50), genders.toString()));
      }
      return out;
    };
    PropertyCheck.forAll("committee elections", 76L, 200, 20, lists, candidateLists -> {
      int total = candidateLists.stream().mapToInt(l -> l.candidates().size()).sum();
      int seats = Math.max(1, Math.min(total, 3 + candidateLists.size()));
      CommitteeElectionResult result = CommitteeElection.elect(Jurisdiction.norway(), seats, candidateLists,
          LotSource.seeded(5));
      assertEquals(seats, result.members().values().stream().mapToInt(List::size).sum());
      Set<Person> seen = new HashSet<>();
      for (CandidateList list : candidateLists) {
        List<Person> members = result.members().get(list.party().abbreviation());
        List<Person> deputies = result.deputies().get(list.party().abbreviation());
        assertTrue(list.candidates().containsAll(members) && list.candidates().containsAll(deputies));
        members.forEach(p -> assertTrue(seen.add(p), "twice: " + p));
        deputies.forEach(p -> assertTrue(seen.add(p), "twice: " + p));
        assertEquals(Math.min(list.candidates().size() - members.size(), members.size() + 2), deputies.size());
        int n = members.size();
        int required = n >= 4 ? (int) Math.ceil(0.4 * n - 1e-9) : n >= 2 ? 1 : 0;
        for (Gender g : Gender.values()) {
          long available = list.candidates().stream().filter(p -> p.gender().equals(Optional.of(g))).count();
          long elected = members.stream().filter(p -> p.gender().equals(Optional.of(g))).count();
          assertTrue(elected >= Math.min(required, available), list.party() + " " + g + " " + members);
        }
      }
    });
  }

  private static CandidateList list(String party, long votes, String genders) {
    ImmutableList.Builder<Person> candidates = ImmutableList.builder();
    for (char g : genders.toCharArray()) {
      people++;
      candidates.add(Person.of("c" + people, party + " candidate " + people, g == 'F' ? Gender.FEMALE : Gender.MALE,
          LocalDate.of(1970, 1, 1)));
    }
    return CandidateList.of(Party.of(party, "Party " + party), votes, candidates.build());
  }
}
