package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.folkestyre.toolkit.budgeting.RejectionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code folkestyre pb validate}. */
class PbValidateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path TOULOUSE = Path.of("..", "data", "pabulib",
      "France_Toulouse_2022_12_-_Pont_des_Demoiselles_Ormeau_Montaudran_La_Terrasse_Malepere.pb");

  private static String dieppe() {
    return Cli.resource("pabulib/Canada_Stanford_Dataset_PB_Dieppe_2018_vote_approvals.pb").toString();
  }

  private static String konnerud() {
    return Cli.resource("pabulib/konnerud-invalid-ballots.pb").toString();
  }

  private static int votes(Path file) throws Exception {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return (int) lines.subList(lines.indexOf("VOTES") + 2, lines.size()).stream().filter(l -> !l.isBlank()).count();
  }

  @Test
  void dieppeHasOnlyValidBallots() throws Exception {
    Cli.Result result = Cli.run("pb", "validate", dieppe(), "--format", "json");
    assertEquals(0, result.status(), result::toString);
    assertEquals("", result.err());
    JsonNode json = JSON.readTree(result.out());
    int ballots = votes(Path.of(dieppe()));
    assertEquals(378, ballots);
    assertEquals(ballots, json.get("ballots").asInt());
    assertEquals(ballots, json.get("valid").asInt());
    assertEquals(0, json.get("invalid").size());
    assertEquals(dieppe(), json.get("file").asText());
    Cli.Result text = Cli.run("pb", "validate", dieppe());
    assertEquals(0, text.status(), text::toString);
    assertEquals("All 378 ballots are valid", text.out().strip());
  }

  @Test
  void toulouseKeepsItsOneToThreeProjects() throws Exception {
    Cli.Result result = Cli.run("pb", "validate", TOULOUSE.toString(), "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode json = JSON.readTree(result.out());
    assertEquals(659, votes(TOULOUSE));
    assertEquals(votes(TOULOUSE), json.get("ballots").asInt());
    assertEquals(json.get("ballots").asInt(), json.get("valid").asInt());
  }

  @Test
  void toulouseWithAtMostTwoProjectsReportsEveryLongerBallot(@TempDir Path dir) throws Exception {
    List<String> lines = Files.readAllLines(TOULOUSE, StandardCharsets.UTF_8);
    List<String> changed = new ArrayList<>(lines);
    changed.set(lines.indexOf("max_length;3"), "max_length;2");
    Path file = dir.resolve("toulouse-max-2.pb");
    Files.write(file, changed, StandardCharsets.UTF_8);
    List<Integer> expected = new ArrayList<>();
    for (int i = lines.indexOf("VOTES") + 2; i < lines.size(); i++) {
      if (lines.get(i).split(";")[1].split(",").length > 2) {
        expected.add(i + 1);
      }
    }
    Cli.Result result = Cli.run("pb", "validate", file.toString(), "--format", "json");
    assertEquals(2, result.status(), result::toString);
    JsonNode json = JSON.readTree(result.out());
    List<Integer> reported = new ArrayList<>();
    for (JsonNode ballot : json.get("invalid")) {
      reported.add(ballot.get("line").asInt());
      assertEquals(1, ballot.get("reasons").size());
      assertEquals("TOO_MANY_PROJECTS", ballot.get("reasons").get(0).get("code").asText());
      assertEquals(lines.get(ballot.get("line").asInt() - 1).split(";")[0], ballot.get("voter").asText());
    }
    assertTrue(!expected.isEmpty());
    assertEquals(expected, reported);
    assertEquals(json.get("ballots").asInt() - expected.size(), json.get("valid").asInt());
    assertEquals(List.of("folkestyre: " + file + ": " + expected.size() + " of " + votes(TOULOUSE)
        + " ballots are invalid"), result.errLines());
  }

  @Test
  void reportsEveryProblemOfACraftedFileWithLineVoterAndReasons() throws Exception {
    Cli.Result result = Cli.run("pb", "validate", konnerud(), "--format", "json");
    assertEquals(2, result.status(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    JsonNode json = JSON.readTree(result.out());
    assertEquals(List.of("file", "ballots", "valid", "invalid"), fieldNames(json));
    assertEquals(7, json.get("ballots").asInt());
    assertEquals(1, json.get("valid").asInt());
    List<String> rows = new ArrayList<>();
    for (JsonNode ballot : json.get("invalid")) {
      assertEquals(List.of("line", "voter", "reasons"), fieldNames(ballot));
      List<String> codes = new ArrayList<>();
      for (JsonNode reason : ballot.get("reasons")) {
        assertEquals(List.of("code", "message"), fieldNames(reason));
        RejectionCode code = RejectionCode.valueOf(reason.get("code").asText());
        assertEquals(code.name(), reason.get("code").asText());
        assertTrue(!reason.get("message").asText().isBlank());
        codes.add(code.name());
      }
      rows.add(ballot.get("line").asInt() + " " + ballot.get("voter").asText() + " " + String.join(",", codes));
    }
    // The file's comments: line 20 names K9, 21 names K2 twice, 22 is voter 1 again, 23 names three
    // projects for 470000, 24 two for 350000, 25 none; the limits are 1 to 2 projects and 300000.
    assertEquals(List.of("20 2 UNKNOWN_PROJECT", "21 3 DUPLICATE_PROJECT", "22 1 SECOND_BALLOT",
        "23 4 TOO_MANY_PROJECTS,OVER_BUDGET", "24 5 OVER_BUDGET", "25 6 TOO_FEW_PROJECTS"), rows);
  }

  @Test
  void printsEveryReasonAsTextInTheChosenLanguage() {
    Cli.Result result = Cli.run("pb", "validate", konnerud(), "--lang", "nb");
    assertEquals(2, result.status(), result::toString);
    List<String> out = result.out().lines().toList();
    assertTrue(out.get(0).startsWith("Linje"), result::toString);
    for (String code : List.of("UNKNOWN_PROJECT", "DUPLICATE_PROJECT", "SECOND_BALLOT", "TOO_MANY_PROJECTS",
        "OVER_BUDGET", "TOO_FEW_PROJECTS")) {
      assertTrue(result.out().contains(code), code);
    }
    assertEquals(2, out.stream().filter(l -> l.contains("OVER_BUDGET")).count());
    assertEquals("6 av 7 stemmesedler er ugyldige", out.get(out.size() - 1));
    assertEquals(List.of("folkestyre: " + konnerud() + ": 6 of 7 ballots are invalid"), result.errLines());
  }

  @Test
  void structuralProblemsExit2WithOneLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.pb");
    Files.writeString(bad, "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\n"
        + "VOTES\nvoter_id;vote\nv1;1;2\n");
    Cli.Result result = Cli.run("pb", "validate", bad.toString());
    assertEquals(2, result.status(), result::toString);
    assertEquals(List.of("folkestyre: " + bad + ", line 10: a VOTES row needs 2 fields as in the header on line 9,"
        + " found 3"), result.errLines());
    assertEquals("", result.out());
    Cli.Result missing = Cli.run("pb", "validate");
    assertEquals(2, missing.status());
    assertEquals(List.of("folkestyre: pb validate: missing FILE.pb"), missing.errLines());
    Cli.Result none = Cli.run("pb", "validate", dir.resolve("nope.pb").toString());
    assertEquals(List.of("folkestyre: " + dir.resolve("nope.pb") + ": no such file"), none.errLines());
  }

  @Test
  void isASubcommandOfPbWithItsOwnHelp() {
    Cli.Result pb = Cli.run("pb", "--help");
    assertEquals(0, pb.status(), pb::toString);
    assertTrue(pb.out().contains("validate"), pb::toString);
    Cli.Result help = Cli.run("pb", "validate", "--help");
    assertEquals(0, help.status(), help::toString);
    assertTrue(help.out().contains("Usage: folkestyre pb validate"), help::toString);
    Cli.Result unknown = Cli.run("pb", "validate", konnerud(), "--rule", "mes");
    assertEquals(2, unknown.status(), unknown::toString);
    assertEquals(1, unknown.errLines().size(), unknown::toString);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
