package org.folkestyre.toolkit.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.toolkit.budgeting.Amount;
import org.folkestyre.toolkit.budgeting.Ballot;
import org.folkestyre.toolkit.budgeting.BallotConstraints;
import org.folkestyre.toolkit.budgeting.BallotType;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.Project;
import org.folkestyre.toolkit.budgeting.Voter;

/**
 * Generators of participatory-budgeting elections for property-based tests.
 *
 * <p>{@link #approvalElections()} gives small approval elections made to provoke ties and edge
 * cases: ids whose string and numeric orders differ ({@code "9"} and {@code "10"}), costs from a
 * short list (so equal costs are common), projects that cost nothing or more than the budget,
 * empty ballots and repeated ballots. {@link #elections()} gives elections of every ballot type with
 * every optional field, for format round trips. All values are valid; size bounds the number of
 * projects and voters.
 */
public final class BudgetingGenerators {
  private static final long[] COSTS = {0, 10, 20, 25, 30, 40, 50, 60, 75, 100, 120, 200};
  private static final String[] WORDS = {"park", "bench", "library; new", "say \"hi\"", "Gocław", "Østerbro", "skole"};

  private BudgetingGenerators() {}

  /**
   * Returns a generator of approval elections with a whole-unit budget.
   *
   * @return the generator: 1 to size+2 projects, 0 to 3·size+3 voters
   */
  public static Generator<BudgetingElection> approvalElections() {
    return (random, size) -> {
      int projects = 1 + random.nextInt(size + 2);
      List<String> ids = ids(random, projects);
      BudgetingElection.Builder election = BudgetingElection.builder()
          .budget(Amount.of(COSTS[1 + random.nextInt(COSTS.length - 1)] * (1 + random.nextInt(4))))
          .ballotType(random.nextInt(5) == 0 ? BallotType.CHOOSE_ONE : BallotType.APPROVAL);
      for (String id : ids) {
        election.addProject(Project.of(id, Amount.of(COSTS[random.nextInt(COSTS.length)])));
      }
      boolean chooseOne = election.build().ballotType() == BallotType.CHOOSE_ONE;
      int voters = random.nextInt(3 * size + 4);
      List<String> previous = List.of();
      for (int v = 0; v < voters; v++) {
        List<String> approved;
        if (!previous.isEmpty() && random.nextInt(3) == 0) {
          approved = previous;
        } else {
          approved = new ArrayList<>();
          for (String id : ids) {
            if (random.nextInt(3) == 0) {
              approved.add(id);
            }
          }
          if (chooseOne && approved.size() > 1) {
            approved = approved.subList(0, 1);
          }
        }
        previous = approved;
        election.addBallot(Ballot.builder().voter(Voter.of("v" + v))
            .type(chooseOne ? BallotType.CHOOSE_ONE : BallotType.APPROVAL).addAllProjectIds(approved).build());
      }
      return election.build();
    };
  }

  /**
   * Returns a generator of elections of every ballot type, with decimal amounts, constraints,
   * metadata, names, districts, categories, target groups, ages and attributes — every field the
   * model has, including text that needs quoting in a file.
   *
   * @return the generator
   */
  public static Generator<BudgetingElection> elections() {
    return (random, size) -> {
      BallotType type = BallotType.values()[random.nextInt(BallotType.values().length)];
      int projects = 1 + random.nextInt(size + 2);
      List<String> ids = ids(random, projects);
      BudgetingElection.Builder election = BudgetingElection.builder()
          .budget(amount(random, 1_000_000))
          .ballotType(type)
          .constraints(constraints(random))
          .putMetadata("description", word(random) + " " + size)
          .putMetadata("country", "Norway");
      if (random.nextBoolean()) {
        election.putMetadata("currency", random.nextBoolean() ? "NOK" : "DKK");
      }
      for (String id : ids) {
        Project.Builder project = Project.builder().id(id).cost(amount(random, 300_000));
        if (random.nextBoolean()) {
          project.name(word(random) + " " + id);
        }
        if (random.nextInt(3) == 0) {
          project.district(word(random));
        }
        if (random.nextBoolean()) {
          project.addCategories("education", random.nextBoolean() ? "sport" : "culture");
        }
        if (random.nextInt(3) == 0) {
          project.addTargetGroup("seniors");
        }
        if (random.nextBoolean()) {
          project.putAttribute("latitude", "59." + random.nextInt(1000));
        }
        election.addProject(project.build());
      }
      int voters = random.nextInt(2 * size + 3);
      for (int v = 0; v < voters; v++) {
        Voter.Builder voter = Voter.builder().id(String.valueOf(1000 + v));
        if (random.nextBoolean()) {
          voter.age(16 + random.nextInt(80));
        }
        if (random.nextInt(3) == 0) {
          voter.district(word(random));
        }
        if (random.nextBoolean()) {
          voter.putAttribute("sex", random.nextBoolean() ? "F" : "M");
        }
        List<String> chosen = new ArrayList<>();
        for (String id : ids) {
          if (random.nextInt(3) == 0) {
            chosen.add(id);
          }
        }
        Collections.shuffle(chosen, new Random(random.nextLong()));
        if (type == BallotType.CHOOSE_ONE && chosen.size() > 1) {
          chosen = chosen.subList(0, 1);
        }
        Ballot ballot;
        if (type.hasPoints()) {
          Map<String, Long> points = new LinkedHashMap<>();
          for (String id : chosen) {
            points.put(id, type == BallotType.SCORING ? (long) random.nextInt(7) - 3 : (long) random.nextInt(10));
          }
          ballot = Ballot.withPoints(voter.build(), type, points);
        } else {
          ballot = Ballot.builder().voter(voter.build()).type(type).addAllProjectIds(chosen).build();
        }
        election.addBallot(ballot);
      }
      return election.build();
    };
  }

  /** Distinct ids in random order, mixing short numbers (string order differs from numeric) and letters. */
  private static List<String> ids(RandomGenerator random, int count) {
    List<String> ids = new ArrayList<>();
    boolean letters = random.nextInt(4) == 0;
    int start = random.nextInt(12);
    for (int i = 0; i < count; i++) {
      ids.add(letters ? "L" + (start + i) : String.valueOf(start + i));
    }
    Collections.shuffle(ids, new Random(random.nextLong()));
    return ids;
  }

  private static Amount amount(RandomGenerator random, int max) {
    BigDecimal units = BigDecimal.valueOf(random.nextInt(max) + 1L);
    return random.nextInt(4) == 0 ? Amount.of(units.movePointLeft(2)) : Amount.of(units);
  }

  private static BallotConstraints constraints(RandomGenerator random) {
    BallotConstraints.Builder c = BallotConstraints.builder();
    if (random.nextBoolean()) {
      c.minProjects(1);
    }
    if (random.nextBoolean()) {
      c.maxProjects(2 + random.nextInt(5));
    }
    if (random.nextInt(3) == 0) {
      c.maxTotalCost(Amount.parse("748772.64"));
    }
    if (random.nextInt(3) == 0) {
      c.maxBudgetShare(new BigDecimal("0.5"));
    }
    if (random.nextInt(3) == 0) {
      c.minPoints(-3).maxPoints(3);
    }
    if (random.nextInt(3) == 0) {
      c.maxTotalPoints(10);
    }
    return c.build();
  }

  private static String word(RandomGenerator random) {
    return WORDS[random.nextInt(WORDS.length)];
  }
}
