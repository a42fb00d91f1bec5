package org.folkestyre.toolkit.budgeting;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.folkestyre.toolkit.budgeting.pabulib.PabulibReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule on every Pabulib instance in {@code data/pabulib} against the outcomes of the reference
 * implementation, pabutools (exact arithmetic, lexicographic tie-breaking), kept in
 * {@code data/pabulib/reference-outcomes.tsv}: the outcomes published for five of the instances,
 * and the outcomes of pabutools run on the other eight. A row without an outcome says why
 * pabutools has none; the rule still runs on that file here and must stay within the budget.
 */
class TestBudgetingRuleReference {
  private static final Path OUTCOMES = PabulibFiles.FOLDER.resolve("reference-outcomes.tsv");

  /** One row of the outcomes file. */
  record Row(String file, String rule, String selected, String source) {
    boolean hasOutcome() {
      return !source.startsWith("not computed");
    }
  }

  static List<Row> rows() {
    try {
      List<Row> rows = new ArrayList<>();
      for (String line : Files.readAllLines(OUTCOMES, StandardCharsets.UTF_8)) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertEquals(4, f.length, "four tab-separated columns: " + line);
        rows.add(new Row(f[0], f[1], f[2], f[3]));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<String> files() {
    return rows().stream().map(Row::file).distinct();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyRuleSelectsWhatTheReferenceImplementationSelects(String file) {
    // Read here, not through the shared cache: the large files are not kept for the rest of the run.
    BudgetingElection election = PabulibReader.read(PabulibFiles.path(file));
    List<Executable> checks = new ArrayList<>();
    for (Row row : rows().stream().filter(r -> r.file().equals(file)).toList()) {
      checks.add(() -> {
        BudgetingOutcome outcome = BudgetingRule.fromId(row.rule()).orElseThrow().apply(election);
        assertTrue(outcome.totalCost().compareTo(election.budget()) <= 0, row.rule() + " stays within the budget");
        if (!row.hasOutcome()) {
          return;
        }
        Set<String> expected = new TreeSet<>(Arrays.asList(row.selected().split(", ")));
        assertEquals(expected, new TreeSet<>(outcome.selectedIds()), row.rule() + " (" + row.source() + ")");
        List<String> inFileOrder = election.projects().stream().map(Project::id).filter(expected::contains).toList();
        assertEquals(inFileOrder, outcome.selectedIds(), row.rule() + ": selected projects are listed in the file's order");
        long explained = outcome.steps().stream().filter(s -> s.kind() == StepKind.SELECTED).count();
        assertEquals(expected.size(), explained, row.rule() + ": every selection is explained");
      });
    }
    assertAll(file, checks);
  }

  @Test
  void everyInstanceHasARowForEveryRule() throws IOException {
    Set<String> instances;
    try (Stream<Path> listing = Files.list(PabulibFiles.FOLDER)) {
      instances = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pb"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Map<String, Set<String>> rulesByFile = new LinkedHashMap<>();
    for (Row row : rows()) {
      assertTrue(rulesByFile.computeIfAbsent(row.file(), f -> new TreeSet<>()).add(row.rule()), "one row per rule: " + row);
      assertTrue(BudgetingRule.fromId(row.rule()).isPresent(), "a rule of the library: " + row);
      assertTrue(Set.of("published", "pabutools").contains(row.source()) || !row.hasOutcome(), "a known source: " + row);
      assertEquals(row.hasOutcome(), !row.selected().isEmpty(), "an outcome exactly when there is a source: " + row);
    }
    assertEquals(instances, rulesByFile.keySet());
    Set<String> allRules = Arrays.stream(BudgetingRule.values()).map(BudgetingRule::id).collect(Collectors.toCollection(TreeSet::new));
    rulesByFile.forEach((file, rules) -> assertEquals(allRules, rules, file));
  }

  @Test
  void theFivePublishedInstancesHaveEveryOutcome() {
    Map<String, Long> published = rows().stream().filter(r -> r.source().equals("published"))
        .collect(Collectors.groupingBy(Row::file, Collectors.counting()));
    assertEquals(Set.of(PabulibFiles.DIEPPE, PabulibFiles.TOULOUSE, PabulibFiles.WILANOW, PabulibFiles.CAMBRIDGE,
        PabulibFiles.WROCLAW_2018), published.keySet());
    published.values().forEach(n -> assertEquals(BudgetingRule.values().length, n));
    assertFalse(rows().stream().anyMatch(r -> r.file().equals(PabulibFiles.DIEPPE) && !r.hasOutcome()));
  }
}
