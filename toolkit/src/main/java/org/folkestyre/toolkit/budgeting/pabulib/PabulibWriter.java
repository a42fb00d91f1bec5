package org.folkestyre.toolkit.budgeting.pabulib;

import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.AGE;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.CATEGORY;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.COST;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.DISTRICT;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.MISSING;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.NAME;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.POINTS;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.PROJECT_ID;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.PROJECT_COLUMNS;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.TARGET;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.VOTE;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.VOTER_ID;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.VOTE_COLUMNS;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.folkestyre.toolkit.budgeting.Ballot;
import org.folkestyre.toolkit.budgeting.BallotConstraints;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.Project;
import org.folkestyre.toolkit.budgeting.Voter;

/**
 * Writes a participatory-budgeting election in the Pabulib {@code .pb} format, so that {@link
 * PabulibReader} reads it back as an equal election.
 *
 * <p>{@code META} holds the metadata in order, then {@code num_projects}, {@code num_votes}, the
 * budget, the vote type and the constraints that are set. {@code PROJECTS} and {@code VOTES} have a
 * column for each modelled field some project or voter has, then one per attribute key in order of
 * first use; a missing value is written {@code None}. Fields holding {@code ;}, a quote or a line
 * break are quoted. Lines end with {@code \n}; the text is UTF-8 without a byte-order mark.
 *
 * <p>Two kinds of election cannot be written faithfully, and are rejected rather than changed: an
 * attribute whose value is {@code None}, and an attribute whose key is one of the format's own
 * columns ({@code cost}, {@code vote} …).
 */
public final class PabulibWriter {
  private PabulibWriter() {}

