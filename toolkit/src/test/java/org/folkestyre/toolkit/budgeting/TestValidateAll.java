package org.folkestyre.toolkit.budgeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestValidateAll {
  private static final String TOULOUSE =
      "France_Toulouse_2022_12_-_Pont_des_Demoiselles_Ormeau_Montaudran_La_Terrasse_Malepere.pb";

  @Test
  void toulouse2022KeepsItsAnnouncedOneToThreeProjects() throws Exception {
    PabulibText file = PabulibText.read(TOULOUSE);
    int min = Integer.parseInt(file.meta.get("min_length"));
    int max = Integer.parseInt(file.meta.get("max_length"));
    BudgetingElection election = file.election(BallotConstraints.builder().minProjects(min).maxProjects(max).build());
    assertEquals(List.of(), BallotValidator.validateAll(election));
  }

  @Test
  void everyBallotOverAStricterLimitIsReportedWithItsPosition() throws Exception {
    PabulibText file = PabulibText.read(TOULOUSE);
    BudgetingElection election = file.election(BallotConstraints.builder().minProjects(2).maxProjects(2).build());
    List<Integer> tooMany = new ArrayList<>();
    List<Integer> tooFew = new ArrayList<>();
    for (int i = 0; i < file.votes.size(); i++) {
      if (file.votes.get(i).length > 2) {
        tooMany.add(i);
      } else if (file.votes.get(i).length < 2) {
        tooFew.add(i);
      }
    }
    assertTrue(!tooMany.isEmpty() && !tooFew.isEmpty());
    List<InvalidBallot> invalid = BallotValidator.validateAll(election);
    assertEquals(tooMany.size() + tooFew.size(), invalid.size());
    assertEquals(tooMany, invalid.stream().filter(b -> b.rejections().get(0).code() == RejectionCode.TOO_MANY_PROJECTS)
        .map(InvalidBallot::position).toList());
    assertEquals(tooFew, invalid.stream().filter(b -> b.rejections().get(0).code() == RejectionCode.TOO_FEW_PROJECTS)
        .map(InvalidBallot::position).toList());
    assertTrue(invalid.stream().allMatch(b -> b.rejections().size() == 1));
    assertEquals(String.valueOf(invalid.get(0).position()), invalid.get(0).voterId());
  }

  @Test
  void recordedDistrictsAndAgesAreCheckedWhenTheFileHasThem() {
    BudgetingElection election = Fixtures.drammen(BallotType.APPROVAL)
        .addBallot(Ballot.approval(Voter.builder().id("v1").district("Konnerud").age(15).build(), List.of("K1")))
        .addBallot(Ballot.approval(Voter.builder().id("v2").district("Konnerud").age(40).build(), List.of("K1", "S1", "F1")))
        .addBallot(Ballot.approval(Voter.builder().id("v3").age(40).build(), List.of("S1")))
        .addBallot(Ballot.approval(Voter.builder().id("v4").district("Fjell").build(), List.of("F1", "ALL")))
        .build();
    Eligibility rules = Eligibility.builder().minimumAge(16).otherDistricts(1).build();
    List<InvalidBallot> invalid = BallotValidator.of(election, rules).validateAll();
    assertEquals(List.of("v1", "v2", "v3", "v4"), invalid.stream().map(InvalidBallot::voterId).toList());
    assertEquals(List.of(RejectionCode.UNDER_MINIMUM_AGE), Fixtures.codes(invalid.get(0).rejections()));
    assertEquals(List.of(RejectionCode.TOO_MANY_DISTRICTS), Fixtures.codes(invalid.get(1).rejections()));
    assertEquals(List.of(RejectionCode.ELIGIBILITY_UNKNOWN), Fixtures.codes(invalid.get(2).rejections()));
    assertEquals(List.of(RejectionCode.ELIGIBILITY_UNKNOWN), Fixtures.codes(invalid.get(3).rejections()));
  }
}
