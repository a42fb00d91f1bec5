package org.folkestyre.core.plan;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A municipality's fiscal rules — handlingsregler, finansielle måltall (NO), økonomisk politik (DK):
 * the thresholds its budgets are checked against.
 *
 * <p>Drammen's (seed: "Bærekraftig økonomi – skape handlingsrom") are balance in running
 * operations, debt that is not too high, reserves in a disposition fund, an interest-rate reserve
 * fund, and a self-financing share of non-profitable investments of at least 15 per cent, rising
 * to 20. Percentages are exact decimals. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FiscalPolicy {
  FiscalPolicy() {}

  /**
   * Returns the minimum self-financing share of non-profitable investments, in per cent, by the
   * year from which it applies.
   *
   * @return the steps, such as 15 from 2020
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Year, BigDecimal> selfFinancingMinimum();

  /**
   * Returns the debt ceiling in per cent of operating revenue, if the policy sets one.
   *
   * @return the ceiling, or empty
   */
  public abstract Optional<BigDecimal> debtCeilingPercent();

  /**
   * Returns the minimum disposition fund in per cent of operating revenue, if the policy sets one;
   * without it, any positive fund meets the rule.
   *
   * @return the minimum, or empty
   */
  public abstract Optional<BigDecimal> reserveMinimumPercent();

  /**
   * Returns the minimum self-financing share that applies in a year.
   *
   * @param year the budget year
   * @return the share in per cent, or empty before the first step
   */
  public Optional<BigDecimal> selfFinancingMinimum(Year year) {
    return Optional.ofNullable(selfFinancingMinimum().floorEntry(year)).map(Map.Entry::getValue);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns Drammen's fiscal rules as adopted for the merged municipality: at least 15 per cent
   * self-financing from 2020. The year the share reaches 20 per cent, the debt ceiling and the size
   * of the reserves are not given in the source; add them with {@link #builder()}.
   *
   * @return the policy
   */
  public static FiscalPolicy drammen2020() {
    return builder().putSelfFinancingMinimum(Year.of(2020), new BigDecimal("15")).build();
  }

  @Value.Check
  void check() {
    selfFinancingMinimum().forEach((year, percent) -> requirePercent("selfFinancingMinimum", percent));
    debtCeilingPercent().ifPresent(p -> requirePercent("debtCeilingPercent", p));
    reserveMinimumPercent().ifPresent(p -> requirePercent("reserveMinimumPercent", p));
  }

  private static void requirePercent(String field, BigDecimal percent) {
    if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(1000)) > 0) {
      throw new InvalidValueException(field, percent.toPlainString(), "must be a percentage from 0 to 1000");
    }
  }

  /** Builds a {@link FiscalPolicy}. */
  public static final class Builder extends ImmutableFiscalPolicy.Builder {
    Builder() {}
  }
}
