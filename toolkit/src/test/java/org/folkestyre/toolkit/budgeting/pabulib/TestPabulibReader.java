package org.folkestyre.toolkit.budgeting.pabulib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.folkestyre.toolkit.budgeting.Amount;
import org.folkestyre.toolkit.budgeting.Ballot;
import org.folkestyre.toolkit.budgeting.BallotType;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.PabulibFiles;
import org.folkestyre.toolkit.budgeting.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TestPabulibReader {
  private static final String META = "META\nkey;value\ndescription;Test\nbudget;100\nvote_type;approval\n";
  private static final String PROJECTS = "PROJECTS\nproject_id;cost;name\n1;60;Park\n2;40;\"Bench; new\"\n";
  private static final String VOTES = "VOTES\nvoter_id;vote\nv1;1,2\nv2;2\n";

  private static BudgetingElection read(String text) {
    return PabulibReader.read(new StringReader(text), "test.pb");
  }

  @Test
  void readsAllThirteenInstances() throws IOException {
    try (Stream<Path> files = Files.list(PabulibFiles.FOLDER)) {
      List<Path> pb = files.filter(f -> f.toString().endsWith(".pb")).sorted().toList();
      assertEquals(13, pb.size());
      for (Path file : pb) {
        BudgetingElection e = PabulibFiles.read(file.getFileName().toString());
        assertTrue(e.ballotType().isApproval(), file.toString());
        assertTrue(!e.projects().isEmpty() && !e.ballots().isEmpty(), file.toString());
      }
    }
  }

  @Test
  void readsDieppeAsPublished() {
    BudgetingElection dieppe = PabulibFiles.read(PabulibFiles.DIEPPE);
    assertEquals(Amount.of(180_000), dieppe.budget());
    assertEquals(16, dieppe.projects().size());
    assertEquals(378, dieppe.ballots().size());
    assertEquals("780", dieppe.projects().get(0).id());
    assertEquals(Amount.of(45_000), dieppe.projects().get(0).cost());
    assertEquals("195", dieppe.projects().get(0).attributes().get("votes"));
    assertEquals(List.of("779", "792", "783", "785"), dieppe.ballots().get(0).projectIds());
    assertEquals("Canada", dieppe.metadata().get("country"));
  }

  @Test
  void keepsDecimalBudgetsAndStringIdsExactly() {
    BudgetingElection praga = PabulibFiles.read("Poland_Warszawa_2018_Praga-Poludnie.pb");
    assertEquals(Amount.parse("748772.64"), praga.budget());
    assertEquals(Amount.parse("748772.64"), praga.constraints().maxTotalCost().orElseThrow());
    BudgetingElection lodz = PabulibFiles.read("Poland_Lodz_2022.pb");
    assertEquals("L010", lodz.projects().get(0).id());
    assertEquals(53, lodz.ballots().get(0).voter().age().getAsInt());
    assertEquals("internet", lodz.ballots().get(0).voter().attributes().get("voting_method"));
  }

  @Test
  void readsChooseOneAsItsOwnApprovalType() {
    BudgetingElection wroclaw = PabulibFiles.read("Poland_Wroclaw_2015_150_-_500.pb");
    assertEquals(BallotType.CHOOSE_ONE, wroclaw.ballotType());
    assertEquals(131_778, wroclaw.ballots().size());
    assertEquals(1, wroclaw.constraints().maxProjects().getAsInt());
  }

  @Test
  void readsQuotingBlankLinesAndAByteOrderMark() {
    byte[] bytes = ("\uFEFF" + META + "\n" + PROJECTS + VOTES).getBytes(StandardCharsets.UTF_8);
    BudgetingElection e = PabulibReader.read(new ByteArrayInputStream(bytes), "bom.pb");
    assertEquals("Bench; new", e.projects().get(1).name().orElseThrow());
    assertEquals(List.of("1", "2"), e.ballots().get(0).projectIds());
  }

  @Test
  void readsNoneAndEmptyCellsAsMissing() {
    BudgetingElection e = read(META + "PROJECTS\nproject_id;cost;name;category\n1;60;None;\n"
        + "VOTES\nvoter_id;vote;age\nv1;None;None\nv2;;\n");
    Project p = e.projects().get(0);
    assertTrue(p.name().isEmpty() && p.categories().isEmpty());
    assertTrue(e.ballots().get(0).projectIds().isEmpty() && e.ballots().get(1).voter().age().isEmpty());
  }

  @Test
  void readsBallotsWithPoints() {
    BudgetingElection e = read(META.replace("approval", "cumulative") + PROJECTS
        + "VOTES\nvoter_id;vote;points\nv1;2,1;7,3\n");
    Ballot b = e.ballots().get(0);
    assertEquals(List.of("2", "1"), b.projectIds());
    assertEquals(List.of(7L, 3L), b.points());
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("", 1, "missing section META"),
        Arguments.of(META, 6, "missing section PROJECTS"),
        Arguments.of(META + PROJECTS, 10, "missing section VOTES"),
        Arguments.of("PROJECTS\n", 1, "expected the section title META"),
        Arguments.of(META.replace("budget;100\n", ""), 2, "META has no budget"),
        Arguments.of(META.replace("budget;100", "budget;lots"), 4, "budget 'lots' is not a number"),
        Arguments.of(META.replace("approval", "ranked"), 5, "vote_type 'ranked' is not one of"),
        Arguments.of(META + PROJECTS.replace("2;40;", "2;40;x;"), 9, "needs 3 fields as in the header on line 7, found 4"),
        Arguments.of(META + PROJECTS.replace("2;40", "2;-40"), 9, "cost '-40' must not be negative"),
        Arguments.of(META + PROJECTS.replace("2;40", "2;forty"), 9, "cost 'forty' is not a number"),
        Arguments.of(META + PROJECTS.replace("2;40", "1;40"), 9, "the project id '1' appears twice"),
        Arguments.of(META + "PROJECTS\nproject_id;name\n", 7, "has no column 'cost'"),
        Arguments.of(META + PROJECTS + VOTES.replace("v2;2", "v2;3"), 13, "votes for the unknown project '3'"),
        Arguments.of(META + PROJECTS + VOTES.replace("v2;2", "v1;2"), 13, "the voter id 'v1' appears twice"),
        Arguments.of(META + PROJECTS + VOTES.replace("v2;2", "v2;2,2"), 13, "more than once"),
        Arguments.of(META + PROJECTS + VOTES.replace("v2;2", "v2;\"2"), 13, "quoted field is not closed"),
        Arguments.of(META.replace("approval", "choose-1") + PROJECTS + VOTES, 12, "at most one project"),
        Arguments.of(META.replace("approval", "scoring") + PROJECTS + VOTES, 11, "has no column 'points'"),
        Arguments.of(META + PROJECTS + "VOTES\nvoter_id;vote;age\nv1;1;old\n", 12, "age 'old' is not a whole number"),
        Arguments.of(META + "min_length;3\nmax_length;2\n" + PROJECTS + VOTES, 2, "must not exceed maxProjects"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("malformed")
  void reportsTheLineAndTheProblem(String text, long line, String problem) {
    PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> read(text));
    assertEquals("test.pb", e.source());
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.problem().contains(problem), e.getMessage());
    assertTrue(e.getMessage().startsWith("test.pb, line " + line + ": "), e.getMessage());
  }

  @Test
  void reportsInvalidUtf8() {
    byte[] bytes = (META + PROJECTS).getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, broken, 0, bytes.length);
    broken[bytes.length] = (byte) 0xC3;
    broken[bytes.length + 1] = (byte) 0x28;
    assertThrows(PabulibFormatException.class, () -> PabulibReader.read(new ByteArrayInputStream(broken), "x.pb"));
  }
}
