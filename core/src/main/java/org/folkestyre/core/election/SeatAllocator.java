package org.folkestyre.core.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.spi.LotSource;

/**
 * Allocates seats among lists — mandatfordeling (NO, DK) — and explains the result.
 *
 * <p>A divisor method gives the seats one by one to the highest quotient {@code votes ÷
 * divisor(seats won so far)}; Hare gives them one by one to the list with the most votes left
 * after paying one Hare quota (total votes ÷ seats) for each seat already won, which is the same
 * as whole quotas first and then the largest remainders. Quotients are compared exactly, by
 * cross-multiplication in {@link BigDecimal}.
 *
 * <p><b>Ties.</b> When several lists share the highest quotient, {@link TieRule#NORWAY} first
 * keeps those with the largest vote total. If all the remaining tied lists fit into the seats
 * still to be given, they each get one, in order of name, and no lot is drawn; otherwise the
 * {@link LotSource} draws the next seat among them (names sorted, so the lot does not depend on
 * the order of the input), and every draw is recorded in {@link SeatAllocation#lots()}.
 *
 * <p><b>Alliances.</b> When any list has an {@link ListVotes#alliance() alliance}, the seats are
 * allocated in stages as kommunal- og regionalvalgloven §§ 39 and 81–83 prescribe: first among
 * the top-level units by their vote totals (an alliance counts as one list with the sum of its
 * lists' votes), then each alliance's seats among its members, then each listeforbund's seats
 * among its lists. Each stage uses the same divisor method and tie rule. Danish law uses d'Hondt;
 * Hare with alliances is rejected, because the law defines the stages only for divisors. The
 * stages of the alliances run in order of name (each valgforbund followed by its listeforbund), so
 * that neither the explanation nor the sequence of lots depends on the order of the input.
 *
 * <pre>{@code
 * SeatAllocation result = SeatAllocator.create().allocate(
 *     List.of(ListVotes.of("A", 100_000), ListVotes.of("B", 80_000),
 *             ListVotes.of("C", 30_000), ListVotes.of("D", 20_000)),
 *     8, AllocationMethod.dHondt(), TieRule.NORWAY, LotSource.seeded(1));
 * result.seats(); // {A=4, B=3, C=1, D=0}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the lot source passed in need not be.
 */
public final class SeatAllocator {
  private static final SeatAllocator INSTANCE = new SeatAllocator();
  private static final int DISPLAY_SCALE = 4;

  private SeatAllocator() {}

  /**
   * Returns a seat allocator.
   *
   * @return the allocator
   */
  public static SeatAllocator create() {
    return INSTANCE;
  }

  /**
   * Allocates seats among lists.
   *
   * @param votes the lists with their vote totals and alliances, at least one, names unique
   * @param seats the number of seats to allocate, at least 1
   * @param method the allocation method
   * @param tieRule the tie rule
   * @param lots the source of lots, asked only when a tie must be decided by lot
   * @return the allocation with its explanation
   * @throws InvalidValueException if there are no lists, a name is duplicated, the alliance paths
   *     contradict each other, the seats are fewer than 1, no votes were cast at all, the vote total
   *     exceeds {@link Long#MAX_VALUE}, or Hare is combined with alliances
   * @throws IllegalStateException if the lot source returns an index outside the tied names
   */
  public SeatAllocation allocate(
      List<ListVotes> votes, int seats, AllocationMethod method, TieRule tieRule, LotSource lots) {
    Objects.requireNonNull(votes, "votes");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(tieRule, "tieRule");
    Objects.requireNonNull(lots, "lots");
    if (seats < 1) {
      throw new InvalidValueException("seats", seats, "must be at least 1");
    }
    AllianceStructure structure = AllianceStructure.of(votes);
    Map<String, Long> totals = new LinkedHashMap<>();
    for (ListVotes list : votes) {
      totals.put(list.list(), list.votes());
    }
    for (String alliance : structure.alliances().keySet().asList().reverse()) {
      totals.put(alliance, sum(structure.members(alliance), totals));
    }
    long total = sum(structure.topLevel(), totals);
    if (total == 0) {
      throw new InvalidValueException("votes", 0,
          "no votes were cast for any list, so there is nothing to allocate the seats by");
    }
    if (structure.hasAlliances() && !method.isDivisorMethod()) {
      throw new InvalidValueException("method", method.id(),
          "cannot be used with alliances: the stages of kommunal- og regionalvalgloven §§ 81-83 are defined for"
              + " divisor methods; use dhondt");
    }
    Stages stages = new Stages(method, tieRule, lots, totals);
    Map<String, Integer> won = new LinkedHashMap<>();
    stages.allocate("", structure.topLevel(), seats, won);
    ImmutableMap.Builder<String, Integer> allianceSeats = ImmutableMap.builder();
    for (String alliance : stageOrder(structure)) {
      int allianceWon = won.get(alliance);
      allianceSeats.put(alliance, allianceWon);
      if (allianceWon > 0) {
        stages.allocate(alliance, structure.members(alliance), allianceWon, won);
      } else {
        structure.members(alliance).forEach(member -> won.put(member, 0));
      }
    }
    ImmutableMap.Builder<String, Integer> listSeats = ImmutableMap.builder();
    for (String list : structure.lists()) {
      listSeats.put(list, won.get(list));
    }
    return ImmutableSeatAllocation.builder()
        .method(method)
        .tieRule(tieRule)
        .totalSeats(seats)
        .seats(listSeats.build())
        .allianceSeats(allianceSeats.build())
        .quotients(stages.quotients)
        .lots(stages.draws)
        .build();
  }

