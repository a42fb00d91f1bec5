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

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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

  /** Roles of the columns of VOTES. */
  private static final int IGNORED = 0;
  private static final int ROLE_AGE = 1;
  private static final int ROLE_DISTRICT = 2;
  private static final int ROLE_ATTRIBUTE = 3;

  /**
   * How many distinct values, attribute maps or ballots the reader shares at most. Its tables then
   * stay below half a megabyte: a larger array is a humongous object to the G1 collector, which
   * reclaims it slowly.
   */
  static final int SHARED_LIMIT = 1 << 15;

  /** The ages a voter may have, shared. */
  private static final OptionalInt[] AGES = new OptionalInt[151];

  static {
    for (int i = 0; i < AGES.length; i++) {
      AGES[i] = OptionalInt.of(i);
    }
  }

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
    Objects.requireNonNull(source, "source");
    return new Parse(new Records(Lines.ofUtf8(in), source), source).run();
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
    return new Parse(new Records(Lines.of(reader), source), source).run();
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
    Objects.requireNonNull(source, "source");
    Parse parse = new Parse(new Records(Lines.ofUtf8(in), source), source);
    parse.lenient = true;
    BudgetingElection election = parse.run();
    return PabulibBallots.of(source, election, parse.rows);
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
    Parse parse = new Parse(new Records(Lines.of(reader), source), source);
    parse.lenient = true;
    BudgetingElection election = parse.run();
    return PabulibBallots.of(source, election, parse.rows);
  }

  /**
   * One logical record, the line it started on and its fields as ranges of characters: of the line
   * itself when nothing in it is quoted, otherwise of the unquoted fields joined. The reader keeps
   * one and refills it for each record.
   */
  private static final class Row {
    private char[] chars = new char[0];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int size;
    private long line;
    /** The section title, for a title row. */
    private String title;
    private CharBuffer view;

    int size() {
      return size;
    }

    long line() {
      return line;
    }

    boolean title() {
      return title != null;
    }

    String titleText() {
      return title;
    }

    char[] chars() {
      return chars;
    }

    /** The characters as a sequence, for the JDK's number parsers. */
    CharSequence sequence() {
      if (view == null || view.array() != chars) {
        view = CharBuffer.wrap(chars);
      }
      return view;
    }

    int start(int i) {
      return starts[i];
    }

    int end(int i) {
      return ends[i];
    }

    String field(int i) {
      return new String(chars, starts[i], ends[i] - starts[i]);
    }

    /** Whether field i is empty or {@code None}. */
    boolean isMissing(int i) {
      int s = starts[i];
      int length = ends[i] - s;
      return length == 0 || length == 4 && chars[s] == 'N' && chars[s + 1] == 'o' && chars[s + 2] == 'n'
          && chars[s + 3] == 'e';
    }

    String joined() {
      if (title != null) {
        return title;
      }
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < size; i++) {
        all.append(i == 0 ? "" : ";").append(chars, starts[i], ends[i] - starts[i]);
      }
      return all.toString();
    }

    void clear(long line, char[] chars) {
      this.size = 0;
      this.line = line;
      this.title = null;
      this.chars = chars;
    }

    void add(int start, int end) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      size++;
    }
  }

  /** Splits the lines into records, joining quoted line breaks. */
  private static final class Records {
    private final Lines in;
    private final String source;
    private final Row row = new Row();
    /** The unquoted fields of a record with quotes. */
    private char[] joined = new char[256];
    private long lineNumber;

    Records(Lines in, String source) {
      this.in = in;
      this.source = source;
    }

    long lineNumber() {
      return lineNumber;
    }

    /** Returns the next non-blank record, or null at the end; the row is reused by the next call. */
    Row next() {
      while (true) {
        if (!readLine()) {
          return null;
        }
        char[] c = in.chars;
        int from = 0;
        int to = in.length;
        if (lineNumber == 1 && to > 0 && c[0] == '\uFEFF') {
          from = 1;
        }
        int s = stripStart(c, from, to);
        if (s == to) {
          continue;
        }
        int e = stripEnd(c, s, to);
        long start = lineNumber;
        int n = e - s;
        if (n == 4 || n == 5 || n == 8) {
          String trimmed = new String(c, s, n);
          if (trimmed.equalsIgnoreCase("META") || trimmed.equalsIgnoreCase("PROJECTS")
              || trimmed.equalsIgnoreCase("VOTES")) {
            String title = trimmed.toUpperCase(Locale.ROOT);
            row.clear(start, title.toCharArray());
            row.title = title;
            row.add(0, title.length());
            return row;
          }
        }
        row.clear(start, c);
        if (indexOf(c, '"', from, to) < 0) {
          splitPlain(c, from, to);
        } else {
          splitQuoted(c, from, to, start);
        }
        return row;
      }
    }

    private boolean readLine() {
      try {
        boolean read = in.next();
        if (read) {
          lineNumber++;
        }
        return read;
      } catch (CharacterCodingException e) {
        throw new PabulibFormatException(source, lineNumber + 1, "is not valid UTF-8");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Splits a line without quotes: the fields are ranges of the line itself. */
    private void splitPlain(char[] c, int from, int to) {
      int semicolon;
      while ((semicolon = indexOf(c, ';', from, to)) >= 0) {
        row.add(from, semicolon);
        from = semicolon + 1;
      }
      row.add(from, to);
    }

    /** Splits a record with quotes, reading further lines while a quoted field is open. */
    private void splitQuoted(char[] first, int from, int to, long start) {
      char[] line = first;
      int end = to;
      int length = 0;
      int fieldStart = 0;
      boolean quoted = false;
      int i = from;
      while (true) {
        if (i == end) {
          if (!quoted) {
            break;
          }
          if (!readLine()) {
            throw new PabulibFormatException(source, start, "a quoted field is not closed before the end of the file");
          }
          length = append(length, '\n');
          line = in.chars;
          end = in.length;
          i = 0;
          continue;
        }
        char c = line[i++];
        if (quoted) {
          if (c == '"') {
            if (i < end && line[i] == '"') {
              length = append(length, '"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            length = append(length, c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ';') {
          row.add(fieldStart, length);
          fieldStart = length;
        } else {
          length = append(length, c);
        }
      }
      row.add(fieldStart, length);
      row.chars = joined;
    }

    private int append(int length, char c) {
      if (length == joined.length) {
        joined = Arrays.copyOf(joined, length * 2);
      }
      joined[length] = c;
      return length + 1;
    }
  }

  /** The index of the first c in {@code chars[from, to)}, or -1. */
  private static int indexOf(char[] chars, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** Where {@code chars[from, to)} starts without leading white space, as {@link String#strip()} finds it. */
  private static int stripStart(char[] chars, int from, int to) {
    while (from < to && Character.isWhitespace(chars[from])) {
      from++;
    }
    return from;
  }

  /** Where {@code chars[from, to)} ends without trailing white space, as {@link String#strip()} finds it. */
  private static int stripEnd(char[] chars, int from, int to) {
    while (to > from && Character.isWhitespace(chars[to - 1])) {
      to--;
    }
    return to;
  }

  /** The state of one read. */
  private static final class Parse {
    private final Records records;
    private final String source;
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final Map<String, Long> metaLines = new HashMap<>();
    private final BudgetingElection.Builder election = BudgetingElection.builder();
    private final Set<String> projectIds = new HashSet<>();
    /** The projects' own id strings, found by a range of characters. */
    private final StringPool projectIdPool = new StringPool();
    /** The voter ids read so far. */
    private final StringPool voterIdPool = new StringPool();
    private BallotType type;
    private boolean pending;
    /** Whether the rows of VOTES are kept as written in {@link #rows} instead of built into ballots. */
    private boolean lenient;
    private final List<PabulibVote> rows = new ArrayList<>();
    /** The ballots read, for the election. */
    private ImmutableList<Ballot> ballots = ImmutableList.of();
    /**
     * How many ballots META's {@code num_votes} announces: data derived from the ballots and never
     * trusted, only a capacity, so that the list of a hundred thousand ballots is allocated once at
     * its size rather than grown and copied.
     */
    private int votesExpected = 16;

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
      if (lenient) {
        readVotesLeniently();
      } else {
        readVotes();
      }
      try {
        return lenient ? election.build() : Models.buildWithCheckedBallots(election, ballots);
      } catch (InvalidValueException e) {
        throw new PabulibFormatException(source, records.lineNumber(), e.getMessage());
      }
    }

    private Row next() {
      if (pending) {
        pending = false;
        return records.row;
      }
      return records.next();
    }

    private void expectTitle(String title) {
      Row r = next();
      if (r == null) {
        throw fail(records.lineNumber() + 1, "missing section " + title + " (the file ends before it)");
      }
      if (!r.title() || !r.titleText().equals(title)) {
        throw fail(r.line(), "expected the section title " + title + ", found '" + abbreviate(r.joined()) + "'");
      }
    }

    /** Reads the header after a title, checking the required columns. */
    private Map<String, Integer> header(String section, String... required) {
      Row r = next();
      if (r == null || r.title()) {
        throw fail(r == null ? records.lineNumber() + 1 : r.line(), "section " + section + " has no header line");
      }
      Map<String, Integer> columns = new LinkedHashMap<>();
      for (int i = 0; i < r.size(); i++) {
        String name = r.field(i).strip();
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
    private Row row(String section, int width) {
      Row r = next();
      if (r == null) {
        return null;
      }
      if (r.title()) {
        pending = true;
        return null;
      }
      if (r.size() != width) {
        throw fail(r.line(), "a " + section + " row needs " + width + " fields as in the header on line "
            + headerLine + ", found " + r.size());
      }
      return r;
    }

    private void readMeta() {
      Map<String, Integer> columns = header("META", "key", "value");
      int key = columns.get("key");
      int value = columns.get("value");
      Row r;
      while ((r = row("META", columns.size())) != null) {
        String k = r.field(key).strip();
        if (k.isEmpty()) {
          throw fail(r.line(), "a META key is empty");
        }
        if (meta.containsKey(k) || metaLines.containsKey(k)) {
          throw fail(r.line(), "the META key '" + k + "' appears twice");
        }
        metaLines.put(k, r.line());
        String v = r.field(value);
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
      votesExpected = expectedCount(meta.remove("num_votes"));
      for (Map.Entry<String, String> entry : meta.entrySet()) {
        try {
          election.putMetadata(entry.getKey(), entry.getValue());
        } catch (InvalidValueException e) {
          throw fail(metaLines.get(entry.getKey()), e.getMessage());
        }
      }
    }

    private static int expectedCount(String text) {
      try {
        return text == null ? 16 : Math.max(16, Math.min(Integer.parseInt(text.strip()), 1 << 22));
      } catch (NumberFormatException e) {
        return 16;
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
      Row r;
      while ((r = row("PROJECTS", columns.size())) != null) {
        String id = r.field(columns.get(PROJECT_ID)).strip();
        if (!projectIds.add(id)) {
          throw fail(r.line(), "the project id '" + id + "' appears twice");
        }
        Project.Builder project = Project.builder();
        try {
          project.id(id);
          String cost = r.field(columns.get(COST));
          if (isMissing(cost)) {
            throw fail(r.line(), "project '" + id + "' has no cost");
          }
          project.cost(amount("cost", cost, r.line()));
          for (Map.Entry<String, Integer> column : columns.entrySet()) {
            String value = r.field(column.getValue());
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
          Project built = project.build();
          election.addProject(built);
          projectIdPool.add(built.id());
        } catch (InvalidValueException e) {
          throw fail(r.line(), e.getMessage());
        }
      }
    }

    private Map<String, Integer> votesHeader() {
      return type.hasPoints() ? header("VOTES", VOTER_ID, VOTE, POINTS) : header("VOTES", VOTER_ID, VOTE);
    }

    /**
     * Reads the rows of VOTES into ballots. Each row is checked as it is read, so that a problem
     * names its line: the voter id is new, every project is one of the election's, the points are
     * whole numbers, one per project, and the voter and the ballot are valid values. The election
     * therefore does not check the ballots a second time. Ids on the ballots are the projects' own
     * strings, and repeated attribute values and attribute maps are shared between voters.
     */
    private void readVotes() {
      Map<String, Integer> columns = votesHeader();
      int width = columns.size();
      int voterColumn = columns.get(VOTER_ID);
      int voteColumn = columns.get(VOTE);
      int pointsColumn = type.hasPoints() ? columns.get(POINTS) : -1;
      // The role of each column in header order, and the attribute columns in that order.
      int[] roles = new int[width];
      String[] names = new String[width];
      List<Integer> attributeColumns = new ArrayList<>();
      for (Map.Entry<String, Integer> column : columns.entrySet()) {
        int i = column.getValue();
        names[i] = column.getKey();
        roles[i] = switch (column.getKey()) {
          case VOTER_ID, VOTE, POINTS -> IGNORED;
          case AGE -> ROLE_AGE;
          case DISTRICT -> ROLE_DISTRICT;
          default -> {
            attributeColumns.add(i);
            yield ROLE_ATTRIBUTE;
          }
        };
      }
      AttributeMaps attributeMaps = new AttributeMaps(names, attributeColumns);
      String[] attributeValues = new String[attributeColumns.size()];
      StringPool values = new StringPool(SHARED_LIMIT);
      Map<String, Optional<String>> districts = new HashMap<>();
      String[] ids = new String[8];
      ImmutableList.Builder<Ballot> ballots = ImmutableList.builderWithExpectedSize(votesExpected);
      // Whether the voter ids so far are numbers in increasing order, as in most files, and the last.
      boolean increasing = true;
      long lastNumber = -1;
      Row r;
      while ((r = row("VOTES", width)) != null) {
        char[] text = r.chars();
        long line = r.line();
        int idStart = stripStart(text, r.start(voterColumn), r.end(voterColumn));
        int idEnd = stripEnd(text, idStart, r.end(voterColumn));
        String voterId;
        long number = increasing ? canonicalNumber(text, idStart, idEnd) : -1;
        if (number > lastNumber) {
          // Ids that are increasing numbers cannot repeat: no need to look them up.
          lastNumber = number;
          voterId = new String(text, idStart, idEnd - idStart);
        } else {
          if (increasing) {
            increasing = false;
            for (Ballot ballot : ballots.build()) {
              voterIdPool.add(ballot.voter().id());
            }
          }
          voterId = voterIdPool.addNew(text, idStart, idEnd);
        }
        if (voterId == null) {
          throw fail(line, "the voter id '" + new String(text, idStart, idEnd - idStart) + "' appears twice");
        }
        Optional<String> district = Optional.empty();
        OptionalInt age = OptionalInt.empty();
        int a = 0;
        for (int i = 0; i < width; i++) {
          int role = roles[i];
          if (role == IGNORED) {
            continue;
          }
          boolean missing = r.isMissing(i);
          if (role == ROLE_ATTRIBUTE) {
            attributeValues[a++] = missing ? null : values.intern(text, r.start(i), r.end(i));
          } else if (!missing && role == ROLE_AGE) {
            age = age(r, i);
          } else if (!missing) {
            String d = values.intern(text, r.start(i), r.end(i));
            district = districts.computeIfAbsent(d, Optional::of);
          }
        }
        int count = 0;
        if (!r.isMissing(voteColumn)) {
          int from = r.start(voteColumn);
          int end = r.end(voteColumn);
          while (true) {
            int comma = indexOf(text, ',', from, end);
            int to = comma < 0 ? end : comma;
            int s = stripStart(text, from, to);
            int e = stripEnd(text, s, to);
            String id = projectIdPool.get(text, s, e);
            if (id == null) {
              throw fail(line, "voter '" + voterId + "' votes for the unknown project '" + new String(text, s, e - s) + "'");
            }
            if (count == ids.length) {
              ids = Arrays.copyOf(ids, count * 2);
            }
            ids[count++] = id;
            if (to == end) {
              break;
            }
            from = to + 1;
          }
        }
        try {
          Voter voter = Models.voter(voterId, district, age, attributeMaps.of(attributeValues));
          ImmutableList<Long> points = type.hasPoints() ? points(r, pointsColumn, count, voterId) : ImmutableList.of();
          ballots.add(Models.ballot(voter, type, projectList(ids, count), points));
        } catch (InvalidValueException e) {
          throw fail(line, e.getMessage());
        }
      }
      this.ballots = ballots.build();
    }

    /**
     * Returns the value of {@code c[from, to)} if it is a number written without sign or leading
     * zeros, of at most 18 digits; two such strings are equal exactly when their values are.
     *
     * @return the value, or -1 if the range is not such a number
     */
    private static long canonicalNumber(char[] c, int from, int to) {
      int length = to - from;
      if (length == 0 || length > 18 || c[from] == '0' && length > 1) {
        return -1;
      }
      long value = 0;
      for (int i = from; i < to; i++) {
        char digit = c[i];
        if (digit < '0' || digit > '9') {
          return -1;
        }
        value = value * 10 + (digit - '0');
      }
      return value;
    }

    /** The ballots' lists of one project, shared. */
    private final Map<String, ImmutableList<String>> singletons = new HashMap<>();
    /** The ballots' lists of several projects, shared. */
    private final Map<ImmutableList<String>, ImmutableList<String>> lists = new HashMap<>();

    private ImmutableList<String> projectList(String[] ids, int count) {
      if (count <= 1) {
        return count == 0 ? ImmutableList.of() : singletons.computeIfAbsent(ids[0], ImmutableList::of);
      }
      ImmutableList.Builder<String> builder = ImmutableList.builderWithExpectedSize(count);
      for (int i = 0; i < count; i++) {
        builder.add(ids[i]);
      }
      // Many voters cast the same ballot: they share one list, and the new one dies young.
      ImmutableList<String> list = builder.build();
      ImmutableList<String> shared = lists.size() < SHARED_LIMIT ? lists.putIfAbsent(list, list) : lists.get(list);
      return shared == null ? list : shared;
    }

    /** Reads the points of a ballot with count projects. */
    private ImmutableList<Long> points(Row r, int column, int count, String voterId) {
      char[] text = r.chars();
      int given = 0;
      if (!r.isMissing(column)) {
        given = 1;
        for (int i = r.start(column); i < r.end(column); i++) {
          if (text[i] == ',') {
            given++;
          }
        }
      }
      if (given != count) {
        throw fail(r.line(), "voter '" + voterId + "' gives " + given + " points for " + count + " projects");
      }
      if (count == 0) {
        return ImmutableList.of();
      }
      ImmutableList.Builder<Long> points = ImmutableList.builderWithExpectedSize(count);
      int from = r.start(column);
      int end = r.end(column);
      while (true) {
        int comma = indexOf(text, ',', from, end);
        int to = comma < 0 ? end : comma;
        int s = stripStart(text, from, to);
        int e = stripEnd(text, s, to);
        try {
          points.add(Long.parseLong(r.sequence(), s, e, 10));
        } catch (NumberFormatException ex) {
          throw fail(r.line(), "points '" + new String(text, s, e - s) + "' of voter '" + voterId + "' is not a whole number");
        }
        if (to == end) {
          break;
        }
        from = to + 1;
      }
      return points.build();
    }

    private OptionalInt age(Row r, int column) {
      char[] text = r.chars();
      int s = stripStart(text, r.start(column), r.end(column));
      int e = stripEnd(text, s, r.end(column));
      try {
        int age = Integer.parseInt(r.sequence(), s, e, 10);
        return age >= 0 && age < AGES.length ? AGES[age] : OptionalInt.of(age);
      } catch (NumberFormatException ex) {
        throw fail(r.line(), "age '" + r.field(column) + "' is not a whole number");
      }
    }

    /** Reads the rows of VOTES as written, for {@link PabulibReader#readBallots(Path)}. */
    private void readVotesLeniently() {
      Map<String, Integer> columns = votesHeader();
      Row r;
      while ((r = row("VOTES", columns.size())) != null) {
        String voterId = r.field(columns.get(VOTER_ID)).strip();
        try {
          Voter.Builder voter = Voter.builder().id(voterId);
          for (Map.Entry<String, Integer> column : columns.entrySet()) {
            String value = r.field(column.getValue());
            if (isMissing(value)) {
              continue;
            }
            switch (column.getKey()) {
              case VOTER_ID, VOTE, POINTS -> { }
              case AGE -> voter.age(age(r, column.getValue()).getAsInt());
              case DISTRICT -> voter.district(value);
              default -> voter.putAttribute(column.getKey(), value);
            }
          }
          String vote = r.field(columns.get(VOTE));
          List<String> ids = isMissing(vote) ? List.of() : list(vote);
          rows.add(PabulibVote.of(r.line(), voter.build(), BallotSubmission.builder().addAllProjectIds(ids)
              .addAllPoints(type.hasPoints() ? points(r.field(columns.get(POINTS)), voterId, r.line()) : List.of())
              .build()));
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

    private static List<String> list(String value) {
      // split(",", -1) keeps empty items, which then fail as ids.
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
