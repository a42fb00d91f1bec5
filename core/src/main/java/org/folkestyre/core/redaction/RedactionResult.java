package org.folkestyre.core.redaction;

import com.google.common.collect.ImmutableList;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * What a {@link Redactor} made of a text: the original, the redacted text, and every finding in
 * the order of the original.
 *
 * <p>The redacted text is the original with each {@linkplain Finding#isRedaction() redaction}
 * replaced by its replacement; review flags leave it unchanged. {@link #needsReview()} says whether
 * a person must look at the text before it is published. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RedactionResult {
  RedactionResult() {}

  /**
   * Returns the text as it was given to the redactor.
   *
   * @return the original; the findings' offsets refer to it
   */
  public abstract String original();

  /**
   * Returns the redacted text.
   *
   * @return the original with every redaction replaced
   */
  public abstract String text();

  /**
   * Returns every finding, redactions and review flags, ordered by start and then by end.
   *
   * @return the findings, empty if the text holds nothing the redactor looks for
   */
  public abstract ImmutableList<Finding> findings();

  /**
   * Returns a new builder, for a result built by other means than a {@link Redactor}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the findings that were replaced in the text.
   *
   * @return the redactions, in order
   */
  public ImmutableList<Finding> redactions() {
    return findings().stream().filter(Finding::isRedaction).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings flagged for review, which left the text unchanged.
   *
   * @return the flags, in order
   */
  public ImmutableList<Finding> reviewFlags() {
    return findings().stream().filter(f -> !f.isRedaction()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether a person must review the text before it is published.
   *
   * <p>True when there is a review flag (a special-category keyword or a named third party) or a
   * national identity number of which the redactor is only {@linkplain Certainty#PROBABLE
   * probably} sure: the number may have been mistyped, or be another kind of number, and a person
   * should check what the published text says. Telephone numbers and e-mail addresses alone need
   * no review.
   *
   * @return true if the text needs review
   */
  public boolean needsReview() {
    for (Finding finding : findings()) {
      if (finding.kind().isReviewFlag()
          || (finding.kind().isNationalIdentityNumber() && finding.certainty() == Certainty.PROBABLE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether the redacted text equals the original.
   *
   * @return true if nothing was replaced
   */
  public boolean isUnchanged() {
    return findings().stream().noneMatch(Finding::isRedaction);
  }

  @Value.Check
  void check() {
    int previousStart = -1;
    int previousEnd = -1;
    int redactionEnd = 0;
    int delta = 0;
    for (int i = 0; i < findings().size(); i++) {
      Finding finding = findings().get(i);
      String field = "redactionResult.findings[" + i + "]";
      if (finding.end() > original().length()) {
        throw new InvalidValueException(field + ".end", finding.end(),
            "is beyond the end of the original, of length " + original().length());
      }
      if (finding.start() < previousStart || (finding.start() == previousStart && finding.end() < previousEnd)) {
        throw new InvalidValueException(field + ".start", finding.start(), "findings must be ordered by start and end");
      }
      previousStart = finding.start();
      previousEnd = finding.end();
      if (finding.isRedaction()) {
        if (finding.start() < redactionEnd) {
          throw new InvalidValueException(field + ".start", finding.start(),
              "overlaps the redaction before it, which ends at " + redactionEnd);
        }
        redactionEnd = finding.end();
        delta += finding.replacement().orElseThrow().length() - finding.length();
      }
    }
    if (text().length() != original().length() + delta) {
      throw new InvalidValueException("redactionResult.text", text().length() + " characters",
          "must be the original's " + original().length() + " characters changed by the replacements, "
          + (original().length() + delta));
    }
  }

  @Override
  public String toString() {
    return "RedactionResult{" + findings().size() + " findings" + (needsReview() ? ", needs review" : "") + "}";
  }

  /** Builds a {@link RedactionResult}: original and text are required. */
  public static final class Builder extends ImmutableRedactionResult.Builder {
    Builder() {}
  }
}
