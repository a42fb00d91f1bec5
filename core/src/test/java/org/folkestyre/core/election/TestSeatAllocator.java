package org.folkestyre.core.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.spi.LotSource;
import org.junit.jupiter.api.Test;

/** Worked examples of seat allocation, computed by hand, and the rejection of invalid input. */
class TestSeatAllocator {
  private static final SeatAllocator ALLOCATOR = SeatAllocator.create();
  /** A lot source that fails the test if it is asked: the examples that use it have no lot. */
  private static final LotSource NO_LOT = names -> {
    throw new AssertionError("no lot expected, but asked to draw among " + names);
  };

  /** The textbook election: 230,000 votes, 8 seats. */
  private static final List<ListVotes> TEXTBOOK = List.of(
      ListVotes.of("A", 100_000), ListVotes.of("B", 80_000), ListVotes.of("C", 30_000), ListVotes.of("D", 20_000));

  private static Map<String, Integer> seats(Object... nameThenSeats) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < nameThenSeats.length; i += 2) {
      map.put((String) nameThenSeats[i], (Integer) nameThenSeats[i + 1]);
    }
    return map;
  }

  /** The table as "list quotient" strings, one per seat, for compact assertions. */
  private static List<String> table(SeatAllocation allocation, String stage) {
    List<String> rows = new ArrayList<>();
    for (WinningQuotient q : allocation.quotients(stage)) {
      rows.add(q.list() + " " + q.quotient().toPlainString());
    }
    return rows;
  }

  // --- The textbook election under every method ---

  /*
   * d'Hondt, divisors 1, 2, 3, 4, 5:
   *   A 100000  50000  33333.33  25000  20000
   *   B  80000  40000  26666.67  20000
   *   C  30000  15000
   *   D  20000  10000
   * The 8 highest: 100000 A, 80000 B, 50000 A, 40000 B, 33333.33 A, 30000 C, 26666.67 B, 25000 A.
   * The next quotient, 20000 (A, B and D alike), is not needed. A 4, B 3, C 1, D 0.
   */
  @Test
  void dHondt_textbook() {
    SeatAllocation result = ALLOCATOR.allocate(TEXTBOOK, 8, AllocationMethod.dHondt(), TieRule.NORWAY, NO_LOT);
    assertEquals(seats("A", 4, "B", 3, "C", 1, "D", 0), result.seats());
    assertEquals(List.of("A 100000.0000", "B 80000.0000", "A 50000.0000", "B 40000.0000", "A 33333.3333",
        "C 30000.0000", "B 26666.6667", "A 25000.0000"), table(result, ""));
    List<BigDecimal> divisors = result.quotients().stream().map(q -> q.divisor().orElseThrow()).toList();
    assertEquals(List.of(1, 1, 2, 2, 3, 1, 3, 4), divisors.stream().map(BigDecimal::intValueExact).toList());
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), result.quotients().stream().map(WinningQuotient::seat).toList());
    assertEquals(List.of(), result.lots());
    assertEquals(8, result.totalSeats());
    assertEquals(AllocationMethod.dHondt(), result.method());
    assertEquals(4, result.seatsOf("A"));
  }

  /*
   * Sainte-Laguë, divisors 1, 3, 5, 7:
   *   A 100000  33333.33  20000  14285.71
   *   B  80000  26666.67  16000
   *   C  30000  10000
   *   D  20000   6666.67
   * Order: 100000 A, 80000 B, 33333.33 A, 30000 C, 26666.67 B, then A (100000/5) and D (20000/1)
   * tie at 20000 for seats 6 and 7. Three seats are left, so both get one and no lot is drawn;
   * Norway lists A first (larger vote total). Seat 8: B 16000 beats A 14285.71. A 3, B 3, C 1, D 1.
   */
  @Test
  void sainteLague_textbook_tieThatFitsNeedsNoLot() {
    for (TieRule rule : TieRule.values()) {
      SeatAllocation result = ALLOCATOR.allocate(TEXTBOOK, 8, AllocationMethod.sainteLague(), rule, NO_LOT);
      assertEquals(seats("A", 3, "B", 3, "C", 1, "D", 1), result.seats(), rule.name());
      assertEquals(List.of("A 100000.0000", "B 80000.0000", "A 33333.3333", "C 30000.0000", "B 26666.6667",
          "A 20000.0000", "D 20000.0000", "B 16000.0000"), table(result, ""), rule.name());
      assertEquals(List.of(), result.lots());
    }
  }

  /*
   * Modified Sainte-Laguë, divisors 1.4, 3, 5, 7:
   *   A 100000/1.4 = 71428.57  33333.33  20000  100000/7 = 14285.71
   *   B  80000/1.4 = 57142.86  26666.67  16000
   *   C  30000/1.4 = 21428.57  10000
   *   D  20000/1.4 = 14285.71   6666.67
   * Order: 71428.57 A, 57142.86 B, 33333.33 A, 26666.67 B, 21428.57 C, 20000 A, 16000 B; seat 8 is
   * an exact tie: 100000/7 = 20000/1.4 because 100000 × 1.4 = 140000 = 20000 × 7. Under the
   * Norwegian rule the larger vote total wins: A. A 4, B 3, C 1, D 0. (With floating point the two
   * quotients may compare unequal; exact arithmetic sees the tie.)
   */
  @Test
  void modifiedSainteLague_textbook_exactTieWonByLargerVoteTotalInNorway() {
    AllocationMethod method = AllocationMethod.modifiedSainteLague(new BigDecimal("1.4"));
    SeatAllocation result = ALLOCATOR.allocate(TEXTBOOK, 8, method, TieRule.NORWAY, NO_LOT);
    assertEquals(seats("A", 4, "B", 3, "C", 1, "D", 0), result.seats());
    assertEquals(List.of("A 71428.5714", "B 57142.8571", "A 33333.3333", "B 26666.6667", "C 21428.5714",
        "A 20000.0000", "B 16000.0000", "A 14285.7143"), table(result, ""));
    assertEquals(new BigDecimal("1.4"), result.quotients().get(0).divisor().orElseThrow());
    assertEquals(BigDecimal.valueOf(7), result.quotients().get(7).divisor().orElseThrow());
    assertEquals(List.of(), result.lots());
  }

  /* The same tie in Denmark goes to lot at once: the lot source picks index 1 of [A, D], so D wins seat 8. */
  @Test
  void modifiedSainteLague_textbook_exactTieDrawnByLotInDenmark() {
    List<List<String>> asked = new ArrayList<>();
    LotSource second = names -> {
      asked.add(names);
      return 1;
    };
    AllocationMethod method = AllocationMethod.modifiedSainteLague(AllocationMethod.NORWEGIAN_FIRST_DIVISOR);
    SeatAllocation result = ALLOCATOR.allocate(TEXTBOOK, 8, method, TieRule.DENMARK, second);
    assertEquals(List.of(List.of("A", "D")), asked);
    assertEquals(seats("A", 3, "B", 3, "C", 1, "D", 1), result.seats());
    assertEquals(1, result.lots().size());
    Lot lot = result.lots().get(0);
    assertEquals("", lot.stage());
    assertEquals(8, lot.seat());
    assertEquals(List.of("A", "D"), lot.candidates());
    assertEquals("D", lot.winner());
    assertEquals("D 14285.7143", table(result, "").get(7));
  }

  /*
   * Hare: quota = 230000 / 8 = 28750. Exact quotas: A 3.478, B 2.783, C 1.043, D 0.696.
   * Whole quotas: A 3, B 2, C 1, D 0 = 6 seats; 2 left for the largest remainders:
   * B 0.783 (22500 votes), D 0.696 (20000 votes); A 0.478 (13750) and C 0.043 (1250) miss out.
   * As a table of votes left after paying 28750 per seat won:
   * 100000 A, 80000 B, 71250 A, 51250 B, 42500 A, 30000 C, 22500 B, 20000 D. A 3, B 3, C 1, D 1.
   */
  @Test
  void hare_textbook() {
    SeatAllocation result = ALLOCATOR.allocate(TEXTBOOK, 8, AllocationMethod.hare(), TieRule.NORWAY, NO_LOT);
    assertEquals(seats("A", 3, "B", 3, "C", 1, "D", 1), result.seats());
    assertEquals(List.of("A 100000.0000", "B 80000.0000", "A 71250.0000", "B 51250.0000", "A 42500.0000",
        "C 30000.0000", "B 22500.0000", "D 20000.0000"), table(result, ""));
    assertTrue(result.quotients().stream().allMatch(q -> q.divisor().isEmpty()));
  }

  /*
   * Hamilton's Alabama paradox, which no divisor method shows: votes 6000, 6000, 2000.
   * Hare, 10 seats: quotas 4.286, 4.286, 1.429 → 4 + 4 + 1, the last seat to C (0.429): 4, 4, 2.
   * Hare, 11 seats: quotas 4.714, 4.714, 1.571 → 4 + 4 + 1, two left to A and B (0.714): 5, 5, 1.
   * d'Hondt keeps C at 1 in both: 6000 A, 6000 B, 3000 A, 3000 B, 2000 A, 2000 B, 2000 C, 1500 A,
   * 1500 B, then A and B tie at 1200 for seat 10 (a lot under both rules, their votes being equal)
   * and share seats 10 and 11.
   */
  @Test
  void hare_showsTheAlabamaParadox_dHondtDoesNot() {
    List<ListVotes> votes = List.of(ListVotes.of("A", 6_000), ListVotes.of("B", 6_000), ListVotes.of("C", 2_000));
    assertEquals(seats("A", 4, "B", 4, "C", 2),
        ALLOCATOR.allocate(votes, 10, AllocationMethod.hare(), TieRule.NORWAY, NO_LOT).seats());
    assertEquals(seats("A", 5, "B", 5, "C", 1),
        ALLOCATOR.allocate(votes, 11, AllocationMethod.hare(), TieRule.NORWAY, NO_LOT).seats());
    SeatAllocation ten = ALLOCATOR.allocate(votes, 10, AllocationMethod.dHondt(), TieRule.NORWAY, names -> 0);
    assertEquals(seats("A", 5, "B", 4, "C", 1), ten.seats());
    assertEquals(10, ten.lots().get(0).seat());
    assertEquals(seats("A", 5, "B", 5, "C", 1),
        ALLOCATOR.allocate(votes, 11, AllocationMethod.dHondt(), TieRule.NORWAY, NO_LOT).seats());
  }

  // --- Ties ---

  /*
   * kommuneloven § 7-6: A 2000, B 1000, 2 seats by d'Hondt. Seat 1: A 2000. Seat 2: A 2000/2 = 1000
   * and B 1000/1 = 1000 tie. Norway: the larger vote total, A. Denmark: a lot between A and B.
   */
  @Test
  void tie_norwayPrefersLargerVoteTotal_denmarkDrawsLot() {
    List<ListVotes> votes = List.of(ListVotes.of("B", 1_000), ListVotes.of("A", 2_000));
    SeatAllocation norway = ALLOCATOR.allocate(votes, 2, AllocationMethod.dHondt(), TieRule.NORWAY, NO_LOT);
    assertEquals(seats("B", 0, "A", 2), norway.seats());
    SeatAllocation denmark = ALLOCATOR.allocate(votes, 2, AllocationMethod.dHondt(), TieRule.DENMARK, names -> 1);
    assertEquals(seats("B", 1, "A", 1), denmark.seats());
    assertEquals(List.of("A", "B"), denmark.lots().get(0).candidates());
    assertEquals("B", denmark.lots().get(0).winner());
    assertEquals(2, denmark.lots().get(0).seat());
  }

  @Test
  void tie_equalVotesInNorway_drawsLotOnePerSeat() {
    List<ListVotes> votes = List.of(ListVotes.of("C", 500), ListVotes.of("B", 500), ListVotes.of("A", 500));
    List<List<String>> asked = new ArrayList<>();
    LotSource last = names -> {
      asked.add(names);
      return names.size() - 1;
    };
    SeatAllocation result = ALLOCATOR.allocate(votes, 2, AllocationMethod.dHondt(), TieRule.NORWAY, last);
    assertEquals(List.of(List.of("A", "B", "C"), List.of("A", "B")), asked);
    assertEquals(seats("C", 1, "B", 1, "A", 0), result.seats());
    assertEquals(List.of(1, 2), result.lots().stream().map(Lot::seat).toList());
  }

  @Test
  void tie_seededLots_areReproducible() {
    List<ListVotes> votes = List.of(ListVotes.of("A", 7), ListVotes.of("B", 7), ListVotes.of("C", 7), ListVotes.of("D", 7));
    SeatAllocation first = ALLOCATOR.allocate(votes, 2, AllocationMethod.dHondt(), TieRule.DENMARK, LotSource.seeded(2024));
    SeatAllocation again = ALLOCATOR.allocate(votes, 2, AllocationMethod.dHondt(), TieRule.DENMARK, LotSource.seeded(2024));
    assertEquals(first, again);
    assertEquals(2, first.lots().size());
    assertEquals(2, first.seats().values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void tie_lotSourceOutOfRange_isRejected() {
    List<ListVotes> votes = List.of(ListVotes.of("A", 1), ListVotes.of("B", 1));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ALLOCATOR.allocate(votes, 1, AllocationMethod.dHondt(), TieRule.DENMARK, names -> 2));
    assertTrue(e.getMessage().contains("index 2"), e.getMessage());
  }

  // --- Danish alliances (kommunal- og regionalvalgloven §§ 39, 81-83) ---

  /*
   * A 110000 alone; B 60000 and C 40000 in valgforbund VF1 (100000); 5 seats by d'Hondt.
   * Stage 1 (§ 81): A 110000, 55000, 36666.67, 27500; VF1 100000, 50000, 33333.33.
   *   Seats: 110000 A, 100000 VF1, 55000 A, 50000 VF1, 36666.67 A → A 3, VF1 2.
   * Stage VF1 (§ 82), 2 seats: B 60000, C 40000 (B's second quotient 30000 is lower) → B 1, C 1.
   * Result A 3, B 1, C 1 — here the same as without the alliance.
   */
  @Test
  void alliance_twoStages() {
    List<ListVotes> votes = List.of(
        ListVotes.of("A", 110_000), ListVotes.of("B", 60_000, "VF1"), ListVotes.of("C", 40_000, "VF1"));
    SeatAllocation result = ALLOCATOR.allocate(votes, 5, AllocationMethod.dHondt(), TieRule.DENMARK, NO_LOT);
    assertEquals(seats("A", 3, "B", 1, "C", 1), result.seats());
    assertEquals(Map.of("VF1", 2), result.allianceSeats());
    assertEquals(List.of("A 110000.0000", "VF1 100000.0000", "A 55000.0000", "VF1 50000.0000", "A 36666.6667"),
        table(result, ""));
    assertEquals(List.of("B 60000.0000", "C 40000.0000"), table(result, "VF1"));
    assertEquals(100_000, result.quotients().get(1).votes());
    assertEquals(7, result.quotients().size());
  }

  /*
   * An alliance that wins a seat: A 100000, B 24000, C 20000, 4 seats by d'Hondt.
   * Alone: A 100000, 50000, 33333.33, 25000 all beat B's 24000 → A 4, B 0, C 0.
   * B and C in VF1 (44000): A 100000, A 50000, VF1 44000, A 33333.33 → A 3, VF1 1 → B 1.
   */
  @Test
  void alliance_winsASeatItsListsWouldNotWinAlone() {
    List<ListVotes> alone = List.of(ListVotes.of("A", 100_000), ListVotes.of("B", 24_000), ListVotes.of("C", 20_000));
    assertEquals(seats("A", 4, "B", 0, "C", 0),
        ALLOCATOR.allocate(alone, 4, AllocationMethod.dHondt(), TieRule.DENMARK, NO_LOT).seats());
    List<ListVotes> allied = List.of(
        ListVotes.of("A", 100_000), ListVotes.of("B", 24_000, "VF1"), ListVotes.of("C", 20_000, "VF1"));
    SeatAllocation result = ALLOCATOR.allocate(allied, 4, AllocationMethod.dHondt(), TieRule.DENMARK, NO_LOT);
    assertEquals(seats("A", 3, "B", 1, "C", 0), result.seats());
    assertEquals(List.of("A 100000.0000", "A 50000.0000", "VF1 44000.0000", "A 33333.3333"), table(result, ""));
    assertEquals(List.of("B 24000.0000"), table(result, "VF1"));
  }

  /*
   * Three stages: A 90000 and E 15000 alone; valgforbund VF1 = listeforbund LF1 (B 30000, C 25000)
   * and list D 20000; 7 seats by d'Hondt.
   * Stage 1: A 90000, 45000, 30000, 22500; VF1 75000, 37500, 25000, 18750; E 15000.
   *   90000 A, 75000 VF1, 45000 A, 37500 VF1, 30000 A, 25000 VF1, 22500 A → A 4, VF1 3, E 0.
   * Stage VF1, 3 seats: LF1 55000, 27500, 18333.33; D 20000 → 55000 LF1, 27500 LF1, 20000 D.
   * Stage LF1, 2 seats (§ 83): B 30000, C 25000 → B 1, C 1.
   * Result A 4, B 1, C 1, D 1, E 0.
   */
  @Test
  void alliance_threeStages() {
    List<ListVotes> votes = List.of(
        ListVotes.of("A", 90_000),
        ListVotes.of("B", 30_000, "VF1/LF1"),
        ListVotes.of("C", 25_000, " VF1 / LF1 "),
        ListVotes.of("D", 20_000, "VF1"),
        ListVotes.of("E", 15_000, ""));
    SeatAllocation result = ALLOCATOR.allocate(votes, 7, AllocationMethod.dHondt(), TieRule.DENMARK, NO_LOT);
    assertEquals(seats("A", 4, "B", 1, "C", 1, "D", 1, "E", 0), result.seats());
    assertEquals(seats("VF1", 3, "LF1", 2), result.allianceSeats());
    assertEquals(List.of("A 90000.0000", "VF1 75000.0000", "A 45000.0000", "VF1 37500.0000", "A 30000.0000",
        "VF1 25000.0000", "A 22500.0000"), table(result, ""));
    assertEquals(List.of("LF1 55000.0000", "LF1 27500.0000", "D 20000.0000"), table(result, "VF1"));
    assertEquals(List.of("B 30000.0000", "C 25000.0000"), table(result, "LF1"));
    assertEquals(List.of("", "", "", "", "", "", "", "VF1", "VF1", "VF1", "LF1", "LF1"),
        result.quotients().stream().map(WinningQuotient::stage).toList());
  }

  /* An alliance that wins no seat has no stage of its own; its lists get 0. */
  @Test
  void alliance_withoutSeats_hasNoStage() {
    List<ListVotes> votes = List.of(
        ListVotes.of("A", 1_000), ListVotes.of("B", 10, "VF1/LF1"), ListVotes.of("C", 10, "VF1"));
    SeatAllocation result = ALLOCATOR.allocate(votes, 3, AllocationMethod.dHondt(), TieRule.DENMARK, NO_LOT);
    assertEquals(seats("A", 3, "B", 0, "C", 0), result.seats());
    assertEquals(seats("VF1", 0, "LF1", 0), result.allianceSeats());
    assertEquals(List.of(), result.quotients("VF1"));
  }

  /* A tie inside an alliance's stage is drawn and recorded with that stage. */
  @Test
  void alliance_tieInsideStage_isDrawnThere() {
    List<ListVotes> votes = List.of(
        ListVotes.of("A", 300), ListVotes.of("B", 100, "VF1"), ListVotes.of("C", 100, "VF1"));
    SeatAllocation result = ALLOCATOR.allocate(votes, 2, AllocationMethod.dHondt(), TieRule.DENMARK, names -> 0);
    // Stage 1: A 300, VF1 200 → 1 each. Stage VF1: B 100 and C 100 tie for 1 seat → lot, index 0 = B.
    assertEquals(seats("A", 1, "B", 1, "C", 0), result.seats());
    assertEquals(1, result.lots().size());
    assertEquals("VF1", result.lots().get(0).stage());
    assertEquals(1, result.lots().get(0).seat());
  }

  @Test
  void alliance_withSainteLague_allocatesEachStageBySainteLague() {
    List<ListVotes> votes = List.of(ListVotes.of("A", 120), ListVotes.of("B", 60, "VF1"), ListVotes.of("C", 40, "VF1"));
    // Stage 1, divisors 1, 3, 5: A 120, VF1 100, A 40 (VF1's 33.33 is lower) → A 2, VF1 1. Stage VF1: B 60.
    SeatAllocation result = ALLOCATOR.allocate(votes, 3, AllocationMethod.sainteLague(), TieRule.DENMARK, NO_LOT);
    assertEquals(seats("A", 2, "B", 1, "C", 0), result.seats());
  }

  // --- Invalid input ---

  @Test
  void hare_withAlliances_isRejected() {
    List<ListVotes> votes = List.of(ListVotes.of("A", 10), ListVotes.of("B", 10, "VF1"));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ALLOCATOR.allocate(votes, 3, AllocationMethod.hare(), TieRule.DENMARK, NO_LOT));
    assertEquals("method", e.field());
    assertEquals("hare", e.value());
  }

  @Test
  void seats_belowOne_areRejected() {
    for (int seats : new int[] {0, -1}) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> ALLOCATOR.allocate(TEXTBOOK, seats, AllocationMethod.dHondt(), TieRule.NORWAY, NO_LOT));
      assertEquals("seats", e.field());
      assertEquals(String.valueOf(seats), e.value());
    }
  }

  @Test
  void noVotesCast_isRejected() {
    List<ListVotes> votes = List.of(ListVotes.of("A", 0), ListVotes.of("B", 0, "VF1"));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ALLOCATOR.allocate(votes, 3, AllocationMethod.dHondt(), TieRule.NORWAY, NO_LOT));
    assertEquals("votes", e.field());
    assertTrue(e.getMessage().contains("no votes were cast"), e.getMessage());
  }

  @Test
  void noLists_andDuplicateLists_areRejected() {
    assertThrows(InvalidValueException.class,
        () -> ALLOCATOR.allocate(List.of(), 3, AllocationMethod.dHondt(), TieRule.NORWAY, NO_LOT));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ALLOCATOR.allocate(
        List.of(ListVotes.of("A", 1), ListVotes.of("B", 2), ListVotes.of("A", 3)), 3,
        AllocationMethod.dHondt(), TieRule.NORWAY, NO_LOT));
    assertEquals("list", e.field());
    assertEquals("A", e.value());
  }

  @Test
  void voteTotalOverflow_isRejected() {
    List<ListVotes> votes = List.of(ListVotes.of("A", Long.MAX_VALUE), ListVotes.of("B", 1));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ALLOCATOR.allocate(votes, 3, AllocationMethod.dHondt(), TieRule.NORWAY, NO_LOT));
    assertEquals("votes", e.field());
  }

  @Test
  void hugeVoteTotals_areExact() {
    // Seat 2: A's 4611686018427387903 / 2 = ...951.5 loses to B's ...952 by one half, which a double cannot see.
    long big = Long.MAX_VALUE / 2;
    List<ListVotes> votes = List.of(ListVotes.of("A", big), ListVotes.of("B", big / 2 + 1));
    SeatAllocation result = ALLOCATOR.allocate(votes, 2, AllocationMethod.dHondt(), TieRule.NORWAY, NO_LOT);
    assertEquals(seats("A", 1, "B", 1), result.seats());
    Optional<BigDecimal> divisor = result.quotients().get(1).divisor();
    assertEquals(Optional.of(BigDecimal.ONE), divisor);
  }
}
