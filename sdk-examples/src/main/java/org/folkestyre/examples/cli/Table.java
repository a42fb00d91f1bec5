package org.folkestyre.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a heading, rows and an optional total, with long cells wrapped between words
 * onto continuation lines so that the table stays readable in a terminal.
 */
final class Table {
  private static final String GAP = "  ";

  private final List<Column> columns;
  private final List<String[]> rows = new ArrayList<>();
  private String[] total;

  Table(Column... columns) {
    this.columns = List.of(columns);
  }

  /** Adds a row, one cell per column. */
  void add(String... cells) {
    rows.add(checked(cells));
  }

  /** Sets the total row, printed below a rule. */
  void addTotal(String... cells) {
    total = checked(cells);
  }

  private String[] checked(String[] cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
    }
    return cells.clone();
  }

  void print(PrintStream out) {
    List<List<List<String>>> wrapped = new ArrayList<>();
    wrapped.add(wrap(columns.stream().map(Column::header).toArray(String[]::new)));
    rows.forEach(row -> wrapped.add(wrap(row)));
    if (total != null) {
      wrapped.add(wrap(total));
    }
    int[] widths = new int[columns.size()];
    for (List<List<String>> row : wrapped) {
      for (int c = 0; c < widths.length; c++) {
        for (String line : row.get(c)) {
          widths[c] = Math.max(widths[c], line.length());
        }
      }
    }
    for (int r = 0; r < wrapped.size(); r++) {
      if (r == wrapped.size() - 1 && total != null) {
        out.println(rule(widths));
      }
      printRow(out, wrapped.get(r), widths, r == 0);
      if (r == 0) {
        out.println(rule(widths));
      }
    }
  }

  private void printRow(PrintStream out, List<List<String>> cells, int[] widths, boolean header) {
    int height = cells.stream().mapToInt(List::size).max().orElse(1);
    for (int l = 0; l < height; l++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        List<String> cell = cells.get(c);
        // Headings sit on their last line, cells on their first, so that a wrapped heading
        // reads downwards into its column.
        int offset = header ? height - cell.size() : 0;
        int index = l - offset;
        String text = index >= 0 && index < cell.size() ? cell.get(index) : "";
        if (c > 0) {
          line.append(GAP);
        }
        line.append(columns.get(c).rightAligned() ? Reports.padLeft(text, widths[c]) : Reports.pad(text, widths[c]));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private List<List<String>> wrap(String[] cells) {
    List<List<String>> wrapped = new ArrayList<>();
    for (int c = 0; c < cells.length; c++) {
      wrapped.add(wrap(cells[c], columns.get(c).maxWidth()));
    }
    return wrapped;
  }

  /** Splits a text into lines of at most {@code width} characters, breaking only between words. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split(" +")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String rule(int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        line.append(GAP);
      }
      line.append("-".repeat(widths[c]));
    }
    return line.toString();
  }
}
