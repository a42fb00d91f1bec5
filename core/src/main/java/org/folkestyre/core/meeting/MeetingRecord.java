package org.folkestyre.core.meeting;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.immutables.value.Value;

/**
 * A meeting together with the body that held it and the jurisdiction whose law applies: what the
 * procedure rules check.
 *
 * <p>The committee gives the rules the members and their number (quorum is counted against
 * {@link Committee#size()}). Structural invariants checked when it is built: the meeting belongs
 * to the committee; the committee's kind is of the jurisdiction; the meeting's times are in the
 * jurisdiction's zone; every ballot is cast by a voting member or a substitute; a substitute stands
 * in for a voting member; every recusal ground is of the jurisdiction. This class is immutable and
 * thread-safe.
 *
 * <pre>{@code
 * MeetingRecord record = MeetingRecord.of(meeting, committee, Jurisdiction.norway());
 * ValidationReport report = Validator.forJurisdiction(Jurisdiction.norway())
 *     .validate(record, ValidationContext.asOf(meeting.start().toLocalDate()));
 * }</pre>
 */
@Value.Immutable
public abstract class MeetingRecord {
  MeetingRecord() {}

  /**
   * Returns the meeting.
   *
   * @return the meeting
   */
  public abstract Meeting meeting();

  /**
   * Returns the body that held it.
   *
   * @return the committee
   */
  public abstract Committee committee();

  /**
   * Returns the id of the jurisdiction whose law applies.
   *
   * @return the jurisdiction id, such as {@code "NO"}
   */
  public abstract String jurisdictionId();

  /**
   * Returns the jurisdiction whose law applies.
   *
   * @return the jurisdiction
   */
  public Jurisdiction jurisdiction() {
    return Jurisdiction.of(jurisdictionId());
  }

  /**
   * Returns the demands by members for a meeting or an agenda item that this record answers
   * (kommuneloven §§ 11-2 and 11-3).
   *
   * @return the demands, empty unless set
   */
  public abstract ImmutableList<MemberDemand> demands();

  /**
   * Returns whether this record's meeting meets a demand. A demand for an agenda item is met by an
   * item whose title equals the subject (NFC, ignoring case); a demand for a meeting is met by this
   * meeting being convened or held ({@link MeetingState#PLANNED} and {@link MeetingState#CANCELLED}
   * do not count) on or after the day of the demand.
   *
   * @param demand the demand
   * @return true if the demand is met
   */
  public boolean isMet(MemberDemand demand) {
    Objects.requireNonNull(demand, "demand");
    Meeting meeting = meeting();
    switch (demand.kind()) {
      case AGENDA_ITEM:
        String subject = folded(demand.subject());
        return meeting.agendaItems().stream().anyMatch(item -> folded(item.title()).equals(subject));
      case MEETING:
        MeetingState state = meeting.state();
        return state != MeetingState.PLANNED && state != MeetingState.CANCELLED
            && !meeting.start().toLocalDate().isBefore(demand.date());
      default:
        throw new AssertionError(demand.kind());
    }
  }

  private static String folded(String text) {
    return Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT),
        Normalizer.Form.NFC);
  }

  /**
   * Returns the persons present who hold a vote: voting members present, and substitutes standing
   * in for voting members.
   *
   * @return the voters present, in attendance order
   */
  public ImmutableList<Person> votersPresent() {
    return meeting().attendance().stream().filter(this::holdsVote).map(Attendance::person)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether a person present holds a vote in the body.
   *
   * @param personId the person's id
   * @return true for a voting member present or a substitute for one
   */
  public boolean isVoterPresent(String personId) {
    return votersPresent().stream().anyMatch(p -> p.id().equals(personId));
  }

  private boolean holdsVote(Attendance line) {
    switch (line.status()) {
      case PRESENT:
        return committee().hasVotingMember(line.person().id());
      case SUBSTITUTE:
        return committee().hasVotingMember(line.standsInFor().orElseThrow().id());
      default:
        return false;
    }
  }

  /**
   * Obtains a record.
   *
   * @param meeting the meeting
   * @param committee the body that held it
   * @param jurisdiction the jurisdiction whose law applies
   * @return the record
   * @throws InvalidValueException if the parts do not fit together
   */
  public static MeetingRecord of(Meeting meeting, Committee committee, Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return builder().meeting(meeting).committee(committee).jurisdictionId(jurisdiction.id()).build();
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
    Meeting meeting = meeting();
    if (!meeting.committeeId().equals(committee().id())) {
      throw new InvalidValueException("meeting.committeeId", meeting.committeeId(),
          "is not the id of the committee " + committee().id());
    }
    if (!committee().kind().jurisdictionId().equals(jurisdictionId())) {
      throw new InvalidValueException("committee.kind", committee().kind(),
          "is a kind of " + committee().kind().jurisdictionId() + ", not of " + jurisdictionId());
    }
    Jurisdiction jurisdiction = jurisdiction();
    if (!meeting.start().getZone().equals(jurisdiction.zone())) {
      throw new InvalidValueException("meeting.start", meeting.start(),
          "must be in the zone of " + jurisdiction.id() + ", " + jurisdiction.zone());
    }
    for (int i = 0; i < meeting.attendance().size(); i++) {
      Attendance line = meeting.attendance().get(i);
      if (line.standsInFor().isPresent() && !committee().hasVotingMember(line.standsInFor().get().id())) {
        throw new InvalidValueException("meeting.attendance[" + i + "].standsInFor", line.standsInFor().get().id(),
            "is not a voting member of " + committee().name());
      }
    }
    for (int i = 0; i < meeting.agendaItems().size(); i++) {
      AgendaItem item = meeting.agendaItems().get(i);
      String path = "meeting.agendaItems[" + i + "]";
      for (int r = 0; r < item.recusals().size(); r++) {
        RecusalGround ground = item.recusals().get(r).ground();
        if (!ground.jurisdictionId().equals(jurisdictionId())) {
          throw new InvalidValueException(path + ".recusals[" + r + "].ground", ground,
              "is a ground of " + ground.jurisdictionId() + ", not of " + jurisdictionId());
        }
      }
      for (int j = 0; j < item.votes().size(); j++) {
        Vote vote = item.votes().get(j);
        for (int k = 0; k < vote.ballots().size(); k++) {
          String voter = vote.ballots().get(k).person().id();
          boolean substitute = meeting.attendanceOf(voter).map(a -> a.status() == AttendanceStatus.SUBSTITUTE)
              .orElse(false);
          if (!committee().hasVotingMember(voter) && !substitute) {
            throw new InvalidValueException(path + ".votes[" + j + "].ballots[" + k + "].person", voter,
                "holds no vote in " + committee().name());
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return jurisdictionId() + " " + committee().name() + ": " + meeting();
  }

  /**
   * Builds a {@link MeetingRecord}: meeting, committee and jurisdiction id are required; demands are
   * optional.
   */
  public static final class Builder extends ImmutableMeetingRecord.Builder {
    Builder() {}
  }
}
