package org.folkestyre.core.election;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A method of turning vote totals into seats — fordelingsmetode (NO), fordelingsmetode (DK).
 *
 * <p>Three are highest-averages (divisor) methods: each list's vote total is divided by a
 * sequence of divisors and the highest quotients win the seats.
 * <ul>
 *   <li>{@link #dHondt() d'Hondt}: divisors 1, 2, 3, 4, … (kommuneloven § 7-6 for committee
 *       elections in Norway; kommunal- og regionalvalgloven § 81 for Danish councils);</li>
 *   <li>{@link #sainteLague() Sainte-Laguë}: divisors 1, 3, 5, 7, …;</li>
 *   <li>{@link #modifiedSainteLague(BigDecimal) modified Sainte-Laguë}: a first divisor between
 *       1 and 3, then 3, 5, 7, … (Norwegian council elections use 1.4, valgloven 2002
 *       §§ 11-4 and 11-12).</li>
 * </ul>
 * The fourth, {@link #hare() Hare} (largest remainder), gives each list as many seats as whole
 * Hare quotas (total votes ÷ seats) it has and the remaining seats to the largest remainders.
 *
 * <p>Each method has an {@link #id() id} for the command line and configuration files;
 * {@link #ofId(String, Optional)} parses it. Two methods are equal when their ids and first
 * divisors are equal; {@code 1.40} and {@code 1.4} are the same first divisor. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class AllocationMethod {
  /** The id of d'Hondt's method. */
  public static final String D_HONDT_ID = "dhondt";
  /** The id of Sainte-Laguë's method. */
  public static final String SAINTE_LAGUE_ID = "sainte-lague";
  /** The id of modified Sainte-Laguë's method. */
  public static final String MODIFIED_SAINTE_LAGUE_ID = "modified-sainte-lague";
  /** The id of the largest-remainder method with the Hare quota. */
  public static final String HARE_ID = "hare";
  /** The first divisor of Norwegian council elections, 1.4, the default of {@link #ofId(String, Optional)}. */
  public static final BigDecimal NORWEGIAN_FIRST_DIVISOR = new BigDecimal("1.4");

  private static final ImmutableList<String> IDS =
      ImmutableList.of(D_HONDT_ID, SAINTE_LAGUE_ID, MODIFIED_SAINTE_LAGUE_ID, HARE_ID);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);

  AllocationMethod() {}

  /**
   * Returns the id of the method, as the command line spells it.
   *
   * @return one of {@code dhondt}, {@code sainte-lague}, {@code modified-sainte-lague}, {@code hare}
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the first divisor of modified Sainte-Laguë; empty for the other methods.
   *
   * @return the first divisor, such as {@code 1.4}, without trailing zeros
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> firstDivisor();

  /**
   * Returns d'Hondt's method: divisors 1, 2, 3, 4, …
   *
   * @return the method
   */
  public static AllocationMethod dHondt() {
    return ImmutableAllocationMethod.of(D_HONDT_ID, Optional.empty());
  }

  /**
   * Returns Sainte-Laguë's method: divisors 1, 3, 5, 7, …
   *
   * @return the method
   */
  public static AllocationMethod sainteLague() {
    return ImmutableAllocationMethod.of(SAINTE_LAGUE_ID, Optional.empty());
  }

  /**
   * Returns modified Sainte-Laguë's method: divisors {@code firstDivisor}, 3, 5, 7, …
   *
   * <p>A first divisor above 1 makes a list's first seat dearer than under plain Sainte-Laguë;
   * Norway uses {@link #NORWEGIAN_FIRST_DIVISOR 1.4}. The value is exact: {@code 1.4} is
   * fourteen tenths, not the nearest binary fraction.
   *
   * @param firstDivisor the first divisor, greater than 1 and less than 3
   * @return the method
   * @throws InvalidValueException if the first divisor is not between 1 and 3 (both excluded)
   */
  public static AllocationMethod modifiedSainteLague(BigDecimal firstDivisor) {
    Objects.requireNonNull(firstDivisor, "firstDivisor");
    if (firstDivisor.compareTo(BigDecimal.ONE) <= 0 || firstDivisor.compareTo(THREE) >= 0) {
      throw new InvalidValueException("firstDivisor", firstDivisor.toPlainString(),
          "must be greater than 1 and less than 3, so that the divisors keep increasing (first, 3, 5, 7, …)");
    }
    return ImmutableAllocationMethod.of(MODIFIED_SAINTE_LAGUE_ID, Optional.of(normalize(firstDivisor)));
  }

  /**
   * Returns the largest-remainder method with the Hare quota (total votes ÷ seats).
   *
   * @return the method
   */
  public static AllocationMethod hare() {
    return ImmutableAllocationMethod.of(HARE_ID, Optional.empty());
  }

  /**
   * Obtains a method by its id, ignoring case and surrounding blanks.
   *
   * <p>This is the parser for command lines: {@code --method modified-sainte-lague
   * --first-divisor 1.4}. The first divisor may be given only for {@code modified-sainte-lague};
   * when it is absent there, Norway's {@link #NORWEGIAN_FIRST_DIVISOR 1.4} applies.
   *
   * @param id the id, one of {@link #ids()}
   * @param firstDivisor the first divisor of modified Sainte-Laguë, or empty
   * @return the method
   * @throws InvalidValueException if the id is unknown (the message lists the valid ids), if a
   *     first divisor is given for another method, or if it is out of range
   */
  public static AllocationMethod ofId(String id, Optional<BigDecimal> firstDivisor) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(firstDivisor, "firstDivisor");
    String key = id.strip().toLowerCase(Locale.ROOT);
    if (!IDS.contains(key)) {
      throw new InvalidValueException("method", id, "is not a known allocation method; valid: " + String.join(", ", IDS));
    }
    if (key.equals(MODIFIED_SAINTE_LAGUE_ID)) {
      return modifiedSainteLague(firstDivisor.orElse(NORWEGIAN_FIRST_DIVISOR));
    }
    if (firstDivisor.isPresent()) {
      throw new InvalidValueException("firstDivisor", firstDivisor.get().toPlainString(),
          "applies only to " + MODIFIED_SAINTE_LAGUE_ID + ", not to " + key);
    }
    switch (key) {
      case D_HONDT_ID:
        return dHondt();
      case SAINTE_LAGUE_ID:
        return sainteLague();
      default:
        return hare();
    }
  }

  /**
   * Returns the ids of every method, in the order the documentation lists them.
   *
   * @return {@code dhondt}, {@code sainte-lague}, {@code modified-sainte-lague}, {@code hare}
   */
  public static ImmutableList<String> ids() {
    return IDS;
  }

  /**
   * Returns whether this is a highest-averages (divisor) method; only Hare is not.
   *
   * @return true for d'Hondt and both Sainte-Laguë methods
   */
  public boolean isDivisorMethod() {
    return !id().equals(HARE_ID);
  }

  /**
   * Returns the divisor of a list that has already won some seats: its next seat is won with the
   * quotient {@code votes ÷ divisor(seatsWon)}.
   *
   * @param seatsWon the seats the list has won so far, 0 or more
   * @return the divisor, exact: {@code seatsWon + 1} for d'Hondt, {@code 2 × seatsWon + 1} for
   *     Sainte-Laguë, and the first divisor instead of 1 for modified Sainte-Laguë
   * @throws IllegalStateException if this is Hare, which has no divisors
   * @throws InvalidValueException if {@code seatsWon} is negative
   */
  public BigDecimal divisor(int seatsWon) {
    if (seatsWon < 0) {
      throw new InvalidValueException("seatsWon", seatsWon, "must not be negative");
    }
    switch (id()) {
      case D_HONDT_ID:
        return BigDecimal.valueOf(seatsWon + 1L);
      case SAINTE_LAGUE_ID:
        return BigDecimal.valueOf(2L * seatsWon + 1);
      case MODIFIED_SAINTE_LAGUE_ID:
        return seatsWon == 0 ? firstDivisor().orElseThrow() : BigDecimal.valueOf(2L * seatsWon + 1);
      default:
        throw new IllegalStateException("The " + id() + " method has no divisors");
    }
  }

  @Value.Check
  void check() {
    if (!IDS.contains(id())) {
      throw new InvalidValueException("method", id(), "is not a known allocation method; valid: " + String.join(", ", IDS));
    }
    if (firstDivisor().isPresent() != id().equals(MODIFIED_SAINTE_LAGUE_ID)) {
      throw new InvalidValueException("firstDivisor", firstDivisor().map(BigDecimal::toPlainString).orElse(""),
          "is required for " + MODIFIED_SAINTE_LAGUE_ID + " and not allowed for the other methods");
    }
  }

  private static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns the id, followed by the first divisor in parentheses for modified Sainte-Laguë.
   *
   * @return the text form, such as {@code dhondt} or {@code modified-sainte-lague(1.4)}
   */
  @Override
  public String toString() {
    return firstDivisor().map(d -> id() + "(" + d.toPlainString() + ")").orElse(id());
  }
}
