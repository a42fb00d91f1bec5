package org.folkestyre.core.minutes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.committee.Gender;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.committee.Term;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.Attachment;
import org.folkestyre.core.meeting.Attendance;
import org.folkestyre.core.meeting.Ballot;
import org.folkestyre.core.meeting.CaseNumberContext;
import org.folkestyre.core.meeting.Closure;
import org.folkestyre.core.meeting.ClosureGround;
import org.folkestyre.core.meeting.ItemKind;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.meeting.MeetingState;
import org.folkestyre.core.meeting.Recusal;
import org.folkestyre.core.meeting.RecusalGround;
import org.folkestyre.core.meeting.Vote;
import org.folkestyre.core.meeting.VoteKind;
import org.folkestyre.core.meeting.VoteOption;
import org.folkestyre.core.meeting.VoteResult;

/** A Norwegian committee meeting with everything minutes can show, all persons invented. */
final class MinutesFixtures {
  static final Person KARI = Person.of("kari", "Kari Nordmann", Gender.FEMALE, LocalDate.of(1970, 1, 1));
  static final Person OLA = Person.of("ola", "Ola Hansen", Gender.MALE, LocalDate.of(1965, 2, 2));
  static final Person PER = Person.of("per", "Per Persen", Gender.MALE, LocalDate.of(1980, 3, 3));
  static final Person ANNE = Person.of("anne", "Anne Li", Gender.FEMALE, LocalDate.of(1975, 4, 4));
  static final Person EVA = Person.of("eva", "Eva Vara", Gender.FEMALE, LocalDate.of(1990, 5, 5));
  static final Person SIRI = Person.builder().id("siri").name("Siri Sekretær").build();
  static final Person TOR = Person.builder().id("tor").name("Tor Rådgiver").build();
  static final Person NILS = Person.builder().id("nils").name("Nils Nabo").build();

  static final String TITLE_WITH_MARKUP = "Trafikksikkerhetsplan <script>alert(1)</script> & \"fartsdumper\"";
  static final String EXEMPT_TITLE = "Brev fra Nils Nabo om naboens helse";
  static final String EXEMPT_SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  static final String RECUSAL_DECISION = "Per Persen er inhabil fordi ektefellen er søker.";
  static final String CLOSED_TITLE = "Ansettelse av Grete Gran som rektor";
  static final String CLOSED_DECISION = "Grete Gran ansettes.";
  static final String PUBLIC_CLOSED_TITLE = "Kjøp av tomt i Storgata";

  private MinutesFixtures() {}

  static Committee committee() {
    Party ap = Party.of("Ap", "Arbeiderpartiet");
    Party h = Party.of("H", "Høyre");
    return Committee.builder().id("oppvekst").name("Hovedutvalg for oppvekst").kind(CommitteeKinds.NO_STANDING)
        .term(Term.of(LocalDate.of(2011, 10, 1), LocalDate.of(2015, 10, 1)))
        .addMemberships(Membership.of(KARI, Role.CHAIR, ap), Membership.of(OLA, Role.DEPUTY_CHAIR, h),
            Membership.of(PER, Role.MEMBER, ap), Membership.of(ANNE, Role.MEMBER, h), Membership.deputy(EVA, 1, h),
            Membership.builder().person(SIRI).role(Role.SECRETARY).build())
        .build();
  }

  /** Items: PS 12/15 open with votes, an exempt attachment and recusals; 13/15 closed on § 11-5 (2) a; 14/15 closed on (3) b. */
  static MeetingRecord record() {
    Jurisdiction norway = Jurisdiction.norway();
    Committee committee = committee();
    CaseNumberContext cases = CaseNumberContext.of(norway, 2015);
    List<Ballot> ballots = List.of(Ballot.ofChair(KARI, VoteOption.FOR), Ballot.of(OLA, VoteOption.AGAINST),
        Ballot.of(EVA, VoteOption.FOR));
    AgendaItem open = AgendaItem.builder().number("PS 12/15").title(TITLE_WITH_MARKUP)
        .caseNumber("2015/118", cases).kind(ItemKind.DECISION)
        .recommendation("Planen vedtas.\n\n1. Fartsdumper i Skoleveien.\n2. Gangfelt ved skolen.")
        .description("Planen bygger på innspill fra FAU.")
        .decision("Planen ble vedtatt.")
        .addAttachment(Attachment.of("Trafikksikkerhetsplan 2015", "application/pdf", new byte[] {1, 2, 3}))
        .addAttachment(Attachment.builder().title(EXEMPT_TITLE).mediaType("application/pdf").size(4096L)
            .sha256(EXEMPT_SHA).build().withExemption("offentleglova § 13"))
        .addRecusal(Recusal.of(PER, RecusalGround.NO_FVL_6_1_C, RECUSAL_DECISION))
        .addRecusal(Recusal.of(NILS, RecusalGround.NO_FVL_6_1_A, "Nils Nabo er part i saken."))
        .addVote(Vote.ofBallots("Innstillingen", VoteKind.ORDINARY, ballots)
            .withRecordedResult(VoteResult.adopted(VoteResult.Reason.MAJORITY)))
        .build();
    AgendaItem closed = AgendaItem.builder().number("PS 13/15").title(CLOSED_TITLE)
        .caseNumber("2015/120", cases).kind(ItemKind.APPOINTMENT)
        .recommendation("Grete Gran tilsettes.").decision(CLOSED_DECISION)
        .closure(Closure.of(ClosureGround.NO_KL_11_5_2_A, true))
        .addAttachment(Attachment.titled("Søkerliste med Grete Gran"))
        .addVote(Vote.ofBallots("Grete Gran", VoteKind.APPOINTMENT, ballots)
            .withRecordedResult(VoteResult.adopted(VoteResult.Reason.MAJORITY)))
        .build();
    AgendaItem negotiation = AgendaItem.builder().number("PS 14/15").title(PUBLIC_CLOSED_TITLE)
        .kind(ItemKind.DECISION).decision("Rådmannen får fullmakt til å forhandle.")
        .closure(Closure.of(ClosureGround.NO_KL_11_5_3_B, true)).addedLate(true).build();
    Meeting meeting = Meeting.builder().id("oppvekst-2015-03-24").committeeId(committee.id()).number("3/2015")
        .startIn(norway, LocalDateTime.of(2015, 3, 24, 16, 0)).end(LocalDateTime.of(2015, 3, 24, 18, 30)
            .atZone(norway.zone()))
        .place("Rådhuset, møterom 2").state(MeetingState.MINUTES_APPROVED)
        .addAttendance(Attendance.present(KARI), Attendance.present(OLA), Attendance.present(PER),
            Attendance.absent(ANNE), Attendance.substitute(EVA, ANNE), Attendance.present(SIRI),
            Attendance.present(TOR))
        .addAgendaItems(open, closed, negotiation)
        .build();
    return MeetingRecord.of(meeting, committee, norway);
  }
}
