package org.folkestyre.core.meeting;

import static org.folkestyre.core.meeting.MeetingFixtures.ballots;
import static org.folkestyre.core.meeting.VoteOption.AGAINST;
import static org.folkestyre.core.meeting.VoteOption.BLANK;
import static org.folkestyre.core.meeting.VoteOption.FOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.VoteResult.Reason;
import org.folkestyre.core.spi.LotSource;
import org.junit.jupiter.api.Test;

/** Vote counting in Norway and Denmark, with the numbers of the worked examples. */
class TestVoteCounter {
  private static final VoteCounter NORWAY = VoteCounter.norway(LotSource.seeded(7));
  private static final VoteCounter DENMARK = VoteCounter.denmark();

  // --- majorities

  @Test
  void majorityOfVotesCast_adoptsInBothCountries() {
    Vote vote = Vote.ofCounts("Forslag", VoteKind.ORDINARY, VoteCount.of(4, 3, 0));
    assertEquals(VoteResult.adopted(Reason.MAJORITY), NORWAY.count(vote));
    assertEquals(VoteResult.adopted(Reason.MAJORITY), DENMARK.count(vote));
    Vote fewer = Vote.ofCounts("Forslag", VoteKind.ORDINARY, VoteCount.of(3, 4, 0));
    assertEquals(VoteResult.rejected(Reason.MAJORITY), NORWAY.count(fewer));
    assertEquals(VoteResult.rejected(Reason.MAJORITY), DENMARK.count(fewer));
  }

  @Test
  void denmark_twoForOneAgainstTwoAbstaining_isAdopted() {
    // The ministry's example (resumé 2018/1812): in a committee of 5, abstentions are ignored.
    Vote vote = Vote.ofBallots("Indstillingen", VoteKind.ORDINARY, ballots(FOR, FOR, AGAINST, BLANK, BLANK));
    assertEquals(VoteCount.of(2, 1, 2), vote.counts());
    assertEquals(2 + 1, vote.counts().cast());
    assertEquals(VoteResult.adopted(Reason.MAJORITY), DENMARK.count(vote));
  }

  // --- ties

  @Test
  void norway_tieThreeToThree_isDecidedByTheChairsCastingVote() {
    Vote chairFor = Vote.ofBallots("Innstillingen", VoteKind.ORDINARY, ballots(FOR, FOR, FOR, AGAINST, AGAINST, AGAINST));
    assertEquals(VoteResult.adopted(Reason.CASTING_VOTE), NORWAY.count(chairFor));
    Vote chairAgainst = Vote.ofBallots("Innstillingen", VoteKind.ORDINARY,
        ballots(AGAINST, FOR, FOR, FOR, AGAINST, AGAINST));
    assertEquals(VoteResult.rejected(Reason.CASTING_VOTE), NORWAY.count(chairAgainst));
  }

  @Test
  void norway_tieByCountsOnly_usesTheRecordedChairVote() {
    Vote vote = Vote.builder().motion("Innstillingen").recordedCounts(VoteCount.of(3, 3, 0)).chairVote(FOR).build();
    assertEquals(VoteResult.adopted(Reason.CASTING_VOTE), NORWAY.count(vote));
  }

  @Test
  void norway_tieWithoutTheChairsVote_cannotBeCounted() {
    Vote vote = Vote.ofCounts("Innstillingen", VoteKind.ORDINARY, VoteCount.of(3, 3, 0));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NORWAY.count(vote));
    assertTrue(e.getMessage().contains("§ 11-9"), e.getMessage());
  }

  @Test
  void norway_tieInAnElection_isDecidedByLot_notByTheChair() {
    Vote election = Vote.ofBallots("Kari Nordmann som leder", VoteKind.ELECTION,
        ballots(FOR, FOR, FOR, AGAINST, AGAINST, AGAINST));
    List<List<String>> asked = new ArrayList<>();
    VoteResult first = VoteCounter.norway(names -> {
      asked.add(names);
      return 0;
    }).count(election);
    assertEquals(VoteResult.adopted(Reason.LOT), first);
    assertEquals(List.of(List.of("ADOPTED", "REJECTED")), asked);
    assertEquals(VoteResult.rejected(Reason.LOT), VoteCounter.norway(names -> 1).count(election));
    assertEquals(Reason.LOT, VoteCounter.norway(LotSource.seeded(2015)).count(election).reason());
  }

  @Test
  void denmark_tie_falls() {
    Vote vote = Vote.ofBallots("Indstillingen", VoteKind.ORDINARY, ballots(FOR, FOR, FOR, AGAINST, AGAINST, AGAINST));
    assertEquals(VoteResult.rejected(Reason.TIE_FALLS), DENMARK.count(vote));
    Vote election = Vote.ofCounts("Valg", VoteKind.ELECTION, VoteCount.of(2, 2, 1));
    assertEquals(VoteResult.rejected(Reason.TIE_FALLS), DENMARK.count(election));
  }

  // --- against the meeting

  @Test
  void countAgainstTheMeeting_rejectsBallotsOfAbsentPersons_andTooManyVotes() {
    var committee = MeetingFixtures.committee(CommitteeKinds.NO_STANDING, 7);
    Meeting meeting = MeetingFixtures.meeting(Jurisdiction.norway(), committee, 4).build();
    Vote absentVoter = Vote.ofBallots("Innstillingen", VoteKind.ORDINARY, ballots(FOR, FOR, AGAINST, AGAINST, FOR));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NORWAY.count(absentVoter, meeting));
    assertEquals("vote.ballots[4].person", e.field());
    assertEquals("m5", e.value());
    Vote tooMany = Vote.ofCounts("Innstillingen", VoteKind.ORDINARY, VoteCount.of(3, 2, 0));
    InvalidValueException e2 = assertThrows(InvalidValueException.class, () -> NORWAY.count(tooMany, meeting));
    assertTrue(e2.getMessage().contains("more votes than the 4 persons present"), e2.getMessage());
    Vote fits = Vote.ofBallots("Innstillingen", VoteKind.ORDINARY, ballots(FOR, FOR, AGAINST, AGAINST));
    assertEquals(VoteResult.adopted(Reason.CASTING_VOTE), NORWAY.count(fits, meeting));
  }

  @Test
  void of_choosesByJurisdiction() {
    assertEquals(Jurisdiction.norway(), VoteCounter.of(Jurisdiction.norway(), LotSource.seeded(1)).jurisdiction());
    assertEquals(Jurisdiction.denmark(), VoteCounter.of(Jurisdiction.denmark(), LotSource.seeded(1)).jurisdiction());
  }
}
