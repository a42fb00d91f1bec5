package org.folkestyre.toolkit.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.folkestyre.toolkit.activity.TestActivity.dialogue;
import static org.folkestyre.toolkit.activity.TestActivity.input;
import static org.folkestyre.toolkit.activity.TestActivity.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.folkestyre.core.consultation.Consultation;
import org.folkestyre.core.consultation.ConsultationKind;
import org.folkestyre.core.consultation.ConsultationState;
import org.folkestyre.core.consultation.StateChange;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.AnnualBudget;
import org.folkestyre.core.municipality.District;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** {@link ActivityPlan} on Drammen's districts as formed in 2020, each with NOK 50,000 for participation. */
class TestActivityPlan {
  private static final Year Y2020 = Year.of(2020);
  /** The seed's figure: NOK 50,000 per district in 2020, in øre. */
  private static final long BUDGET_ORE = 5_000_000L;
  private static final String KONNERUD = "Konnerud og Skoger vest";

  private final Municipality drammen = ReferenceData.drammen2020();
  private final ActivityPlan empty = ActivityPlan.of(drammen);

  // --- budgets ---

  @Test
  void everyDrammenDistrictHasFiftyThousandKronerIn2020() {
    assertEquals(10, drammen.districts().size());
    for (District district : drammen.districts()) {
      assertEquals(BUDGET_ORE, empty.districtBudget(district.name(), Y2020).orElseThrow().minorUnits());
      assertTrue(empty.districtBudget(district.name(), Year.of(2021)).isEmpty());
    }
    assertEquals(50_000_000L, empty.budgetReport(Y2020).totalBudget().minorUnits(),
        "ten districts of NOK 50,000: NOK 500,000");
  }

  // --- the safe API ---

