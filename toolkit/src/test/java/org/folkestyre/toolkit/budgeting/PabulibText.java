package org.folkestyre.toolkit.budgeting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The few fields of a Pabulib file these tests need, read straight from the text: META values,
 * project ids and costs, and each vote's project ids. Only for files whose first two columns are
 * unquoted.
 */
final class PabulibText {
  final Map<String, String> meta = new LinkedHashMap<>();
  final Map<String, String> costs = new LinkedHashMap<>();
  final Map<String, String> voteColumn = new LinkedHashMap<>();
  final List<String[]> votes = new ArrayList<>();

  private PabulibText() {}

  static PabulibText read(String file) throws IOException {
    PabulibText text = new PabulibText();
    String section = "";
    boolean header = false;
    List<String> projectHeader = List.of();
    for (String line : Files.readAllLines(Path.of("..", "data", "pabulib", file), StandardCharsets.UTF_8)) {
      if (line.equals("META") || line.equals("PROJECTS") || line.equals("VOTES")) {
        section = line;
        header = true;
        continue;
      }
      String[] cells = line.split(";", -1);
      if (header) {
        header = false;
        if (section.equals("PROJECTS")) {
          projectHeader = List.of(cells);
        }
        continue;
      }
      switch (section) {
        case "META" -> text.meta.put(cells[0], cells[1]);
        case "PROJECTS" -> {
          text.costs.put(cells[0], cells[1]);
          int votes = projectHeader.indexOf("votes");
          if (votes >= 0) {
            text.voteColumn.put(cells[0], cells[votes]);
          }
        }
        default -> text.votes.add(cells[1].isEmpty() ? new String[0] : cells[1].split(","));
      }
    }
    return text;
  }

  BudgetingElection election(BallotConstraints constraints) {
    BudgetingElection.Builder election = BudgetingElection.builder().budget(Amount.parse(meta.get("budget")))
        .ballotType(BallotType.APPROVAL).constraints(constraints);
    costs.forEach((id, cost) -> election.addProject(Project.of(id, Amount.parse(cost))));
    for (int i = 0; i < votes.size(); i++) {
      election.addBallot(Ballot.approval(Voter.of(String.valueOf(i)), List.of(votes.get(i))));
    }
    return election.build();
  }
}
