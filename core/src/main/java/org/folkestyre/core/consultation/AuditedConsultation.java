package org.folkestyre.core.consultation;

import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.util.Objects;
import org.folkestyre.core.audit.AuditLog;

/**
 * A consultation whose every step is written to an {@link AuditLog}: created, each move of its
 * lifecycle (opened, closed, summarised, published, withdrawn), each submission received, each
 * decision on a late submission and each disposition.
 *
 * <p>The log holds ids, channels, states and outcomes, never a submission's text or its submitter:
 * the submitter's reference goes into the entry's personal-data reference, outside the chain, so
 * that erasing a person's data never breaks the chain. This class is thread-safe: its steps are
 * serialised, so concurrent submissions are each received once and logged in the order received.
 */
public final class AuditedConsultation {
  private final AuditLog log;
  private Consultation current;

  private AuditedConsultation(Consultation consultation, AuditLog log) {
    this.current = consultation;
    this.log = log;
  }

  /**
   * Starts auditing a consultation, logging its creation.
   *
   * @param consultation the consultation, usually a draft
   * @param log the log to write to
   * @return the audited consultation
   */
  public static AuditedConsultation start(Consultation consultation, AuditLog log) {
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(log, "log");
    log.append(consultation.id(), "created", ImmutableMap.of("kind", consultation.kind().id(),
        "opens", consultation.opens().toString(), "closes", consultation.closes().toString()));
    return new AuditedConsultation(consultation, log);
  }

  /**
   * Returns the consultation as it stands.
   *
   * @return the current consultation
   */
  public synchronized Consultation current() {
    return current;
  }

  /**
   * Returns the log.
   *
   * @return the audit log
   */
  public AuditLog log() {
    return log;
  }

  /**
   * Moves the consultation to another state and logs the move.
   *
   * @param state the new state
   * @param clock the clock that timestamps the move
   * @return the consultation after the move
   * @throws org.folkestyre.core.InvalidValueException if the move is not allowed; nothing is logged
   */
  public synchronized Consultation moveTo(ConsultationState state, Clock clock) {
    current = current.moveTo(state, clock);
    log.append(current.id(), "state-changed", ImmutableMap.of("state", state.name()));
    return current;
  }

  /**
   * Receives a submission and logs it, with the submitter as a personal-data reference.
   *
   * @param submission the submission
   * @return the consultation with the submission
   * @throws org.folkestyre.core.InvalidValueException if it cannot be received; nothing is logged
   */
  public synchronized Consultation receive(Submission submission) {
    current = current.receive(submission);
    log.append(current.id(), "submission-received", ImmutableMap.of("submission", submission.id(),
        "channel", submission.channel().toString(), "respondent", submission.respondent().name()),
        submission.submitter());
    return current;
  }

  /**
   * Records the municipality's decision on a late submission and logs it.
   *
   * @param submissionId the late submission
   * @param decision include or exclude
   * @return the consultation with the decision
   */
  public synchronized Consultation decideLate(String submissionId, LateDecision decision) {
    current = current.decideLate(submissionId, decision);
    log.append(current.id(), "late-decided", ImmutableMap.of("submission", submissionId,
        "decision", decision.name()));
    return current;
  }

  /**
   * Sets a disposition and logs it.
   *
   * @param disposition the disposition
   * @return the consultation with the disposition
   */
  public synchronized Consultation dispose(Disposition disposition) {
    current = current.dispose(disposition);
    log.append(current.id(), "disposition-set", ImmutableMap.of("submission", disposition.submissionId(),
        "outcome", disposition.outcome().name()));
    return current;
  }
}