  /**
   * Writes an election to a file, replacing it.
   *
   * @param election the election
   * @param file the file
   * @throws IllegalArgumentException if the election cannot be written faithfully (see the class doc)
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(BudgetingElection election, Path file) {
    Objects.requireNonNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(election, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes an election as {@code .pb} text; the writer is flushed, not closed.
   *
   * @param election the election
   * @param out where to write
   * @throws IllegalArgumentException if the election cannot be written faithfully (see the class doc)
   * @throws UncheckedIOException if writing fails
   */
  public static void write(BudgetingElection election, Writer out) {
    Objects.requireNonNull(election, "election");
    Objects.requireNonNull(out, "out");
    try {
      BufferedWriter w = out instanceof BufferedWriter b ? b : new BufferedWriter(out);
      writeMeta(election, w);
      writeProjects(election, w);
      writeVotes(election, w);
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns an election as {@code .pb} text.
   *
   * @param election the election
   * @return the text
   * @throws IllegalArgumentException if the election cannot be written faithfully (see the class doc)
   */
  public static String toText(BudgetingElection election) {
    StringWriter text = new StringWriter();
    write(election, text);
    return text.toString();
  }

  private static void writeMeta(BudgetingElection e, BufferedWriter w) throws IOException {
    w.write("META\nkey;value\n");
    for (Map.Entry<String, String> entry : e.metadata().entrySet()) {
      row(w, List.of(entry.getKey(), checked("metadata", entry.getKey(), entry.getValue())));
    }
    row(w, List.of("num_projects", String.valueOf(e.projects().size())));
    row(w, List.of("num_votes", String.valueOf(e.ballots().size())));
    row(w, List.of("budget", e.budget().toString()));
    row(w, List.of("vote_type", e.ballotType().id()));
    BallotConstraints c = e.constraints();
    c.minProjects().ifPresent(v -> meta(w, "min_length", String.valueOf(v)));
    c.maxProjects().ifPresent(v -> meta(w, "max_length", String.valueOf(v)));
    c.minTotalCost().ifPresent(v -> meta(w, "min_sum_cost", v.toString()));
    c.maxTotalCost().ifPresent(v -> meta(w, "max_sum_cost", v.toString()));
    c.minBudgetShare().ifPresent(v -> meta(w, "min_budget_share", v.toPlainString()));
    c.maxBudgetShare().ifPresent(v -> meta(w, "max_budget_share", v.toPlainString()));
    c.minPoints().ifPresent(v -> meta(w, "min_points", String.valueOf(v)));
    c.maxPoints().ifPresent(v -> meta(w, "max_points", String.valueOf(v)));
    c.minTotalPoints().ifPresent(v -> meta(w, "min_sum_points", String.valueOf(v)));
    c.maxTotalPoints().ifPresent(v -> meta(w, "max_sum_points", String.valueOf(v)));
  }

  private static void meta(BufferedWriter w, String key, String value) {
    try {
      row(w, List.of(key, value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeProjects(BudgetingElection e, BufferedWriter w) throws IOException {
    List<Project> projects = e.projects();
    boolean names = projects.stream().anyMatch(p -> p.name().isPresent());
    boolean categories = projects.stream().anyMatch(p -> !p.categories().isEmpty());
    boolean targets = projects.stream().anyMatch(p -> !p.targetGroups().isEmpty());
    boolean districts = projects.stream().anyMatch(p -> p.district().isPresent());
    Set<String> keys = attributeKeys(projects, Project::attributes, PROJECT_COLUMNS, "project");
    List<String> header = new ArrayList<>(List.of(PROJECT_ID, COST));
    if (names) {
      header.add(NAME);
    }
    if (categories) {
      header.add(CATEGORY);
    }
    if (targets) {
      header.add(TARGET);
    }
    if (districts) {
      header.add(DISTRICT);
    }
    header.addAll(keys);
    w.write("PROJECTS\n");
    row(w, header);
    for (Project p : projects) {
      List<String> cells = new ArrayList<>(List.of(p.id(), p.cost().toString()));
      if (names) {
        cells.add(optional("project " + p.id(), NAME, p.name()));
      }
      if (categories) {
        cells.add(list("project " + p.id(), CATEGORY, p.categories()));
      }
      if (targets) {
        cells.add(list("project " + p.id(), TARGET, p.targetGroups()));
      }
      if (districts) {
        cells.add(optional("project " + p.id(), DISTRICT, p.district()));
      }
      for (String key : keys) {
        cells.add(attribute("project " + p.id(), key, p.attributes()));
      }
      row(w, cells);
    }
  }

  private static void writeVotes(BudgetingElection e, BufferedWriter w) throws IOException {
    List<Ballot> ballots = e.ballots();
    List<Voter> voters = ballots.stream().map(Ballot::voter).toList();
    boolean points = e.ballotType().hasPoints();
    boolean ages = voters.stream().anyMatch(v -> v.age().isPresent());
    boolean districts = voters.stream().anyMatch(v -> v.district().isPresent());
    Set<String> keys = attributeKeys(voters, Voter::attributes, VOTE_COLUMNS, "voter");
    List<String> header = new ArrayList<>(List.of(VOTER_ID, VOTE));
    if (points) {
      header.add(POINTS);
    }
    if (ages) {
      header.add(AGE);
    }
    if (districts) {
      header.add(DISTRICT);
    }
    header.addAll(keys);
    w.write("VOTES\n");
    row(w, header);
    for (Ballot b : ballots) {
      Voter v = b.voter();
      List<String> cells = new ArrayList<>(List.of(v.id(), String.join(",", b.projectIds())));
      if (points) {
        cells.add(b.points().stream().map(String::valueOf).collect(Collectors.joining(",")));
      }
      if (ages) {
        cells.add(v.age().isPresent() ? String.valueOf(v.age().getAsInt()) : MISSING);
      }
      if (districts) {
        cells.add(optional("voter " + v.id(), DISTRICT, v.district()));
      }
      for (String key : keys) {
        cells.add(attribute("voter " + v.id(), key, v.attributes()));
      }
      row(w, cells);
    }
  }

  private static <T> Set<String> attributeKeys(
      List<T> items, Function<T, Map<String, String>> attributes, Set<String> reserved, String what) {
    Set<String> keys = new LinkedHashSet<>();
    for (T item : items) {
      for (String key : attributes.apply(item).keySet()) {
        if (reserved.contains(key)) {
          throw new IllegalArgumentException("Cannot write a " + what + " attribute named '" + key
              + "': it is a column of the format");
        }
        keys.add(key);
      }
    }
    return keys;
  }

  private static String checked(String owner, String key, String value) {
    if (value.equals(MISSING)) {
      throw new IllegalArgumentException("Cannot write the " + key + " of " + owner
          + ": the value 'None' would be read back as a missing value");
    }
    return value;
  }

  private static String optional(String owner, String key, Optional<String> value) {
    return value.isPresent() ? checked(owner, key, value.get()) : MISSING;
  }

  private static String attribute(String owner, String key, Map<String, String> attributes) {
    String value = attributes.get(key);
    return value == null ? MISSING : checked(owner, key, value);
  }

  private static String list(String owner, String key, List<String> values) {
    return values.isEmpty() ? MISSING : checked(owner, key, String.join(",", values));
  }

  private static void row(BufferedWriter w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(';');
      }
      w.write(quote(cells.get(i)));
    }
    w.write('\n');
  }

  private static String quote(String cell) {
    boolean needs = cell.indexOf(';') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
