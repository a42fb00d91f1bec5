package org.folkestyre.core.meeting;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A vote on a motion — votering (NO), afstemning (DK), modelled on Popolo's {@code VoteEvent}:
 * the motion, the kind of vote, either each member's ballot or only the counts, and the result
 * recorded in the minutes.
 *
 * <p>With ballots, the counts follow from them and the chair's vote is the ballot marked as the
 * chair's; with counts only, the minutes may record how the chair voted in {@link #chairVote()}.
 * The recorded result is what the minutes say; {@link VoteCounter} computes what the law says, and
 * the procedure rules report where the two differ. Nobody votes twice. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Vote {
  Vote() {}

  /**
   * Returns the motion voted on — forslag (NO, DK); Popolo's {@code Motion.text}.
   *
   * @return the motion
   */
  public abstract String motion();

  /**
   * Returns what the vote decides.
   *
   * @return the kind; {@link VoteKind#ORDINARY} unless set
   */
  @Value.Default
  public VoteKind kind() {
    return VoteKind.ORDINARY;
  }

  /**
   * Returns each member's ballot, when the minutes record them — Popolo's {@code votes}.
   *
   * @return the ballots, empty for a vote recorded by counts only
   */
  public abstract ImmutableList<Ballot> ballots();

  /**
   * Returns the counts recorded for a vote without ballots — Popolo's {@code counts}.
   *
   * @return the counts, present exactly when there are no ballots
   */
  public abstract Optional<VoteCount> recordedCounts();

  /**
   * Returns how the chair voted, as recorded for a vote without ballots.
   *
   * @return the chair's option, or empty; always empty when there are ballots
   */
  public abstract Optional<VoteOption> chairVote();

  /**
   * Returns the result recorded in the minutes.
   *
   * @return the result, or empty if the minutes record none
   */
  public abstract Optional<VoteResult> result();

  /**
   * Returns the counts: tallied from the ballots, or as recorded.
   *
   * @return the counts
   */
  public VoteCount counts() {
    if (recordedCounts().isPresent()) {
      return recordedCounts().get();
    }
    int inFavour = 0;
    int against = 0;
    int blank = 0;
    for (Ballot ballot : ballots()) {
      switch (ballot.option()) {
        case FOR:
          inFavour++;
          break;
        case AGAINST:
          against++;
          break;
        default:
          blank++;
          break;
      }
    }
    return VoteCount.of(inFavour, against, blank);
  }

  /**
   * Returns how the person chairing the meeting voted: from the chair's ballot, or as recorded.
   *
   * @return the chair's option, or empty if not known
   */
  public Optional<VoteOption> chairsVote() {
    if (chairVote().isPresent()) {
      return chairVote();
    }
    return ballots().stream().filter(Ballot::chair).map(Ballot::option).findFirst();
  }

  /**
   * Returns whether each member's ballot is recorded.
   *
   * @return true if there are ballots
   */
  public boolean hasBallots() {
    return !ballots().isEmpty();
  }

  /**
   * Returns the ballot of a person.
   *
   * @param personId the person's id
   * @return the ballot, or empty if the person has none
   */
  public Optional<Ballot> ballotOf(String personId) {
    return ballots().stream().filter(b -> b.person().id().equals(personId)).findFirst();
  }

  /**
   * Obtains a vote recorded ballot by ballot.
   *
   * @param motion the motion
   * @param kind the kind of vote
   * @param ballots the ballots, at least one
   * @return the vote, without a recorded result
   * @throws InvalidValueException if a person votes twice or two ballots are the chair's
   */
  public static Vote ofBallots(String motion, VoteKind kind, List<Ballot> ballots) {
    return builder().motion(motion).kind(kind).ballots(ballots).build();
  }

  /**
   * Obtains a vote recorded by counts only.
   *
   * @param motion the motion
   * @param kind the kind of vote
   * @param counts the counts
   * @return the vote, without a recorded result
   */
  public static Vote ofCounts(String motion, VoteKind kind, VoteCount counts) {
    return builder().motion(motion).kind(kind).recordedCounts(counts).build();
  }

  /**
   * Returns a copy with the result the minutes record.
   *
   * @param result the recorded result
   * @return the vote with that result
   */
  public Vote withRecordedResult(VoteResult result) {
    return builder().from(this).result(result).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Vote normalize() {
    String motion = Texts.require("vote.motion", motion());
    if (ballots().isEmpty() == recordedCounts().isEmpty()) {
      throw new InvalidValueException("vote.ballots", motion,
          "a vote has either ballots or recorded counts, not both and not neither");
    }
    Set<String> voters = new HashSet<>();
    int chairs = 0;
    for (int i = 0; i < ballots().size(); i++) {
      Ballot ballot = ballots().get(i);
      if (!voters.add(ballot.person().id())) {
        throw new InvalidValueException("vote.ballots[" + i + "].person", ballot.person().id(),
            "has already voted on '" + motion + "'");
      }
      if (ballot.chair() && ++chairs > 1) {
        throw new InvalidValueException("vote.ballots[" + i + "].chair", ballot.person().id(),
            "only one ballot is the chair's");
      }
    }
    if (chairVote().isPresent()) {
      if (!ballots().isEmpty()) {
        throw new InvalidValueException("vote.chairVote", chairVote().get(),
            "with ballots, the chair's vote is the ballot marked as the chair's");
      }
      VoteCount counts = recordedCounts().orElseThrow();
      int matching = chairVote().get() == VoteOption.FOR ? counts.inFavour()
          : chairVote().get() == VoteOption.AGAINST ? counts.against() : counts.blank();
      if (matching == 0) {
        throw new InvalidValueException("vote.chairVote", chairVote().get(), "is not among the counts " + counts);
      }
    }
    return motion.equals(motion()) ? this : builder().from(this).motion(motion).build();
  }

  @Override
  public String toString() {
    return kind() + " vote on '" + motion() + "': " + counts() + result().map(r -> ", " + r).orElse("");
  }

  /** Builds a {@link Vote}: the motion, and ballots or recorded counts, are required. */
  public static final class Builder extends ImmutableVote.Builder {
    Builder() {}
  }
}
