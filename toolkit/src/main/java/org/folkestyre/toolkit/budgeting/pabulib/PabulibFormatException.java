package org.folkestyre.toolkit.budgeting.pabulib;

/**
 * Thrown when a Pabulib file cannot be read: a section is missing, a row has the wrong number of
 * fields, a value is not what the format allows, or the data breaks the election model.
 *
 * <p>The message names the source, the line and the problem, such as {@code "Dieppe.pb, line 24:
 * cost '-5' must not be negative"}; the parts are also available as properties. This is the only
 * exception {@link PabulibReader} throws for bad content (I/O failures are {@link
 * java.io.UncheckedIOException}).
 */
public final class PabulibFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The name of the source, such as a file name. */
  private final String source;
  /** The 1-based line number. */
  private final long line;
  /** The problem, in English. */
  private final String problem;

  /**
   * Creates an exception for a problem on a line.
   *
   * @param source the name of the source, such as a file name
   * @param line the 1-based line number the problem was found on
   * @param problem the problem, in English
   */
  public PabulibFormatException(String source, long line, String problem) {
    super(source + ", line " + line + ": " + problem);
    this.source = source;
    this.line = line;
    this.problem = problem;
  }

  /**
   * Returns the name of the source.
   *
   * @return the source name, such as a file name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line the problem was found on.
   *
   * @return the 1-based line number
   */
  public long line() {
    return line;
  }

  /**
   * Returns the problem.
   *
   * @return the problem, in English, without source or line
   */
  public String problem() {
    return problem;
  }
}
