package org.folkestyre.core.consultation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The municipality's answer to one submission — the merknadsbehandling (NO), the
 * høringsnotat's answer (DK): the outcome, the reason, and what the input changed.
 *
 * <p>Loyalty to the input means every included submission gets one. An {@link
 * DispositionOutcome#ADOPTED adopted} or {@link DispositionOutcome#PARTLY_ADOPTED partly adopted}
 * input names at least one change it led to, such as {@code "Kapittel 4.2: ny gang- og
 * sykkelvei langs elva"}; a {@link DispositionOutcome#NOT_ADOPTED not adopted} input or one
 * {@link DispositionOutcome#OUTSIDE_SUBJECT outside the subject} names none; a
 * {@link DispositionOutcome#NOTED noted} input may name some. Several submissions may name the same
 * change: the summary lists each change once, with the submissions behind it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Disposition {
  Disposition() {}

  /**
   * Returns the id of the submission it answers.
   *
   * @return the submission id
   */
  public abstract String submissionId();

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public abstract DispositionOutcome outcome();

  /**
   * Returns the reason, in the municipality's words; it is quoted in the reply to the submitter.
   *
   * @return the reason, not blank
   */
  public abstract String reason();

  /**
   * Returns what the input changed, each a short reference to a part of what was consulted on.
   *
   * @return the changes, in order; empty when nothing changed
   */
  public abstract ImmutableList<String> changes();

  /**
   * Obtains a disposition.
   *
   * @param submissionId the id of the submission it answers
   * @param outcome the outcome
   * @param reason the reason
   * @param changes what the input changed
   * @return the disposition
   * @throws InvalidValueException if the reason or a change is blank, if an adopted or partly
   *     adopted input names no change, or if one not adopted or outside the subject names one
   */
  public static Disposition of(String submissionId, DispositionOutcome outcome, String reason, List<String> changes) {
    Objects.requireNonNull(changes, "changes");
    return builder().submissionId(submissionId).outcome(outcome).reason(reason).addAllChanges(changes).build();
  }

  /**
   * Obtains a disposition that changed nothing.
   *
   * @param submissionId the id of the submission it answers
   * @param outcome the outcome: not adopted, noted or outside the subject
   * @param reason the reason
   * @return the disposition
   * @throws InvalidValueException if the reason is blank or the outcome needs a change
   */
  public static Disposition withoutChange(String submissionId, DispositionOutcome outcome, String reason) {
    return of(submissionId, outcome, reason, List.of());
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
  Disposition normalize() {
    String id = org.folkestyre.core.internal.Names.normalize("disposition.submissionId", submissionId());
    String reason = Texts.require("disposition.reason", reason());
    ImmutableList.Builder<String> normalized = ImmutableList.builder();
    for (int i = 0; i < changes().size(); i++) {
      normalized.add(Texts.require("disposition.changes[" + i + "]", changes().get(i)));
    }
    ImmutableList<String> changes = normalized.build();
    if (outcome().changesSomething() && changes.isEmpty()) {
      throw new InvalidValueException("disposition.changes", "[]", "an input that is " + outcome().id()
          + " names at least one change it led to (submission " + id + ")");
    }
    if ((outcome() == DispositionOutcome.NOT_ADOPTED || outcome() == DispositionOutcome.OUTSIDE_SUBJECT)
        && !changes.isEmpty()) {
      throw new InvalidValueException("disposition.changes", changes, "an input that is " + outcome().id()
          + " changed nothing (submission " + id + ")");
    }
    boolean same = id.equals(submissionId()) && reason.equals(reason()) && changes.equals(changes());
    return same ? this : builder().from(this).submissionId(id).reason(reason).changes(changes).build();
  }

  @Override
  public String toString() {
    return submissionId() + ": " + outcome().id() + (changes().isEmpty() ? "" : " " + changes());
  }

  /** Builds a {@link Disposition}: submission id, outcome and reason are required. */
  public static final class Builder extends ImmutableDisposition.Builder {
    Builder() {}
  }
}
