package org.folkestyre.toolkit.budgeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.internal.access.BudgetingModelAccess;
import org.junit.jupiter.api.Test;

/**
 * The construction paths the Pabulib reader uses instead of the builders: they give the same values,
 * reject what the builders reject, and the election they skip re-checking still checks the rest.
 */
class TestModelConstruction {
  private static final BudgetingModelAccess.Factory FACTORY = BudgetingModelAccess.factory();
  private static final Project PARK = Project.of("780", Amount.of(45_000));
  private static final Project BENCH = Project.of("L007", Amount.of(500));

  private static void rejectedByBoth(Supplier<?> builder, Supplier<?> factory) {
    InvalidValueException expected = assertThrows(InvalidValueException.class, builder::get);
    InvalidValueException actual = assertThrows(InvalidValueException.class, factory::get);
    assertEquals(expected.getMessage(), actual.getMessage());
  }

  private static Voter built(String id, Optional<String> district, OptionalInt age, ImmutableMap<String, String> attributes) {
    Voter.Builder voter = Voter.builder().id(id).district(district).putAllAttributes(attributes);
    age.ifPresent(voter::age);
    return voter.build();
  }

  @Test
  void voterFactoryRejectsWhatTheBuilderRejects() {
    String[][] cases = {{"", "F"}, {" 1", "F"}, {"1,2", "F"}, {"1\n", "F"}, {"1", ""}};
    for (String[] c : cases) {
      rejectedByBoth(() -> built(c[0], Optional.empty(), OptionalInt.empty(), ImmutableMap.of("sex", c[1])),
          () -> FACTORY.voter(c[0], Optional.empty(), OptionalInt.empty(), ImmutableMap.of("sex", c[1])));
    }
    for (int age : new int[] {-1, 151}) {
      rejectedByBoth(() -> built("1", Optional.empty(), OptionalInt.of(age), ImmutableMap.of()),
          () -> FACTORY.voter("1", Optional.empty(), OptionalInt.of(age), ImmutableMap.of()));
    }
    rejectedByBoth(() -> built("1", Optional.of(""), OptionalInt.empty(), ImmutableMap.of()),
        () -> FACTORY.voter("1", Optional.of(""), OptionalInt.empty(), ImmutableMap.of()));
    for (String key : new String[] {"", " sex", "a,b", "a\rb"}) {
      rejectedByBoth(() -> built("1", Optional.empty(), OptionalInt.empty(), ImmutableMap.of(key, "F")),
          () -> FACTORY.voter("1", Optional.empty(), OptionalInt.empty(), ImmutableMap.of(key, "F")));
    }
  }

  @Test
  void voterFactoryGivesTheBuildersValue() {
    Generator<Object[]> voters = (random, size) -> new Object[] {"v" + random.nextInt(1000),
        random.nextBoolean() ? Optional.of("Bielany") : Optional.<String>empty(),
        random.nextBoolean() ? OptionalInt.of(random.nextInt(151)) : OptionalInt.empty(),
        random.nextBoolean() ? ImmutableMap.of("sex", "F", "voting_method", "internet") : ImmutableMap.<String, String>of()};
    PropertyCheck.forAll("voter factory", 3L, 200, 4, voters, v -> {
      @SuppressWarnings("unchecked")
      Optional<String> district = (Optional<String>) v[1];
      @SuppressWarnings("unchecked")
      ImmutableMap<String, String> attributes = (ImmutableMap<String, String>) v[3];
      Voter voter = FACTORY.voter((String) v[0], district, (OptionalInt) v[2], attributes);
      assertEquals(built((String) v[0], district, (OptionalInt) v[2], attributes), voter);
      assertTrue(voter.attributes() == attributes, "the map is kept, not copied");
    });
  }

