package org.folkestyre.core.consultation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.folkestyre.core.redaction.PublicationState;
import org.folkestyre.core.redaction.Redactor;
import org.folkestyre.core.redaction.SubmissionText;
import org.folkestyre.core.redaction.WithholdingReason;
import org.immutables.value.Value;

/**
 * The texts of a consultation's included submissions on their way to publication: each passed
 * through a {@link Redactor}, and each {@link PublicationState#REDACTED redacted},
 * {@link PublicationState#NEEDS_REVIEW waiting for review} or {@link PublicationState#WITHHELD
 * withheld} with a reason.
 *
 * <p>Nothing is dropped silently: every included submission (on time, or late and included) has
 * its {@link SubmissionText}, in the order received; a submission excluded as late has none, since
 * it is not part of the consultation's record for publication. Only
 * {@link #publishableTexts()} may be published: the redacted texts of submissions in state
 * REDACTED. A withheld submission keeps its redaction for the record and publishes nothing.
 *
 * <pre>{@code
 * ConsultationPublication publication = ConsultationPublication.of(consultation, Redactor.create())
 *     .withhold("S6", WithholdingReason.SPECIAL_CATEGORY);
 * publication.publishableTexts().forEach((id, text) -> ...);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConsultationPublication {
  ConsultationPublication() {}

  /**
   * Returns the consultation's id.
   *
   * @return the id
   */
  public abstract String consultationId();

  /**
   * Returns the text of every included submission, by submission id, in the order received.
   *
   * @return the texts; none is in state {@link PublicationState#RECEIVED}
   */
  public abstract ImmutableMap<String, SubmissionText> texts();

  /**
   * Redacts the text of every included submission of a consultation.
   *
   * @param consultation the consultation
   * @param redactor the redactor
   * @return the publication, each text {@link PublicationState#REDACTED} or
   *     {@link PublicationState#NEEDS_REVIEW}
   */
  public static ConsultationPublication of(Consultation consultation, Redactor redactor) {
    return of(consultation, redactor, Map.of());
  }

  /**
   * Redacts the text of every included submission of a consultation and withholds those the
   * municipality withholds.
   *
   * @param consultation the consultation
   * @param redactor the redactor
   * @param withheld the reasons for withholding, by submission id (ignoring case)
   * @return the publication
   * @throws InvalidValueException if a withheld id is not an included submission of the consultation
   */
  public static ConsultationPublication of(Consultation consultation, Redactor redactor,
      Map<String, WithholdingReason> withheld) {
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(redactor, "redactor");
    Objects.requireNonNull(withheld, "withheld");
    Map<String, SubmissionText> texts = new LinkedHashMap<>();
    for (Submission submission : consultation.includedSubmissions()) {
      texts.put(submission.id(), SubmissionText.received(submission.text()).redactedWith(redactor));
    }
    ConsultationPublication publication = ImmutableConsultationPublication.builder()
        .consultationId(consultation.id()).texts(texts).build();
    for (Map.Entry<String, WithholdingReason> entry : withheld.entrySet()) {
      publication = publication.withhold(entry.getKey(), entry.getValue());
    }
    return publication;
  }

  /**
   * Returns the text of a submission.
   *
   * @param submissionId the submission's id, ignoring case
   * @return the text, or empty if the submission is not an included one
   */
  public Optional<SubmissionText> text(String submissionId) {
    return key(submissionId).map(texts()::get);
  }

  /**
   * Returns the state of a submission's text.
   *
   * @param submissionId the submission's id, ignoring case
   * @return the state, or empty if the submission is not an included one
   */
  public Optional<PublicationState> state(String submissionId) {
    return text(submissionId).map(SubmissionText::state);
  }

  /**
   * Returns a copy in which a submission is withheld whole from publication.
   *
   * @param submissionId the submission's id, ignoring case
   * @param reason why it is withheld
   * @return the publication with the submission {@link PublicationState#WITHHELD}
   * @throws InvalidValueException if the submission is not an included one, or is already withheld
   */
  public ConsultationPublication withhold(String submissionId, WithholdingReason reason) {
    Objects.requireNonNull(reason, "reason");
    String id = require(submissionId, "withhold");
    return replace(id, texts().get(id).withheld(reason));
  }

  /**
   * Returns a copy in which a person has reviewed a submission's flags and cleared its redacted text.
   *
   * @param submissionId the submission's id, ignoring case
   * @return the publication with the submission {@link PublicationState#REDACTED}
   * @throws InvalidValueException if the submission is not an included one, or does not need review
   */
  public ConsultationPublication approve(String submissionId) {
    String id = require(submissionId, "approve");
    return replace(id, texts().get(id).approved());
  }

  /**
   * Returns the texts that may be published: the redacted texts of the submissions in state
   * {@link PublicationState#REDACTED}.
   *
   * @return the texts by submission id, in the order received
   */
  public ImmutableMap<String, String> publishableTexts() {
    ImmutableMap.Builder<String, String> publishable = ImmutableMap.builder();
    texts().forEach((id, text) -> text.publishableText().ifPresent(t -> publishable.put(id, t)));
    return publishable.buildOrThrow();
  }

  /**
   * Returns the submissions whose text is in a state.
   *
   * @param state the state
   * @return the submission ids, in the order received
   */
  public ImmutableList<String> inState(PublicationState state) {
    Objects.requireNonNull(state, "state");
    return texts().entrySet().stream().filter(e -> e.getValue().state() == state).map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  private Optional<String> key(String submissionId) {
    Objects.requireNonNull(submissionId, "submissionId");
    String key = Names.key(submissionId);
    return texts().keySet().stream().filter(id -> Names.key(id).equals(key)).findFirst();
  }

  private String require(String submissionId, String field) {
    return key(submissionId).orElseThrow(() -> new InvalidValueException("publication." + field, submissionId,
        "is not an included submission of consultation " + consultationId()));
  }

  private ConsultationPublication replace(String id, SubmissionText text) {
    Map<String, SubmissionText> texts = new LinkedHashMap<>(texts());
    texts.put(id, text);
    return ImmutableConsultationPublication.builder().from(this).texts(texts).build();
  }

  @Value.Check
  void check() {
    texts().forEach((id, text) -> {
      if (text.state() == PublicationState.RECEIVED) {
        throw new InvalidValueException("publication.texts", id, "a published consultation's text is redacted"
            + " or withheld, never only received");
      }
    });
  }

  @Override
  public String toString() {
    return "publication of " + consultationId() + ": " + inState(PublicationState.REDACTED).size() + " redacted, "
        + inState(PublicationState.NEEDS_REVIEW).size() + " needing review, "
        + inState(PublicationState.WITHHELD).size() + " withheld";
  }
}
