package org.folkestyre.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.folkestyre.toolkit.budgeting.Amount;
import org.folkestyre.toolkit.budgeting.Ballot;
import org.folkestyre.toolkit.budgeting.BallotType;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.BudgetingOutcome;
import org.folkestyre.toolkit.budgeting.BudgetingRule;
import org.folkestyre.toolkit.budgeting.Project;
import org.folkestyre.toolkit.budgeting.TieBreaking;
import org.folkestyre.toolkit.budgeting.Voter;
import org.folkestyre.toolkit.budgeting.pabulib.PabulibReader;

/**
 * The code behind the snippets of {@code docs/participatory-budgeting.md}: each region between
 * {@code tag::NAME[]} and {@code end::NAME[]} appears word for word on the page, and a test runs
 * every method.
 */
public final class BudgetingExamples {
  private BudgetingExamples() {}

  /**
   * A small district budget where greedy and the Method of Equal Shares disagree.
   *
   * @return the selected project ids by rule id: greedy and mes
   */
  public static Map<String, List<String>> greedyVersusEqualShares() {
    // tag::budgeting[]
    Voter[] voters = new Voter[6];
    for (int i = 0; i < voters.length; i++) {
      voters[i] = Voter.of("v" + (i + 1));
    }
    BudgetingElection election = BudgetingElection.builder()
        .budget(Amount.of(100_000))
        .ballotType(BallotType.APPROVAL)
        .addProject(Project.builder().id("P1").name("Playground").cost(Amount.of(60_000)).build())
        .addProject(Project.builder().id("P2").name("Benches").cost(Amount.of(40_000)).build())
        .addProject(Project.builder().id("P3").name("Skate ramp").cost(Amount.of(30_000)).build())
        .addBallot(Ballot.approval(voters[0], List.of("P1", "P2")))
        .addBallot(Ballot.approval(voters[1], List.of("P1", "P2")))
        .addBallot(Ballot.approval(voters[2], List.of("P1", "P2")))
        .addBallot(Ballot.approval(voters[3], List.of("P1")))
        .addBallot(Ballot.approval(voters[4], List.of("P3")))
        .addBallot(Ballot.approval(voters[5], List.of("P3")))
        .build();

    BudgetingOutcome greedy = BudgetingRule.GREEDY.apply(election);
    BudgetingOutcome mes = BudgetingRule.MES.apply(election, TieBreaking.lexicographic());
    System.out.println(greedy.selectedIds()); // [P1, P2]: the majority's two projects
    System.out.println(mes.selectedIds());    // [P1, P3]: a third of the voters get a project too
    mes.steps().forEach(System.out::println);
    // end::budgeting[]
    return Map.of(greedy.rule().id(), greedy.selectedIds(), mes.rule().id(), mes.selectedIds());
  }

  /**
   * Reads a Pabulib file and computes the Method of Equal Shares with greedy completion.
   *
   * @param file the {@code .pb} file
   * @return the outcome
   */
  public static BudgetingOutcome fromPabulib(Path file) {
    // tag::pabulib[]
    BudgetingElection election = PabulibReader.read(file);
    BudgetingOutcome outcome = BudgetingRule.MES_INCREASE_GREEDY.apply(election);
    System.out.println(outcome.selectedIds() + " cost " + outcome.totalCost() + " of " + outcome.budget());
    // end::pabulib[]
    return outcome;
  }
}
