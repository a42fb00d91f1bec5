package org.folkestyre.toolkit.budgeting.pabulib;

import org.folkestyre.core.InvalidValueException;
import org.folkestyre.toolkit.budgeting.BallotSubmission;
import org.folkestyre.toolkit.budgeting.Voter;
import org.immutables.value.Value;

/**
 * One row of a Pabulib file's {@code VOTES} section, as written — stemmeseddel i fila (NO),
 * stemmeseddel i filen (DK): the line it starts on, the voter record and the ballot as a
 * {@link BallotSubmission}, which may name unknown or repeated projects. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class PabulibVote {
  PabulibVote() {}

  /**
   * Returns the line of the file the row starts on.
   *
   * @return the line number, from 1
   */
  @Value.Parameter
  public abstract long line();

  /**
   * Returns the voter as the row records her: id, district, age and other columns.
   *
   * @return the voter
   */
  @Value.Parameter
  public abstract Voter voter();

  /**
   * Returns the ballot as written: the project ids and points, unchecked.
   *
   * @return the submission
   */
  @Value.Parameter
  public abstract BallotSubmission submission();

  /**
   * Obtains a vote row.
   *
   * @param line the line number, from 1
   * @param voter the voter record
   * @param submission the ballot as written
   * @return the row
   */
  public static PabulibVote of(long line, Voter voter, BallotSubmission submission) {
    return ImmutablePabulibVote.of(line, voter, submission);
  }

  @Value.Check
  void check() {
    if (line() < 1) {
      throw new InvalidValueException("pabulibVote.line", line(), "must be at least 1");
    }
  }
}
