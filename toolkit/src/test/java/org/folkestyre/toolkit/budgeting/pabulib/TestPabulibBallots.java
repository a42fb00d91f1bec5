package org.folkestyre.toolkit.budgeting.pabulib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.folkestyre.toolkit.budgeting.BallotRejection;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.InvalidBallot;
import org.folkestyre.toolkit.budgeting.PabulibFiles;
import org.folkestyre.toolkit.budgeting.RejectionCode;
import org.junit.jupiter.api.Test;

class TestPabulibBallots {
  private static final String HEAD = "META\nkey;value\nbudget;100\nvote_type;approval\nmin_length;1\nmax_length;2\n"
      + "max_sum_cost;90\nPROJECTS\nproject_id;cost\n1;60\n2;30\n3;10\n";

  private static PabulibBallots read(String text) {
    return PabulibReader.readBallots(new StringReader(text), "test.pb");
  }

  private static List<RejectionCode> codes(InvalidBallot ballot) {
    return ballot.rejections().stream().map(BallotRejection::code).toList();
  }

  @Test
  void dieppeHasOnlyValidBallots() {
    PabulibBallots ballots = PabulibReader.readBallots(PabulibFiles.path(PabulibFiles.DIEPPE));
    BudgetingElection strict = PabulibFiles.read(PabulibFiles.DIEPPE);
    assertEquals(strict.ballots().size(), ballots.votes().size());
    for (int i = 0; i < ballots.votes().size(); i++) {
      assertEquals(strict.ballots().get(i).voter(), ballots.votes().get(i).voter());
      assertEquals(strict.ballots().get(i).projectIds(), ballots.votes().get(i).submission().projectIds());
    }
    assertEquals(strict.projects(), ballots.election().projects());
    assertEquals(List.of(), ballots.validateAll());
  }

  @Test
  void toulouseKeepsItsOneToThreeProjectsAndTheLinesAreTheFileLines() throws IOException {
    PabulibBallots ballots = PabulibReader.readBallots(PabulibFiles.path(PabulibFiles.TOULOUSE));
    assertEquals(1, ballots.election().constraints().minProjects().getAsInt());
    assertEquals(3, ballots.election().constraints().maxProjects().getAsInt());
    assertEquals(List.of(), ballots.validateAll());
    List<String> lines = Files.readAllLines(PabulibFiles.path(PabulibFiles.TOULOUSE), StandardCharsets.UTF_8);
    int votes = lines.indexOf("VOTES");
    assertEquals(lines.size() - votes - 2, ballots.votes().size());
    for (PabulibVote vote : ballots.votes()) {
      assertTrue(lines.get((int) vote.line() - 1).startsWith(vote.voter().id() + ";"), vote::toString);
    }
  }

  @Test
  void toulouseWithTwoProjectsAtMostReportsEveryLongerBallotByLine() throws IOException {
    List<String> lines = Files.readAllLines(PabulibFiles.path(PabulibFiles.TOULOUSE), StandardCharsets.UTF_8);
    List<String> changed = new ArrayList<>(lines);
    changed.set(lines.indexOf("max_length;3"), "max_length;2");
    List<Long> expected = new ArrayList<>();
    for (int i = lines.indexOf("VOTES") + 2; i < lines.size(); i++) {
      String vote = lines.get(i).split(";")[1];
      if (vote.split(",").length > 2) {
        expected.add(i + 1L);
      }
    }
    assertTrue(!expected.isEmpty());
    PabulibBallots ballots = read(String.join("\n", changed));
    List<InvalidBallot> invalid = ballots.validateAll();
    assertEquals(expected, invalid.stream().map(b -> ballots.votes().get(b.position()).line()).toList());
    assertTrue(invalid.stream().allMatch(b -> codes(b).equals(List.of(RejectionCode.TOO_MANY_PROJECTS))));
  }

  @Test
  void reportsEveryProblemTheStrictReaderRefuses() {
    String text = HEAD + "VOTES\nvoter_id;vote\n"
        + "a;1,2\n"        // line 15: valid, 90
        + "b;1,9\n"        // 16: unknown project 9
        + "c;2,2\n"        // 17: 2 twice
        + "a;3\n"          // 18: a second ballot of a
        + "d;\n"           // 19: no project
        + "e;1,2,3\n"      // 20: three projects, 100 over 90
        + "f;3\n";         // 21: valid
    assertThrows(PabulibFormatException.class, () -> PabulibReader.read(new StringReader(text), "test.pb"));
    PabulibBallots ballots = read(text);
    assertEquals(7, ballots.votes().size());
    List<InvalidBallot> invalid = ballots.validateAll();
    assertEquals(List.of(16L, 17L, 18L, 19L, 20L),
        invalid.stream().map(b -> ballots.votes().get(b.position()).line()).toList());
    assertEquals(List.of("b", "c", "a", "d", "e"), invalid.stream().map(InvalidBallot::voterId).toList());
    assertEquals(List.of(RejectionCode.UNKNOWN_PROJECT), codes(invalid.get(0)));
    assertEquals(List.of(RejectionCode.DUPLICATE_PROJECT), codes(invalid.get(1)));
    assertEquals(List.of(RejectionCode.SECOND_BALLOT), codes(invalid.get(2)));
    assertEquals(List.of(RejectionCode.TOO_FEW_PROJECTS), codes(invalid.get(3)));
    assertEquals(List.of(RejectionCode.TOO_MANY_PROJECTS, RejectionCode.OVER_BUDGET), codes(invalid.get(4)));
  }

  @Test
  void pointsThatBreakTheLimitsOrDoNotMatchAreReported() {
    String text = "META\nkey;value\nbudget;100\nvote_type;cumulative\nmax_points;5\nmax_sum_points;8\n"
        + "PROJECTS\nproject_id;cost\n1;60\n2;30\nVOTES\nvoter_id;vote;points\n"
        + "a;1,2;5,3\n"     // line 11: valid
        + "b;1,2;6,1\n"     // 12: 6 > 5 on one project
        + "c;1,2;5,4\n"     // 13: 9 > 8 in all
        + "d;1,2;5\n";      // 14: one number for two projects
    PabulibBallots ballots = read(text);
    List<InvalidBallot> invalid = ballots.validateAll();
    assertEquals(List.of("b", "c", "d"), invalid.stream().map(InvalidBallot::voterId).toList());
    assertEquals(List.of(RejectionCode.OVER_POINTS), codes(invalid.get(0)));
    assertEquals("project", invalid.get(0).rejections().get(0).details().keySet().stream()
        .filter(k -> k.equals("project")).findFirst().orElseThrow());
    assertEquals(List.of(RejectionCode.OVER_POINTS), codes(invalid.get(1)));
    assertEquals("total", invalid.get(1).rejections().get(0).details().get("scope"));
    assertEquals(List.of(RejectionCode.MALFORMED_BALLOT), codes(invalid.get(2)));
  }

  @Test
  void structuralProblemsStillEndTheRead() {
    PabulibFormatException missing = assertThrows(PabulibFormatException.class,
        () -> read(HEAD));
    assertTrue(missing.problem().contains("missing section VOTES"), missing::getMessage);
    PabulibFormatException width = assertThrows(PabulibFormatException.class,
        () -> read(HEAD + "VOTES\nvoter_id;vote\na;1;2\n"));
    assertEquals(15, width.line());
    PabulibFormatException points = assertThrows(PabulibFormatException.class,
        () -> read("META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;60\n"
            + "VOTES\nvoter_id;vote;points\na;1;x\n"));
    assertEquals(10, points.line());
  }
}
