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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code folkestyre pb}. */
class PbCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIEPPE = "Canada_Stanford_Dataset_PB_Dieppe_2018_vote_approvals.pb";

  private static String dieppe() {
    return Cli.resource("pabulib/" + DIEPPE).toString();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "greedy|780,786,787,791,792",
    "mes|780,786,788,789,792",
    "mes-greedy|779,780,786,788,789,791,792",
    "mes-increase|779,780,786,788,789,791,792",
    "mes-increase-greedy|779,780,786,788,789,791,792",
    "phragmen|779,780,786,788,789,791,792",
  })
  void printsTheSelectedProjectsOfDieppeAsJson(String rule, String expected) throws Exception {
    Cli.Result result = Cli.run("pb", "--rule", rule, dieppe(), "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode json = JSON.readTree(result.out());
    List<String> selected = new ArrayList<>();
    json.get("selected").forEach(id -> selected.add(id.asText()));
    List<String> sorted = new ArrayList<>(selected);
    sorted.sort(null);
    assertEquals(List.of(expected.split(",")), sorted);
    assertEquals(180_000, json.get("budget").asLong());
    assertTrue(json.get("cost").asLong() <= 180_000);
    assertEquals(3, json.size(), "only selected, cost and budget");
  }

  @Test
  void listsIdsInTheOrderOfTheProjectsSection() throws Exception {
    // Dieppe lists 780 first and 779 later; the ids keep the file's order, not numeric order.
    JsonNode json = JSON.readTree(Cli.run("pb", "--rule", "mes-greedy", dieppe(), "--format", "json").out());
    List<String> file = Files.readAllLines(Path.of(dieppe()), StandardCharsets.UTF_8);
    List<String> projectOrder = new ArrayList<>();
    boolean inProjects = false;
    for (String line : file) {
      if (line.equals("PROJECTS")) {
        inProjects = true;
      } else if (line.equals("VOTES")) {
        break;
      } else if (inProjects && !line.startsWith("project_id")) {
        projectOrder.add(line.substring(0, line.indexOf(';')));
      }
    }
    List<String> selected = new ArrayList<>();
    json.get("selected").forEach(id -> selected.add(id.asText()));
    assertEquals(projectOrder.stream().filter(selected::contains).toList(), selected);
  }

  @Test
  void printsATableAsText() {
    Cli.Result result = Cli.run("pb", "--rule", "mes", dieppe());
    assertEquals(0, result.status(), result::toString);
    assertTrue(result.out().contains("780"), result::toString);
    // 780, 792 (45000 each), 786 (3000), 788 (5000), 789 (4000): 102000.
    assertTrue(result.out().contains("Total: 102000 of the budget 180000 (mes, 5/16)"), result::toString);
  }

  @Test
  void aMalformedFileExits2WithOneLineNamingFileAndLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.pb");
    Files.writeString(bad, "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;-5\n");
    Cli.Result result = Cli.run("pb", "--rule", "mes", bad.toString());
    assertEquals(2, result.status(), result::toString);
    assertEquals(List.of("folkestyre: " + bad + ", line 7: cost '-5' must not be negative"), result.errLines());
    assertEquals("", result.out());
  }

  @Test
  void badInputExits2WithOneLine(@TempDir Path dir) {
    Cli.Result missing = Cli.run("pb", "--rule", "mes", dir.resolve("nope.pb").toString());
    assertEquals(2, missing.status());
    assertEquals(List.of("folkestyre: " + dir.resolve("nope.pb") + ": no such file"), missing.errLines());
    Cli.Result rule = Cli.run("pb", "--rule", "borda", dieppe());
    assertEquals(2, rule.status());
    assertEquals(List.of("folkestyre: invalid --rule 'borda': must be one of greedy, mes, mes-greedy, mes-increase,"
        + " mes-increase-greedy, phragmen"), rule.errLines());
    Cli.Result noRule = Cli.run("pb", dieppe());
    assertEquals(2, noRule.status());
    assertEquals(1, noRule.errLines().size());
  }

  @Test
  void theReportAddsAReportObjectAndKeepsTheOtherKeys() throws Exception {
    JsonNode plain = JSON.readTree(Cli.run("pb", "--rule", "mes", dieppe(), "--format", "json").out());
    Cli.Result result = Cli.run("pb", "--rule", "mes", dieppe(), "--report", "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode json = JSON.readTree(result.out());
    assertEquals(4, json.size());
    for (String key : List.of("selected", "cost", "budget")) {
      assertEquals(plain.get(key), json.get(key), key);
    }
    JsonNode report = json.get("report");
    // Votes per project counted here from the file's VOTES section.
    java.util.Map<String, Integer> votes = new java.util.HashMap<>();
    java.util.Map<String, Long> costs = new java.util.HashMap<>();
    List<String> lines = Files.readAllLines(Path.of(dieppe()), StandardCharsets.UTF_8);
    int projects = lines.indexOf("PROJECTS");
    int voteSection = lines.indexOf("VOTES");
    for (String line : lines.subList(projects + 2, voteSection)) {
      String[] f = line.split(";");
      costs.put(f[0], Long.parseLong(f[1]));
    }
    List<String> selected = new ArrayList<>();
    json.get("selected").forEach(id -> selected.add(id.asText()));
    int satisfied = 0;
    int ballots = 0;
    for (String line : lines.subList(voteSection + 2, lines.size())) {
      String[] ids = line.split(";")[1].split(",");
      ballots++;
      boolean any = false;
      for (String id : ids) {
        votes.merge(id, 1, Integer::sum);
        any |= selected.contains(id);
      }
      satisfied += any ? 1 : 0;
    }
    long left = 180_000 - json.get("cost").asLong();
    assertEquals(costs.size(), report.get("projects").size());
    for (JsonNode project : report.get("projects")) {
      String id = project.get("id").asText();
      assertEquals(costs.get(id), project.get("cost").asLong(), id);
      assertEquals(votes.getOrDefault(id, 0), project.get("votes").asInt(), id);
      assertEquals(selected.contains(id), project.get("selected").asBoolean(), id);
      String reason = selected.contains(id) ? "SELECTED"
          : costs.get(id) > left ? "NOT_ENOUGH_BUDGET_LEFT" : "NOT_ENOUGH_SUPPORT";
      assertEquals(reason, project.get("reason").asText(), id);
    }
    assertTrue(left >= 25_000, "mes leaves room for a project it does not select");
    assertEquals(1, report.get("districts").size());
    assertEquals(json.get("cost").asLong(), report.get("districts").get(0).get("spent").asLong());
    assertEquals(ballots, report.get("voters").asInt());
    assertEquals(satisfied, report.get("votersWithSelectedProject").asInt());
    assertEquals(satisfied + "/" + ballots, report.get("satisfiedShare").asText());
  }

  @Test
  void theReportAsTextFollowsTheTable() {
    Cli.Result result = Cli.run("pb", "--rule", "greedy", dieppe(), "--report");
    assertEquals(0, result.status(), result::toString);
    String plain = Cli.run("pb", "--rule", "greedy", dieppe()).out();
    assertTrue(result.out().startsWith(plain), result::toString);
    // docs/ballots.md: greedy gives 355 of Dieppe's 378 voters a project they named.
    assertTrue(result.out().strip().endsWith(
        "Voters with at least one selected project: 355 of 378 (355/378, 93.9 %)"), result::toString);
    assertEquals(16, result.out().lines().filter(l -> l.matches("7\\d\\d .*")).count() - 5);
  }

  @Test
  void theReportGivesVotesReasonsAndDistricts(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("districts.pb");
    Files.writeString(file, "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\n"
        + "project_id;cost;district\nA;60;North\nB;50;South\nC;30;None\nD;20;North\nVOTES\n"
        + "voter_id;vote\nv1;A,C\nv2;A\nv3;B,C\n", StandardCharsets.UTF_8);
    Cli.Result result = Cli.run("pb", "--rule", "greedy", file.toString(), "--report", "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode report = JSON.readTree(result.out()).get("report");
    List<String> rows = new ArrayList<>();
    for (JsonNode project : report.get("projects")) {
      rows.add(project.get("id").asText() + " " + project.path("district").asText("-") + " "
          + project.get("votes").asInt() + " " + project.has("points"));
    }
    // Counted by hand from the three ballots above.
    assertEquals(List.of("A North 2 false", "B South 1 false", "C - 2 false", "D North 0 false"), rows);
    assertEquals("NO_SUPPORT", report.get("projects").get(3).get("reason").asText());
    List<String> districts = new ArrayList<>();
    report.get("districts").forEach(d -> districts.add(d.path("district").asText("city-wide") + " "
        + d.get("projects").asInt() + " " + d.get("requested").asLong()));
    assertEquals(List.of("North 2 80", "South 1 50", "city-wide 1 30"), districts);
    Cli.Result text = Cli.run("pb", "--rule", "greedy", file.toString(), "--report");
    assertEquals(0, text.status(), text::toString);
    assertTrue(text.out().contains("city-wide"), text::toString);
  }
}
