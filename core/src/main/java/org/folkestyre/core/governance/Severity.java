package org.folkestyre.core.governance;

/** How serious a violation of a rule is. */
public enum Severity {
  /** The law or adopted policy is broken: the arrangement is not valid as it stands. */
  ERROR,
  /** Probably wrong, or wrong under a rule whose source is uncertain: a person should look. */
  WARNING,
  /** Worth knowing; nothing needs to change. */
  INFO
}
