package org.folkestyre.core.meeting;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;

/**
 * Thrown when a case number fits more than one scheme of its context, so that reading it would
 * mean guessing.
 *
 * <p>The message names the text and every reading, for example
 * {@code Invalid caseNumber '56/09': is ambiguous: it reads as NO_CASE (year 1956, sequence 9) or
 * NO_MEETING_CASE (year 2009, sequence 56); ...}. Resolve it by naming the expected scheme with
 * {@link CaseNumberContext#expecting(CaseNumberScheme, CaseNumberScheme...)}, or by choosing one
 * of {@link #candidates()}.
 */
public class AmbiguousCaseNumberException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The schemes that fit, in the order of {@link CaseNumberScheme}. */
  private final ImmutableList<CaseNumberScheme> candidateSchemes;
  /** The readings; not serialised, since case numbers are not serialisable. */
  private final transient ImmutableList<CaseNumber> candidates;

  /**
   * Creates an exception for a text with several readings.
   *
   * @param text the text as written
   * @param candidates the readings that fit, at least two
   * @throws IllegalArgumentException if fewer than two readings are given
   */
  public AmbiguousCaseNumberException(String text, List<CaseNumber> candidates) {
    super("caseNumber", text, rule(candidates));
    this.candidates = ImmutableList.copyOf(candidates);
    this.candidateSchemes = this.candidates.stream().map(CaseNumber::scheme).distinct()
        .collect(ImmutableList.toImmutableList());
  }

  private static String rule(List<CaseNumber> candidates) {
    Objects.requireNonNull(candidates, "candidates");
    if (candidates.size() < 2) {
      throw new IllegalArgumentException("an ambiguous case number has at least two candidates, not " + candidates);
    }
    return "is ambiguous: it reads as "
        + candidates.stream().map(c -> c.scheme() + " (" + c.describeParts() + ")").collect(Collectors.joining(" or "))
        + "; name the expected scheme in the CaseNumberContext";
  }

  /**
   * Returns the schemes the text fits.
   *
   * @return the schemes, at least two
   */
  public ImmutableList<CaseNumberScheme> candidateSchemes() {
    return candidateSchemes;
  }

  /**
   * Returns the readings of the text, one per scheme that fits.
   *
   * @return the readings; empty after Java deserialisation, which does not keep them
   */
  public ImmutableList<CaseNumber> candidates() {
    return candidates == null ? ImmutableList.of() : candidates;
  }
}
