package org.folkestyre.core.meeting;

import static org.folkestyre.core.meeting.MeetingFixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Votes: ballots or counts, the same person twice, the chair's vote. */
class TestVote {

  @Test
  void ballots_giveCountsAndTheChairsVote() {
    Vote vote = Vote.ofBallots("Forslag", VoteKind.APPOINTMENT, List.of(Ballot.ofChair(member(1), VoteOption.AGAINST),
        Ballot.of(member(2), VoteOption.FOR), Ballot.of(member(3), VoteOption.BLANK)));
    assertEquals(VoteCount.of(1, 1, 1), vote.counts());
    assertEquals(Optional.of(VoteOption.AGAINST), vote.chairsVote());
    assertEquals(Optional.of(VoteOption.FOR), vote.ballotOf("m2").map(Ballot::option));
  }

  @Test
  void theSamePersonTwice_isRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Vote.ofBallots("Forslag",
        VoteKind.ORDINARY, List.of(Ballot.of(member(1), VoteOption.FOR), Ballot.of(member(1), VoteOption.AGAINST))));
    assertEquals("vote.ballots[1].person", e.field());
    assertEquals("m1", e.value());
  }

  @Test
  void ballotsAndCounts_areExclusive() {
    assertThrows(InvalidValueException.class, () -> Vote.builder().motion("Forslag").build());
    assertThrows(InvalidValueException.class, () -> Vote.builder().motion("Forslag")
        .addBallot(Ballot.of(member(1), VoteOption.FOR)).recordedCounts(VoteCount.of(1, 0, 0)).build());
  }

  @Test
  void twoChairs_andAChairVoteOutsideTheCounts_areRejected() {
    assertThrows(InvalidValueException.class, () -> Vote.ofBallots("Forslag", VoteKind.ORDINARY,
        List.of(Ballot.ofChair(member(1), VoteOption.FOR), Ballot.ofChair(member(2), VoteOption.FOR))));
    assertThrows(InvalidValueException.class, () -> Vote.builder().motion("Forslag")
        .recordedCounts(VoteCount.of(3, 0, 0)).chairVote(VoteOption.AGAINST).build());
  }

  @Test
  void counts_areNotNegative_andResultsAreConsistent() {
    assertThrows(InvalidValueException.class, () -> VoteCount.of(-1, 0, 0));
    assertThrows(InvalidValueException.class,
        () -> VoteResult.of(VoteResult.Outcome.ADOPTED, VoteResult.Reason.TIE_FALLS));
  }

  @Test
  void recordedResult_isKept() {
    Vote vote = Vote.ofCounts("Forslag", VoteKind.ORDINARY, VoteCount.of(2, 1, 0))
        .withRecordedResult(VoteResult.adopted(VoteResult.Reason.MAJORITY));
    assertEquals(Optional.of(VoteResult.adopted(VoteResult.Reason.MAJORITY)), vote.result());
  }
}
