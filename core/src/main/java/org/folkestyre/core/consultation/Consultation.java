package org.folkestyre.core.consultation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.folkestyre.core.jurisdiction.HolidayCalendar;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.immutables.value.Value;

/**
 * A consultation — høring or offentlig ettersyn (NO), høring or offentlig fremlæggelse (DK): a
 * subject put out for comment, its legal kind, the day it opens and the day comments are due, the
 * channels it offers, and everything it receives with the municipality's answer to each.
 *
 * <p>Lifecycle: {@link ConsultationState DRAFT → OPEN → CLOSED → SUMMARISED → PUBLISHED}, or
 * WITHDRAWN. Each move is made with {@link #moveTo(ConsultationState, Clock)}, checked, and kept in
 * {@link #history()} with the instant the injected clock gives; the state is the last move's.
 *
 * <p>Loyalty to the input: {@link #receive(Submission)} records every submission, in every state
 * after DRAFT. One received after the closing date (in the jurisdiction's zone, the whole closing
 * day counts) is {@link SubmissionStatus#LATE_UNDECIDED late} until the municipality
 * {@link #decideLate(String, LateDecision) includes or excludes} it; nothing is dropped. Every
 * included submission gets a {@link Disposition} through {@link #dispose(Disposition)}. Summarising
 * or publishing while one lacks it is a violation of the local-policy rule
 * {@code CONSULTATION-LOYALTY}, a late submission left undecided one of
 * {@code CONSULTATION-LATE-DECISION}; a closing date before the legal earliest
 * ({@link #earliestLegalClose()}) violates the rule of the kind ({@link ConsultationKind#ruleId()}).
 *
 * <p>Structural invariants, checked when it is built ({@link InvalidValueException}): the kind
 * belongs to the jurisdiction; the closing date is not before the opening date; both lie in the
 * calendar's years; the history moves legally with non-decreasing instants; submission ids are
 * unique (ignoring case); a late decision concerns a late submission; a disposition answers a
 * submission of this consultation, at most one per submission, and none answers an excluded one.
 * Every method returning a consultation returns a new one. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Consultation {
  Consultation() {}

  /**
   * Returns the stable id, such as the case number.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns what is consulted on.
   *
   * @return the subject, such as {@code "Kommuneplanens samfunnsdel 2021–2040"}
   */
  public abstract String subject();

  /**
   * Returns the jurisdiction whose law and calendar apply.
   *
   * @return the jurisdiction
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the legal kind.
   *
   * @return the kind
   */
  public abstract ConsultationKind kind();

  /**
   * Returns the day the consultation opens: announced, with its documents available.
   *
   * @return the opening day
   */
  public abstract LocalDate opens();

  /**
   * Returns the day comments are due; a submission received later that day is on time.
   *
   * @return the closing day, not before the opening day
   */
  public abstract LocalDate closes();

  /**
   * Returns the channels the consultation offers. Submissions may come through others too (a
   * letter is always possible); the summary lists these with their counts even when they are zero.
   *
   * @return the channels, in order
   */
  public abstract ImmutableSet<Channel> channels();

  /**
   * Returns the moves of the lifecycle, oldest first.
   *
   * @return the history; empty for a draft
   */
  public abstract ImmutableList<StateChange> history();

  /**
   * Returns every submission received, in the order received.
   *
   * @return the submissions
   */
  public abstract ImmutableList<Submission> submissions();

  /**
   * Returns the municipality's decisions on late submissions, by submission id.
   *
   * @return the decisions
   */
  public abstract ImmutableMap<String, LateDecision> lateDecisions();

  /**
   * Returns the dispositions, in the order they were set.
   *
   * @return the dispositions, at most one per submission
   */
  public abstract ImmutableList<Disposition> dispositions();

  /**
   * Returns the current state: that of the last move, or {@link ConsultationState#DRAFT}.
   *
   * @return the state
   */
  public ConsultationState state() {
    return history().isEmpty() ? ConsultationState.DRAFT : history().get(history().size() - 1).state();
  }

  /**
   * Returns when the consultation moved to a state, if it did.
   *
   * @param state the state
   * @return the instant of that move, or empty
   */
  public Optional<Instant> movedTo(ConsultationState state) {
    Objects.requireNonNull(state, "state");
    return history().stream().filter(c -> c.state() == state).map(StateChange::at).findFirst();
  }

  @Value.Lazy
  Map<String, Submission> submissionIndex() {
    Map<String, Submission> index = new HashMap<>();
    submissions().forEach(s -> index.put(Names.key(s.id()), s));
    return index;
  }

  @Value.Lazy
  Map<String, Disposition> dispositionIndex() {
    Map<String, Disposition> index = new HashMap<>();
    dispositions().forEach(d -> index.put(Names.key(d.submissionId()), d));
    return index;
  }

  @Value.Lazy
  Map<String, LateDecision> lateDecisionIndex() {
    Map<String, LateDecision> index = new HashMap<>();
    lateDecisions().forEach((id, decision) -> index.put(Names.key(id), decision));
    return index;
  }

  /**
   * Returns the submission with an id, ignoring case.
   *
   * @param submissionId the id
   * @return the submission, or empty
   */
  public Optional<Submission> submission(String submissionId) {
    return Optional.ofNullable(submissionIndex().get(Names.key(submissionId)));
  }

  /**
   * Returns the disposition of a submission.
   *
   * @param submissionId the submission's id, ignoring case
   * @return the disposition, or empty if none is set
   */
  public Optional<Disposition> disposition(String submissionId) {
    return Optional.ofNullable(dispositionIndex().get(Names.key(submissionId)));
  }

  /**
   * Returns whether a submission was received after the closing day, in the jurisdiction's zone.
   *
   * @param submission a submission
   * @return true if late
   */
  public boolean isLate(Submission submission) {
    return submission.received().atZone(jurisdiction().zone()).toLocalDate().isAfter(closes());
  }

  /**
   * Returns whether a submission arrived in time and, if late, what the municipality decided.
   *
   * @param submission a submission of this consultation
   * @return the status
   */
  public SubmissionStatus status(Submission submission) {
    if (!isLate(submission)) {
      return SubmissionStatus.ON_TIME;
    }
    LateDecision decision = lateDecisionIndex().get(Names.key(submission.id()));
    if (decision == null) {
      return SubmissionStatus.LATE_UNDECIDED;
    }
    return decision == LateDecision.INCLUDE ? SubmissionStatus.LATE_INCLUDED : SubmissionStatus.LATE_EXCLUDED;
  }

  /**
   * Returns the submissions that are considered: those on time and the late ones included.
   *
   * @return the included submissions, in the order received
   */
  public ImmutableList<Submission> includedSubmissions() {
    return submissions().stream().filter(s -> status(s).isIncluded()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the included submissions that have no disposition yet.
   *
   * @return the submissions, in the order received
   */
  public ImmutableList<Submission> awaitingDisposition() {
    return submissions().stream().filter(s -> status(s).isIncluded() && disposition(s.id()).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the late submissions the municipality has not yet decided on.
   *
   * @return the submissions, in the order received
   */
  public ImmutableList<Submission> awaitingLateDecision() {
    return submissions().stream().filter(s -> status(s) == SubmissionStatus.LATE_UNDECIDED)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the earliest closing date the law allows for this consultation's kind and opening day.
   *
   * @return the date, a working day of the jurisdiction
   */
  public LocalDate earliestLegalClose() {
    return Deadlines.earliestClose(kind(), opens(), jurisdiction().holidayCalendar());
  }

  /**
   * Returns a copy moved to another state, the move timestamped by the clock.
   *
   * @param next the new state
   * @param clock the clock giving the instant of the move
   * @return the consultation in the new state
   * @throws InvalidValueException if the state cannot move there, such as from DRAFT to CLOSED, or
   *     if the clock gives an instant before the previous move
   */
  public Consultation moveTo(ConsultationState next, Clock clock) {
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(clock, "clock");
    if (!state().canMoveTo(next)) {
      throw new InvalidValueException("consultation.state", next, "a consultation cannot move from " + state()
          + " to " + next + "; from " + state() + " it may move to " + state().allowedNext());
    }
    return builder().from(this).addHistory(StateChange.to(next, clock.instant())).build();
  }

  /**
   * Returns a copy that has received a submission. Every state but DRAFT receives: a submission
   * received after the closing day is recorded as late, never refused.
   *
   * @param submission the submission
   * @return the consultation with the submission
   * @throws InvalidValueException if the consultation is a draft, or the id is taken
   */
  public Consultation receive(Submission submission) {
    Objects.requireNonNull(submission, "submission");
    return receiveAll(List.of(submission));
  }

  /**
   * Returns a copy that has received several submissions, in the order given.
   *
   * @param received the submissions
   * @return the consultation with the submissions
   * @throws InvalidValueException if the consultation is a draft, or an id is taken
   */
  public Consultation receiveAll(Collection<Submission> received) {
    Objects.requireNonNull(received, "received");
    if (state() == ConsultationState.DRAFT && !received.isEmpty()) {
      Submission first = received.iterator().next();
      throw new InvalidValueException("submission", first.id(), "a draft consultation receives no submissions;"
          + " open it first");
    }
    return builder().from(this).addAllSubmissions(received).build();
  }

  /**
   * Returns a copy with the municipality's decision on a late submission; a new decision replaces
   * an earlier one.
   *
   * @param submissionId the late submission's id
   * @param decision include or exclude
   * @return the consultation with the decision
   * @throws InvalidValueException if there is no such submission, it is not late, or it is excluded
   *     while it has a disposition
   */
  public Consultation decideLate(String submissionId, LateDecision decision) {
    Objects.requireNonNull(decision, "decision");
    Submission submission = require(submissionId, "lateDecision");
    Map<String, LateDecision> decisions = new LinkedHashMap<>();
    lateDecisions().forEach((id, d) -> {
      if (!Names.key(id).equals(Names.key(submission.id()))) {
        decisions.put(id, d);
      }
    });
    decisions.put(submission.id(), decision);
    return builder().from(this).lateDecisions(decisions).build();
  }

  /**
   * Returns a copy with a disposition set; it replaces an earlier disposition of the same submission.
   *
   * @param disposition the disposition
   * @return the consultation with the disposition
   * @throws InvalidValueException if the disposition answers a submission this consultation has not
   *     received, or one excluded as late
   */
  public Consultation dispose(Disposition disposition) {
    Objects.requireNonNull(disposition, "disposition");
    return disposeAll(List.of(disposition));
  }

  /**
   * Returns a copy with several dispositions set, each replacing an earlier one of its submission.
   *
   * @param given the dispositions
   * @return the consultation with the dispositions
   * @throws InvalidValueException if a disposition answers an unknown or excluded submission, or two
   *     of those given answer the same submission
   */
  public Consultation disposeAll(Collection<Disposition> given) {
    Objects.requireNonNull(given, "given");
    Map<String, Disposition> replacing = new LinkedHashMap<>();
    for (Disposition disposition : given) {
      require(disposition.submissionId(), "disposition.submissionId");
      if (replacing.put(Names.key(disposition.submissionId()), disposition) != null) {
        throw new InvalidValueException("disposition.submissionId", disposition.submissionId(),
            "is answered twice in the same call");
      }
    }
    List<Disposition> all = new ArrayList<>(dispositions().size() + replacing.size());
    for (Disposition existing : dispositions()) {
      if (!replacing.containsKey(Names.key(existing.submissionId()))) {
        all.add(existing);
      }
    }
    all.addAll(replacing.values());
    return builder().from(this).dispositions(all).build();
  }

  private Submission require(String submissionId, String field) {
    Objects.requireNonNull(submissionId, field);
    return submission(submissionId).orElseThrow(() -> new InvalidValueException(field, submissionId,
        "is not a submission of consultation " + id()));
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
  Consultation normalize() {
    String id = Names.normalize("consultation.id", id());
    String subject = Names.normalize("consultation.subject", subject());
    if (!kind().appliesTo(jurisdiction())) {
      throw new InvalidValueException("consultation.kind", kind(), "is a kind of " + kind().jurisdictionId().orElse("")
          + ", not of " + jurisdiction().id());
    }
    if (closes().isBefore(opens())) {
      throw new InvalidValueException("consultation.closes", closes(), "must not be before the opening day " + opens());
    }
    HolidayCalendar calendar = jurisdiction().holidayCalendar();
    for (LocalDate day : List.of(opens(), closes())) {
      if (day.getYear() < calendar.firstSupportedYear() || day.getYear() > calendar.lastSupportedYear()) {
        throw new InvalidValueException(day == opens() ? "consultation.opens" : "consultation.closes", day,
            "must lie in the years " + calendar.firstSupportedYear() + " to " + calendar.lastSupportedYear()
                + " of the calendar of " + jurisdiction().id());
      }
    }
    checkHistory();
    checkSubmissions();
    boolean same = id.equals(id()) && subject.equals(subject());
    return same ? this : builder().from(this).id(id).subject(subject).build();
  }

  private void checkHistory() {
    ConsultationState state = ConsultationState.DRAFT;
    Instant previous = Instant.MIN;
    for (int i = 0; i < history().size(); i++) {
      StateChange change = history().get(i);
      if (!state.canMoveTo(change.state())) {
        throw new InvalidValueException("consultation.history[" + i + "]", change, "a consultation cannot move from "
            + state + " to " + change.state() + "; from " + state + " it may move to " + state.allowedNext());
      }
      if (change.at().isBefore(previous)) {
        throw new InvalidValueException("consultation.history[" + i + "].at", change.at(),
            "must not be before the previous move at " + previous);
      }
      state = change.state();
      previous = change.at();
    }
  }

  private void checkSubmissions() {
    Map<String, Submission> byKey = new HashMap<>();
    for (int i = 0; i < submissions().size(); i++) {
      Submission submission = submissions().get(i);
      Submission earlier = byKey.put(Names.key(submission.id()), submission);
      if (earlier != null) {
        throw new InvalidValueException("consultation.submissions[" + i + "].id", submission.id(),
            "is the id of another submission too");
      }
    }
    for (Map.Entry<String, LateDecision> entry : lateDecisions().entrySet()) {
      Submission submission = byKey.get(Names.key(entry.getKey()));
      if (submission == null) {
        throw new InvalidValueException("consultation.lateDecisions", entry.getKey(),
            "is not a submission of consultation " + id());
      }
      if (!isLate(submission)) {
        throw new InvalidValueException("consultation.lateDecisions", entry.getKey(), "was received "
            + submission.received() + ", not after the closing day " + closes() + "; only a late submission needs"
            + " a decision");
      }
    }
    Map<String, LateDecision> decisions = new HashMap<>();
    lateDecisions().forEach((key, decision) -> decisions.put(Names.key(key), decision));
    Map<String, Disposition> answered = new HashMap<>();
    for (int i = 0; i < dispositions().size(); i++) {
      Disposition disposition = dispositions().get(i);
      String key = Names.key(disposition.submissionId());
      String path = "consultation.dispositions[" + i + "].submissionId";
      if (!byKey.containsKey(key)) {
        throw new InvalidValueException(path, disposition.submissionId(), "is not a submission of consultation "
            + id() + "; a disposition answers a submission that was received");
      }
      if (answered.put(key, disposition) != null) {
        throw new InvalidValueException(path, disposition.submissionId(), "has another disposition too");
      }
      if (decisions.get(key) == LateDecision.EXCLUDE && isLate(byKey.get(key))) {
        throw new InvalidValueException(path, disposition.submissionId(),
            "was excluded as late; an excluded submission gets no disposition");
      }
    }
  }

  @Override
  public String toString() {
    return id() + " (" + jurisdiction().id() + " " + kind().id() + ", " + opens() + " to " + closes() + ", " + state()
        + ", " + submissions().size() + " submissions)";
  }

  /**
   * Builds a {@link Consultation}: id, subject, jurisdiction, kind, opens and closes are required.
   * Prefer {@link Consultation#moveTo}, {@link Consultation#receive} and {@link Consultation#dispose}
   * for the workflow; the builder is for restoring a stored consultation.
   */
  public static final class Builder extends ImmutableConsultation.Builder {
    Builder() {}
  }
}
