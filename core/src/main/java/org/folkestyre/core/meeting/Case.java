package org.folkestyre.core.meeting;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * A matter the municipality handles — sak (NO), sag (DK) — with its number, title, KLE
 * classification and its path through the bodies, the saksgang (NO) or sagsgang (DK).
 *
 * <p>Structural invariants, checked when it is built:
 * <ul>
 *   <li>the title is normalised to NFC and trimmed, and must not be blank nor hold a control or
 *       bidi-override character;
 *   <li>the case number identifies a whole case ({@link CaseNumberScheme#identifiesCase()}): a
 *       møtesaksnummer belongs to a {@link CaseStep}, a document or journal number to a document;
 *   <li>the steps are in date order; steps on the same date keep the order given;
 *   <li>a body decides a case at most once: two {@link CaseRole#DECIDING} steps of the same
 *       committee id are rejected (a renewed decision, as after lovlighetskontroll, is a new
 *       handling recorded as a new case or outside this path);
 *   <li>no step is listed twice.
 * </ul>
 * Whether a body may decide the case, and whether it was prepared first, are governance
 * questions. A case may have no steps yet. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Case {
  Case() {}

  /**
   * Returns the case number, such as the arkivsaksnummer {@code 2021/1234} or the Danish
   * sagsnummer {@code 13/37262}.
   *
   * @return the case number
   */
  public abstract CaseNumber caseNumber();

  /**
   * Returns the title (sakstittel, sagstitel).
   *
   * @return the title; NFC, trimmed, without control characters
   */
  public abstract String title();

  /**
   * Returns the KLE subject the case is classified under, with its handling facet.
   *
   * <p>It is kept apart from a KLE-based case number, whose KLE part records the classification
   * when the number was given.
   *
   * @return the KLE code, such as {@code 00.22.04-P35}, or empty
   */
  public abstract Optional<KleCode> kleCode();

  /**
   * Returns the path of the case through the bodies, in date order.
   *
   * @return the steps, possibly none
   */
  public abstract ImmutableList<CaseStep> steps();

  /**
   * Obtains a case with no steps yet.
   *
   * @param caseNumber the case number
   * @param title the title
   * @return the case
   * @throws InvalidValueException if the title is blank or holds a control character, or the number
   *     does not identify a case
   */
  public static Case of(CaseNumber caseNumber, String title) {
    return builder().caseNumber(caseNumber).title(title).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy of this case with one more step at the end of its path.
   *
   * @param step the step, not dated before the last one
   * @return the new case
   * @throws InvalidValueException if the step breaks an invariant, such as a second decision by the same body
   */
  public Case withStep(CaseStep step) {
    Objects.requireNonNull(step, "step");
    return builder().from(this).addStep(step).build();
  }

  /**
   * Returns the steps at which a body decided the case, in date order.
   *
   * @return the deciding steps
   */
  public ImmutableList<CaseStep> decisions() {
    return steps().stream().filter(s -> s.role().isDecision()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the last decision on the case (siste vedtak, endelig beslutning).
   *
   * @return the last deciding step, or empty if no body has decided the case
   */
  public Optional<CaseStep> finalDecision() {
    ImmutableList<CaseStep> decisions = decisions();
    return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
  }

  /**
   * Returns the steps of one body, in date order.
   *
   * @param committeeId the committee id
   * @return the body's steps, possibly none
   */
  public ImmutableList<CaseStep> stepsOf(String committeeId) {
    Objects.requireNonNull(committeeId, "committeeId");
    return steps().stream().filter(s -> s.committeeId().equals(committeeId)).collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  Case normalize() {
    if (!caseNumber().scheme().identifiesCase()) {
      throw new InvalidValueException("case.caseNumber", caseNumber(), "is a " + caseNumber().scheme()
          + ", which does not identify a case; use the case's own number, such as a saksnummer");
    }
    Set<CaseStep> seen = new HashSet<>();
    Map<String, Integer> decided = new HashMap<>();
    for (int i = 0; i < steps().size(); i++) {
      CaseStep step = steps().get(i);
      String field = "case.steps[" + i + "]";
      if (!seen.add(step)) {
        throw new InvalidValueException(field, step, "is listed twice");
      }
      if (i > 0 && step.date().isBefore(steps().get(i - 1).date())) {
        throw new InvalidValueException(field + ".date", step.date(),
            "is before the date of the previous step " + steps().get(i - 1).date() + "; steps are in date order");
      }
      if (step.role().isDecision()) {
        Integer earlier = decided.putIfAbsent(step.committeeId(), i);
        if (earlier != null) {
          throw new InvalidValueException(field + ".role", step.role(), "'" + step.committeeId()
              + "' already decided the case on " + steps().get(earlier).date() + " (steps[" + earlier
              + "]); a body decides a case at most once");
        }
      }
    }
    String title = Names.normalize("case.title", title());
    return title.equals(title()) ? this : builder().from(this).title(title).build();
  }

  @Override
  public String toString() {
    return caseNumber() + " " + title();
  }

  /** Builds a {@link Case}: case number and title are required. */
  public static final class Builder extends ImmutableCase.Builder {
    Builder() {}
  }
}
