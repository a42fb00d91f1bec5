package org.folkestyre.toolkit.budgeting.pabulib;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.toolkit.budgeting.BallotRejection;
import org.folkestyre.toolkit.budgeting.BallotValidator;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.InvalidBallot;
import org.folkestyre.toolkit.budgeting.RejectionCode;
import org.immutables.value.Value;

/**
 * A Pabulib file read leniently, to check its ballots — stemmesedlene i en Pabulib-fil (NO),
 * stemmesedlerne i en Pabulib-fil (DK): the election without ballots (its projects, budget, ballot
 * type and constraints) and every row of the {@code VOTES} section as written.
 *
 * <p>{@link PabulibReader#readBallots(java.nio.file.Path)} returns it. Unlike {@link
 * PabulibReader#read(java.nio.file.Path)}, it keeps a vote for an unknown project, a project named
 * twice on one ballot, points that do not match the choices and a voter id used twice, so that
 * {@link #validateAll()} can report every invalid ballot instead of the first. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class PabulibBallots {
  PabulibBallots() {}

  /**
   * Returns the name of the source the rows were read from, as given to the reader.
   *
   * @return the source name
   */
  @Value.Parameter
  public abstract String source();

  /**
   * Returns the election the ballots are cast in, without ballots.
   *
   * @return the election: projects, budget, ballot type, constraints and metadata
   */
  @Value.Parameter
  public abstract BudgetingElection election();

  /**
   * Returns every row of the {@code VOTES} section, in file order.
   *
   * @return the rows, possibly none
   */
  @Value.Parameter
  public abstract ImmutableList<PabulibVote> votes();

  /**
   * Obtains the ballots of a file.
   *
   * @param source the source name
   * @param election the election, without ballots
   * @param votes the rows, in file order
   * @return the ballots
   */
  public static PabulibBallots of(String source, BudgetingElection election, Iterable<? extends PabulibVote> votes) {
    return ImmutablePabulibBallots.of(source, election, votes);
  }

  /**
   * Checks every row against the election, as {@code folkestyre pb validate} does: a voter id used
   * by an earlier row ({@link RejectionCode#SECOND_BALLOT}; the first row of a voter counts), then
   * the content ({@link BallotValidator#checkContent}: unknown and repeated projects, points, and
   * the election's constraints).
   *
   * @return one entry for each invalid row, in file order, whose {@link InvalidBallot#position()} is
   *     the row's index in {@link #votes()}; empty if every ballot is valid
   */
  public ImmutableList<InvalidBallot> validateAll() {
    BallotValidator validator = BallotValidator.of(election());
    Set<String> voters = new HashSet<>();
    ImmutableList.Builder<InvalidBallot> out = ImmutableList.builder();
    List<PabulibVote> rows = votes();
    for (int i = 0; i < rows.size(); i++) {
      PabulibVote row = rows.get(i);
      ImmutableList.Builder<BallotRejection> reasons = ImmutableList.builder();
      if (!voters.add(row.voter().id())) {
        reasons.add(BallotRejection.of(RejectionCode.SECOND_BALLOT, ImmutableMap.of()));
      }
      reasons.addAll(validator.checkContent(row.submission()));
      ImmutableList<BallotRejection> all = reasons.build();
      if (!all.isEmpty()) {
        out.add(InvalidBallot.of(i, row.voter().id(), all));
      }
    }
    return out.build();
  }

  @Value.Check
  void check() {
    if (!election().ballots().isEmpty()) {
      throw new InvalidValueException("pabulibBallots.election", election().ballots().size() + " ballots",
          "holds no ballots; the rows are in votes()");
    }
  }
}
