package org.folkestyre.core.meeting;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Committee;
import org.immutables.value.Value;

/**
 * A demand by members of a body for a meeting (kommuneloven § 11-2 første ledd) or for an item on
 * the agenda (§ 11-3 første ledd): what was demanded, by whom and when.
 *
 * <p>When at least one third of the members demand it, the body must meet, or the item must be on
 * the agenda. Only the body's voting members count towards the third. Structural invariants checked
 * when it is built: at least one member demanded it, and the subject is not blank. The subject is
 * stored in Unicode NFC, trimmed. This class is immutable and thread-safe.
 *
 * <pre>{@code
 * MemberDemand demand = MemberDemand.of(DemandKind.AGENDA_ITEM, "Trafikksikkerhet ved skolen",
 *     Set.of("p3", "p4", "p5"), LocalDate.of(2024, 3, 1));
 * }</pre>
 */
@Value.Immutable
public abstract class MemberDemand {
  MemberDemand() {}

  /**
   * Returns what was demanded.
   *
   * @return a meeting or an agenda item
   */
  public abstract DemandKind kind();

  /**
   * Returns what the demand is about: for an agenda item, the title of the item demanded; for a
   * meeting, the matter the members want the meeting to handle.
   *
   * @return the subject, NFC, trimmed and not blank
   */
  public abstract String subject();

  /**
   * Returns the ids of the persons who made the demand.
   *
   * @return the person ids, at least one
   */
  public abstract ImmutableSet<String> memberIds();

  /**
   * Returns the day the demand was made.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns how many of the persons who made the demand are voting members of a body.
   *
   * @param committee the body
   * @return the number of demanding voting members
   */
  public int membersOf(Committee committee) {
    return (int) memberIds().stream().filter(committee::hasVotingMember).count();
  }

  /**
   * Returns whether at least one third of a body's voting members made the demand: 3 × demanding ≥
   * members.
   *
   * @param committee the body
   * @return true if the demand binds the body
   */
  public boolean isByAThirdOf(Committee committee) {
    int demanding = membersOf(committee);
    return demanding > 0 && 3 * demanding >= committee.size();
  }

  /**
   * Obtains a demand.
   *
   * @param kind what was demanded
   * @param subject the title of the item demanded, or the matter of the meeting
   * @param memberIds the ids of the persons who made the demand
   * @param date the day it was made
   * @return the demand
   * @throws InvalidValueException if no member is named or the subject is blank
   */
  public static MemberDemand of(DemandKind kind, String subject, Iterable<String> memberIds, LocalDate date) {
    return builder().kind(kind).subject(subject).memberIds(memberIds).date(date).build();
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
  MemberDemand normalize() {
    if (memberIds().isEmpty()) {
      throw new InvalidValueException("demand.memberIds", memberIds(), "must name at least one member");
    }
    String subject = Texts.require("demand.subject", subject());
    return subject.equals(subject()) ? this : builder().from(this).subject(subject).build();
  }

  @Override
  public String toString() {
    return kind() + " \u201c" + subject() + "\u201d by " + memberIds().size() + " on " + date();
  }

  /** Builds a {@link MemberDemand}: kind, subject, at least one member id and the date are required. */
  public static final class Builder extends ImmutableMemberDemand.Builder {
    Builder() {}
  }
}
