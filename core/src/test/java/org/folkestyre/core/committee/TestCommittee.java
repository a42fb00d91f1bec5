package org.folkestyre.core.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestCommittee {
  private static final Term TERM = Term.fourYearsFrom(LocalDate.of(2023, 10, 15));
  private static final Party AP = Party.of("Ap", "Arbeiderpartiet");
  private static final Person KARI = Person.of("kari", "Kari Nordmann", Gender.FEMALE, LocalDate.of(1970, 5, 17));
  private static final Person OLA = Person.of("ola", "Ola Nordmann", Gender.MALE, LocalDate.of(1968, 1, 2));

  @Test
  void samePersonTwice_rejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> committee(
        Membership.of(KARI, Role.CHAIR, AP), Membership.deputy(KARI, 1, AP)));
    assertEquals("committees['utvalg'].memberships[1].person", e.field());
    assertEquals("kari", e.value());
  }

  @Test
  void twoChairs_rejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> committee(
        Membership.of(KARI, Role.CHAIR, AP), Membership.of(OLA, Role.CHAIR, AP)));
    assertTrue(e.rule().contains("already has one"), e.getMessage());
  }

  @Test
  void deputyRankTakenTwiceInOneParty_rejected() {
    Person per = Person.of("per", "Per", Gender.MALE, LocalDate.of(1980, 1, 1));
    assertThrows(InvalidValueException.class, () -> committee(
        Membership.deputy(KARI, 1, AP), Membership.deputy(per, 1, AP)));
  }

  @Test
  void deputyWithoutRank_andMemberWithRank_rejected() {
    assertThrows(InvalidValueException.class, () -> Membership.builder().person(KARI).role(Role.DEPUTY_MEMBER).build());
    assertThrows(InvalidValueException.class, () -> Membership.builder().person(KARI).role(Role.MEMBER).deputyRank(1).build());
  }

  @Test
  void memberBornAfterTheTermStarts_rejected() {
    Person unborn = Person.of("x", "Future Member", Gender.FEMALE, LocalDate.of(2030, 1, 1));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> committee(Membership.of(unborn, Role.MEMBER, AP)));
    assertEquals("committees['utvalg'].memberships[0].person.birthDate", e.field());
    assertEquals("2030-01-01", e.value());
  }

  @Test
  void personName_controlCharacters_rejected_andNfcApplied() {
    assertThrows(InvalidValueException.class, () -> Person.builder().id("a").name("Kari\u202E").build());
    assertEquals("Åse", Person.builder().id("a").name("A\u030ase").build().name());
  }

  @Test
  void term_danishAfterElection_startsOnFirstJanuary() {
    Term term = Term.danishAfterElection(2021);
    assertEquals(LocalDate.of(2022, 1, 1), term.start());
    assertEquals(LocalDate.of(2026, 1, 1), term.end());
    assertThrows(InvalidValueException.class, () -> Term.of(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)));
  }

  @Test
  void bodies_localCommitteeOfUnknownDistrict_rejected() {
    Committee local = Committee.builder().id("naerutvalg-x").name("Nærutvalget X").kind(CommitteeKinds.NO_LOCAL)
        .term(TERM).district("Atlantis").build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> MunicipalBodies.builder()
        .municipality(ReferenceData.drammen2020()).addCommittee(local).build());
    assertEquals("committees[0].district", e.field());
    assertEquals("Atlantis", e.value());
  }

  @Test
  void bodies_danishKindInANorwegianMunicipality_rejected() {
    Committee finance = Committee.builder().id("okonomi").name("Økonomiudvalget").kind(CommitteeKinds.DK_FINANCE)
        .term(TERM).build();
    assertThrows(InvalidValueException.class, () -> MunicipalBodies.builder()
        .municipality(ReferenceData.drammen2020()).addCommittee(finance).build());
  }

  @Test
  void bodies_mayorWithoutSeat_rejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> MunicipalBodies.builder()
        .municipality(ReferenceData.drammen2020()).addCommittee(committee(Membership.of(KARI, Role.CHAIR, AP)))
        .mayor(OLA).build());
    assertEquals("mayor", e.field());
  }

  @Test
  void bodies_duplicateCommitteeIds_rejected() {
    Committee one = committee(Membership.of(KARI, Role.CHAIR, AP));
    assertThrows(InvalidValueException.class, () -> MunicipalBodies.builder()
        .municipality(ReferenceData.drammen2020()).addCommittee(one).addCommittee(one).build());
  }

  @Test
  void committeeKinds_lookUpAndJurisdiction() {
    assertEquals(CommitteeKinds.NO_EXECUTIVE, CommitteeKinds.of("no-executive"));
    assertEquals("formannskap", CommitteeKinds.NO_EXECUTIVE.names().get(org.folkestyre.core.Language.NB));
    assertEquals(13, CommitteeKinds.forJurisdiction(org.folkestyre.core.jurisdiction.Jurisdiction.norway()).size());
    assertEquals(8, CommitteeKinds.forJurisdiction(org.folkestyre.core.jurisdiction.Jurisdiction.denmark()).size());
    assertTrue(!CommitteeKinds.NO_LOCAL.isElectedBody());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CommitteeKinds.of("SE-RIKSDAG"));
    assertTrue(e.getMessage().contains("NO-COUNCIL"));
  }

  @ParameterizedTest
  @CsvSource({"2, 1", "3, 1", "4, 2", "5, 2", "6, 3", "7, 3", "9, 4", "10, 4", "11, 5", "13, 6"})
  void genderRule_minimumPerGender_isFortyPerCentRoundedUp(int seats, int minimum) {
    // kommuneloven § 7-6 (3): from 4 seats each gender at least 40 %; with 2 or 3 both genders
    List<Membership> balanced = new java.util.ArrayList<>();
    for (int i = 0; i < seats; i++) {
      Gender gender = i < minimum ? Gender.FEMALE : Gender.MALE;
      balanced.add(Membership.of(Person.of("m" + i, "M " + i, gender, LocalDate.of(1970, 1, 1)), Role.MEMBER, AP));
    }
    assertEquals(0, violationsOf(balanced));
    List<Membership> skewed = new java.util.ArrayList<>(balanced);
    skewed.set(0, Membership.of(Person.of("m0", "M 0", Gender.MALE, LocalDate.of(1970, 1, 1)), Role.MEMBER, AP));
    assertEquals(1, violationsOf(skewed));
  }

  private static int violationsOf(List<Membership> members) {
    Committee committee = Committee.builder().id("utvalg").name("Utvalg").kind(CommitteeKinds.NO_STANDING).term(TERM)
        .electionMode(ElectionMode.AGREEMENT).memberships(members).build();
    MunicipalBodies bodies = MunicipalBodies.builder().municipality(ReferenceData.drammen2020())
        .addCommittee(committee).build();
    return org.folkestyre.core.governance.Validator.of(List.of(
            org.folkestyre.core.governance.RulePacks.of(org.folkestyre.core.governance.RulePacks.NORWAY)))
        .validate(bodies, org.folkestyre.core.governance.ValidationContext.asOf(LocalDate.of(2023, 11, 1)))
        .violations("NO-KL-7-7-AVTALEVALG").size();
  }

  private static Committee committee(Membership... memberships) {
    return Committee.builder().id("utvalg").name("Utvalg").kind(CommitteeKinds.NO_STANDING).term(TERM)
        .addMemberships(memberships).build();
  }
}
