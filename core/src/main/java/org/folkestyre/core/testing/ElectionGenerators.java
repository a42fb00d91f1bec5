package org.folkestyre.core.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Gender;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.election.CandidateList;
import org.folkestyre.core.election.ListVotes;
import org.folkestyre.core.election.ProportionalElection;

/**
 * Generators of election results for property tests of seat allocation.
 *
 * <p>Every generated election is valid for {@link org.folkestyre.core.election.SeatAllocator}: at
 * least one list, unique list names, at least one vote cast, and (for
 * {@link #alliedVotes(int, long)}) a consistent alliance structure. The size bounds the number of
 * lists (at most {@code size + 2}) and the votes per list (at most {@code 50 × (size + 1)³}), so
 * small sizes give small numbers and therefore many ties, which is what a test of the tie rules
 * needs; larger sizes give larger, mostly tie-free elections.
 */
public final class ElectionGenerators {
  private static final String[] PREFIXES = {
    "By", "Bygde", "Dal", "Fjell", "Fjord", "Grønn", "Hav", "Kyst", "Skog", "Strand", "Øy", "Å"
  };
  private static final String[] SUFFIXES = {"lista", "partiet", "folket", "forbundet", "fronten", "alliansen"};
  private static final int DEFAULT_MAX_LISTS = 12;
  private static final long DEFAULT_MAX_VOTES = 1_000_000L;

  private static final ImmutableSet<String> BREAKABLE =
      ImmutableSet.of("NO-KL-7-5-LIST-LENGTH", "NO-KL-7-5-LIST-GENDER");

  private ElectionGenerators() {}

  /**
   * Returns the ids of the rules {@link #breakingProposal(String)} can break.
   *
   * @return the rule ids
   */
  public static ImmutableSet<String> breakableRules() {
    return BREAKABLE;
  }

  /**
   * Returns a generator of lists for a Norwegian proportional committee election that meet the list
   * rules of kommuneloven § 7-5: each list has an even number of names, at most twice the seats,
   * alternating women and men.
   *
   * @return the generator
   */
  public static Generator<ProportionalElection> proposals() {
    return (random, size) -> proposal(random, size, "");
  }

  /**
   * Returns a generator of election lists that break exactly the named list rule.
   *
   * @param ruleId {@code NO-KL-7-5-LIST-LENGTH} or {@code NO-KL-7-5-LIST-GENDER}
   * @return the generator
   * @throws InvalidValueException if the rule cannot be broken by this method
   */
  public static Generator<ProportionalElection> breakingProposal(String ruleId) {
    if (!BREAKABLE.contains(ruleId)) {
      throw new InvalidValueException("ruleId", ruleId, "cannot be broken by a generator; breakable: " + BREAKABLE);
    }
    return (random, size) -> proposal(random, size, ruleId);
  }

  private static ProportionalElection proposal(RandomGenerator random, int size, String breaking) {
    int seats = 2 + random.nextInt(3 + size / 2);
    int lists = 1 + random.nextInt(2 + size / 4);
    List<CandidateList> candidateLists = new ArrayList<>();
    int person = 0;
    for (int i = 0; i < lists; i++) {
      int pairs = 1 + random.nextInt(seats);
      if (i == 0 && breaking.equals("NO-KL-7-5-LIST-LENGTH")) {
        pairs = seats + 1;
      }
      boolean oneGender = i == 0 && breaking.equals("NO-KL-7-5-LIST-GENDER");
      ImmutableList.Builder<Person> candidates = ImmutableList.builder();
      for (int j = 0; j < 2 * pairs; j++) {
        person++;
        Gender gender = oneGender || j % 2 == 0 ? Gender.FEMALE : Gender.MALE;
        candidates.add(Person.of("k" + person, "Kandidat " + person, gender, LocalDate.of(1960 + random.nextInt(40),
            1 + random.nextInt(12), 1 + random.nextInt(28))));
      }
      candidateLists.add(CandidateList.of(Party.of("L" + i, "Liste " + i), 1 + random.nextInt(40), candidates.build()));
    }
    return ProportionalElection.of("Utvalg", seats, false, candidateLists);
  }

