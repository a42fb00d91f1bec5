package org.folkestyre.toolkit.budgeting.pabulib;

import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.AGE;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.CATEGORY;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.COST;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.DISTRICT;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.MISSING;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.NAME;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.POINTS;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.PROJECT_ID;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.TARGET;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.VOTE;
import static org.folkestyre.toolkit.budgeting.pabulib.PabulibColumns.VOTER_ID;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.toolkit.budgeting.Amount;
import org.folkestyre.toolkit.budgeting.Ballot;
import org.folkestyre.toolkit.budgeting.BallotConstraints;
import org.folkestyre.toolkit.budgeting.BallotSubmission;
import org.folkestyre.toolkit.budgeting.BallotType;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.Project;
import org.folkestyre.toolkit.budgeting.Voter;

/**
 * Reads a participatory-budgeting election in the Pabulib {@code .pb} format.
 *
 * <p>A file has three sections, {@code META}, {@code PROJECTS} and {@code VOTES}, each a title
 * line, a header line and {@code ;}-separated rows with CSV quoting. The reader works line by line
 * (it never holds the whole file as text), tolerates a UTF-8 byte-order mark and blank lines, reads
 * {@code None} and empty cells as missing, and keeps ids as strings. {@code approval}, {@code
 * choose-1}, {@code cumulative}, {@code ordinal} and {@code scoring} ballots are read. Columns the
 * model does not name are kept as attributes; {@code num_projects}, {@code num_votes} and the
 * projects' {@code votes}/{@code score} columns are data derived from the ballots and are kept as
 * they are, never trusted. Any problem ends the read with a {@link PabulibFormatException} naming the
 * line. {@link #readBallots(Path)} reads leniently instead, keeping every ballot as written so that
 * each invalid one can be reported.
 *
 * <pre>{@code
 * BudgetingElection election = PabulibReader.read(Path.of("Dieppe_2018.pb"));
 * }</pre>
 */
public final class PabulibReader {
  private PabulibReader() {}

