package org.folkestyre.toolkit.grant;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * The decision on one application — vedtak (NO), afgørelse (DK): the outcome, the amount granted
 * and the reason, with the values the reason names.
 *
 * <p>{@link GrantAllocator} makes one for every application; a body that decides by hand records
 * its decisions with {@link DecisionReason#BY_DECISION} and a note. Structural invariants: a
 * rejection grants 0 and an award more than 0; the reason goes with the outcome. Whether the
 * decisions of a round fit the pool is for the governance rules. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class GrantDecision {
  GrantDecision() {}

  /**
   * Returns the id of the application decided.
   *
   * @return the application id
   */
  public abstract String applicationId();

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public abstract DecisionOutcome outcome();

  /**
   * Returns the amount granted — bevilget beløb, in øre.
   *
   * @return the amount, 0 for a rejection
   */
  public abstract long amountAwarded();

  /**
   * Returns the reason.
   *
   * @return the reason
   */
  public abstract DecisionReason reason();

  /**
   * Returns the application's place in the ranking, if it was ranked.
   *
   * @return the rank, 1 for the first, or empty for an application rejected before ranking
   */
  public abstract Optional<Integer> rank();

  /**
   * Returns the application's score, if it was assessed.
   *
   * @return the score, or empty
   */
  public abstract Optional<Long> score();

  /**
   * Returns the values the reason's text names, such as {@code remaining}; amounts are in øre.
   *
   * @return the values by placeholder name
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> values();

  /**
   * Obtains a decision made by hand, such as a committee's.
   *
   * @param applicationId the application's id
   * @param outcome the outcome
   * @param amountAwarded the amount granted in øre, 0 for a rejection
   * @param note the reason in the deciding body's words
   * @return the decision, with reason {@link DecisionReason#BY_DECISION}
   * @throws InvalidValueException if the amount does not fit the outcome or the note is blank
   */
  public static GrantDecision byDecision(String applicationId, DecisionOutcome outcome, long amountAwarded,
      String note) {
    return builder().applicationId(applicationId).outcome(outcome).amountAwarded(amountAwarded)
        .reason(DecisionReason.BY_DECISION).putValue("note", Names.normalize("note", note)).build();
  }

  /**
   * Returns the reason as a sentence in one language: amounts in the pool's currency, kinds of
   * applicant by name, a criterion by its text in the pool.
   *
   * @param language the language
   * @param pool the pool of the round, for its currency and criteria
   * @return the reason, such as "Awarded as number 1 in the ranking with 15 points; …"
   */
  public String explanation(Language language, GrantPool pool) {
    Map<String, Object> shown = new LinkedHashMap<>();
    values().forEach((key, value) -> shown.put(key, shown(key, value, language, pool)));
    return reason().template().format(ImmutableMap.copyOf(shown)).get(language);
  }

  private static String shown(String key, String value, Language language, GrantPool pool) {
    if (DecisionReason.AMOUNTS.contains(key)) {
      return Amounts.format(Long.parseLong(value), pool.currency(), language);
    }
    switch (key) {
      case "kind":
        return kindName(value, language);
      case "eligible":
        return Arrays.stream(value.split(", ")).map(kind -> kindName(kind, language))
            .collect(Collectors.joining(", "));
      case "criterion":
        return pool.eligibilityCriterion(value).map(c -> c.text().get(language)).orElse(value);
      default:
        return value;
    }
  }

  private static String kindName(String kind, Language language) {
    return Arrays.stream(ApplicantKind.values()).filter(k -> k.name().equals(kind)).findFirst()
        .map(k -> k.names().get(language)).orElse(kind);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    String field = "decision." + applicationId();
    Names.normalize("decision.applicationId", applicationId());
    if (amountAwarded() < 0) {
      throw new InvalidValueException(field + ".amountAwarded", amountAwarded(), "must be 0 or more");
    }
    if ((outcome() == DecisionOutcome.REJECTED) != (amountAwarded() == 0)) {
      throw new InvalidValueException(field + ".amountAwarded", amountAwarded(),
          "a rejection grants 0 øre and an award more than 0; the outcome is " + outcome());
    }
    if (reason().outcome().isPresent() && reason().outcome().get() != outcome()) {
      throw new InvalidValueException(field + ".reason", reason(), "goes with the outcome "
          + reason().outcome().get() + ", not " + outcome());
    }
    for (String placeholder : reason().placeholders()) {
      if (!values().containsKey(placeholder)) {
        throw new InvalidValueException(field + ".values", values(), "the reason " + reason()
            + " needs the values " + reason().placeholders());
      }
    }
    for (String key : DecisionReason.AMOUNTS) {
      String value = values().get(key);
      if (value != null && !value.matches("-?[0-9]{1,18}")) {
        throw new InvalidValueException(field + ".values." + key, value, "an amount is a whole number of øre");
      }
    }
  }

  @Override
  public String toString() {
    return applicationId() + ": " + outcome() + " " + amountAwarded() + " øre (" + reason() + ")";
  }

  /** Builds a {@link GrantDecision}; obtain one with {@link GrantDecision#builder()}. */
  public static final class Builder extends ImmutableGrantDecision.Builder {
    Builder() {}
  }
}
