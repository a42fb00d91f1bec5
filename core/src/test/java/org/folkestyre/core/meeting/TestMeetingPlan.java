package org.folkestyre.core.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** Yearly meeting plans: holidays and Drammen's four meetings of a local committee. */
class TestMeetingPlan {
  private static final Validator DRAMMEN = Validator.forJurisdiction(Jurisdiction.norway(), RulePacks.DRAMMEN_NEIGHBOURHOOD);
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2021, 1, 1));

  private static Committee localCommittee() {
    return ReferenceData.drammenBodies2019().committeesOf(CommitteeKinds.NO_LOCAL).get(0);
  }

  @Test
  void of_sortsTheDates_andFindsThoseOnHolidays() {
    MeetingPlan plan = MeetingPlan.of(localCommittee(), Year.of(2021), List.of(LocalDate.of(2021, 12, 25),
        LocalDate.of(2021, 5, 17), LocalDate.of(2021, 2, 10), LocalDate.of(2021, 9, 8)));
    assertEquals(List.of(LocalDate.of(2021, 2, 10), LocalDate.of(2021, 5, 17), LocalDate.of(2021, 9, 8),
        LocalDate.of(2021, 12, 25)), plan.dates());
    assertEquals(List.of(LocalDate.of(2021, 5, 17), LocalDate.of(2021, 12, 25)),
        plan.datesOnHolidays(Jurisdiction.norway().holidayCalendar()));
    assertEquals(List.of(LocalDate.of(2021, 12, 25)), plan.datesOnHolidays(Jurisdiction.denmark().holidayCalendar()));
  }

  @Test
  void datesOutsideTheYearOrTwice_areRejected() {
    assertThrows(InvalidValueException.class,
        () -> MeetingPlan.of(localCommittee(), Year.of(2021), List.of(LocalDate.of(2022, 1, 5))));
    assertThrows(InvalidValueException.class, () -> MeetingPlan.of(localCommittee(), Year.of(2021),
        List.of(LocalDate.of(2021, 3, 3), LocalDate.of(2021, 3, 3))));
  }

  @Test
  void drammen_aLocalCommitteePlansFourMeetings() {
    List<LocalDate> four = List.of(LocalDate.of(2021, 2, 10), LocalDate.of(2021, 4, 14), LocalDate.of(2021, 9, 8),
        LocalDate.of(2021, 11, 10));
    assertEquals(List.of(), DRAMMEN.validate(MeetingPlan.of(localCommittee(), Year.of(2021), four), CONTEXT)
        .violations());
    List<Violation> violations = DRAMMEN.validate(
        MeetingPlan.of(localCommittee(), Year.of(2021), four.subList(0, 3)), CONTEXT).violations();
    assertEquals(List.of("DRAMMEN-NEIGHBOURHOOD-MEETING-PLAN"), violations.stream().map(Violation::ruleId).toList());
    assertEquals("3", violations.get(0).values().get("meetings"));
    Committee executive = ReferenceData.drammenBodies2019().committeesOf(CommitteeKinds.NO_EXECUTIVE).get(0);
    assertEquals(List.of(), DRAMMEN.validate(MeetingPlan.of(executive, Year.of(2021), four.subList(0, 3)), CONTEXT)
        .violations());
  }
}