  /**
   * Returns a generator of stand-alone lists: at most 12 lists of at most 1,000,000 votes each.
   *
   * @return the generator
   */
  public static Generator<List<ListVotes>> votes() {
    return votes(DEFAULT_MAX_LISTS, DEFAULT_MAX_VOTES);
  }

  /**
   * Returns a generator of stand-alone lists.
   *
   * @param maxLists the largest number of lists, at least 1
   * @param maxVotes the largest vote total of one list, at least 1
   * @return the generator
   * @throws InvalidValueException if a bound is below 1
   */
  public static Generator<List<ListVotes>> votes(int maxLists, long maxVotes) {
    checkBounds(maxLists, maxVotes);
    return (random, size) -> {
      List<String> names = names(random, listCount(random, size, maxLists));
      long[] votes = votes(random, size, names.size(), maxVotes);
      ImmutableList.Builder<ListVotes> lists = ImmutableList.builder();
      for (int i = 0; i < names.size(); i++) {
        lists.add(ListVotes.of(names.get(i), votes[i]));
      }
      return lists.build();
    };
  }

  /**
   * Returns a generator of lists of which some are in alliances: up to two valgforbund
   * ({@code VF1}, {@code VF2}) and up to three listeforbund ({@code LF1} to {@code LF3}), each
   * listeforbund either inside one valgforbund or standing alone.
   *
   * @param maxLists the largest number of lists, at least 1
   * @param maxVotes the largest vote total of one list, at least 1
   * @return the generator
   * @throws InvalidValueException if a bound is below 1
   */
  public static Generator<List<ListVotes>> alliedVotes(int maxLists, long maxVotes) {
    checkBounds(maxLists, maxVotes);
    return (random, size) -> {
      List<String> names = names(random, listCount(random, size, maxLists));
      long[] votes = votes(random, size, names.size(), maxVotes);
      List<String> paths = new ArrayList<>();
      paths.add("");
      int valgforbund = random.nextInt(3);
      for (int v = 1; v <= valgforbund; v++) {
        paths.add("VF" + v);
      }
      int listeforbund = random.nextInt(4);
      for (int l = 1; l <= listeforbund; l++) {
        int parent = random.nextInt(valgforbund + 1);
        paths.add(parent == 0 ? "LF" + l : "VF" + parent + "/LF" + l);
      }
      ImmutableList.Builder<ListVotes> lists = ImmutableList.builder();
      for (int i = 0; i < names.size(); i++) {
        lists.add(ListVotes.of(names.get(i), votes[i], paths.get(random.nextInt(paths.size()))));
      }
      return lists.build();
    };
  }

  private static void checkBounds(int maxLists, long maxVotes) {
    if (maxLists < 1) {
      throw new InvalidValueException("maxLists", maxLists, "must be at least 1");
    }
    if (maxVotes < 1) {
      throw new InvalidValueException("maxVotes", maxVotes, "must be at least 1");
    }
  }

  private static int listCount(RandomGenerator random, int size, int maxLists) {
    return 1 + random.nextInt(Math.min(maxLists, Math.max(0, size) + 2));
  }

  private static long[] votes(RandomGenerator random, int size, int count, long maxVotes) {
    long scale = (long) Math.min(size, 1_000) + 1;
    long bound = Math.min(maxVotes, 50L * scale * scale * scale);
    long[] votes = new long[count];
    boolean anyVote = false;
    for (int i = 0; i < count; i++) {
      votes[i] = random.nextLong(bound + 1);
      anyVote |= votes[i] > 0;
    }
    if (!anyVote) {
      votes[random.nextInt(count)] = 1 + random.nextLong(bound);
    }
    return votes;
  }

  private static List<String> names(RandomGenerator random, int count) {
    List<String> names = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    while (names.size() < count) {
      String name = PREFIXES[random.nextInt(PREFIXES.length)] + SUFFIXES[random.nextInt(SUFFIXES.length)];
      if (!keys.add(name.toLowerCase(Locale.ROOT))) {
        name = name + " " + (names.size() + 1);
        keys.add(name.toLowerCase(Locale.ROOT));
      }
      names.add(name);
    }
    return names;
  }
}
