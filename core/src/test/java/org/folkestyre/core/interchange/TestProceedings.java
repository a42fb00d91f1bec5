package org.folkestyre.core.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.Gender;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.Case;
import org.folkestyre.core.meeting.CaseNumber;
import org.folkestyre.core.meeting.CaseNumberContext;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.MunicipalityRef;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** Proceedings: what they hold and the structural invariants checked when they are built. */
class TestProceedings {
  private static final MunicipalityRef HOLBAEK = MunicipalityRef.of("Holbæk", MunicipalityCode.of(Jurisdiction.denmark(), "316"));
  private static final MunicipalityRef DRAMMEN = MunicipalityRef.of("Drammen", MunicipalityCode.of(Jurisdiction.norway(), "3301"));

  @Test
  void ofRecord_holdsTheCommitteeAndTheMeeting() {
    MeetingRecord record = ReferenceData.holbaekMeeting2015();
    Proceedings proceedings = Proceedings.of(HOLBAEK, record);
    assertEquals(Jurisdiction.denmark(), proceedings.jurisdiction());
    assertEquals(record.committee(), proceedings.committee("demokratieksperimentariet").orElseThrow());
    assertEquals(1, proceedings.meetingsOf("demokratieksperimentariet").size());
    assertEquals(record, proceedings.records().get(0));
  }

  @Test
  void ofBodies_namesTheMunicipalityByItsCurrentCode_andKnowsWhoIsAnElectedOfficial() {
    Proceedings drammen = Proceedings.of(ReferenceData.drammenBodies2019());
    assertEquals("3301", drammen.municipality().code().value());
    assertEquals(20, drammen.committees().size());
    Committee local = drammen.committees().stream().filter(c -> c.district().isPresent()).findFirst().orElseThrow();
    Membership politician = local.memberships().get(0);
    Membership resident = local.memberships().get(local.memberships().size() - 1);
    assertTrue(drammen.isElectedOfficial(politician.person().id()));
    assertFalse(drammen.isElectedOfficial(resident.person().id()));
    assertFalse(drammen.parties().isEmpty());
  }

  @Test
  void rejects_aMeetingOfAnUnknownCommittee_andMeetingsOutsideTheZone() {
    MeetingRecord record = ReferenceData.holbaekMeeting2015();
    Meeting stray = Meeting.builder().from(record.meeting()).committeeId("okonomiudvalget").build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Proceedings.builder().municipality(HOLBAEK).addCommittee(record.committee()).addMeeting(stray).build());
    assertEquals("meetings[0].committeeId", e.field());
    e = assertThrows(InvalidValueException.class, () -> Proceedings.of(DRAMMEN, record));
    assertEquals("committees[0].kind", e.field());
  }

  @Test
  void rejects_duplicates_andOneIdForTwoPersons() {
    MeetingRecord record = ReferenceData.holbaekMeeting2015();
    assertEquals("committees[1].id", assertThrows(InvalidValueException.class, () -> Proceedings.builder()
        .municipality(HOLBAEK).addCommittees(record.committee(), record.committee()).build()).field());
    assertEquals("meetings[1].id", assertThrows(InvalidValueException.class, () -> Proceedings.builder()
        .municipality(HOLBAEK).addCommittee(record.committee()).addMeetings(record.meeting(), record.meeting()).build())
        .field());
    Case paper = Case.of(CaseNumber.parse("13/37262", CaseNumberContext.of(Jurisdiction.denmark(), 2015)), "Sag");
    assertEquals("cases[1].caseNumber", assertThrows(InvalidValueException.class,
        () -> Proceedings.builder().municipality(HOLBAEK).addCases(paper, paper).build()).field());
    Person anne = Person.of("p1", "Anne", Gender.FEMALE, LocalDate.of(1970, 1, 1));
    Person other = Person.of("p1", "Berit", Gender.FEMALE, LocalDate.of(1971, 1, 1));
    Committee first = Committee.builder().from(record.committee()).id("a").addMembership(
        Membership.of(anne, org.folkestyre.core.committee.Role.MEMBER, org.folkestyre.core.committee.Party.of("V", "Venstre")))
        .build();
    Committee second = Committee.builder().from(record.committee()).id("b").addMembership(
        Membership.of(other, org.folkestyre.core.committee.Role.MEMBER, org.folkestyre.core.committee.Party.of("V", "Venstre")))
        .build();
    assertEquals("committees[1].memberships[0].person", assertThrows(InvalidValueException.class,
        () -> Proceedings.builder().municipality(HOLBAEK).addCommittees(first, second).build()).field());
  }
}
