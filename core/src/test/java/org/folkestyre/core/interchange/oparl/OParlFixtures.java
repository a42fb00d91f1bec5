package org.folkestyre.core.interchange.oparl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.committee.Gender;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.committee.Representation;
import org.folkestyre.core.committee.RepresentationKind;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.committee.Term;
import org.folkestyre.core.interchange.Proceedings;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.Attachment;
import org.folkestyre.core.meeting.Attendance;
import org.folkestyre.core.meeting.Case;
import org.folkestyre.core.meeting.CaseNumber;
import org.folkestyre.core.meeting.CaseNumberContext;
import org.folkestyre.core.meeting.CaseNumberScheme;
import org.folkestyre.core.meeting.CaseRole;
import org.folkestyre.core.meeting.CaseStep;
import org.folkestyre.core.meeting.Closure;
import org.folkestyre.core.meeting.ClosureGround;
import org.folkestyre.core.meeting.ItemKind;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.meeting.MeetingState;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.MunicipalityRef;
import org.folkestyre.core.testing.ReferenceData;

/** Proceedings to export in the tests: Holbæk's meeting with its cases, a Norwegian meeting with secrets, generated ones. */
final class OParlFixtures {
  static final MunicipalityRef HOLBAEK = MunicipalityRef.of("Holbæk", MunicipalityCode.of(Jurisdiction.denmark(), "316"));
  static final MunicipalityRef DRAMMEN = MunicipalityRef.of("Drammen", MunicipalityCode.of(Jurisdiction.norway(), "3301"));

  private OParlFixtures() {}

  /** Holbæk's Demokratieksperimentarium on 24 March 2015, with its two cases and their paths. */
  static Proceedings holbaek() {
    MeetingRecord record = ReferenceData.holbaekMeeting2015();
    CaseNumberContext context = CaseNumberContext.of(Jurisdiction.denmark(), 2015);
    LocalDate day = LocalDate.of(2015, 3, 24);
    Case democracy = Case.of(CaseNumber.parse("13/37262", context), "Demokratieksperimentariet 2014-2017")
        .withStep(CaseStep.of("demokratieksperimentariet", day, CaseRole.DISCUSSING));
    Case elections = Case.of(CaseNumber.parse("15/10481", context), "Valgfremme ved kommunalvalget")
        .withStep(CaseStep.of("demokratieksperimentariet", day, CaseRole.PREPARING))
        .withStep(CaseStep.of("okonomiudvalget", LocalDate.of(2015, 4, 15), CaseRole.DECIDING));
    return Proceedings.builder().from(Proceedings.of(HOLBAEK, record)).addCases(democracy, elections).build();
  }

