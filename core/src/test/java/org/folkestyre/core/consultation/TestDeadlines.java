package org.folkestyre.core.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.jurisdiction.HolidayCalendar;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;

/** Worked examples of the deadline arithmetic and of the kinds of consultation. */
class TestDeadlines {
  private static final HolidayCalendar NO = Jurisdiction.norway().holidayCalendar();
  private static final HolidayCalendar DK = Jurisdiction.denmark().holidayCalendar();

  /** The built-in rule a kind names. */
  private static Rule<?> rule(ConsultationKind kind) {
    String id = kind.ruleId().orElseThrow();
    return RulePacks.allRules().stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no built-in rule " + id));
  }

  @Test
  void kommuneplanOpeningOn24March2026_closesOn5May() {
    assertEquals(LocalDate.of(2026, 5, 5),
        Deadlines.earliestClose(ConsultationKind.NO_KOMMUNEPLAN, LocalDate.of(2026, 3, 24), NO));
    assertEquals(Period.ofWeeks(6), ConsultationKind.NO_KOMMUNEPLAN.minimumPeriod());
    assertEquals("NO-PBL-11-14-KP-HEARING", ConsultationKind.NO_KOMMUNEPLAN.ruleId().orElseThrow());
    assertEquals("plan- og bygningsloven § 11-14 (LOV-2008-06-27-71)",
        rule(ConsultationKind.NO_KOMMUNEPLAN).citation().toString());
  }

  @Test
  void danishLokalplan_fourWeeks_andTheOtherDanishKinds() {
    LocalDate opens = LocalDate.of(2026, 3, 24);
    assertEquals(LocalDate.of(2026, 4, 21), Deadlines.earliestClose(ConsultationKind.DK_LOKALPLAN, opens, DK));
    assertEquals(LocalDate.of(2026, 4, 7), Deadlines.earliestClose(ConsultationKind.DK_LOKALPLAN_MINOR, opens, DK));
    assertEquals(LocalDate.of(2026, 4, 21), Deadlines.earliestClose(ConsultationKind.DK_KOMMUNEPLAN_MINOR, opens, DK));
    assertEquals(LocalDate.of(2026, 5, 19), Deadlines.earliestClose(ConsultationKind.DK_KOMMUNEPLAN, opens, DK));
    assertEquals("DK-PLANL-24-HEARING", ConsultationKind.DK_LOKALPLAN.ruleId().orElseThrow());
    assertEquals("planloven § 24", rule(ConsultationKind.DK_LOKALPLAN).citation().toString());
  }

  @Test
  void aDeadlineOnMaundyThursday_movesPastEaster() {
    // 2026: Maundy Thursday 2 April, Good Friday 3 April, Easter Monday 6 April, in both countries.
    assertEquals(LocalDate.of(2026, 4, 7),
        Deadlines.earliestClose(ConsultationKind.NO_KOMMUNEPLAN, LocalDate.of(2026, 2, 19), NO));
    assertEquals(LocalDate.of(2026, 4, 7),
        Deadlines.earliestClose(ConsultationKind.DK_LOKALPLAN, LocalDate.of(2026, 3, 5), DK));
  }

  @Test
  void aDeadlineOn17May_movesToTheNextWorkingDay() {
    // 17 May 2029 is a Thursday: Constitution Day in Norway, an ordinary day in Denmark.
    LocalDate opens = LocalDate.of(2029, 4, 5);
    assertEquals(LocalDate.of(2029, 5, 18), Deadlines.earliestClose(ConsultationKind.NO_REGULERINGSPLAN, opens, NO));
    assertEquals(LocalDate.of(2029, 5, 17), Deadlines.earliestClose(Period.ofWeeks(6), opens, DK));
    // 17 May 2026 is a Sunday.
    assertEquals(LocalDate.of(2026, 5, 18),
        Deadlines.earliestClose(ConsultationKind.NO_PLANPROGRAM, LocalDate.of(2026, 4, 5), NO));
  }

  @Test
  void aDeadlineOnAWeekend_movesToMonday() {
    // Saturday 6 June 2026 is six weeks after Saturday 25 April.
    assertEquals(LocalDate.of(2026, 6, 8),
        Deadlines.earliestClose(ConsultationKind.NO_KOMMUNEPLAN, LocalDate.of(2026, 4, 25), NO));
  }

