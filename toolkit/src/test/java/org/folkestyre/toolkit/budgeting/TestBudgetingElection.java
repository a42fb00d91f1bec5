package org.folkestyre.toolkit.budgeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class TestBudgetingElection {
  private static final Project PARK = Project.of("780", Amount.of(45_000));
  private static final Project PLAYGROUND = Project.of("L007", Amount.parse("12500.50"));

  private static BudgetingElection.Builder election() {
    return BudgetingElection.builder().budget(Amount.of(180_000)).ballotType(BallotType.APPROVAL)
        .addProjects(PARK, PLAYGROUND);
  }

  @Test
  void holdsProjectsAndBallotsInSourceOrder() {
    BudgetingElection e = election()
        .addBallot(Ballot.approval(Voter.of("46-0"), List.of("L007", "780")))
        .addBallot(Ballot.approval(Voter.of("46-1"), List.of()))
        .putMetadata("country", "Canada").build();
    assertEquals(List.of("780", "L007"), e.projects().stream().map(Project::id).toList());
    assertEquals(List.of("L007", "780"), e.ballots().get(0).projectIds());
    assertEquals(PLAYGROUND, e.project("L007").orElseThrow());
    assertTrue(e.project("781").isEmpty());
    assertEquals(BallotConstraints.none(), e.constraints());
  }

  @Test
  void rejectsDuplicateProjectIds() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> election().addProject(Project.of("780", Amount.of(1))).build());
    assertEquals("780", e.value());
  }

  @Test
  void rejectsAVoteForAnUnknownProject() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> election().addBallot(Ballot.approval(Voter.of("1"), List.of("999"))).build());
    assertEquals("ballot[1].projectIds", e.field());
  }

  @Test
  void rejectsTwoBallotsOfOneVoter() {
    assertThrows(InvalidValueException.class, () -> election()
        .addBallot(Ballot.approval(Voter.of("1"), List.of("780")))
        .addBallot(Ballot.approval(Voter.of("1"), List.of("L007"))).build());
  }

  @Test
  void rejectsABallotOfAnotherType() {
    assertThrows(InvalidValueException.class, () -> election()
        .addBallot(Ballot.ordinal(Voter.of("1"), List.of("780"))).build());
  }

  @Test
  void rejectsReservedMetadataKeys() {
    assertThrows(InvalidValueException.class, () -> election().putMetadata("budget", "5").build());
    assertThrows(InvalidValueException.class, () -> election().putMetadata("country", "").build());
  }

  @Test
  void ballotsAreStructurallySound() {
    Voter v = Voter.of("v");
    assertThrows(InvalidValueException.class, () -> Ballot.approval(v, List.of("1", "1")));
    assertThrows(InvalidValueException.class,
        () -> Ballot.builder().voter(v).type(BallotType.CUMULATIVE).addProjectId("1").build());
    assertThrows(InvalidValueException.class,
        () -> Ballot.builder().voter(v).type(BallotType.APPROVAL).addProjectId("1").addPoint(3L).build());
    assertThrows(InvalidValueException.class,
        () -> Ballot.builder().voter(v).type(BallotType.CHOOSE_ONE).addProjectIds("1", "2").build());
    Ballot cumulative = Ballot.withPoints(v, BallotType.CUMULATIVE, ImmutableMap.of("2", 7L, "1", 3L));
    assertEquals(ImmutableMap.of("2", 7L, "1", 3L), cumulative.pointsByProject());
  }

  @Test
  void idsAreCheckedStructurally() {
    assertThrows(InvalidValueException.class, () -> Project.of("", Amount.ZERO));
    assertThrows(InvalidValueException.class, () -> Project.of("a,b", Amount.ZERO));
    assertThrows(InvalidValueException.class, () -> Project.of(" 7", Amount.ZERO));
    assertThrows(InvalidValueException.class, () -> Voter.builder().id("v").age(151).build());
  }

  @Test
  void constraintsAreConsistent() {
    assertThrows(InvalidValueException.class,
        () -> BallotConstraints.builder().minProjects(3).maxProjects(2).build());
    assertThrows(InvalidValueException.class,
        () -> BallotConstraints.builder().maxBudgetShare(new BigDecimal("1.5")).build());
    assertThrows(InvalidValueException.class,
        () -> BallotConstraints.builder().minTotalPoints(10).maxTotalPoints(5).build());
    assertThrows(InvalidValueException.class, () -> BallotConstraints.builder()
        .minTotalCost(Amount.of(10)).maxTotalCost(Amount.of(5)).build());
  }
}
