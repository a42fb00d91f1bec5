package org.folkestyre.core.governance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the violations one rule finds in one object; handed to {@link Rule.Check#check}.
 *
 * <p>Not thread-safe: a rule uses the instance it is given and does not keep it.
 */
public final class Findings {
  private final Rule<?> rule;
  private final ImmutableList.Builder<Violation> violations = ImmutableList.builder();

  Findings(Rule<?> rule) {
    this.rule = rule;
  }

  /**
   * Reports a violation of the rule.
   *
   * @param path the path of the offending element, such as {@code districts[3].hub}, or {@code ""}
   * @param values the values involved; they fill the placeholders of the rule's message and are kept
   *     in the order given
   * @throws org.folkestyre.core.InvalidValueException if the message has a placeholder without a value
   */
  public void report(String path, Map<String, ?> values) {
    Objects.requireNonNull(path, "path");
    ImmutableMap.Builder<String, String> text = ImmutableMap.builder();
    values.forEach((key, value) -> text.put(key, String.valueOf(value)));
    ImmutableMap<String, String> copied = text.buildOrThrow();
    violations.add(Violation.builder()
        .ruleId(rule.id())
        .severity(rule.severity())
        .citation(rule.citation())
        .confidence(rule.confidence())
        .path(path)
        .values(copied)
        .message(rule.message().format(copied))
        .build());
  }

  ImmutableList<Violation> violations() {
    return violations.build();
  }
}
