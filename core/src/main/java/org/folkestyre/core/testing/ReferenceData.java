package org.folkestyre.core.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.SplittableRandom;
import org.folkestyre.core.Money;
import org.folkestyre.core.committee.MunicipalBodies;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.AnnualBudget;
import org.folkestyre.core.municipality.CodePeriod;
import org.folkestyre.core.municipality.Coordinator;
import org.folkestyre.core.municipality.District;
import org.folkestyre.core.municipality.Hub;
import org.folkestyre.core.municipality.HubKind;
import org.folkestyre.core.municipality.Merger;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.MunicipalityRef;
import org.folkestyre.core.municipality.Population;

/**
 * Real municipalities for example tests and demonstrations, with the figures their sources give.
 *
 * <p>Drammen: the municipality formed on 1 January 2020 by merging Drammen, Nedre Eiker and
 * Svelvik, with 101,469 inhabitants in the first quarter of 2020, a council of 57, and 10 districts
 * (kommunedeler) under its neighbourhood-democracy scheme. District names are the municipality's
 * official ones; district populations are the 2017 figures of the proposal that drew the
 * districts. The seeds name no hubs or coordinators, so those are placeholders (a community house
 * and a half-time coordinator per district); the budget of NOK 50,000 per district in 2020 is the
 * figure the merger committee proposed.
 */
public final class ReferenceData {
  /** The districts of Drammen in official wording, with their 2017 populations. */
  private static final ImmutableList<Object[]> DRAMMEN_DISTRICTS = ImmutableList.of(
      new Object[] {"Mjøndalen, Åsen og Steinberg", 10_462L},
      new Object[] {"Krokstadelva og Stenseth", 8_019L},
      new Object[] {"Solbergelva, Solbergmoen og Åssiden", 17_734L},
      new Object[] {"Rødskog og Gulskogen", 5_078L},
      new Object[] {"Konnerud og Skoger vest", 10_970L},
      new Object[] {"Strømsø ovenfor Vestfoldbanen; Danvik, Austad og Fjell", 10_431L},
      new Object[] {"Strømsø nedenfor Vestfoldbanen; Grønland, Marienlyst, Brandengen og Tangen", 10_339L},
      new Object[] {"Bragernes og Øren", 13_196L},
      new Object[] {"Skoger, Åskollen og Nesbygda", 7_600L},
      new Object[] {"Svelvik sentrum, Ebbestad og Berger", 5_302L});

  /** The participation budget per district in 2020: NOK 50,000. */
  public static final Money DRAMMEN_BUDGET_2020 = Money.ofMajor(Money.NOK, 50_000);

  private ReferenceData() {}

  /**
   * Returns Drammen's bodies for the term from the autumn of 2019: a council (bystyret) of 57,
   * the executive committee, four main committees, the control committee, the three mandatory
   * councils, and a local committee in each of the 10 districts with 4 politicians (one from each
   * main committee) and 8 residents or members of associations, meeting 4 times a year.
   *
   * <p>The sizes and the local-committee scheme are Drammen's; the persons, parties and the
   * sizes of committees the sources do not give are placeholders, generated from a fixed seed.
   *
   * @return the bodies, valid under {@code NO-KL} and {@code DRAMMEN-NEIGHBOURHOOD}
   */
  public static MunicipalBodies drammenBodies2019() {
    return CommitteeGenerators.norwegianFor(drammen2020(), Year.of(2019)).generate(new SplittableRandom(2019), 0);
  }

  /**
   * Returns Drammen as formed on 1 January 2020, with its 10 districts.
   *
   * @return the municipality
   */
  public static Municipality drammen2020() {
    Jurisdiction norway = Jurisdiction.norway();
    MunicipalityCode old = MunicipalityCode.of(norway, "0602");
    MunicipalityCode merged = MunicipalityCode.of(norway, "3005");
    MunicipalityCode buskerud = MunicipalityCode.of(norway, "3301");
    LocalDate mergerDate = LocalDate.of(2020, 1, 1);
    Municipality.Builder drammen = Municipality.builder()
        .name("Drammen")
        .jurisdiction(norway)
        .addCodePeriod(CodePeriod.of(old, LocalDate.of(1964, 1, 1), mergerDate))
        .addCodePeriod(CodePeriod.of(merged, mergerDate, LocalDate.of(2024, 1, 1)))
        .addCodePeriod(CodePeriod.from(buskerud, LocalDate.of(2024, 1, 1)))
        .population(Population.of(101_469, LocalDate.of(2020, 3, 31)))
        .councilSize(57)
        .formedBy(Merger.of(mergerDate, ImmutableList.of(
            MunicipalityRef.of("Drammen", old),
            MunicipalityRef.of("Nedre Eiker", MunicipalityCode.of(norway, "0625")),
            MunicipalityRef.of("Svelvik", MunicipalityCode.of(norway, "0711")))));
    for (Object[] row : DRAMMEN_DISTRICTS) {
      String name = (String) row[0];
      String shortName = name.split("[,;]| og ")[0].strip();
      drammen.addDistrict(District.builder()
          .name(name)
          .municipality(merged)
          .population(Population.of((Long) row[1], LocalDate.of(2017, 1, 1)))
          .hub(Hub.of("Knutepunkt " + shortName, HubKind.COMMUNITY_HOUSE))
          .coordinator(Coordinator.of("Lokal koordinator " + shortName, 50))
          .addBudget(AnnualBudget.of(Year.of(2020), DRAMMEN_BUDGET_2020))
          .build());
    }
    return drammen.build();
  }
}
