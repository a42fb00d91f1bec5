package org.folkestyre.toolkit.budgeting.pabulib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.budgeting.Ballot;
import org.folkestyre.toolkit.budgeting.BallotSubmission;
import org.folkestyre.toolkit.budgeting.BallotValidator;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.InvalidBallot;
import org.folkestyre.toolkit.budgeting.RejectionCode;
import org.folkestyre.toolkit.testing.BudgetingGenerators;
import org.junit.jupiter.api.Test;

class TestPabulibBallotsProperties {

  private static PabulibBallots lenient(String text) {
    return PabulibReader.readBallots(new StringReader(text), "generated.pb");
  }

  @Test
  void aValidFileReadLenientlyGivesTheSameBallotsAndTheSameReport() {
    PropertyCheck.forAll("readBallots agrees with read and validateAll", 11L, 300, 12,
        BudgetingGenerators.elections(), election -> {
          PabulibBallots ballots = lenient(PabulibWriter.toText(election));
          assertEquals(BudgetingElection.builder().from(election).ballots(List.of()).build(), ballots.election());
          List<Ballot> expected = election.ballots();
          assertEquals(expected.size(), ballots.votes().size());
          for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).voter(), ballots.votes().get(i).voter());
            assertEquals(BallotSubmission.from(expected.get(i)), ballots.votes().get(i).submission());
          }
          assertEquals(BallotValidator.validateAll(election), ballots.validateAll());
        });
  }

  @Test
  void aRepeatedRowIsASecondBallotAndNothingElseChanges() {
    PropertyCheck.forAll("a repeated last row is reported as SECOND_BALLOT", 13L, 300, 12,
        BudgetingGenerators.elections(), election -> {
          if (election.ballots().isEmpty()) {
            return;
          }
          String text = PabulibWriter.toText(election).stripTrailing();
          String last = text.substring(text.lastIndexOf('\n') + 1);
          PabulibBallots ballots = lenient(text + "\n" + last + "\n");
          List<InvalidBallot> before = BallotValidator.validateAll(election);
          List<InvalidBallot> after = ballots.validateAll();
          int n = election.ballots().size();
          assertEquals(n + 1, ballots.votes().size());
          assertEquals(before, after.subList(0, after.size() - 1));
          InvalidBallot repeated = after.get(after.size() - 1);
          assertEquals(n, repeated.position());
          List<RejectionCode> codes = new ArrayList<>();
          codes.add(RejectionCode.SECOND_BALLOT);
          before.stream().filter(b -> b.position() == n - 1).findFirst()
              .ifPresent(b -> b.rejections().forEach(r -> codes.add(r.code())));
          assertEquals(codes, repeated.rejections().stream().map(r -> r.code()).toList());
          assertEquals(ballots.votes().get(n - 1).line() + 1, ballots.votes().get(n).line());
        });
  }
}
