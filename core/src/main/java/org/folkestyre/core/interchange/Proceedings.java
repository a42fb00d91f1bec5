package org.folkestyre.core.interchange;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.MunicipalBodies;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.committee.RepresentationKind;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.Attendance;
import org.folkestyre.core.meeting.Ballot;
import org.folkestyre.core.meeting.Case;
import org.folkestyre.core.meeting.CaseNumber;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.meeting.Recusal;
import org.folkestyre.core.meeting.Vote;
import org.folkestyre.core.municipality.MunicipalityRef;
import org.immutables.value.Value;

/**
 * A municipality's bodies with their meetings and the cases they handle: what a council
 * information system — møtekalender and politisk saksbehandling (NO), dagsordener og referater
 * (DK) — publishes, and what the OParl export and import carry.
 *
 * <p>Structural invariants checked when it is built: committee ids are unique and every committee
 * is of the municipality's jurisdiction; meeting ids are unique and each meeting belongs to one of
 * the committees and fits it as a {@link MeetingRecord} does (its times in the jurisdiction's
 * zone, its voters members of the committee); cases have distinct case numbers; one id names one
 * person and one abbreviation one party throughout, with the same data everywhere. A case step
 * may name a body that is not among the committees. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Proceedings {
  Proceedings() {}

  /**
   * Returns the municipality, with the code its OParl body is named by.
   *
   * @return the municipality's name and code
   */
  public abstract MunicipalityRef municipality();

  /**
   * Returns the bodies, in the order given.
   *
   * @return the committees
   */
  public abstract ImmutableList<Committee> committees();

  /**
   * Returns the meetings of the bodies, in the order given.
   *
   * @return the meetings
   */
  public abstract ImmutableList<Meeting> meetings();

  /**
   * Returns the cases the bodies handle, in the order given.
   *
   * @return the cases
   */
  public abstract ImmutableList<Case> cases();

  /**
   * Returns the jurisdiction of the municipality.
   *
   * @return the jurisdiction its code belongs to
   */
  public Jurisdiction jurisdiction() {
    return Jurisdiction.of(municipality().code().jurisdictionId());
  }

  /**
   * Returns the committee with an id.
   *
   * @param id the committee id
   * @return the committee, or empty
   */
  public Optional<Committee> committee(String id) {
    Objects.requireNonNull(id, "id");
    return committees().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Returns the meetings of one committee, in the order given.
   *
   * @param committeeId the committee id
   * @return the meetings, possibly none
   */
  public ImmutableList<Meeting> meetingsOf(String committeeId) {
    Objects.requireNonNull(committeeId, "committeeId");
    return meetings().stream().filter(m -> m.committeeId().equals(committeeId))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns each meeting together with its committee and the jurisdiction.
   *
   * @return the records, in the order of {@link #meetings()}
   */
  public ImmutableList<MeetingRecord> records() {
    return meetings().stream()
        .map(m -> MeetingRecord.of(m, committee(m.committeeId()).orElseThrow(), jurisdiction()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every person once: the members of the committees in order, then the persons named by
   * the meetings' attendance, recusals and ballots.
   *
   * @return the persons, in order of first appearance
   */
  public ImmutableList<Person> persons() {
    Map<String, Person> persons = new LinkedHashMap<>();
    forEachPerson((path, person) -> persons.putIfAbsent(person.id(), person));
    return ImmutableList.copyOf(persons.values());
  }

  /**
   * Returns every party once, in order of first appearance among the memberships.
   *
   * @return the parties
   */
  public ImmutableList<Party> parties() {
    Map<String, Party> parties = new LinkedHashMap<>();
    forEachMembership((path, m) -> m.party().ifPresent(p -> parties.putIfAbsent(p.abbreviation(), p)));
    return ImmutableList.copyOf(parties.values());
  }

  /**
   * Returns whether a person holds a seat on one of the committees as an elected official, which
   * makes their name and gender public.
   *
   * @param personId the person's id
   * @return true if some membership of the person represents {@link RepresentationKind#ELECTED_OFFICIAL}
   */
  public boolean isElectedOfficial(String personId) {
    Objects.requireNonNull(personId, "personId");
    return committees().stream().flatMap(c -> c.memberships().stream())
        .anyMatch(m -> m.person().id().equals(personId)
            && m.representation().map(r -> r.kind() == RepresentationKind.ELECTED_OFFICIAL).orElse(false));
  }

  /**
   * Obtains the proceedings of one meeting.
   *
   * @param municipality the municipality the committee belongs to
   * @param record the meeting with its committee
   * @return the proceedings, with no cases
   * @throws InvalidValueException if the record's jurisdiction is not the municipality's
   */
  public static Proceedings of(MunicipalityRef municipality, MeetingRecord record) {
    Objects.requireNonNull(record, "record");
    return builder().municipality(municipality).addCommittee(record.committee()).addMeeting(record.meeting())
        .build();
  }

  /**
   * Obtains the proceedings of a municipality's bodies, without meetings or cases yet.
   *
   * @param bodies the bodies; the municipality's current code names its OParl body
   * @return the proceedings
   */
  public static Proceedings of(MunicipalBodies bodies) {
    Objects.requireNonNull(bodies, "bodies");
    return builder().municipality(MunicipalityRef.of(bodies.municipality().name(), bodies.municipality().code()))
        .addAllCommittees(bodies.committees()).build();
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
    Jurisdiction jurisdiction = jurisdiction();
    Map<String, Integer> committees = new HashMap<>();
    for (int i = 0; i < committees().size(); i++) {
      Committee committee = committees().get(i);
      Integer earlier = committees.putIfAbsent(committee.id(), i);
      if (earlier != null) {
        throw new InvalidValueException("committees[" + i + "].id", committee.id(),
            "is the id of committees[" + earlier + "] too");
      }
      if (!committee.kind().jurisdictionId().equals(jurisdiction.id())) {
        throw new InvalidValueException("committees[" + i + "].kind", committee.kind(),
            "is a kind of " + committee.kind().jurisdictionId() + ", not of " + jurisdiction.id());
      }
    }
    Map<String, Integer> meetings = new HashMap<>();
    for (int i = 0; i < meetings().size(); i++) {
      Meeting meeting = meetings().get(i);
      Integer earlier = meetings.putIfAbsent(meeting.id(), i);
      if (earlier != null) {
        throw new InvalidValueException("meetings[" + i + "].id", meeting.id(), "is the id of meetings[" + earlier + "] too");
      }
      Integer committee = committees.get(meeting.committeeId());
      if (committee == null) {
        throw new InvalidValueException("meetings[" + i + "].committeeId", meeting.committeeId(),
            "is not the id of a committee; committees: " + committees.keySet().stream().sorted().toList());
      }
      try {
        MeetingRecord.of(meeting, committees().get(committee), jurisdiction);
      } catch (InvalidValueException e) {
        String field = e.field().startsWith("meeting.") ? e.field().substring("meeting.".length()) : e.field();
        InvalidValueException moved = new InvalidValueException("meetings[" + i + "]." + field, e.value(), e.rule());
        moved.initCause(e);
        throw moved;
      }
    }
    Map<CaseNumber, Integer> cases = new HashMap<>();
    for (int i = 0; i < cases().size(); i++) {
      Integer earlier = cases.putIfAbsent(cases().get(i).caseNumber(), i);
      if (earlier != null) {
        throw new InvalidValueException("cases[" + i + "].caseNumber", cases().get(i).caseNumber(),
            "is the number of cases[" + earlier + "] too");
      }
    }
    Map<String, Person> persons = new HashMap<>();
    forEachPerson((path, person) -> {
      Person earlier = persons.putIfAbsent(person.id(), person);
      if (earlier != null && !earlier.equals(person)) {
        throw new InvalidValueException(path, person.id(), "names another person (" + earlier.name()
            + ") with other data elsewhere; one id is one person");
      }
    });
    Map<String, Party> parties = new HashMap<>();
    forEachMembership((path, m) -> m.party().ifPresent(party -> {
      Party earlier = parties.putIfAbsent(party.abbreviation(), party);
      if (earlier != null && !earlier.name().equals(party.name())) {
        throw new InvalidValueException(path + ".party", party.abbreviation(), "is the abbreviation of '"
            + earlier.name() + "' elsewhere, not of '" + party.name() + "'");
      }
    }));
  }

  private void forEachMembership(BiConsumer<String, Membership> action) {
    for (int i = 0; i < committees().size(); i++) {
      Committee committee = committees().get(i);
      for (int j = 0; j < committee.memberships().size(); j++) {
        action.accept("committees[" + i + "].memberships[" + j + "]", committee.memberships().get(j));
      }
    }
  }

  private void forEachPerson(BiConsumer<String, Person> action) {
    forEachMembership((path, m) -> action.accept(path + ".person", m.person()));
    for (int i = 0; i < meetings().size(); i++) {
      Meeting meeting = meetings().get(i);
      String at = "meetings[" + i + "]";
      for (int j = 0; j < meeting.attendance().size(); j++) {
        Attendance line = meeting.attendance().get(j);
        action.accept(at + ".attendance[" + j + "].person", line.person());
        if (line.standsInFor().isPresent()) {
          action.accept(at + ".attendance[" + j + "].standsInFor", line.standsInFor().get());
        }
      }
      for (int k = 0; k < meeting.agendaItems().size(); k++) {
        AgendaItem item = meeting.agendaItems().get(k);
        String itemPath = at + ".agendaItems[" + k + "]";
        for (int r = 0; r < item.recusals().size(); r++) {
          Recusal recusal = item.recusals().get(r);
          action.accept(itemPath + ".recusals[" + r + "].person", recusal.person());
        }
        for (int v = 0; v < item.votes().size(); v++) {
          Vote vote = item.votes().get(v);
          for (int b = 0; b < vote.ballots().size(); b++) {
            Ballot ballot = vote.ballots().get(b);
            action.accept(itemPath + ".votes[" + v + "].ballots[" + b + "].person", ballot.person());
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return municipality() + ": " + committees().size() + " committees, " + meetings().size() + " meetings, "
        + cases().size() + " cases";
  }

  /** Builds {@link Proceedings}: the municipality is required. */
  public static final class Builder extends ImmutableProceedings.Builder {
    Builder() {}
  }
}
