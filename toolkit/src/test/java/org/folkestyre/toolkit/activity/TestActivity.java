package org.folkestyre.toolkit.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.folkestyre.core.consultation.Channel;
import org.folkestyre.core.consultation.RespondentKind;
import org.folkestyre.core.consultation.Submission;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.junit.jupiter.api.Test;

/** {@link Activity} and {@link ActivityReport}: their structural invariants. */
class TestActivity {
  private static final LocalDate DAY = LocalDate.of(2020, 9, 15);

  static Activity.Builder dialogue() {
    Activity.Builder builder = Activity.builder();
    builder.method(MethodCatalogue.builtIn().of("dialogue-meeting")).id("konnerud-dialog")
        .title("Dialogmøte om knutepunktet").district("Konnerud og Skoger vest").start(DAY).end(DAY)
        .coordinator("Lokal koordinator Konnerud").cost(Money.ofMajor(Money.NOK, 20_000));
    return builder;
  }

  static ActivityReport.Builder report(LocalDate date, long spentKroner) {
    ActivityReport.Builder builder = ActivityReport.builder();
    builder.date(date).spent(Money.ofMajor(Money.NOK, spentKroner)).participants(35);
    return builder;
  }

  // --- the activity ---

  @Test
  void anActivityDrawsOnTheYearItStartsIn() {
    Activity activity = dialogue().start(LocalDate.of(2020, 12, 30)).end(LocalDate.of(2021, 1, 2)).build();
    assertEquals(Year.of(2020), activity.budgetYear());
    assertEquals("dialogue-meeting", activity.methodId());
    assertEquals(2_000_000L, activity.drawn().minorUnits());
  }

  @Test
  void anActivityEndsOnOrAfterItsStart() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> dialogue().end(DAY.minusDays(1)).build());
    assertEquals("activity.end", e.field());
    assertTrue(e.getMessage().contains("2020-09-14"), e.getMessage());
    assertEquals(DAY, dialogue().end(DAY).build().end());
  }

  @Test
  void aCostIsNotNegative() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> dialogue().cost(Money.ofMinor(Money.NOK, -1)).build());
    assertEquals("activity.cost", e.field());
  }

  @Test
  void namesAreNormalisedAndNotBlank() {
    Activity activity = dialogue().id("  konnerud-dialog ").district(" Konnerud og Skoger vest").build();
    assertEquals("konnerud-dialog", activity.id());
    assertEquals("Konnerud og Skoger vest", activity.district().orElseThrow());
    assertThrows(InvalidValueException.class, () -> dialogue().coordinator(" ").build());
  }

  @Test
  void withoutADistrictAnActivityIsMunicipalityWide() {
    Activity.Builder builder = Activity.builder();
    builder.id("folkemote").title("Folkemøte").methodId("public-meeting").start(DAY).end(DAY)
        .coordinator("Medvirkningsrådgiver").cost(Money.ofMajor(Money.NOK, 10_000));
    assertTrue(builder.build().isMunicipalityWide());
    assertTrue(!dialogue().build().isMunicipalityWide());
  }

  // --- the report ---

  @Test
  void theReportComesAfterTheActivity() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> dialogue().report(report(DAY.minusDays(1), 0).build()).build());
    assertEquals("activity.report.date", e.field());
    Activity reported = dialogue().build().withReport(report(DAY, 18_500).build());
    assertEquals(1_850_000L, reported.drawn().minorUnits(), "a reported activity draws what it spent");
  }

  @Test
  void aReportHasNoNegativeAmountsOrCountsAndUniqueInputs() {
    assertThrows(InvalidValueException.class, () -> report(DAY, -1).build());
    assertThrows(InvalidValueException.class, () -> report(DAY, 0).participants(-1).build());
    Submission input = input("innspill-1");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> report(DAY, 0).addInput(input).addInput(input("INNSPILL-1")).build());
    assertEquals("report.inputs", e.field());
    assertThrows(InvalidValueException.class, () -> report(DAY, 0).feedback("  ").build());
  }

  @Test
  void feedbackKeepsItsLines() {
    ActivityReport report = report(DAY, 0).feedback(" Takk for innspillene.\nOppsummering på nettsiden. ").build();
    assertEquals("Takk for innspillene.\nOppsummering på nettsiden.", report.feedback().orElseThrow());
  }

  static Submission input(String id) {
    Submission.Builder input = Submission.builder();
    input.id(id).respondent(RespondentKind.RESIDENT).channel(Channel.other("dialogue-meeting"))
        .received(Instant.parse("2020-09-15T19:30:00Z")).district("Konnerud og Skoger vest")
        .text("Flere benker ved knutepunktet.");
    return input.build();
  }
}
