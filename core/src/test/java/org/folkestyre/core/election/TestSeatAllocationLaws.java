package org.folkestyre.core.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.folkestyre.core.spi.LotSource;
import org.folkestyre.core.testing.ElectionGenerators;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Property tests of seat allocation over seeded random elections. For votes {@code v}, house size
 * {@code S}, a method {@code m}, a tie rule {@code r} and {@code s = allocate(v, S, m, r, lots)}:
 * <ol>
 *   <li>the seats add up to {@code S}; every list appears once, in input order; each alliance's
 *       seats are the sum of its members' seats; each stage's winning quotients never increase and
 *       each unit appears in its stage's table as often as it won seats there;</li>
 *   <li>monotonicity: when only one list's votes increase, it never gets fewer seats (every
 *       method, Hare included, whatever the lots);</li>
 *   <li>reordering the lists changes nothing, lots included, since lots see names sorted; renaming
 *       the lists changes nothing when the lot source is translated along with the names;</li>
 *   <li>d'Hondt gives every list at least its lower quota {@code floor(v_i × S / total)}; Hare gives
 *       every list its lower or upper quota;</li>
 *   <li>no Alabama paradox for a divisor method: with {@code S + 1} seats no list gets fewer seats
 *       than with {@code S} (lots from the same seed, which replays the same draws);</li>
 *   <li>an alliance of a single list changes nothing;</li>
 *   <li>the definitions, checked independently: for a divisor method no losing quotient exceeds a
 *       winning one; Hare gives the whole quotas and then the largest remainders.</li>
 * </ol>
 * Small sizes give small vote counts and therefore many ties, so the laws are checked with ties
 * and lots, not only on tie-free elections.
 */
class TestSeatAllocationLaws {
  /** The base seed of the property checks; override with -Dfolkestyre.seed. */
  private static final long SEED = 0x5EA7_5EA7L;
  private static final int TRIES = 120;
  private static final int MAX_SIZE = 20;
  private static final SeatAllocator ALLOCATOR = SeatAllocator.create();

  private static final List<AllocationMethod> METHODS = List.of(
      AllocationMethod.dHondt(), AllocationMethod.sainteLague(),
      AllocationMethod.modifiedSainteLague(AllocationMethod.NORWEGIAN_FIRST_DIVISOR), AllocationMethod.hare());

  /** An election: the lists, the house size, and a seed for the lots. */
  record Election(List<ListVotes> votes, int seats, long lotSeed) {}

  /** An election and the list whose votes grow, by how much. */
  record Growth(Election election, int list, long extra) {}

  private static Generator<Election> elections(Generator<List<ListVotes>> votes) {
    return (random, size) -> new Election(votes.generate(random, size), 1 + random.nextInt(3 * size + 5),
        random.nextLong());
  }

  private static final Generator<Election> FLAT = elections(ElectionGenerators.votes(12, 1_000_000));
  private static final Generator<Election> ALLIED = elections(ElectionGenerators.alliedVotes(12, 1_000_000));

  private static SeatAllocation allocate(Election e, AllocationMethod method, TieRule rule) {
    return ALLOCATOR.allocate(e.votes(), e.seats(), method, rule, LotSource.seeded(e.lotSeed()));
  }

  /** Every method with every tie rule, as "method/rule" test names. */
  private static Stream<Object[]> combinations(boolean divisorOnly) {
    List<Object[]> all = new ArrayList<>();
    for (AllocationMethod method : METHODS) {
      if (!divisorOnly || method.isDivisorMethod()) {
        for (TieRule rule : TieRule.values()) {
          all.add(new Object[] {method, rule});
        }
      }
    }
    return all.stream();
  }

  private static Stream<DynamicTest> forEach(boolean divisorOnly, String law, MethodLaw check) {
    return combinations(divisorOnly).map(c -> DynamicTest.dynamicTest(c[0] + "/" + c[1],
        () -> check.run((AllocationMethod) c[0], (TieRule) c[1], law + " (" + c[0] + ", " + c[1] + ")")));
  }

  /** A law checked for one method and tie rule. */
  @FunctionalInterface
  interface MethodLaw {
    void run(AllocationMethod method, TieRule rule, String name);
  }

  // --- 1. Seats add up ---

  @TestFactory
  Stream<DynamicTest> seatsAddUpToHouseSize() {
    return forEach(false, "seats add up", (method, rule, name) -> {
      PropertyCheck.forAll(name, SEED, TRIES, MAX_SIZE, FLAT, e -> checkConsistent(e, allocate(e, method, rule)));
      if (method.isDivisorMethod()) {
        PropertyCheck.forAll(name + " with alliances", SEED, TRIES, MAX_SIZE, ALLIED,
            e -> checkConsistent(e, allocate(e, method, rule)));
      }
    });
  }

