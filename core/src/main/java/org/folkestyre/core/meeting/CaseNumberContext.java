package org.folkestyre.core.meeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.immutables.value.Value;

/**
 * What a case-number parser needs to know besides the text: the jurisdiction the number comes
 * from, the schemes the caller expects, and the reference year that fixes the century of
 * two-digit years.
 *
 * <p><b>Years.</b> Every year of a case number must lie in the 100 years that end with the
 * reference year, from {@code referenceYear - 99} to {@code referenceYear}. A two-digit year is
 * expanded to the one year of that window that ends in those digits (the pivot): with reference
 * year 2024, {@code 24} is 2024, {@code 09} is 2009 and {@code 25} is 1925. A four-digit year
 * outside the window does not fit, which is how {@code 2021/1234} (saksnummer, year 2021) is told
 * from a journalpostnummer of the year 1234. Pass the year of the document or meeting the number
 * was found in, or the current year from your own {@link java.time.Clock}; never a year before
 * the number was issued.
 *
 * <p><b>Schemes.</b> Without a jurisdiction every scheme is considered; with one, the schemes
 * {@link CaseNumberScheme#appliesTo(Jurisdiction) used there}. Expected schemes narrow that set
 * further; they must belong to the jurisdiction. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseNumberContext {
  /** The earliest reference year accepted. */
  public static final int MIN_REFERENCE_YEAR = 1900;
  /** The latest reference year accepted. */
  public static final int MAX_REFERENCE_YEAR = 9999;
  /** How many years the window of valid years spans, ending with the reference year. */
  public static final int WINDOW_YEARS = 100;

  CaseNumberContext() {}

  /**
   * Returns the jurisdiction the numbers come from.
   *
   * @return the jurisdiction, or empty to consider the schemes of every jurisdiction
   */
  public abstract Optional<Jurisdiction> jurisdiction();

  /**
   * Returns the schemes the caller expects.
   *
   * @return the expected schemes; empty to accept every scheme of the jurisdiction
   */
  public abstract ImmutableSet<CaseNumberScheme> expectedSchemes();

  /**
   * Returns the reference year: the last year of the window of valid years.
   *
   * @return the reference year, from {@value #MIN_REFERENCE_YEAR} to {@value #MAX_REFERENCE_YEAR}
   */
  public abstract int referenceYear();

  /**
   * Obtains a context for numbers of a jurisdiction.
   *
   * @param jurisdiction the jurisdiction, such as {@link Jurisdiction#norway()}
   * @param referenceYear the year the numbers were written in or before, such as 2024
   * @return the context, accepting every scheme of the jurisdiction
   * @throws InvalidValueException if the reference year is outside 1900 to 9999
   */
  public static CaseNumberContext of(Jurisdiction jurisdiction, int referenceYear) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return ImmutableCaseNumberContext.builder().jurisdiction(jurisdiction).referenceYear(referenceYear).build();
  }

  /**
   * Obtains a context for numbers whose jurisdiction is unknown, such as a mixed import.
   *
   * @param referenceYear the year the numbers were written in or before
   * @return the context, accepting every scheme of every jurisdiction
   * @throws InvalidValueException if the reference year is outside 1900 to 9999
   */
  public static CaseNumberContext anyJurisdiction(int referenceYear) {
    return ImmutableCaseNumberContext.builder().referenceYear(referenceYear).build();
  }

  /**
   * Obtains a context that accepts one scheme only, as for a field known to hold, say, a
   * Noark 5 saksnummer.
   *
   * @param scheme the scheme
   * @param referenceYear the year the numbers were written in or before
   * @return the context, with the scheme's jurisdiction
   * @throws InvalidValueException if the reference year is outside 1900 to 9999
   */
  public static CaseNumberContext forScheme(CaseNumberScheme scheme, int referenceYear) {
    Objects.requireNonNull(scheme, "scheme");
    Jurisdiction jurisdiction = Jurisdiction.NORWAY_ID.equals(scheme.jurisdictionId())
        ? Jurisdiction.norway() : Jurisdiction.denmark();
    return ImmutableCaseNumberContext.builder().jurisdiction(jurisdiction).referenceYear(referenceYear)
        .addExpectedSchemes(scheme).build();
  }

  /**
   * Returns a copy of this context that expects only the given schemes.
   *
   * @param scheme a scheme the caller expects
   * @param more further expected schemes
   * @return the narrowed context; the schemes replace any expected before
   * @throws InvalidValueException if a scheme does not belong to the context's jurisdiction
   */
  public CaseNumberContext expecting(CaseNumberScheme scheme, CaseNumberScheme... more) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(more, "more");
    return ImmutableCaseNumberContext.builder().from(this)
        .expectedSchemes(ImmutableSet.<CaseNumberScheme>builder().add(scheme).add(more).build())
        .build();
  }

  /**
   * Returns the schemes a text is read as: the expected ones, or else every scheme of the jurisdiction.
   *
   * @return the schemes, in declaration order
   */
  public ImmutableSet<CaseNumberScheme> schemes() {
    if (!expectedSchemes().isEmpty()) {
      return Arrays.stream(CaseNumberScheme.values()).filter(expectedSchemes()::contains)
          .collect(ImmutableSet.toImmutableSet());
    }
    return ImmutableSet.copyOf(jurisdictionSchemes());
  }

  /**
   * Returns the first year of the window of valid years.
   *
   * @return {@code referenceYear() - 99}
   */
  public int earliestYear() {
    return referenceYear() - (WINDOW_YEARS - 1);
  }

  /**
   * Returns whether a four-digit year lies in the window of valid years.
   *
   * @param year the year
   * @return true if it is from {@link #earliestYear()} to {@link #referenceYear()}
   */
  public boolean isWithinWindow(int year) {
    return year >= earliestYear() && year <= referenceYear();
  }

  /**
   * Expands a two-digit year to the year of the window that ends in those digits.
   *
   * @param twoDigitYear the year as written, 0 to 99
   * @return the full year, such as 2009 for 9 with reference year 2024, or 1925 for 25
   * @throws InvalidValueException if the year is not 0 to 99
   */
  public int expandTwoDigitYear(int twoDigitYear) {
    if (twoDigitYear < 0 || twoDigitYear > 99) {
      throw new InvalidValueException("twoDigitYear", twoDigitYear, "must be 0 to 99");
    }
    return referenceYear() - Math.floorMod(referenceYear() - twoDigitYear, WINDOW_YEARS);
  }

  /** Returns the schemes of the jurisdiction, ignoring expectations; every scheme without one. */
  ImmutableList<CaseNumberScheme> jurisdictionSchemes() {
    return jurisdiction().map(CaseNumberScheme::usedIn).orElseGet(() -> ImmutableList.copyOf(CaseNumberScheme.values()));
  }

  @Value.Check
  void check() {
    if (referenceYear() < MIN_REFERENCE_YEAR || referenceYear() > MAX_REFERENCE_YEAR) {
      throw new InvalidValueException("referenceYear", referenceYear(),
          "must be from " + MIN_REFERENCE_YEAR + " to " + MAX_REFERENCE_YEAR);
    }
    if (jurisdiction().isPresent()) {
      for (CaseNumberScheme scheme : expectedSchemes()) {
        if (!scheme.appliesTo(jurisdiction().get())) {
          throw new InvalidValueException("expectedSchemes", scheme,
              "is a scheme of " + scheme.jurisdictionId() + ", not of " + jurisdiction().get().id());
        }
      }
    }
  }

  @Override
  public String toString() {
    return "CaseNumberContext{" + jurisdiction().map(Jurisdiction::id).orElse("any jurisdiction")
        + (expectedSchemes().isEmpty() ? "" : ", expecting " + schemes()) + ", years " + earliestYear() + "–"
        + referenceYear() + "}";
  }
}
