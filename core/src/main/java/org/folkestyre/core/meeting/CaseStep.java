package org.folkestyre.core.meeting;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * One step of a case's path through the bodies — one line of the saksgang (NO) or sagsgang (DK):
 * which body handles the case, on which date, in which role, and under which møtesaksnummer.
 *
 * <p>The møtesaksnummer, where there is one, must be of the scheme
 * {@link CaseNumberScheme#NO_MEETING_CASE}. Danish agendas number their items instead
 * ({@code punkt 119}); that number belongs to the agenda item, not to the step. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseStep {
  CaseStep() {}

  /**
   * Returns the id of the body that handles the case, as in
   * {@link org.folkestyre.core.committee.Committee#id()}.
   *
   * @return the committee id, such as {@code "formannskapet"}; NFC, trimmed
   */
  public abstract String committeeId();

  /**
   * Returns the date of the handling, normally the date of the meeting.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns what the body does with the case at this step.
   *
   * @return the role
   */
  public abstract CaseRole role();

  /**
   * Returns the number the case has on the body's agenda.
   *
   * @return the møtesaksnummer, such as {@code PS 6/17}, or empty
   */
  public abstract Optional<CaseNumber> meetingCaseNumber();

  /**
   * Obtains a step without a møtesaksnummer.
   *
   * @param committeeId the id of the body
   * @param date the date of the handling
   * @param role what the body does
   * @return the step
   * @throws InvalidValueException if the committee id is blank or holds a control character
   */
  public static CaseStep of(String committeeId, LocalDate date, CaseRole role) {
    return builder().committeeId(committeeId).date(date).role(role).build();
  }

  /**
   * Obtains a step with a møtesaksnummer.
   *
   * @param committeeId the id of the body
   * @param date the date of the handling
   * @param role what the body does
   * @param meetingCaseNumber the møtesaksnummer, of scheme {@link CaseNumberScheme#NO_MEETING_CASE}
   * @return the step
   * @throws InvalidValueException if the committee id is blank or the number is of another scheme
   */
  public static CaseStep of(String committeeId, LocalDate date, CaseRole role, CaseNumber meetingCaseNumber) {
    Objects.requireNonNull(meetingCaseNumber, "meetingCaseNumber");
    return builder().committeeId(committeeId).date(date).role(role).meetingCaseNumber(meetingCaseNumber).build();
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
  CaseStep normalize() {
    if (meetingCaseNumber().isPresent() && meetingCaseNumber().get().scheme() != CaseNumberScheme.NO_MEETING_CASE) {
      throw new InvalidValueException("step.meetingCaseNumber", meetingCaseNumber().get(),
          "is a " + meetingCaseNumber().get().scheme() + ", not a " + CaseNumberScheme.NO_MEETING_CASE);
    }
    String id = Names.normalize("step.committeeId", committeeId());
    return id.equals(committeeId()) ? this : builder().from(this).committeeId(id).build();
  }

  @Override
  public String toString() {
    return date() + " " + committeeId() + " " + role() + meetingCaseNumber().map(n -> " " + n).orElse("");
  }

  /** Builds a {@link CaseStep}: committee id, date and role are required. */
  public static final class Builder extends ImmutableCaseStep.Builder {
    Builder() {}
  }
}
