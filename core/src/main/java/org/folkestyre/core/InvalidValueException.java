package org.folkestyre.core;

/**
 * Thrown when a value cannot be constructed because an argument breaks a structural rule.
 *
 * <p>The message names the field, quotes the value and states the rule, for example
 * {@code Invalid municipality code '301': a Norwegian kommunenummer has exactly 4 digits}.
 * The three parts are also available as properties, so that a caller can map the error to
 * its own user interface. Governance rules (quorum, council size, gender balance) never throw:
 * they are reported as violations by the governance validator.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The name of the field that was rejected. */
  private final String field;
  /** The rejected value as text. */
  private final String value;
  /** The rule the value breaks. */
  private final String rule;

  /**
   * Creates an exception for a rejected value.
   *
   * @param field the name of the field, such as {@code "code"} or {@code "districts[2].name"}
   * @param value the rejected value; its {@code toString()} is quoted in the message
   * @param rule the rule the value breaks, such as {@code "must not be negative"}
   */
  public InvalidValueException(String field, Object value, String rule) {
    super("Invalid " + field + " '" + value + "': " + rule);
    this.field = field;
    this.value = String.valueOf(value);
    this.rule = rule;
  }

  /**
   * Returns the name of the rejected field.
   *
   * @return the field name, such as {@code "code"}
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rejected value as text.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Returns the rule the value breaks.
   *
   * @return the rule in English
   */
  public String rule() {
    return rule;
  }
}