  @Test
  void stateHearings_sixWeeksAtLeast_threeMonthsNormally() {
    LocalDate opens = LocalDate.of(2026, 3, 24);
    assertEquals(LocalDate.of(2026, 5, 5), Deadlines.earliestClose(ConsultationKind.NO_STATE, opens, NO));
    assertEquals(LocalDate.of(2026, 6, 24), Deadlines.normalClose(ConsultationKind.NO_STATE, opens, NO));
    assertEquals(Period.ofMonths(3), ConsultationKind.NO_STATE.normalPeriod());
    assertEquals(LocalDate.of(2026, 5, 5), Deadlines.normalClose(ConsultationKind.NO_KOMMUNEPLAN, opens, NO));
    // 30 November plus 3 months is the last day of February.
    assertEquals(LocalDate.of(2027, 3, 1),
        Deadlines.normalClose(ConsultationKind.NO_STATE, LocalDate.of(2026, 11, 30), NO));
  }

  @Test
  void voluntaryConsultations_haveNoLegalMinimum() {
    assertFalse(ConsultationKind.VOLUNTARY.hasLegalMinimum());
    assertTrue(ConsultationKind.VOLUNTARY.ruleId().isEmpty());
    assertEquals(LocalDate.of(2026, 3, 24),
        Deadlines.earliestClose(ConsultationKind.VOLUNTARY, LocalDate.of(2026, 3, 24), NO));
    assertEquals(LocalDate.of(2026, 3, 30),
        Deadlines.earliestClose(ConsultationKind.VOLUNTARY, LocalDate.of(2026, 3, 28), NO));
    assertTrue(ConsultationKind.VOLUNTARY.appliesTo(Jurisdiction.denmark()));
  }

  @Test
  void negativePeriods_areRejected() {
    assertThrows(InvalidValueException.class,
        () -> Deadlines.earliestClose(Period.ofDays(-1), LocalDate.of(2026, 3, 24), NO));
  }

  @Test
  void periods_inIsoFormAndInWords() {
    assertEquals("P6W", Deadlines.isoPeriod(Period.ofWeeks(6)));
    assertEquals("P2W", Deadlines.isoPeriod(Period.ofWeeks(2)));
    assertEquals("P3M", Deadlines.isoPeriod(Period.ofMonths(3)));
    assertEquals("P10D", Deadlines.isoPeriod(Period.ofDays(10)));
    assertEquals("P0D", Deadlines.isoPeriod(Period.ZERO));
    assertEquals("6 uker", Deadlines.describe(Period.ofWeeks(6), Language.NB));
    assertEquals("6 veker", Deadlines.describe(Period.ofWeeks(6), Language.NN));
    assertEquals("8 uger", Deadlines.describe(Period.ofWeeks(8), Language.DA));
    assertEquals("3 months", Deadlines.describe(Period.ofMonths(3), Language.EN));
    assertEquals("1 month, 1 day", Deadlines.describe(Period.of(0, 1, 1), Language.EN));
    assertEquals("1 uge", Deadlines.describe(Period.ofWeeks(1), Language.DA));
    assertEquals("0 days", Deadlines.describe(Period.ZERO, Language.EN));
  }

  @Test
  void kindsByJurisdiction_andLookUpByTheirIds() {
    assertEquals(List.of("planprogram", "reguleringsplan-planprogram", "kommuneplan", "reguleringsplan", "state"),
        ConsultationKind.legalKinds(Jurisdiction.norway()).stream().map(ConsultationKind::id).toList());
    assertEquals(List.of("kommuneplan", "kommuneplan-minor", "lokalplan", "lokalplan-minor"),
        ConsultationKind.legalKinds(Jurisdiction.denmark()).stream().map(ConsultationKind::id).toList());
    assertEquals(ConsultationKind.DK_KOMMUNEPLAN, ConsultationKind.of(Jurisdiction.denmark(), " Kommuneplan "));
    assertEquals(ConsultationKind.NO_KOMMUNEPLAN, ConsultationKind.of(Jurisdiction.norway(), "kommuneplan"));
    assertEquals(ConsultationKind.VOLUNTARY, ConsultationKind.of(Jurisdiction.norway(), "voluntary"));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ConsultationKind.of(Jurisdiction.norway(), "lokalplan"));
    assertEquals("Invalid kind 'lokalplan': is not a consultation kind of NO; kinds: planprogram,"
        + " reguleringsplan-planprogram, kommuneplan, reguleringsplan, state, voluntary", e.getMessage());
  }

  @Test
  void everyLegalKind_hasAWeeklyMinimumItsRuleChecks() {
    for (ConsultationKind kind : ConsultationKind.values()) {
      if (kind.hasLegalMinimum()) {
        assertEquals(0, kind.minimumPeriod().getDays() % 7, kind.name());
        assertTrue(kind.minimumPeriod().getDays() >= 14, kind.name());
        assertEquals(Consultation.class, rule(kind).subjectType(), kind.name());
        LocalDate day = LocalDate.of(2026, 1, 31);
        assertFalse(day.plus(kind.normalPeriod()).isBefore(day.plus(kind.minimumPeriod())), kind.name());
      }
    }
  }
}
