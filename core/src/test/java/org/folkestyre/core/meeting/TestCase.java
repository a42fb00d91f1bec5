package org.folkestyre.core.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestCase {
  private static final CaseNumberContext NORWAY = CaseNumberContext.of(Jurisdiction.norway(), 2024);
  private static final CaseNumberContext DENMARK = CaseNumberContext.of(Jurisdiction.denmark(), 2024);
  private static final CaseNumber SAKSNUMMER = CaseNumber.parse("2017/11256", NORWAY);
  private static final LocalDate FEB_7 = LocalDate.of(2017, 2, 7);
  private static final LocalDate FEB_21 = LocalDate.of(2017, 2, 21);

  /** Holbæk's vote-promotion case from the minutes of 24 March 2015: discussed, recommended, decided. */
  @Test
  void danishCase_fromTheHolbaekMinutes() {
    Case sag = Case.builder()
        .caseNumber(CaseNumber.parse("15/10481", DENMARK))
        .title("Drøftelse af Holbæk Kommunes valgfremmeindsats")
        .kleCode(KleCode.parse("00.22.04-P35"))
        .addStep(CaseStep.of("okonomiudvalget", LocalDate.of(2015, 3, 3), CaseRole.DISCUSSING))
        .addStep(CaseStep.of("demokratieksperimentariet", LocalDate.of(2015, 3, 24), CaseRole.PREPARING))
        .addStep(CaseStep.of("okonomiudvalget", LocalDate.of(2015, 4, 14), CaseRole.PREPARING))
        .addStep(CaseStep.of("byradet", LocalDate.of(2015, 4, 29), CaseRole.DECIDING))
        .build();
    assertEquals(CaseNumberScheme.DK_YEAR_SEQUENCE, sag.caseNumber().scheme());
    assertEquals(2, sag.stepsOf("okonomiudvalget").size());
    assertEquals("byradet", sag.finalDecision().orElseThrow().committeeId());
    assertEquals("15/10481 Drøftelse af Holbæk Kommunes valgfremmeindsats", sag.toString());
  }

  @Test
  void norwegianCase_withMeetingCaseNumbers() {
    CaseStep formannskap = CaseStep.of("formannskapet", FEB_7, CaseRole.PREPARING, CaseNumber.parse("PS 6/17", NORWAY));
    CaseStep kommunestyre = CaseStep.of("kommunestyret", FEB_21, CaseRole.DECIDING,
        CaseNumber.parse("PS 12/17", NORWAY));
    Case sak = Case.of(SAKSNUMMER, "Reguleringsplan for Sentrum").withStep(formannskap).withStep(kommunestyre);
    assertEquals(List.of(formannskap, kommunestyre), sak.steps());
    assertEquals(List.of(kommunestyre), sak.decisions());
    assertEquals("2017-02-07 formannskapet PREPARING PS 6/17", formannskap.toString());
  }

  @Test
  void noSteps_isAllowed() {
    Case sak = Case.of(SAKSNUMMER, "Ny sak");
    assertEquals(List.of(), sak.steps());
    assertEquals(Optional.empty(), sak.finalDecision());
  }

  @Test
  void title_isNormalisedToNfcAndTrimmed() {
    Case sak = Case.of(SAKSNUMMER, "  Ra\u030Adhusplassen  ");
    assertEquals("R\u00E5dhusplassen", sak.title());
    assertEquals(sak, Case.of(SAKSNUMMER, "Rådhusplassen"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Budsjett\u00002024", "Budsjett\n2024", "Budsjett \u202E2024"})
  void title_blankOrWithControlCharacters_isRejected(String title) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Case.of(SAKSNUMMER, title));
    assertEquals("case.title", e.field());
    assertEquals(title, e.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2011/3869-8", "25367/2011", "PS 6/17"})
  void caseNumber_thatDoesNotIdentifyACase_isRejected(String text) {
    CaseNumber number = CaseNumber.parse(text, NORWAY);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Case.of(number, "Sak"));
    assertEquals("case.caseNumber", e.field());
    assertEquals(text, e.value());
    assertTrue(e.rule().startsWith("is a " + number.scheme() + ", which does not identify a case"), e.rule());
  }

  @Test
  void steps_outOfDateOrder_areRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Case.of(SAKSNUMMER, "Sak")
        .withStep(CaseStep.of("kommunestyret", FEB_21, CaseRole.DECIDING))
        .withStep(CaseStep.of("formannskapet", FEB_7, CaseRole.PREPARING)));
    assertEquals("case.steps[1].date", e.field());
    assertEquals("2017-02-07", e.value());
    assertEquals("is before the date of the previous step 2017-02-21; steps are in date order", e.rule());
  }

  @Test
  void steps_onTheSameDay_keepTheirOrder() {
    Case sak = Case.of(SAKSNUMMER, "Sak")
        .withStep(CaseStep.of("formannskapet", FEB_7, CaseRole.PREPARING))
        .withStep(CaseStep.of("kommunestyret", FEB_7, CaseRole.DECIDING));
    assertEquals("formannskapet", sak.steps().get(0).committeeId());
  }

  @Test
  void secondDecisionOfTheSameBody_isRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Case.of(SAKSNUMMER, "Sak")
        .withStep(CaseStep.of("kommunestyret", FEB_7, CaseRole.DECIDING))
        .withStep(CaseStep.of("formannskapet", FEB_7, CaseRole.DECIDING))
        .withStep(CaseStep.of("kommunestyret", FEB_21, CaseRole.DECIDING)));
    assertEquals("case.steps[2].role", e.field());
    assertEquals("DECIDING", e.value());
    assertEquals("'kommunestyret' already decided the case on 2017-02-07 (steps[0]); a body decides a case at most once",
        e.rule());
  }

  @Test
  void sameBody_mayPrepareDiscussAndBeInformedRepeatedly() {
    Case sak = Case.of(SAKSNUMMER, "Sak")
        .withStep(CaseStep.of("formannskapet", FEB_7, CaseRole.DISCUSSING))
        .withStep(CaseStep.of("formannskapet", FEB_21, CaseRole.PREPARING))
        .withStep(CaseStep.of("formannskapet", FEB_21.plusDays(14), CaseRole.FOR_INFORMATION))
        .withStep(CaseStep.of("formannskapet", FEB_21.plusDays(28), CaseRole.FOR_INFORMATION));
    assertEquals(4, sak.stepsOf("formannskapet").size());
  }

  @Test
  void sameStepTwice_isRejected() {
    CaseStep step = CaseStep.of("formannskapet", FEB_7, CaseRole.PREPARING);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Case.of(SAKSNUMMER, "Sak").withStep(step).withStep(step));
    assertEquals("case.steps[1]", e.field());
    assertEquals("is listed twice", e.rule());
  }

  @Test
  void step_meetingCaseNumberOfAnotherScheme_isRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CaseStep.of("formannskapet", FEB_7, CaseRole.PREPARING, SAKSNUMMER));
    assertEquals("step.meetingCaseNumber", e.field());
    assertEquals("2017/11256", e.value());
    assertEquals("is a NO_CASE, not a NO_MEETING_CASE", e.rule());
  }

  @Test
  void step_committeeId_isNormalisedAndMustNotBeBlank() {
    assertEquals("formannskapet", CaseStep.of(" formannskapet ", FEB_7, CaseRole.PREPARING).committeeId());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CaseStep.of(" ", FEB_7, CaseRole.PREPARING));
    assertEquals("step.committeeId", e.field());
  }

  @Test
  void roles_onlyDecidingIsADecision() {
    for (CaseRole role : CaseRole.values()) {
      assertEquals(role == CaseRole.DECIDING, role.isDecision(), role.name());
    }
  }
}
