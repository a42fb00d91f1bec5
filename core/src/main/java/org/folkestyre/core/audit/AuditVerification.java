package org.folkestyre.core.audit;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of verifying an audit chain: valid, or the first problem found and where.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditVerification {
  /** What was wrong with the chain. */
  public enum Problem {
    /** An entry's content no longer matches its hash. */
    EDITED,
    /** One or more entries are missing. */
    REMOVED,
    /** An entry appears where an earlier one already stood. */
    INSERTED,
    /** Entries are not in the order they were appended. */
    REORDERED
  }

  AuditVerification() {}

  /**
   * Returns the number of entries checked.
   *
   * @return the entries checked before the first problem, or all of them
   */
  public abstract int checked();

  /**
   * Returns the problem, if any.
   *
   * @return the problem, or empty for a valid chain
   */
  public abstract Optional<Problem> problem();

  /**
   * Returns the sequence number of the entry concerned.
   *
   * @return the sequence number, or empty for a valid chain
   */
  public abstract Optional<Long> entry();

  /**
   * Returns an explanation of the problem.
   *
   * @return the explanation, or empty for a valid chain
   */
  public abstract Optional<String> explanation();

  /**
   * Returns whether the chain is intact.
   *
   * @return true if no problem was found
   */
  public boolean isValid() {
    return problem().isEmpty();
  }

  static AuditVerification valid(int checked) {
    return ImmutableAuditVerification.builder().checked(checked).build();
  }

  static AuditVerification problem(int position, Problem problem, long entry, String explanation) {
    return ImmutableAuditVerification.builder().checked(position).problem(problem).entry(entry)
        .explanation(explanation).build();
  }

  @Override
  public String toString() {
    return isValid() ? "valid (" + checked() + " entries)" : problem().get() + ": " + explanation().get();
  }
}
