package org.folkestyre.core.meeting;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.VoteResult.Outcome;
import org.folkestyre.core.meeting.VoteResult.Reason;
import org.folkestyre.core.spi.LotSource;

/**
 * Computes the result of a vote by the law of a jurisdiction.
 *
 * <p>Both countries decide by a majority of the votes cast: a motion is adopted when more vote for
 * it than against; blank votes are not cast votes. They differ on a tie:
 * <ul>
 *   <li>Norway (kommuneloven § 11-9 second paragraph): the chair's vote decides, except in an
 *       election, where the tie is decided by lot (§ 7-8). For the lot the counter passes the two
 *       outcomes, {@code ["ADOPTED", "REJECTED"]}, to its {@link LotSource}, and the index drawn
 *       is the outcome.</li>
 *   <li>Denmark (styrelsesloven § 11 stk. 3, as the ministry reads it): a tie is no majority, so
 *       the motion falls; the chair has no casting vote. Some councils' rules of procedure draw lots
 *       in elections; that is local and not modelled.</li>
 * </ul>
 *
 * <p>Thread-safe if its lot source is; a {@link LotSource#seeded(long) seeded} source is not.
 */
public final class VoteCounter {
  private static final ImmutableList<String> LOT_OUTCOMES = ImmutableList.of(Outcome.ADOPTED.name(), Outcome.REJECTED.name());

  private final Jurisdiction jurisdiction;
  private final LotSource lots;

  private VoteCounter(Jurisdiction jurisdiction, LotSource lots) {
    this.jurisdiction = jurisdiction;
    this.lots = lots;
  }

  /**
   * Obtains a counter for Norway.
   *
   * @param lots the source of lots for tied elections
   * @return the counter
   */
  public static VoteCounter norway(LotSource lots) {
    return new VoteCounter(Jurisdiction.norway(), Objects.requireNonNull(lots, "lots"));
  }

  /**
   * Obtains a counter for Denmark, where no vote is decided by lot.
   *
   * @return the counter
   */
  public static VoteCounter denmark() {
    return new VoteCounter(Jurisdiction.denmark(), names -> {
      throw new IllegalStateException("a Danish vote is never decided by lot");
    });
  }

  /**
   * Obtains a counter for a jurisdiction.
   *
   * @param jurisdiction Norway or Denmark
   * @param lots the source of lots, used in Norway only
   * @return the counter
   * @throws InvalidValueException if the library has no counting rules for the jurisdiction
   */
  public static VoteCounter of(Jurisdiction jurisdiction, LotSource lots) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(lots, "lots");
    if (jurisdiction.id().equals(Jurisdiction.NORWAY_ID)) {
      return norway(lots);
    }
    if (jurisdiction.id().equals(Jurisdiction.DENMARK_ID)) {
      return denmark();
    }
    throw new InvalidValueException("jurisdiction", jurisdiction.id(), "has no vote-counting rules; built in: NO, DK");
  }

  /**
   * Returns the jurisdiction whose law the counter applies.
   *
   * @return the jurisdiction
   */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /**
   * Computes the result of a vote from its counts.
   *
   * @param vote the vote; its recorded result is ignored
   * @return the result by law
   * @throws InvalidValueException if a Norwegian tie outside an election is to be decided by the
   *     chair's vote and the vote does not record the chair voting for or against
   */
  public VoteResult count(Vote vote) {
    Objects.requireNonNull(vote, "vote");
    VoteCount counts = vote.counts();
    if (counts.hasMajority()) {
      return VoteResult.adopted(Reason.MAJORITY);
    }
    if (!counts.isTie()) {
      return VoteResult.rejected(Reason.MAJORITY);
    }
    if (jurisdiction.id().equals(Jurisdiction.DENMARK_ID)) {
      return VoteResult.rejected(Reason.TIE_FALLS);
    }
    if (vote.kind() == VoteKind.ELECTION) {
      int drawn = lots.draw(LOT_OUTCOMES);
      if (drawn < 0 || drawn >= LOT_OUTCOMES.size()) {
        throw new IllegalStateException("the lot source drew " + drawn + " of " + LOT_OUTCOMES);
      }
      return VoteResult.of(Outcome.valueOf(LOT_OUTCOMES.get(drawn)), Reason.LOT);
    }
    VoteOption chair = vote.chairsVote().orElse(VoteOption.BLANK);
    if (chair == VoteOption.BLANK) {
      throw new InvalidValueException("vote.chairVote", vote.chairsVote().map(Enum::name).orElse("none"),
          "a tie " + counts + " is decided by the chair's vote (kommuneloven § 11-9), but the chair's vote for or"
              + " against is not recorded");
    }
    return chair == VoteOption.FOR ? VoteResult.adopted(Reason.CASTING_VOTE) : VoteResult.rejected(Reason.CASTING_VOTE);
  }

  /**
   * Computes the result of a vote held at a meeting, checking it against the attendance first.
   *
   * @param vote the vote
   * @param meeting the meeting, with its attendance recorded
   * @return the result by law
   * @throws InvalidValueException if a ballot is cast by a person not present, or the vote has more
   *     votes than persons present, or as {@link #count(Vote)}
   */
  public VoteResult count(Vote vote, Meeting meeting) {
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(meeting, "meeting");
    checkAgainst(vote, meeting, "vote");
    return count(vote);
  }

  static void checkAgainst(Vote vote, Meeting meeting, String path) {
    for (int k = 0; k < vote.ballots().size(); k++) {
      Ballot ballot = vote.ballots().get(k);
      if (!meeting.isPresent(ballot.person().id())) {
        throw new InvalidValueException(path + ".ballots[" + k + "].person", ballot.person().id(),
            "is not present at meeting " + meeting.id());
      }
    }
    int present = meeting.presentPersons().size();
    if (vote.counts().total() > present) {
      throw new InvalidValueException(path, vote.counts(), "has more votes than the " + present + " persons present");
    }
  }

  @Override
  public String toString() {
    return "VoteCounter[" + jurisdiction.id() + "]";
  }
}