  private static void checkConsistent(Election e, SeatAllocation s) {
    assertEquals(e.seats(), s.seats().values().stream().mapToInt(Integer::intValue).sum(), "sum of seats");
    assertEquals(e.votes().stream().map(ListVotes::list).toList(), List.copyOf(s.seats().keySet()), "lists");
    assertTrue(s.seats().values().stream().allMatch(n -> n >= 0), "negative seats");
    AllianceStructure structure = AllianceStructure.of(e.votes());
    Map<String, Integer> won = new HashMap<>(s.seats());
    won.putAll(s.allianceSeats());
    assertEquals(structure.alliances().keySet(), s.allianceSeats().keySet(), "alliances");
    for (String alliance : structure.alliances().keySet()) {
      int members = structure.members(alliance).stream().mapToInt(won::get).sum();
      assertEquals((int) won.get(alliance), members, "members of " + alliance);
    }
    Map<String, List<WinningQuotient>> stages = new HashMap<>();
    for (WinningQuotient q : s.quotients()) {
      stages.computeIfAbsent(q.stage(), k -> new ArrayList<>()).add(q);
    }
    int expectedRows = e.seats() + s.allianceSeats().values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(expectedRows, s.quotients().size(), "rows");
    for (Map.Entry<String, List<WinningQuotient>> stage : stages.entrySet()) {
      List<WinningQuotient> rows = stage.getValue();
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        assertEquals(i + 1, rows.get(i).seat(), "seat numbers of stage '" + stage.getKey() + "'");
        if (i > 0) {
          assertTrue(rows.get(i).quotient().compareTo(rows.get(i - 1).quotient()) <= 0, "quotients increase: " + rows);
        }
        counts.merge(rows.get(i).list(), 1, Integer::sum);
      }
      counts.forEach((unit, n) -> assertEquals(won.get(unit), n, "rows of " + unit));
    }
  }

  // --- 2. Monotonicity ---

  @TestFactory
  Stream<DynamicTest> moreVotesNeverMeanFewerSeats() {
    Generator<Growth> growths = (random, size) -> {
      Election e = FLAT.generate(random, size);
      return new Growth(e, random.nextInt(e.votes().size()), 1 + random.nextLong(50L * (size + 1) * (size + 1)));
    };
    return forEach(false, "monotonicity", (method, rule, name) ->
        PropertyCheck.forAll(name, SEED, TRIES, MAX_SIZE, growths, g -> {
          Election before = g.election();
          List<ListVotes> grown = new ArrayList<>(before.votes());
          ListVotes list = grown.get(g.list());
          grown.set(g.list(), list.withVotes(list.votes() + g.extra()));
          Election after = new Election(grown, before.seats(), before.lotSeed() + 1);
          int was = allocate(before, method, rule).seatsOf(list.list());
          int is = allocate(after, method, rule).seatsOf(list.list());
          assertTrue(is >= was, list.list() + " went from " + was + " to " + is + " seats with " + g.extra() + " more votes");
        }));
  }

  // --- 3. Names and order ---

  /** An election and the same lists in another order. */
  record Reordering(Election original, Election shuffled) {}

  /** An election and a seed for new names. */
  record Renaming(Election election, long nameSeed) {}

  private static Generator<Election> anyElection(AllocationMethod method) {
    return (random, size) -> (method.isDivisorMethod() && random.nextBoolean() ? ALLIED : FLAT).generate(random, size);
  }

  @TestFactory
  Stream<DynamicTest> reorderingChangesNothing() {
    return forEach(false, "reordering", (method, rule, name) ->
        PropertyCheck.forAll(name, SEED, TRIES, MAX_SIZE, (random, size) -> {
          Election e = anyElection(method).generate(random, size);
          List<ListVotes> shuffled = new ArrayList<>(e.votes());
          Collections.shuffle(shuffled, new Random(random.nextLong()));
          return new Reordering(e, new Election(shuffled, e.seats(), e.lotSeed()));
        }, r -> {
          SeatAllocation original = allocate(r.original(), method, rule);
          SeatAllocation reordered = allocate(r.shuffled(), method, rule);
          assertEquals(original.seats(), reordered.seats());
          assertEquals(original.allianceSeats(), reordered.allianceSeats());
          assertEquals(original.quotients(), reordered.quotients());
          assertEquals(original.lots(), reordered.lots());
        }));
  }

  @TestFactory
  Stream<DynamicTest> renamingChangesNothing() {
    return forEach(false, "renaming", (method, rule, name) ->
        PropertyCheck.forAll(name, SEED, TRIES, MAX_SIZE,
            (random, size) -> new Renaming(anyElection(method).generate(random, size), random.nextLong()), r -> {
              Election e = r.election();
              SplittableRandom random = new SplittableRandom(r.nameSeed());
              Map<String, String> newName = new HashMap<>();
              Map<String, String> oldName = new HashMap<>();
              List<ListVotes> renamed = new ArrayList<>();
              for (ListVotes list : e.votes()) {
                String fresh = "Liste " + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "ø";
                newName.put(list.list(), fresh);
                oldName.put(fresh, list.list());
                renamed.add(list.withList(fresh));
              }
              SeatAllocation original = allocate(e, method, rule);
              // The renamed run's lots translate the names back, so both runs see the same draws.
              LotSource seeded = LotSource.seeded(e.lotSeed());
              LotSource translated = names -> {
                List<String> originals = names.stream().map(n -> oldName.getOrDefault(n, n)).sorted().toList();
                String winner = originals.get(seeded.draw(originals));
                return names.indexOf(newName.getOrDefault(winner, winner));
              };
              SeatAllocation after = ALLOCATOR.allocate(renamed, e.seats(), method, rule, translated);
              for (ListVotes list : e.votes()) {
                assertEquals(original.seatsOf(list.list()), after.seatsOf(newName.get(list.list())), list.list());
              }
              assertEquals(original.allianceSeats(), after.allianceSeats());
              assertEquals(original.lots().size(), after.lots().size(), "lots");
            }));
  }

  // --- 4. Quota ---

  @Test
  void dHondt_givesEveryListAtLeastItsLowerQuota() {
    for (TieRule rule : TieRule.values()) {
      PropertyCheck.forAll("d'Hondt lower quota " + rule, SEED, TRIES, MAX_SIZE, FLAT, e -> {
        SeatAllocation s = allocate(e, AllocationMethod.dHondt(), rule);
        for (ListVotes list : e.votes()) {
          BigInteger[] quota = quota(e, list);
          assertTrue(s.seatsOf(list.list()) >= quota[0].intValueExact(),
              list + " got " + s.seatsOf(list.list()) + " below its lower quota " + quota[0]);
        }
      });
    }
  }

  @Test
  void hare_givesEveryListItsLowerOrUpperQuota() {
    for (TieRule rule : TieRule.values()) {
      PropertyCheck.forAll("Hare quota " + rule, SEED, TRIES, MAX_SIZE, FLAT, e -> {
        SeatAllocation s = allocate(e, AllocationMethod.hare(), rule);
        for (ListVotes list : e.votes()) {
          BigInteger[] quota = quota(e, list);
          int lower = quota[0].intValueExact();
          int upper = quota[1].signum() == 0 ? lower : lower + 1;
          int got = s.seatsOf(list.list());
          assertTrue(got >= lower && got <= upper, list + " got " + got + " outside its quota " + lower + ".." + upper);
        }
      });
    }
  }

  /*
   * Independent definitions: a divisor apportionment gives seats so that no quotient that lost is
   * larger than any quotient that won; Hare gives the whole quotas and then one seat each to the
   * largest remainders, computed here with integers (remainder of votes × seats ÷ total).
   */

  @TestFactory
  Stream<DynamicTest> divisorMethods_everyWinningQuotientBeatsEveryLosingOne() {
    return forEach(true, "divisor definition", (method, rule, name) ->
        PropertyCheck.forAll(name, SEED, TRIES, MAX_SIZE, FLAT, e -> {
          SeatAllocation s = allocate(e, method, rule);
          ListVotes weakestWinner = null;
          ListVotes strongestLoser = null;
          for (ListVotes list : e.votes()) {
            int won = s.seatsOf(list.list());
            if (won > 0 && (weakestWinner == null
                || compare(list, method.divisor(won - 1), weakestWinner, method.divisor(s.seatsOf(weakestWinner.list()) - 1)) < 0)) {
              weakestWinner = list;
            }
            if (strongestLoser == null
                || compare(list, method.divisor(won), strongestLoser, method.divisor(s.seatsOf(strongestLoser.list()))) > 0) {
              strongestLoser = list;
            }
          }
          int weakestSeats = s.seatsOf(weakestWinner.list());
          assertTrue(compare(weakestWinner, method.divisor(weakestSeats - 1),
                  strongestLoser, method.divisor(s.seatsOf(strongestLoser.list()))) >= 0,
              weakestWinner + "'s last winning quotient is below " + strongestLoser + "'s next: " + s.seats());
        }));
  }

  /** Compares a.votes ÷ da with b.votes ÷ db exactly. */
  private static int compare(ListVotes a, BigDecimal da, ListVotes b, BigDecimal db) {
    return BigDecimal.valueOf(a.votes()).multiply(db).compareTo(BigDecimal.valueOf(b.votes()).multiply(da));
  }

  @Test
  void hare_isWholeQuotasThenLargestRemainders() {
    for (TieRule rule : TieRule.values()) {
      PropertyCheck.forAll("Hare definition " + rule, SEED, TRIES, MAX_SIZE, FLAT, e -> {
        SeatAllocation s = allocate(e, AllocationMethod.hare(), rule);
        int whole = 0;
        List<BigInteger> remainders = new ArrayList<>();
        for (ListVotes list : e.votes()) {
          BigInteger[] quota = quota(e, list);
          whole += quota[0].intValueExact();
          remainders.add(quota[1]);
        }
        int left = e.seats() - whole;
        List<BigInteger> sorted = new ArrayList<>(remainders);
        sorted.sort(Collections.reverseOrder());
        for (int i = 0; i < e.votes().size(); i++) {
          ListVotes list = e.votes().get(i);
          int extra = s.seatsOf(list.list()) - quota(e, list)[0].intValueExact();
          if (left > 0 && remainders.get(i).compareTo(sorted.get(left - 1)) > 0) {
            assertEquals(1, extra, list + " has a remainder above the cut but no extra seat: " + s.seats());
          } else if (left == 0 || remainders.get(i).compareTo(sorted.get(left - 1)) < 0) {
            assertEquals(0, extra, list + " has a remainder below the cut but an extra seat: " + s.seats());
          }
        }
      });
    }
  }

  /** Returns floor(votes × seats / total) and the remainder. */
  private static BigInteger[] quota(Election e, ListVotes list) {
    BigInteger total = BigInteger.valueOf(e.votes().stream().mapToLong(ListVotes::votes).sum());
    return BigInteger.valueOf(list.votes()).multiply(BigInteger.valueOf(e.seats())).divideAndRemainder(total);
  }

  // --- 5. Alabama ---

  /**
   * With alliances, the lots of the alliance stages would shift when the first stage draws one lot
   * more; a lot source that depends only on the tied names (and a seed) avoids that, so the law is
   * checked with and without alliances.
   */
  private static LotSource statelessLots(long seed) {
    return names -> Math.floorMod(Objects.hash(seed, names), names.size());
  }

  @TestFactory
  Stream<DynamicTest> divisorMethods_showNoAlabamaParadox() {
    return forEach(true, "no Alabama paradox", (method, rule, name) -> {
      PropertyCheck.forAll(name, SEED, TRIES, MAX_SIZE, FLAT, e -> {
        checkNoAlabama(e, allocate(e, method, rule), allocate(new Election(e.votes(), e.seats() + 1, e.lotSeed()), method, rule));
      });
      PropertyCheck.forAll(name + " with alliances", SEED, TRIES, MAX_SIZE, ALLIED, e -> checkNoAlabama(e,
          ALLOCATOR.allocate(e.votes(), e.seats(), method, rule, statelessLots(e.lotSeed())),
          ALLOCATOR.allocate(e.votes(), e.seats() + 1, method, rule, statelessLots(e.lotSeed()))));
    });
  }

  private static void checkNoAlabama(Election e, SeatAllocation smaller, SeatAllocation larger) {
    for (String list : smaller.seats().keySet()) {
      assertTrue(larger.seatsOf(list) >= smaller.seatsOf(list),
          list + " lost a seat when the house grew from " + e.seats() + ": " + smaller.seats() + " → " + larger.seats());
    }
  }

  // --- 6. Alliances of one ---

  @TestFactory
  Stream<DynamicTest> anAllianceOfOneListChangesNothing() {
    return forEach(true, "alliance of one", (method, rule, name) ->
        PropertyCheck.forAll(name, SEED, TRIES, MAX_SIZE, FLAT, e -> {
          // The alliance's name sorts exactly as its list's name does, so the lots are the same too.
          List<ListVotes> wrapped = e.votes().stream()
              .map(l -> ListVotes.of(l.list(), l.votes(), "VF " + l.list() + (l.votes() % 2 == 0 ? "/LF " + l.list() : "")))
              .collect(ImmutableList.toImmutableList());
          SeatAllocation flat = allocate(e, method, rule);
          SeatAllocation allied = allocate(new Election(wrapped, e.seats(), e.lotSeed()), method, rule);
          assertEquals(flat.seats(), allied.seats());
          assertEquals(flat.lots().size(), allied.lots().size());
          List<BigDecimal> firstStage = allied.quotients("").stream().map(WinningQuotient::quotient).toList();
          assertEquals(flat.quotients().stream().map(WinningQuotient::quotient).toList(), firstStage);
        }));
  }
}