  /**
   * Reads a {@code .pb} file.
   *
   * @param file the file, UTF-8
   * @return the election
   * @throws PabulibFormatException if the content is not a valid election; the source is the file name
   * @throws UncheckedIOException if the file cannot be read
   */
  public static BudgetingElection read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads {@code .pb} content from a stream of UTF-8 bytes; the stream is not closed.
   *
   * @param in the bytes
   * @param source a name for the source, used in error messages
   * @return the election
   * @throws PabulibFormatException if the content is not a valid election or not UTF-8
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static BudgetingElection read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    return read(reader, source);
  }

  /**
   * Reads {@code .pb} content from characters; the reader is not closed.
   *
   * @param reader the characters
   * @param source a name for the source, used in error messages
   * @return the election
   * @throws PabulibFormatException if the content is not a valid election
   * @throws UncheckedIOException if the reader fails
   */
  public static BudgetingElection read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    return new Parse(new Records(new BufferedReader(reader), source), source).run();
  }

  /**
   * Reads the ballots of a {@code .pb} file leniently, to report every invalid one: each row of
   * {@code VOTES} is kept as written, even if it names an unknown project or one project twice, gives
   * points that do not match its choices, or repeats a voter id. Structural problems (a missing
   * section, key or column, a row with the wrong number of fields, a number that is not one) still
   * end the read.
   *
   * @param file the file, UTF-8
   * @return the election without ballots, and the rows
   * @throws PabulibFormatException if the file is not structurally a Pabulib file; the source is the file name
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PabulibBallots readBallots(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return readBallots(in, source);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the ballots of {@code .pb} content leniently from a stream of UTF-8 bytes, as {@link
   * #readBallots(Path)} does; the stream is not closed.
   *
   * @param in the bytes
   * @param source a name for the source, used in error messages
   * @return the election without ballots, and the rows
   * @throws PabulibFormatException if the content is not structurally a Pabulib file or not UTF-8
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static PabulibBallots readBallots(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    return readBallots(reader, source);
  }

  /**
   * Reads the ballots of {@code .pb} content leniently from characters, as {@link #readBallots(Path)}
   * does; the reader is not closed.
   *
   * @param reader the characters
   * @param source a name for the source, used in error messages
   * @return the election without ballots, and the rows
   * @throws PabulibFormatException if the content is not structurally a Pabulib file
   * @throws UncheckedIOException if the reader fails
   */
  public static PabulibBallots readBallots(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Parse parse = new Parse(new Records(new BufferedReader(reader), source), source);
    parse.lenient = true;
    BudgetingElection election = parse.run();
    return PabulibBallots.of(source, election, parse.rows);
  }

  /** One logical record: its fields and the line it started on. */
  private record Record(List<String> fields, long line, boolean title) {}

  /** Splits the characters into records, joining quoted line breaks. */
  private static final class Records {
    private final BufferedReader in;
    private final String source;
    private long lineNumber;

    Records(BufferedReader in, String source) {
      this.in = in;
      this.source = source;
    }

    long lineNumber() {
      return lineNumber;
    }

    /** Returns the next non-blank record, or null at the end. */
    Record next() {
      while (true) {
        String line = readLine();
        if (line == null) {
          return null;
        }
        if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        long start = lineNumber;
        String trimmed = line.strip();
        if (trimmed.equalsIgnoreCase("META") || trimmed.equalsIgnoreCase("PROJECTS")
            || trimmed.equalsIgnoreCase("VOTES")) {
          return new Record(List.of(trimmed.toUpperCase(Locale.ROOT)), start, true);
        }
        return new Record(split(line, start), start, false);
      }
    }

    private String readLine() {
      try {
        String line = in.readLine();
        if (line != null) {
          lineNumber++;
        }
        return line;
      } catch (CharacterCodingException e) {
        throw new PabulibFormatException(source, lineNumber + 1, "is not valid UTF-8");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private List<String> split(String first, long start) {
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      String line = first;
      boolean quoted = false;
      int i = 0;
      while (true) {
        if (i == line.length()) {
          if (!quoted) {
            break;
          }
          String more = readLine();
          if (more == null) {
            throw new PabulibFormatException(source, start, "a quoted field is not closed before the end of the file");
          }
          field.append('\n');
          line = more;
          i = 0;
          continue;
        }
        char c = line.charAt(i++);
        if (quoted) {
          if (c == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ';') {
          fields.add(field.toString());
          field.setLength(0);
        } else {
          field.append(c);
        }
      }
      fields.add(field.toString());
      return fields;
    }
  }

  /** The state of one read. */
  private static final class Parse {
    private final Records records;
    private final String source;
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final Map<String, Long> metaLines = new HashMap<>();
    private final BudgetingElection.Builder election = BudgetingElection.builder();
    private final Set<String> projectIds = new HashSet<>();
    private final Set<String> voterIds = new HashSet<>();
    private BallotType type;
    private Record pending;
    /** Whether the rows of VOTES are kept as written in {@link #rows} instead of built into ballots. */
    private boolean lenient;
    private final List<PabulibVote> rows = new ArrayList<>();

    Parse(Records records, String source) {
      this.records = records;
      this.source = source;
    }

    BudgetingElection run() {
      expectTitle("META");
      readMeta();
      expectTitle("PROJECTS");
      readProjects();
      expectTitle("VOTES");
      readVotes();
      try {
        return election.build();
      } catch (InvalidValueException e) {
        throw new PabulibFormatException(source, records.lineNumber(), e.getMessage());
      }
    }

    private Record next() {
      if (pending != null) {
        Record r = pending;
        pending = null;
        return r;
      }
      return records.next();
    }

    private void expectTitle(String title) {
      Record r = next();
      if (r == null) {
        throw fail(records.lineNumber() + 1, "missing section " + title + " (the file ends before it)");
      }
      if (!r.title() || !r.fields().get(0).equals(title)) {
        throw fail(r.line(), "expected the section title " + title + ", found '" + abbreviate(String.join(";", r.fields())) + "'");
      }
    }

    /** Reads the header after a title, checking the required columns. */
    private Map<String, Integer> header(String section, String... required) {
      Record r = next();
      if (r == null || r.title()) {
        throw fail(r == null ? records.lineNumber() + 1 : r.line(), "section " + section + " has no header line");
      }
      Map<String, Integer> columns = new LinkedHashMap<>();
      for (int i = 0; i < r.fields().size(); i++) {
        String name = r.fields().get(i).strip();
        if (columns.put(name, i) != null) {
          throw fail(r.line(), "section " + section + " names the column '" + name + "' twice");
        }
      }
      for (String column : required) {
        if (!columns.containsKey(column)) {
          throw fail(r.line(), "section " + section + " has no column '" + column + "'");
        }
      }
      headerLine = r.line();
      return columns;
    }

    private long headerLine;

    /** Returns the next row of the current section, or null when the section ends. */
    private Record row(String section, int width) {
      Record r = next();
      if (r == null) {
        return null;
      }
      if (r.title()) {
        pending = r;
        return null;
      }
      if (r.fields().size() != width) {
        throw fail(r.line(), "a " + section + " row needs " + width + " fields as in the header on line "
            + headerLine + ", found " + r.fields().size());
      }
      return r;
    }

    private void readMeta() {
      Map<String, Integer> columns = header("META", "key", "value");
      int key = columns.get("key");
      int value = columns.get("value");
      Record r;
      while ((r = row("META", columns.size())) != null) {
        String k = r.fields().get(key).strip();
        if (k.isEmpty()) {
          throw fail(r.line(), "a META key is empty");
        }
        if (meta.containsKey(k) || metaLines.containsKey(k)) {
          throw fail(r.line(), "the META key '" + k + "' appears twice");
        }
        metaLines.put(k, r.line());
        String v = r.fields().get(value);
        if (!isMissing(v)) {
          meta.put(k, v);
        }
      }
      String budget = meta.remove("budget");
      if (budget == null) {
        throw fail(headerLine, "META has no budget");
      }
      election.budget(amount("budget", budget, metaLines.get("budget")));
      String voteType = meta.remove("vote_type");
      if (voteType == null) {
        throw fail(headerLine, "META has no vote_type");
      }
      type = BallotType.fromId(voteType.strip()).orElseThrow(() -> fail(metaLines.get("vote_type"),
          "vote_type '" + voteType + "' is not one of approval, choose-1, cumulative, ordinal, scoring"));
      election.ballotType(type);
      BallotConstraints.Builder constraints = BallotConstraints.builder();
      Integer minLength = integer("min_length");
      if (minLength != null) {
        constraints.minProjects(minLength);
      }
      Integer maxLength = integer("max_length");
      if (maxLength != null) {
        constraints.maxProjects(maxLength);
      }
      String minCost = meta.remove("min_sum_cost");
      if (minCost != null) {
        constraints.minTotalCost(amount("min_sum_cost", minCost, metaLines.get("min_sum_cost")));
      }
      String maxCost = meta.remove("max_sum_cost");
      if (maxCost != null) {
        constraints.maxTotalCost(amount("max_sum_cost", maxCost, metaLines.get("max_sum_cost")));
      }
      BigDecimal minShare = decimal("min_budget_share");
      if (minShare != null) {
        constraints.minBudgetShare(minShare);
      }
      BigDecimal maxShare = decimal("max_budget_share");
      if (maxShare != null) {
        constraints.maxBudgetShare(maxShare);
      }
      Long l = longValue("min_points");
      if (l != null) {
        constraints.minPoints(l);
      }
      l = longValue("max_points");
      if (l != null) {
        constraints.maxPoints(l);
      }
      l = longValue("min_sum_points");
      if (l != null) {
        constraints.minTotalPoints(l);
      }
      l = longValue("max_sum_points");
      if (l != null) {
        constraints.maxTotalPoints(l);
      }
      try {
        election.constraints(constraints.build());
      } catch (InvalidValueException e) {
        throw fail(headerLine, e.getMessage());
      }
      // Counts derived from the data: checked by nobody, recomputed by the writer.
      meta.remove("num_projects");
      meta.remove("num_votes");
      for (Map.Entry<String, String> entry : meta.entrySet()) {
        try {
          election.putMetadata(entry.getKey(), entry.getValue());
        } catch (InvalidValueException e) {
          throw fail(metaLines.get(entry.getKey()), e.getMessage());
        }
      }
    }

    private Amount amount(String key, String text, long line) {
      try {
        return Amount.parse(text);
      } catch (InvalidValueException e) {
        throw fail(line, key + " '" + text + "' "
            + (text.strip().startsWith("-") ? "must not be negative" : "is not a number"));
      }
    }

    private Integer integer(String key) {
      Long value = longValue(key);
      if (value == null) {
        return null;
      }
      if (value < 0 || value > Integer.MAX_VALUE) {
        throw fail(metaLines.get(key), key + " '" + value + "' is out of range");
      }
      return value.intValue();
    }

    private Long longValue(String key) {
      String text = meta.remove(key);
      if (text == null) {
        return null;
      }
      try {
        return Long.parseLong(text.strip());
      } catch (NumberFormatException e) {
        throw fail(metaLines.get(key), key + " '" + text + "' is not a whole number");
      }
    }

    private BigDecimal decimal(String key) {
      String text = meta.remove(key);
      if (text == null) {
        return null;
      }
      try {
        return new BigDecimal(text.strip().replace(',', '.'));
      } catch (NumberFormatException e) {
        throw fail(metaLines.get(key), key + " '" + text + "' is not a number");
      }
    }

    private void readProjects() {
      Map<String, Integer> columns = header("PROJECTS", PROJECT_ID, COST);
      Record r;
      while ((r = row("PROJECTS", columns.size())) != null) {
        List<String> f = r.fields();
        String id = f.get(columns.get(PROJECT_ID)).strip();
        if (!projectIds.add(id)) {
          throw fail(r.line(), "the project id '" + id + "' appears twice");
        }
        Project.Builder project = Project.builder();
        try {
          project.id(id);
          String cost = f.get(columns.get(COST));
          if (isMissing(cost)) {
            throw fail(r.line(), "project '" + id + "' has no cost");
          }
          project.cost(amount("cost", cost, r.line()));
          for (Map.Entry<String, Integer> column : columns.entrySet()) {
            String value = f.get(column.getValue());
            if (isMissing(value)) {
              continue;
            }
            switch (column.getKey()) {
              case PROJECT_ID, COST -> { }
              case NAME -> project.name(value);
              case DISTRICT -> project.district(value);
              case CATEGORY -> project.addAllCategories(list(value));
              case TARGET -> project.addAllTargetGroups(list(value));
              default -> project.putAttribute(column.getKey(), value);
            }
          }
          election.addProject(project.build());
        } catch (InvalidValueException e) {
          throw fail(r.line(), e.getMessage());
        }
      }
    }

    private void readVotes() {
      Map<String, Integer> columns = type.hasPoints()
          ? header("VOTES", VOTER_ID, VOTE, POINTS) : header("VOTES", VOTER_ID, VOTE);
      Record r;
      while ((r = row("VOTES", columns.size())) != null) {
        List<String> f = r.fields();
        String voterId = f.get(columns.get(VOTER_ID)).strip();
        if (!voterIds.add(voterId) && !lenient) {
          throw fail(r.line(), "the voter id '" + voterId + "' appears twice");
        }
        try {
          Voter.Builder voter = Voter.builder().id(voterId);
          for (Map.Entry<String, Integer> column : columns.entrySet()) {
            String value = f.get(column.getValue());
            if (isMissing(value)) {
              continue;
            }
            switch (column.getKey()) {
              case VOTER_ID, VOTE, POINTS -> { }
              case AGE -> voter.age(age(value, r.line()));
              case DISTRICT -> voter.district(value);
              default -> voter.putAttribute(column.getKey(), value);
            }
          }
          String vote = f.get(columns.get(VOTE));
          List<String> ids = isMissing(vote) ? List.of() : list(vote);
          if (lenient) {
            rows.add(PabulibVote.of(r.line(), voter.build(), BallotSubmission.builder().addAllProjectIds(ids)
                .addAllPoints(type.hasPoints() ? points(f.get(columns.get(POINTS)), voterId, r.line()) : List.of())
                .build()));
            continue;
          }
          for (String id : ids) {
            if (!projectIds.contains(id)) {
              throw fail(r.line(), "voter '" + voterId + "' votes for the unknown project '" + id + "'");
            }
          }
          Ballot.Builder ballot = Ballot.builder().voter(voter.build()).type(type).addAllProjectIds(ids);
          if (type.hasPoints()) {
            String points = f.get(columns.get(POINTS));
            List<String> values = isMissing(points) ? List.of() : list(points);
            if (values.size() != ids.size()) {
              throw fail(r.line(), "voter '" + voterId + "' gives " + values.size() + " points for "
                  + ids.size() + " projects");
            }
            for (String value : values) {
              try {
                ballot.addPoint(Long.parseLong(value));
              } catch (NumberFormatException e) {
                throw fail(r.line(), "points '" + value + "' of voter '" + voterId + "' is not a whole number");
              }
            }
          }
          election.addBallot(ballot.build());
        } catch (InvalidValueException e) {
          throw fail(r.line(), e.getMessage());
        }
      }
    }

    private List<Long> points(String text, String voterId, long line) {
      List<Long> out = new ArrayList<>();
      for (String value : isMissing(text) ? List.<String>of() : list(text)) {
        try {
          out.add(Long.parseLong(value));
        } catch (NumberFormatException e) {
          throw fail(line, "points '" + value + "' of voter '" + voterId + "' is not a whole number");
        }
      }
      return out;
    }

    private int age(String value, long line) {
      try {
        return Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw fail(line, "age '" + value + "' is not a whole number");
      }
    }

    private static List<String> list(String value) {
      List<String> items = new ArrayList<>();
      for (String item : value.split(",", -1)) {
        items.add(item.strip());
      }
      return items;
    }

    private static boolean isMissing(String value) {
      return value.isEmpty() || value.equals(MISSING);
    }

    private PabulibFormatException fail(long line, String problem) {
      return new PabulibFormatException(source, line, problem);
    }

    private static String abbreviate(String text) {
      return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
  }
}
