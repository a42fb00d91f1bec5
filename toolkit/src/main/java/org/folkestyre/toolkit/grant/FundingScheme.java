package org.folkestyre.toolkit.grant;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * How much a grant pool holds, by kind of election — tilskuddsramme (NO), puljens ramme (DK): an
 * amount per election or per election year, and any amounts earmarked beside the pool.
 *
 * <p>Holbæk's three alternatives of 2015 (see {@link HolbaekVotePromotion}) are each a scheme: DKK
 * 100,000 in municipal-election years and 50,000 in other election years; 70,000 and 20,000 with
 * 30,000 earmarked for postal voting at places of education; or 75,000 for every election. A kind
 * of election the scheme names no amount for gets nothing. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class FundingScheme {
  FundingScheme() {}

  /**
   * Returns what the amounts are counted per.
   *
   * @return the basis
   */
  public abstract FundingBasis basis();

  /**
   * Returns the amount of the pool for each kind of election, in øre.
   *
   * @return the amounts, each more than 0, by kind
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<ElectionKind, Long> amounts();

  /**
   * Returns the amounts set aside beside the pool, each per election or per election year as the
   * pool's amount is.
   *
   * @return the earmarks, possibly none
   */
  public abstract ImmutableList<Earmark> earmarks();

  /**
   * Obtains a scheme with one amount for every election of the given kinds.
   *
   * @param amount the amount per election in øre, more than 0
   * @param kinds the kinds of election the pool runs for, at least one
   * @return the scheme
   * @throws InvalidValueException if the amount is not positive or no kind is given
   */
  public static FundingScheme perElection(long amount, Collection<ElectionKind> kinds) {
    Builder builder = builder().basis(FundingBasis.PER_ELECTION);
    kinds.forEach(kind -> builder.putAmount(kind, amount));
    return builder.build();
  }

  /**
   * Returns the pool's amount for the given elections: the sum of their amounts
   * ({@link FundingBasis#PER_ELECTION}), or the amount of the election of highest precedence
   * ({@link FundingBasis#PER_ELECTION_YEAR}; the elections must then fall in one year).
   *
   * @param elections the elections one round of the pool covers, at least one
   * @return the amount in øre, 0 if the scheme funds none of these kinds
   * @throws InvalidValueException if no election is given, or a per-year scheme is given elections
   *     of different years
   */
  public long budgetFor(Collection<Election> elections) {
    List<Election> sorted = checkedRound(elections);
    if (basis() == FundingBasis.PER_ELECTION) {
      long sum = 0;
      for (Election election : sorted) {
        sum = Math.addExact(sum, amounts().getOrDefault(election.kind(), 0L));
      }
      return sum;
    }
    ElectionKind first = sorted.stream().map(Election::kind).min(Comparator.naturalOrder()).orElseThrow();
    return amounts().getOrDefault(first, 0L);
  }

  /**
   * Returns the earmarks for the given elections, beside the pool: each earmark once per funded
   * election ({@link FundingBasis#PER_ELECTION}) or once for the year
   * ({@link FundingBasis#PER_ELECTION_YEAR}), and none when the scheme funds none of them.
   *
   * @param elections the elections of one round, at least one
   * @return the earmarks with their amounts for the round, in øre
   * @throws InvalidValueException as {@link #budgetFor(Collection)}
   */
  public ImmutableList<Earmark> earmarksFor(Collection<Election> elections) {
    List<Election> sorted = checkedRound(elections);
    long times = basis() == FundingBasis.PER_ELECTION_YEAR
        ? (budgetFor(sorted) > 0 ? 1 : 0)
        : sorted.stream().filter(e -> amounts().containsKey(e.kind())).count();
    if (times == 0) {
      return ImmutableList.of();
    }
    return earmarks().stream().map(e -> Earmark.of(e.purpose(), Math.multiplyExact(e.amount(), times)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the amount earmarked for the given elections, beside the pool.
   *
   * @param elections the elections of one round, at least one
   * @return the sum of {@link #earmarksFor(Collection)}, in øre
   * @throws InvalidValueException as {@link #budgetFor(Collection)}
   */
  public long earmarkedFor(Collection<Election> elections) {
    return earmarksFor(elections).stream().mapToLong(Earmark::amount).reduce(0L, Math::addExact);
  }

  private List<Election> checkedRound(Collection<Election> elections) {
    Objects.requireNonNull(elections, "elections");
    if (elections.isEmpty()) {
      throw new InvalidValueException("elections", elections, "a round of a pool covers at least one election");
    }
    List<Election> sorted = elections.stream().sorted().toList();
    if (basis() == FundingBasis.PER_ELECTION_YEAR
        && sorted.get(0).date().getYear() != sorted.get(sorted.size() - 1).date().getYear()) {
      throw new InvalidValueException("elections", sorted,
          "a scheme funded per election year takes the elections of one year");
    }
    return sorted;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (amounts().isEmpty()) {
      throw new InvalidValueException("amounts", amounts(), "a scheme funds at least one kind of election");
    }
    for (Map.Entry<ElectionKind, Long> entry : amounts().entrySet()) {
      if (entry.getValue() <= 0) {
        throw new InvalidValueException("amounts." + entry.getKey(), entry.getValue(), "must be more than 0 øre");
      }
    }
  }

  /** Builds a {@link FundingScheme}; obtain one with {@link FundingScheme#builder()}. */
  public static final class Builder extends ImmutableFundingScheme.Builder {
    Builder() {}
  }
}