  /**
   * A Norwegian meeting with what the public may not see: a closed item with an exempt-free
   * attachment, an open item with an exempt attachment, and a resident (a private person) on the
   * committee; item numbers with spaces and slashes.
   */
  static Proceedings secrets() {
    Jurisdiction norway = Jurisdiction.norway();
    Party ap = Party.of("Ap", "Arbeiderpartiet");
    Person chair = Person.of("kari", "Kari Nordmann", Gender.FEMALE, LocalDate.of(1970, 5, 17));
    Person member = Person.of("ola", "Ola Nordmann", Gender.MALE, LocalDate.of(1965, 1, 2));
    Person third = Person.of("per", "Per Hansen", Gender.MALE, LocalDate.of(1980, 3, 3));
    Person resident = Person.of("beboer-1", "Anne Beboer", Gender.FEMALE, LocalDate.of(2001, 9, 9));
    Committee committee = Committee.builder().id("nærutvalg øst").name("Nærutvalget Øst").kind(CommitteeKinds.NO_LOCAL)
        .term(Term.fourYearsFrom(LocalDate.of(2023, 10, 15)))
        .addMemberships(Membership.of(chair, Role.CHAIR, ap), Membership.of(member, Role.MEMBER, ap),
            Membership.of(third, Role.MEMBER, ap))
        .addMembership(Membership.builder().person(resident).role(Role.MEMBER)
            .representation(Representation.of(RepresentationKind.RESIDENT)).build())
        .build();
    CaseNumberContext context = CaseNumberContext.forScheme(CaseNumberScheme.NO_CASE, 2025);
    AgendaItem open = AgendaItem.builder().number("PS 12/25").title("Trafikksikkerhet ved skolen")
        .caseNumber("2025/1234", context).kind(ItemKind.DECISION).recommendation("Tiltakene vedtas.")
        .decision("Vedtatt som innstilt.")
        .addAttachment(Attachment.of("Kart over skoleveien", "application/pdf", new byte[] {1, 2, 3}))
        .addAttachment(Attachment.of("Uttalelse fra foreldre", "application/pdf", new byte[] {4, 5})
            .withExemption("offentleglova § 13"))
        .build();
    AgendaItem closed = AgendaItem.builder().number("PS 13/25").title("Klage på vedtak om skoleskyss for Ola Olsen")
        .caseNumber("2025/2000", context).kind(ItemKind.DECISION).description("Saksframstilling om eleven.")
        .decision("Klagen tas til følge.").closure(Closure.of(ClosureGround.NO_KL_11_5_2_B, true))
        .addAttachment(Attachment.titled("Sakkyndig vurdering"))
        .build();
    Meeting meeting = Meeting.builder().id("øst-2025-06-04").committeeId(committee.id()).number("3/2025")
        .startIn(norway, LocalDateTime.of(2025, 6, 4, 18, 0))
        .end(LocalDateTime.of(2025, 6, 4, 20, 0).atZone(norway.zone())).place("Grendehuset, Østveien 1")
        .state(MeetingState.HELD).sequence(2)
        .addAttendance(Attendance.present(chair), Attendance.present(member), Attendance.present(resident),
            Attendance.absent(third))
        .addAgendaItems(open, closed).build();
    Case schoolRoad = Case.of(CaseNumber.parse("2025/1234", context), "Trafikksikkerhet ved skolen")
        .withStep(CaseStep.of(committee.id(), LocalDate.of(2025, 6, 4), CaseRole.DECIDING,
            CaseNumber.parse("PS 12/25", CaseNumberContext.forScheme(CaseNumberScheme.NO_MEETING_CASE, 2025))));
    return Proceedings.builder().municipality(DRAMMEN).addCommittee(committee).addMeeting(meeting).addCase(schoolRoad)
        .build();
  }

  /** A generated meeting as proceedings, with a case for each distinct case number on its agenda. */
  static Proceedings generated(MeetingRecord record, RandomGenerator random) {
    boolean norway = record.jurisdictionId().equals("NO");
    MunicipalityRef municipality = norway ? DRAMMEN : HOLBAEK;
    Map<CaseNumber, Case> cases = new LinkedHashMap<>();
    Meeting meeting = record.meeting();
    LocalDate day = meeting.start().toLocalDate();
    for (AgendaItem item : meeting.agendaItems()) {
      if (item.caseNumber().isEmpty() || cases.containsKey(item.caseNumber().get()) || random.nextInt(4) == 0) {
        continue;
      }
      Case paper = Case.of(item.caseNumber().get(), "Sak om " + item.title());
      if (random.nextBoolean()) {
        paper = paper.withStep(CaseStep.of("administrasjonsutvalget", day.minusDays(14), CaseRole.PREPARING));
      }
      CaseRole role = item.kind().isDecision() ? CaseRole.DECIDING : CaseRole.DISCUSSING;
      if (norway && random.nextBoolean()) {
        CaseNumber meetingCase = CaseNumber.parse("PS " + (1 + random.nextInt(200)) + "/" + (day.getYear() % 100),
            CaseNumberContext.forScheme(CaseNumberScheme.NO_MEETING_CASE, day.getYear()));
        paper = paper.withStep(CaseStep.of(meeting.committeeId(), day, role, meetingCase));
      } else {
        paper = paper.withStep(CaseStep.of(meeting.committeeId(), day, role));
      }
      cases.put(paper.caseNumber(), paper);
    }
    return Proceedings.builder().from(Proceedings.of(municipality, record)).addAllCases(cases.values()).build();
  }
}
