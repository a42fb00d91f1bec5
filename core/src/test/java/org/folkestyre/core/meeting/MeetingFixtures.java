package org.folkestyre.core.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKind;
import org.folkestyre.core.committee.Gender;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.committee.Term;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/** Committees of placeholder members and meetings of them, for the example tests. */
final class MeetingFixtures {
  private MeetingFixtures() {}

  /** A committee of {@code size} members, the first the chair; member i has id {@code "m" + i}. */
  static Committee committee(CommitteeKind kind, int size) {
    List<Membership> members = new ArrayList<>();
    Party party = Party.of("A", "Parti A");
    for (int i = 1; i <= size; i++) {
      members.add(Membership.of(member(i), i == 1 ? Role.CHAIR : Role.MEMBER, party));
    }
    members.add(Membership.deputy(Person.of("d1", "Deputy 1", Gender.MALE, LocalDate.of(1970, 1, 1)), 1, party));
    return Committee.builder().id("utvalget").name("Utvalget").kind(kind)
        .term(Term.of(LocalDate.of(2014, 1, 1), LocalDate.of(2018, 1, 1))).memberships(members).build();
  }

  static Person member(int i) {
    return Person.of("m" + i, "Member " + i, i % 2 == 0 ? Gender.MALE : Gender.FEMALE, LocalDate.of(1960 + i, 5, 1));
  }

  /** A held meeting on 24 March 2015 at 17:00 where members 1 to {@code present} attend, the others do not. */
  static Meeting.Builder meeting(Jurisdiction jurisdiction, Committee committee, int present) {
    Meeting.Builder meeting = Meeting.builder().id("m-2015-03-24").committeeId(committee.id()).number("3/2015")
        .startIn(jurisdiction, LocalDateTime.of(2015, 3, 24, 17, 0)).place("Rådhuset").state(MeetingState.HELD);
    for (int i = 1; i <= committee.size(); i++) {
      meeting.addAttendance(i <= present ? Attendance.present(member(i)) : Attendance.absent(member(i)));
    }
    return meeting;
  }

  /** Ballots of members 1 (the chair) to n with the given options, in order. */
  static List<Ballot> ballots(VoteOption... options) {
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < options.length; i++) {
      ballots.add(i == 0 ? Ballot.ofChair(member(1), options[0]) : Ballot.of(member(i + 1), options[i]));
    }
    return ballots;
  }

  /** A decision item numbered {@code number} with one vote. */
  static AgendaItem decided(String number, Vote vote) {
    return AgendaItem.builder().number(number).title("Sak " + number).kind(ItemKind.DECISION)
        .decision("Vedtak").addVote(vote).build();
  }
}
