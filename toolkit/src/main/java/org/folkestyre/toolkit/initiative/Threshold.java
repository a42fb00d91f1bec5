package org.folkestyre.toolkit.initiative;

import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.municipality.Population;
import org.immutables.value.Value;

/**
 * The support an initiative needs — underskriftskrav (NO), krav til antal støtter (DK): a fixed
 * number of signatures, or a share of the inhabitants rounded up, optionally capped.
 *
 * <p>Norway's statutory threshold is 2 % of the inhabitants, but never more than 300 signatures in
 * a municipality or 500 in a county (kommuneloven § 12-1 første ledd): {@code min(ceil(2 % ×
 * inhabitants), cap)}. The share is computed exactly in integers, so 14,950 inhabitants need 299
 * signatures and 14,951 need 300. Every threshold is at least 1: an initiative always needs a
 * signer. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Threshold {
  /** The largest denominator of a share. */
  public static final long MAX_DENOMINATOR = 1_000_000;

  Threshold() {}

  /**
   * Returns the fixed number of signatures, for a threshold that is not a share.
   *
   * @return the number, or empty for a share of the inhabitants
   */
  public abstract Optional<Long> signatures();

  /**
   * Returns the numerator of the share of inhabitants.
   *
   * @return the numerator, such as 2 for 2 %; 0 for a fixed number
   */
  @Value.Default
  public long numerator() {
    return 0;
  }

  /**
   * Returns the denominator of the share of inhabitants.
   *
   * @return the denominator, such as 100 for 2 %; 1 for a fixed number
   */
  @Value.Default
  public long denominator() {
    return 1;
  }

  /**
   * Returns the number of signatures that always suffices, whatever the share gives.
   *
   * @return the cap, such as 300, or empty
   */
  public abstract Optional<Long> cap();

  /**
   * Obtains a fixed number of signatures, such as Copenhagen's 5,000.
   *
   * @param signatures the number, at least 1
   * @return the threshold
   * @throws InvalidValueException if the number is below 1
   */
  public static Threshold signatures(long signatures) {
    return ImmutableThreshold.builder().signatures(signatures).build();
  }

  /**
   * Obtains a share of the inhabitants, rounded up.
   *
   * @param numerator the numerator, at least 1
   * @param denominator the denominator, at least the numerator and at most {@value #MAX_DENOMINATOR}
   * @return the threshold
   * @throws InvalidValueException if the share is not in (0, 1] or the denominator is too large
   */
  public static Threshold shareOfInhabitants(long numerator, long denominator) {
    return ImmutableThreshold.builder().numerator(numerator).denominator(denominator).build();
  }

  /**
   * Obtains a whole percentage of the inhabitants, rounded up.
   *
   * @param percent the percentage, 1 to 100
   * @return the threshold
   * @throws InvalidValueException if the percentage is not 1 to 100
   */
  public static Threshold percentOfInhabitants(int percent) {
    return shareOfInhabitants(percent, 100);
  }

  /**
   * Returns a copy with a cap: a number of signatures that always suffices.
   *
   * @param cap the cap, at least 1
   * @return the capped threshold
   * @throws InvalidValueException if the cap is below 1
   */
  public Threshold withCap(long cap) {
    return ImmutableThreshold.builder().from(this).cap(cap).build();
  }

  /**
   * Returns whether the threshold is a share of the inhabitants.
   *
   * @return true for a share, false for a fixed number
   */
  public boolean isShare() {
    return signatures().isEmpty();
  }

  /**
   * Returns the number of signatures required in an area with a population.
   *
   * @param inhabitants the population
   * @return the number required, at least 1
   */
  public long required(Population inhabitants) {
    return required(inhabitants.count());
  }

  /**
   * Returns the number of signatures required with a number of inhabitants.
   *
   * @param inhabitants the number of inhabitants, not negative
   * @return {@code max(1, min(base, cap))}, where base is the fixed number or the share rounded up
   * @throws InvalidValueException if the number of inhabitants is negative
   */
  public long required(long inhabitants) {
    if (inhabitants < 0) {
      throw new InvalidValueException("inhabitants", inhabitants, "must not be negative");
    }
    long base;
    if (signatures().isPresent()) {
      base = signatures().get();
    } else {
      // ceil(inhabitants × n / d) without overflow: n ≤ d, so (inhabitants / d) × n ≤ inhabitants,
      // and (inhabitants % d) × n < d² ≤ 10^12.
      long whole = inhabitants / denominator() * numerator();
      long rest = inhabitants % denominator() * numerator();
      base = whole + (rest + denominator() - 1) / denominator();
    }
    long capped = cap().map(c -> Math.min(c, base)).orElse(base);
    return Math.max(1, capped);
  }

  @Value.Check
  void check() {
    if (signatures().isPresent()) {
      if (signatures().get() < 1) {
        throw new InvalidValueException("threshold.signatures", signatures().get(), "must be at least 1");
      }
      if (numerator() != 0 || denominator() != 1) {
        throw new InvalidValueException("threshold", this, "is either a number of signatures or a share, not both");
      }
    } else if (numerator() < 1 || numerator() > denominator() || denominator() > MAX_DENOMINATOR) {
      throw new InvalidValueException("threshold.share", numerator() + "/" + denominator(),
          "must be a share above 0 and at most 1, with a denominator of at most " + MAX_DENOMINATOR);
    }
    if (cap().isPresent() && cap().get() < 1) {
      throw new InvalidValueException("threshold.cap", cap().get(), "must be at least 1");
    }
  }

  @Override
  public String toString() {
    String base = signatures().map(n -> n + " signatures")
        .orElseGet(() -> denominator() == 100 ? numerator() + " % of inhabitants"
            : numerator() + "/" + denominator() + " of inhabitants");
    return cap().map(c -> base + ", at most " + c).orElse(base);
  }
}
