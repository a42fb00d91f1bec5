package org.folkestyre.examples.cli.json;

/**
 * Thrown when the JSON form of a municipality lacks a required property, or gives it as {@code null}.
 *
 * <p>The message names the property by its JSON path:
 * {@code Missing required property 'districts[2].population'}.
 */
public class MissingPropertyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the missing property. */
  private final String path;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the missing property, such as {@code districts[2].population}
   */
  public MissingPropertyException(String path) {
    super("Missing required property '" + path + "'");
    this.path = path;
  }

  /**
   * Returns the JSON path of the missing property.
   *
   * @return the path, such as {@code districts[2].population}
   */
  public String path() {
    return path;
  }
}
