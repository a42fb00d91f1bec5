package org.folkestyre.core.redaction;

import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The text of a submission — høringsinnspill, høringssvar (NO), høringssvar (DK) — on its way to
 * publication: the original as received, its {@link PublicationState}, the redaction, and why it
 * was withheld if it was.
 *
 * <p>The original is always kept, for the archive; only {@link #publishableText()} may be
 * published, and only in state {@link PublicationState#REDACTED}. A text moves as
 * {@link PublicationState} describes:
 *
 * <pre>{@code
 * SubmissionText received = SubmissionText.received(text);
 * SubmissionText redacted = received.redactedWith(Redactor.create()); // REDACTED or NEEDS_REVIEW
 * SubmissionText cleared = redacted.state() == PublicationState.NEEDS_REVIEW ? redacted.approved() : redacted;
 * SubmissionText withheld = cleared.withheld(WithholdingReason.SPECIAL_CATEGORY); // nothing is published
 * }</pre>
 *
 * <p>Withholding is distinct from redaction: a withheld text publishes nothing, not even its
 * redacted copy, and keeps its redaction (if it had one) for the record. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class SubmissionText {
  SubmissionText() {}

  /**
   * Returns the text as received.
   *
   * @return the original, kept for the archive and never published
   */
  public abstract String original();

  /**
   * Returns where the text is on its way to publication.
   *
   * @return the state
   */
  public abstract PublicationState state();

  /**
   * Returns the redaction of the original.
   *
   * @return the redaction; present in every state but {@link PublicationState#RECEIVED}, and in a
   *     withheld text that was redacted before it was withheld
   */
  public abstract Optional<RedactionResult> redaction();

  /**
   * Returns why the text was withheld.
   *
   * @return the reason; present exactly in state {@link PublicationState#WITHHELD}
   */
  public abstract Optional<WithholdingReason> withholdingReason();

  /**
   * Obtains a text as received, not yet redacted.
   *
   * @param original the text
   * @return the text in state {@link PublicationState#RECEIVED}
   */
  public static SubmissionText received(String original) {
    return builder().original(original).state(PublicationState.RECEIVED).build();
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
   * Redacts a received text: the result is {@link PublicationState#NEEDS_REVIEW} if the redaction
   * {@linkplain RedactionResult#needsReview() needs review}, and {@link PublicationState#REDACTED} otherwise.
   *
   * @param redactor the redactor
   * @return the redacted text
   * @throws InvalidValueException if the text is not in state {@link PublicationState#RECEIVED}
   */
  public SubmissionText redactedWith(Redactor redactor) {
    Objects.requireNonNull(redactor, "redactor");
    RedactionResult result = redactor.redact(original());
    PublicationState next = result.needsReview() ? PublicationState.NEEDS_REVIEW : PublicationState.REDACTED;
    requireMove(next);
    return builder().from(this).state(next).redaction(result).build();
  }

  /**
   * Records that a person has reviewed the flags and cleared the redacted text for publication.
   *
   * @return the text in state {@link PublicationState#REDACTED}
   * @throws InvalidValueException if the text is not in state {@link PublicationState#NEEDS_REVIEW}
   */
  public SubmissionText approved() {
    requireMove(PublicationState.REDACTED);
    if (state() != PublicationState.NEEDS_REVIEW) {
      throw new InvalidValueException("submissionText.state", PublicationState.REDACTED,
          "only a text that needs review can be approved; this one is " + state());
    }
    return builder().from(this).state(PublicationState.REDACTED).build();
  }

  /**
   * Withholds the whole text from publication.
   *
   * @param reason why
   * @return the text in state {@link PublicationState#WITHHELD}
   * @throws InvalidValueException if the text is already withheld
   */
  public SubmissionText withheld(WithholdingReason reason) {
    Objects.requireNonNull(reason, "reason");
    requireMove(PublicationState.WITHHELD);
    return builder().from(this).state(PublicationState.WITHHELD).withholdingReason(reason).build();
  }

  /**
   * Returns the text that may be published.
   *
   * @return the redacted text in state {@link PublicationState#REDACTED}; empty in every other state
   */
  public Optional<String> publishableText() {
    if (state() != PublicationState.REDACTED) {
      return Optional.empty();
    }
    return redaction().map(RedactionResult::text);
  }

  private void requireMove(PublicationState next) {
    if (!state().canMoveTo(next)) {
      throw new InvalidValueException("submissionText.state", next, "a text cannot move from " + state() + " to "
          + next + "; from " + state() + " it may move to " + state().allowedNext());
    }
  }

  @Value.Check
  void check() {
    PublicationState state = state();
    if (state == PublicationState.RECEIVED && redaction().isPresent()) {
      throw new InvalidValueException("submissionText.redaction", redaction().get(), "a RECEIVED text is not redacted yet");
    }
    if ((state == PublicationState.NEEDS_REVIEW || state == PublicationState.REDACTED) && redaction().isEmpty()) {
      throw new InvalidValueException("submissionText.redaction", "none", "a " + state + " text needs its redaction");
    }
    if ((state == PublicationState.WITHHELD) != withholdingReason().isPresent()) {
      throw new InvalidValueException("submissionText.withholdingReason",
          withholdingReason().map(Object::toString).orElse("none"), "a reason is given exactly for a WITHHELD text");
    }
    if (redaction().isPresent() && !redaction().get().original().equals(original())) {
      throw new InvalidValueException("submissionText.redaction", redaction().get(), "is the redaction of another text");
    }
  }

  @Override
  public String toString() {
    return "SubmissionText{" + state() + withholdingReason().map(r -> " " + r).orElse("") + ", "
        + original().length() + " characters}";
  }

  /** Builds a {@link SubmissionText}: original and state are required. */
  public static final class Builder extends ImmutableSubmissionText.Builder {
    Builder() {}
  }
}
