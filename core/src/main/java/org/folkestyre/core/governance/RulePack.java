package org.folkestyre.core.governance;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.LocalizedText;
import org.immutables.value.Value;

/**
 * A named set of rules that apply together: a jurisdiction's statutory rules (such as
 * {@code NO-KL}, kommuneloven) or a local policy a municipality opts into (such as
 * {@code DRAMMEN-NEIGHBOURHOOD}, Drammen's neighbourhood-democracy scheme).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RulePack {
  RulePack() {}

  /**
   * Returns the pack's stable id.
   *
   * @return the id, such as {@code "NO-KL"}
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the pack's name.
   *
   * @return the name in every language
   */
  @Value.Parameter
  public abstract LocalizedText name();

  /**
   * Returns the id of the jurisdiction whose municipalities the pack is written for.
   *
   * @return the jurisdiction id, or empty if the pack is not tied to one
   */
  @Value.Parameter
  public abstract Optional<String> jurisdictionId();

  /**
   * Returns the rules, in the order they are checked.
   *
   * @return the rules, with unique ids
   */
  @Value.Parameter
  public abstract ImmutableList<Rule<?>> rules();

  /**
   * Obtains a pack for a jurisdiction.
   *
   * @param id the pack's id
   * @param name the pack's name
   * @param jurisdictionId the id of the jurisdiction it is written for
   * @param rules the rules, with unique ids
   * @return the pack
   * @throws InvalidValueException if two rules share an id
   */
  public static RulePack of(String id, LocalizedText name, String jurisdictionId, List<? extends Rule<?>> rules) {
    return ImmutableRulePack.of(id, name, Optional.of(jurisdictionId), rules);
  }

  /**
   * Obtains a pack that is not tied to a jurisdiction, such as the toolkit's rules of
   * participation methods.
   *
   * @param id the pack's id
   * @param name the pack's name
   * @param rules the rules, with unique ids
   * @return the pack
   * @throws InvalidValueException if two rules share an id
   */
  public static RulePack of(String id, LocalizedText name, List<? extends Rule<?>> rules) {
    return ImmutableRulePack.of(id, name, Optional.empty(), rules);
  }

  @Value.Check
  void check() {
    Set<String> ids = new HashSet<>();
    for (Rule<?> rule : rules()) {
      if (!ids.add(rule.id())) {
        throw new InvalidValueException("rules", rule.id(), "appears twice in rule pack " + id());
      }
    }
  }

  @Override
  public String toString() {
    return id() + " " + rules().stream().map(Rule::id).toList();
  }
}