  /**
   * Returns the alliances in the order their stages run: top-level alliances by name, each followed
   * by its listeforbund by name. Sorting by name keeps the result, and the order in which lots are
   * drawn, independent of the order of the input.
   */
  private static List<String> stageOrder(AllianceStructure structure) {
    List<String> order = new ArrayList<>();
    for (String unit : sorted(structure.topLevel())) {
      if (structure.isAlliance(unit)) {
        order.add(unit);
        sorted(structure.members(unit)).stream().filter(structure::isAlliance).forEach(order::add);
      }
    }
    return order;
  }

  private static List<String> sorted(List<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.naturalOrder());
    return sorted;
  }

  private static long sum(List<String> names, Map<String, Long> totals) {
    long sum = 0;
    for (String name : names) {
      try {
        sum = Math.addExact(sum, totals.get(name));
      } catch (ArithmeticException e) {
        throw new InvalidValueException("votes", names, "add up to more than " + Long.MAX_VALUE);
      }
    }
    return sum;
  }

  /** The exact value {@code numerator ÷ denominator}, with a positive denominator. */
  private record Fraction(BigDecimal numerator, BigDecimal denominator) implements Comparable<Fraction> {
    @Override
    public int compareTo(Fraction other) {
      return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    BigDecimal rounded() {
      return numerator.divide(denominator, DISPLAY_SCALE, RoundingMode.HALF_UP);
    }
  }

  /** Runs the stages of one allocation and collects their explanation. */
  private static final class Stages {
    private final AllocationMethod method;
    private final TieRule tieRule;
    private final LotSource lots;
    private final Map<String, Long> totals;
    private final List<WinningQuotient> quotients = new ArrayList<>();
    private final List<Lot> draws = new ArrayList<>();

    Stages(AllocationMethod method, TieRule tieRule, LotSource lots, Map<String, Long> totals) {
      this.method = method;
      this.tieRule = tieRule;
      this.lots = lots;
      this.totals = totals;
    }

    /** Allocates {@code seats} among {@code units} and records each unit's seats in {@code won}. */
    void allocate(String stage, List<String> units, int seats, Map<String, Integer> won) {
      List<String> byName = sorted(units);
      int n = byName.size();
      long[] votes = new long[n];
      long stageTotal = 0;
      for (int i = 0; i < n; i++) {
        votes[i] = totals.get(byName.get(i));
        stageTotal += votes[i];
      }
      BigDecimal house = BigDecimal.valueOf(seats);
      BigDecimal quota = BigDecimal.valueOf(stageTotal);
      int[] count = new int[n];
      Fraction[] next = new Fraction[n];
      for (int i = 0; i < n; i++) {
        next[i] = priority(votes[i], 0, house, quota);
      }
      for (int seat = 1; seat <= seats; seat++) {
        List<Integer> tied = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          int cmp = tied.isEmpty() ? 1 : next[i].compareTo(next[tied.get(0)]);
          if (cmp > 0) {
            tied.clear();
          }
          if (cmp >= 0) {
            tied.add(i);
          }
        }
        if (tieRule.prefersLargerVoteTotal() && tied.size() > 1) {
          long most = tied.stream().mapToLong(i -> votes[i]).max().orElseThrow();
          tied.removeIf(i -> votes[i] != most);
        }
        int winner = tied.get(0);
        if (tied.size() > seats - seat + 1) {
          ImmutableList<String> names = tied.stream().map(byName::get).collect(ImmutableList.toImmutableList());
          int drawn = lots.draw(names);
          if (drawn < 0 || drawn >= names.size()) {
            throw new IllegalStateException(
                "The lot source returned index " + drawn + " for " + names.size() + " tied names " + names);
          }
          winner = tied.get(drawn);
          draws.add(ImmutableLot.builder().stage(stage).seat(seat).candidates(names).winner(names.get(drawn)).build());
        }
        quotients.add(ImmutableWinningQuotient.builder()
            .stage(stage)
            .seat(seat)
            .list(byName.get(winner))
            .votes(votes[winner])
            .divisor(method.isDivisorMethod() ? Optional.of(method.divisor(count[winner])) : Optional.empty())
            .quotient(next[winner].rounded())
            .build());
        count[winner]++;
        next[winner] = priority(votes[winner], count[winner], house, quota);
      }
      for (int i = 0; i < n; i++) {
        won.put(byName.get(i), count[i]);
      }
    }

    /**
     * Returns what a unit's next seat is won with: {@code votes ÷ divisor} for a divisor method;
     * for Hare, {@code votes − seatsWon × total ÷ seats}, kept exact as
     * {@code (votes × seats − seatsWon × total) ÷ seats}.
     */
    private Fraction priority(long votes, int seatsWon, BigDecimal house, BigDecimal stageTotal) {
      BigDecimal v = BigDecimal.valueOf(votes);
      if (method.isDivisorMethod()) {
        return new Fraction(v, method.divisor(seatsWon));
      }
      return new Fraction(v.multiply(house).subtract(BigDecimal.valueOf(seatsWon).multiply(stageTotal)), house);
    }
  }
}