  @Test
  void theWholeBudgetCanBePlannedButNotOneOreMore() {
    ActivityPlan plan = empty.withActivity(dialogue().cost(Money.ofMinor(Money.NOK, 3_000_000)).build())
        .withActivity(dialogue().id("konnerud-verksted").methodId("future-workshop")
            .cost(Money.ofMinor(Money.NOK, 2_000_000)).build());
    DistrictBudgetReport line = plan.districtReport(KONNERUD, Y2020);
    assertEquals(BUDGET_ORE, line.planned().minorUnits());
    assertEquals(0L, line.remaining().orElseThrow().minorUnits());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> plan.withActivity(
        dialogue().id("konnerud-stand").methodId("pop-up-stand").cost(Money.ofMinor(Money.NOK, 1)).build()));
    assertEquals("activity.cost", e.field());
    assertTrue(e.getMessage().contains("Konnerud og Skoger vest"), e.getMessage());
    assertTrue(e.getMessage().contains("NOK 50000.00"), e.getMessage());
    assertTrue(e.getMessage().contains(ActivityRulePack.BUDGET), e.getMessage());
  }

  @Test
  void anActivityOverTheWholeBudgetIsRefused() {
    Activity tooDear = dialogue().cost(Money.ofMajor(Money.NOK, 50_001)).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> empty.withActivity(tooDear));
    assertTrue(e.getMessage().contains("remaining NOK 50000.00"), e.getMessage());
  }

  @Test
  void anActivityWithoutABudgetIsRefused() {
    Activity next = dialogue().start(LocalDate.of(2021, 3, 1)).end(LocalDate.of(2021, 3, 1)).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> empty.withActivity(next));
    assertTrue(e.getMessage().contains(ActivityRulePack.FUNDED), e.getMessage());
    assertThrows(InvalidValueException.class, () -> empty.withActivity(wide(1).build()),
        "no municipal budget is set");
  }

  @Test
  void aReportMayFreeOrUseTheBudget() {
    ActivityPlan plan = empty.withActivity(dialogue().cost(Money.ofMajor(Money.NOK, 30_000)).build())
        .withActivity(dialogue().id("konnerud-verksted").cost(Money.ofMajor(Money.NOK, 20_000)).build());
    ActivityPlan cheaper = plan.withReport("KONNERUD-DIALOG", report(LocalDate.of(2020, 9, 16), 25_000).build());
    DistrictBudgetReport line = cheaper.districtReport("konnerud og skoger vest", Y2020);
    assertEquals(5_000_000L, line.planned().minorUnits());
    assertEquals(2_500_000L, line.spent().minorUnits());
    assertEquals(4_500_000L, line.committed().minorUnits());
    assertEquals(500_000L, line.remaining().orElseThrow().minorUnits());
    assertEquals(1, line.reported());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> plan.withReport("konnerud-dialog", report(LocalDate.of(2020, 9, 16), 30_001).build()));
    assertEquals("activity.report.spent", e.field());
    assertThrows(InvalidValueException.class,
        () -> plan.withReport("no-such-activity", report(LocalDate.of(2020, 9, 16), 0).build()));
  }

  @Test
  void municipalityWideActivitiesDrawOnTheMunicipalBudget() {
    ActivityPlan plan = ActivityPlan.builder().from(empty)
        .addMunicipalBudget(AnnualBudget.of(Y2020, Money.ofMajor(Money.NOK, 100_000))).build()
        .withActivity(wide(60_000).build())
        .withActivity(dialogue().cost(Money.ofMajor(Money.NOK, 50_000)).build());
    assertEquals(4_000_000L, plan.municipalReport(Y2020).remaining().orElseThrow().minorUnits());
    assertEquals(0L, plan.districtReport(KONNERUD, Y2020).remaining().orElseThrow().minorUnits());
    assertThrows(InvalidValueException.class, () -> plan.withActivity(wide(40_001).id("folkemote-2").build()));
    BudgetReport report = plan.budgetReport(Y2020);
    assertEquals(11, report.lines().size());
    assertTrue(report.municipal().orElseThrow().isMunicipal());
    assertEquals(11_000_000L, report.totalPlanned().minorUnits());
    assertEquals(60_000_000L, report.totalBudget().minorUnits());
  }

  // --- structure ---

  @Test
  void anActivityNamesADistrictOfTheMunicipality() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> empty.withActivity(dialogue().district("Gulskogen nord").build()));
    assertEquals("activity.district", e.field());
    assertTrue(e.getMessage().contains("Bragernes og Øren"), e.getMessage());
  }

  @Test
  void idsAreUniqueInAPlan() {
    ActivityPlan plan = empty.withActivity(dialogue().cost(Money.ofMinor(Money.NOK, 0)).build());
    assertThrows(InvalidValueException.class,
        () -> plan.withActivity(dialogue().id("Konnerud-Dialog").cost(Money.ofMinor(Money.NOK, 0)).build()));
    assertThrows(InvalidValueException.class,
        () -> ActivityPlan.builder().from(plan).addActivity(dialogue().id("KONNERUD-DIALOG").build()).build());
  }

  @Test
  void amountsAreInTheMunicipalitysCurrency() {
    assertThrows(InvalidValueException.class,
        () -> empty.withActivity(dialogue().cost(Money.ofMajor(Money.DKK, 10)).build()));
    assertThrows(InvalidValueException.class, () -> ActivityPlan.builder().from(empty)
        .addMunicipalBudget(AnnualBudget.of(Y2020, Money.ofMajor(Money.DKK, 10))).build());
  }

  @Test
  void theBuilderBuildsAnOverspentPlanSoThatItCanBeValidated() {
    ActivityPlan overspent = ActivityPlan.builder().from(empty)
        .addActivity(dialogue().cost(Money.ofMajor(Money.NOK, 60_000)).build()).build();
    DistrictBudgetReport line = overspent.districtReport(KONNERUD, Y2020);
    assertTrue(line.isOverspent());
    assertEquals(-1_000_000L, line.remaining().orElseThrow().minorUnits());
    assertEquals(List.of(line), overspent.budgetReport(Y2020).overspent());
  }

  // --- inputs feed a consultation ---

  @Test
  void theInputsOfAReportBecomeSubmissionsOfAConsultation() {
    ActivityReport report = report(LocalDate.of(2020, 9, 16), 18_000).addInput(input("innspill-1"))
        .addInput(input("innspill-2")).feedback("Oppsummeringen er sendt til deltakerne.").build();
    Consultation consultation = Consultation.builder().id("knutepunkt-konnerud").subject("Knutepunkt Konnerud")
        .jurisdiction(Jurisdiction.norway()).kind(ConsultationKind.VOLUNTARY).opens(LocalDate.of(2020, 9, 1))
        .closes(LocalDate.of(2020, 10, 15))
        .addHistory(StateChange.to(ConsultationState.OPEN, Instant.parse("2020-09-01T08:00:00Z"))).build();
    Consultation fed = report.feed(consultation);
    assertEquals(report.inputs(), fed.submissions());
    assertThrows(InvalidValueException.class, () -> report.feed(fed), "an input is never received twice");
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> empty.withActivity(null));
    assertEquals("activity", e.getMessage());
    assertThrows(NullPointerException.class, () -> empty.budgetReport(null));
    assertThrows(NullPointerException.class, () -> empty.withReport(null, report(LocalDate.of(2020, 9, 16), 0).build()));
    assertThrows(NullPointerException.class, () -> dialogue().district((String) null));
  }

  private static Activity.Builder wide(long kroner) {
    Activity.Builder builder = Activity.builder();
    builder.id("folkemote").title("Folkemøte om kommuneplanen").methodId("public-meeting")
        .start(LocalDate.of(2020, 10, 1)).end(LocalDate.of(2020, 10, 1)).coordinator("Medvirkningsrådgiver")
        .cost(Money.ofMajor(Money.NOK, kroner));
    return builder;
  }
}
