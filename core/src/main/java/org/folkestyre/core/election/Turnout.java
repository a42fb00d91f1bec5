package org.folkestyre.core.election;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * The turnout of an election, overall or in one group of voters — valgdeltakelse (NO),
 * stemmeprocent (DK).
 *
 * <p>Built from counts ({@link #ofCounts}) the percentage is exact to six decimals; built from a
 * published percentage ({@link #ofPercent}), such as Holbæk's 71.4 per cent in 2013, it keeps the
 * figure as published. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Turnout {
  /** The group of all voters. */
  public static final String ALL_VOTERS = "all";

  Turnout() {}

  /**
   * Returns the election, such as {@code "KV2013"}.
   *
   * @return the election's label
   */
  public abstract String election();

  /**
   * Returns the group of voters, such as {@code "19-21"}, or {@value #ALL_VOTERS}.
   *
   * @return the group
   */
  public abstract String group();

  /**
   * Returns the share of eligible voters who voted, in per cent.
   *
   * @return the percentage, from 0 to 100
   */
  public abstract BigDecimal percent();

  /**
   * Returns the number of eligible voters, if counts are known.
   *
   * @return the number of eligible voters, or empty
   */
  public abstract Optional<Long> eligible();

  /**
   * Returns the number who voted, if counts are known.
   *
   * @return the number of voters, or empty
   */
  public abstract Optional<Long> voted();

  /**
   * Obtains a turnout from counts.
   *
   * @param election the election's label
   * @param group the group of voters, or {@value #ALL_VOTERS}
   * @param eligible the number of eligible voters, at least 1
   * @param voted the number who voted, from 0 to {@code eligible}
   * @return the turnout
   * @throws InvalidValueException if the counts are inconsistent
   */
  public static Turnout ofCounts(String election, String group, long eligible, long voted) {
    if (eligible < 1) {
      throw new InvalidValueException("eligible", eligible, "must be at least 1");
    }
    if (voted < 0 || voted > eligible) {
      throw new InvalidValueException("voted", voted, "must be between 0 and the " + eligible + " eligible voters");
    }
    BigDecimal percent = BigDecimal.valueOf(voted).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(eligible), 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (percent.scale() < 0) {
      percent = percent.setScale(0);
    }
    return ImmutableTurnout.builder().election(election).group(group).percent(percent)
        .eligible(eligible).voted(voted).build();
  }

  /**
   * Obtains a turnout from a published percentage.
   *
   * @param election the election's label
   * @param group the group of voters, or {@value #ALL_VOTERS}
   * @param percent the percentage, from 0 to 100, such as {@code new BigDecimal("71.4")}
   * @return the turnout
   * @throws InvalidValueException if the percentage is outside 0–100
   */
  public static Turnout ofPercent(String election, String group, BigDecimal percent) {
    return ImmutableTurnout.builder().election(election).group(group).percent(percent).build();
  }

  /**
   * Returns the change from an earlier turnout of the same group, in percentage points.
   *
   * @param earlier the earlier turnout
   * @return {@code this.percent() - earlier.percent()}, such as 4.7 for Holbæk 2009 → 2013
   * @throws InvalidValueException if the groups differ
   */
  public BigDecimal changeSince(Turnout earlier) {
    if (!Names.key(earlier.group()).equals(Names.key(group()))) {
      throw new InvalidValueException("group", earlier.group(), "must be the same group as '" + group() + "' to compare");
    }
    return percent().subtract(earlier.percent());
  }

  @Value.Check
  Turnout normalize() {
    if (percent().signum() < 0 || percent().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new InvalidValueException("percent", percent().toPlainString(), "must be between 0 and 100");
    }
    String election = Names.normalize("election", election());
    String group = Names.normalize("group", group());
    return election.equals(election()) && group.equals(group()) ? this
        : ImmutableTurnout.builder().from(this).election(election).group(group).build();
  }

  @Override
  public String toString() {
    return election() + " " + group() + ": " + percent().toPlainString() + " %";
  }
}
