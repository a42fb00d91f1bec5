package org.folkestyre.core.minutes;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.folkestyre.core.meeting.Ballot;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.meeting.Vote;
import org.folkestyre.core.meeting.VoteCount;
import org.folkestyre.core.meeting.VoteKind;
import org.folkestyre.core.meeting.VoteOption;
import org.folkestyre.core.meeting.VoteResult;
import org.immutables.value.Value;

/**
 * A vote as the minutes record it — votering (NO), afstemning (DK): the motion, the counts, the
 * recorded result and, for a vote by name, each ballot.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MinutesVote {
  MinutesVote() {}

  /**
   * Returns the motion voted on.
   *
   * @return the motion
   */
  public abstract String motion();

  /**
   * Returns what the vote decides.
   *
   * @return the kind
   */
  public abstract VoteKind kind();

  /**
   * Returns the counts: tallied from the ballots, or as recorded.
   *
   * @return the counts
   */
  public abstract VoteCount counts();

  /**
   * Returns how the person chairing the meeting voted, when the minutes record it.
   *
   * @return the chair's option, or empty
   */
  public abstract Optional<VoteOption> chairVote();

  /**
   * Returns the result recorded in the minutes.
   *
   * @return the result, or empty if none is recorded
   */
  public abstract Optional<VoteResult> result();

  /**
   * Returns each ballot, for a vote recorded by name.
   *
   * @return the ballots, empty for a vote recorded by counts only
   */
  public abstract ImmutableList<MinutesBallot> ballots();

  static MinutesVote of(Vote vote, MeetingRecord record) {
    ImmutableMinutesVote.Builder builder = ImmutableMinutesVote.builder().motion(vote.motion()).kind(vote.kind())
        .counts(vote.counts()).chairVote(vote.chairsVote()).result(vote.result());
    for (Ballot ballot : vote.ballots()) {
      builder.addBallot(MinutesBallot.of(MinutesPerson.of(ballot.person(), record), ballot.option(), ballot.chair()));
    }
    return builder.build();
  }

  MinutesVote forPublic() {
    return ImmutableMinutesVote.builder().from(this)
        .ballots(ballots().stream().map(MinutesBallot::forPublic).collect(ImmutableList.toImmutableList())).build();
  }

  @Override
  public String toString() {
    return motion() + ": " + counts() + result().map(r -> ", " + r).orElse("");
  }
}