  @Test
  void ballotFactoryRejectsWhatTheBuilderRejects() {
    Voter voter = Voter.of("1");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add("p" + i);
    }
    List<String> repeatedLate = new ArrayList<>(many);
    repeatedLate.add("p3");
    List<String> badAfterRepeat = List.of("a", "a", " b");
    for (List<String> ids : List.of(List.of("1", "1"), repeatedLate, badAfterRepeat, List.of(""), List.of("a,b"))) {
      rejectedByBoth(() -> Ballot.approval(voter, ids),
          () -> FACTORY.ballot(voter, BallotType.APPROVAL, ImmutableList.copyOf(ids), ImmutableList.of()));
    }
    rejectedByBoth(() -> Ballot.builder().voter(voter).type(BallotType.CHOOSE_ONE).addProjectIds("1", "2").build(),
        () -> FACTORY.ballot(voter, BallotType.CHOOSE_ONE, ImmutableList.of("1", "2"), ImmutableList.of()));
    rejectedByBoth(() -> Ballot.builder().voter(voter).type(BallotType.CUMULATIVE).addProjectIds("1", "2").addPoint(3L).build(),
        () -> FACTORY.ballot(voter, BallotType.CUMULATIVE, ImmutableList.of("1", "2"), ImmutableList.of(3L)));
    rejectedByBoth(() -> Ballot.builder().voter(voter).type(BallotType.APPROVAL).addProjectIds("1").addPoint(3L).build(),
        () -> FACTORY.ballot(voter, BallotType.APPROVAL, ImmutableList.of("1"), ImmutableList.of(3L)));
  }

  @Test
  void ballotFactoryGivesTheBuildersValue() {
    Voter voter = Voter.of("46-1");
    ImmutableList<String> ids = ImmutableList.of("L007", "780");
    assertEquals(Ballot.approval(voter, ids), FACTORY.ballot(voter, BallotType.APPROVAL, ids, ImmutableList.of()));
    assertEquals(Ballot.builder().voter(voter).type(BallotType.SCORING).addAllProjectIds(ids).addPoints(2L, 5L).build(),
        FACTORY.ballot(voter, BallotType.SCORING, ids, ImmutableList.of(2L, 5L)));
  }

  private static final ImmutableList<Ballot> BALLOTS = ImmutableList.of(Ballot.approval(Voter.of("1"), List.of("780")));

  private static BudgetingElection.Builder election() {
    return BudgetingElection.builder().budget(Amount.of(1000)).ballotType(BallotType.APPROVAL).addProjects(PARK, BENCH);
  }

  @Test
  void electionOfCheckedBallotsStillChecksEverythingElse() {
    BudgetingElection checked = FACTORY.buildWithCheckedBallots(election(), BALLOTS);
    assertEquals(election().addAllBallots(BALLOTS).build(), checked);
    assertTrue(checked.ballots() == BALLOTS, "the list is kept, not copied");
    rejectedByBoth(() -> election().addAllBallots(BALLOTS).putMetadata("budget", "5").build(),
        () -> FACTORY.buildWithCheckedBallots(election().putMetadata("budget", "5"), BALLOTS));
    rejectedByBoth(() -> election().addAllBallots(BALLOTS).putMetadata("unit", "").build(),
        () -> FACTORY.buildWithCheckedBallots(election().putMetadata("unit", ""), BALLOTS));
    rejectedByBoth(() -> election().addAllBallots(BALLOTS).addProject(Project.of("780", Amount.of(1))).build(),
        () -> FACTORY.buildWithCheckedBallots(election().addProject(Project.of("780", Amount.of(1))), BALLOTS));
    assertThrows(IllegalArgumentException.class, () -> FACTORY.buildWithCheckedBallots(election().addAllBallots(BALLOTS), BALLOTS));
  }

  @Test
  void skippingTheBallotCheckEndsWithTheBuild() {
    ImmutableList<Ballot> unknownProject = ImmutableList.of(Ballot.approval(Voter.of("2"), List.of("999")));
    // The caller's promise is what the skipped check would have found; it holds for no other build.
    FACTORY.buildWithCheckedBallots(election(), unknownProject);
    assertThrows(InvalidValueException.class, () -> election().addAllBallots(unknownProject).build());
    assertThrows(InvalidValueException.class, () -> FACTORY.buildWithCheckedBallots(election().putMetadata("budget", "5"), BALLOTS));
    assertThrows(InvalidValueException.class, () -> election().addAllBallots(BALLOTS).addBallot(Ballot.approval(Voter.of("1"), List.of())).build());
    assertThrows(InvalidValueException.class, () -> election().addBallot(Ballot.ordinal(Voter.of("3"), List.of())).build());
  }
}
