package org.folkestyre.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.election.AllianceStructure;
import org.folkestyre.core.election.ListVotes;
import org.junit.jupiter.api.Test;

class TestElectionGenerators {
  private static final long SEED = 1_905L;
  private static final int TRIES = 300;
  private static final int MAX_SIZE = 20;

  private static void checkValid(List<ListVotes> votes, int maxLists, long maxVotes) {
    assertTrue(!votes.isEmpty() && votes.size() <= maxLists, "list count " + votes.size());
    assertTrue(votes.stream().mapToLong(ListVotes::votes).sum() > 0, "no votes");
    assertTrue(votes.stream().allMatch(v -> v.votes() >= 0 && v.votes() <= maxVotes), "votes out of range");
    Set<String> keys = new HashSet<>();
    votes.forEach(v -> assertTrue(keys.add(v.list().toLowerCase(Locale.ROOT)), "duplicate " + v.list()));
    AllianceStructure.of(votes);
  }

  @Test
  void votes_areValidStandAloneLists() {
    PropertyCheck.forAll("stand-alone votes", SEED, TRIES, MAX_SIZE, ElectionGenerators.votes(), votes -> {
      checkValid(votes, 12, 1_000_000);
      assertTrue(votes.stream().allMatch(v -> v.alliance().isEmpty()));
    });
    PropertyCheck.forAll("small votes", SEED, TRIES, MAX_SIZE, ElectionGenerators.votes(3, 2),
        votes -> checkValid(votes, 3, 2));
  }

  @Test
  void alliedVotes_haveAConsistentStructure() {
    PropertyCheck.forAll("allied votes", SEED, TRIES, MAX_SIZE, ElectionGenerators.alliedVotes(10, 5_000),
        votes -> checkValid(votes, 10, 5_000));
  }

  @Test
  void alliedVotes_produceEveryShapeOfAlliance() {
    Generator<List<ListVotes>> generator = ElectionGenerators.alliedVotes(12, 1_000);
    Set<Integer> depths = new HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      PropertyCheck.replay(generator, seed, MAX_SIZE).forEach(v -> depths.add(v.alliancePath().size()));
    }
    assertEquals(Set.of(0, 1, 2), depths);
  }

  @Test
  void generators_areDeterministicPerSeedAndSize() {
    Generator<List<ListVotes>> generator = ElectionGenerators.alliedVotes(12, 1_000_000);
    for (int size = 0; size <= MAX_SIZE; size++) {
      assertEquals(PropertyCheck.replay(generator, 99L, size), PropertyCheck.replay(generator, 99L, size));
    }
  }

  @Test
  void bounds_belowOne_areRejected() {
    assertEquals("maxLists", assertThrows(InvalidValueException.class, () -> ElectionGenerators.votes(0, 10)).field());
    assertEquals("maxVotes", assertThrows(InvalidValueException.class, () -> ElectionGenerators.alliedVotes(3, 0)).field());
  }
}
