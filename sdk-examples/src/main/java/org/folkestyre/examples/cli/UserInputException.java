package org.folkestyre.examples.cli;

/**
 * Thrown by a command when the user's input cannot be used: the command line exits with status 2
 * and prints the message as one line.
 */
final class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the complete message, such as {@code drammen.json: unknown property 'colour'}
   * @param cause the underlying error, or {@code null}
   */
  UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
