package org.folkestyre.core.internal.rules;

import com.google.common.collect.ImmutableMap;
import java.time.Year;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.governance.Confidence;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.municipality.District;
import org.folkestyre.core.municipality.Municipality;

/**
 * Drammen's neighbourhood-democracy scheme (nærdemokratiordning), adopted for the merged
 * municipality of 2020: 10 districts, each with a hub, a local coordinator and a budget for
 * participation activities.
 */
public final class DrammenRules {
  /** Id: the municipality is divided into 10 districts. */
  public static final String DISTRICTS = "DRAMMEN-NEIGHBOURHOOD-DISTRICTS";
  /** Id: each district has a hub. */
  public static final String HUB = "DRAMMEN-NEIGHBOURHOOD-HUB";
  /** Id: each district has a local coordinator. */
  public static final String COORDINATOR = "DRAMMEN-NEIGHBOURHOOD-COORDINATOR";
  /** Id: each district has a participation budget for the year. */
  public static final String BUDGET = "DRAMMEN-NEIGHBOURHOOD-BUDGET";
  /** The number of districts of the scheme. */
  public static final int DISTRICT_COUNT = 10;

  private DrammenRules() {}

  public static final Rule<Municipality> TEN_DISTRICTS = Rule.builder(DISTRICTS, Municipality.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenNeighbourhoodDemocracy())
      .title(LocalizedText.of(
          "Ti kommunedeler", "Ti kommunedelar", "Ti lokalområder", "Ten districts"))
      .explanation(LocalizedText.of(
          "Kommunen er delt inn i 10 kommunedeler, og nærdemokratiordningen gjelder i alle.",
          "Kommunen er delt inn i 10 kommunedelar, og nærdemokratiordninga gjeld i alle.",
          "Kommunen er inddelt i 10 lokalområder (kommunedeler), og nærdemokratiordningen gælder i dem alle.",
          "The municipality is divided into 10 districts, and the neighbourhood-democracy scheme covers all."))
      .message(LocalizedText.of(
          "Kommunen har {count} kommunedeler; ordningen forutsetter {required}.",
          "Kommunen har {count} kommunedelar; ordninga føreset {required}.",
          "Kommunen har {count} lokalområder; ordningen forudsætter {required}.",
          "The municipality has {count} districts; the scheme requires {required}."))
      .check((municipality, context, findings) -> {
        int count = municipality.districts().size();
        if (count != DISTRICT_COUNT) {
          findings.report("districts", ImmutableMap.of("count", count, "required", DISTRICT_COUNT));
        }
      });

  public static final Rule<Municipality> DISTRICT_HUB = Rule.builder(HUB, Municipality.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenNeighbourhoodDemocracy())
      .title(LocalizedText.of("Knutepunkt i hver kommunedel", "Knutepunkt i kvar kommunedel",
          "Samlingssted i hvert lokalområde", "A hub in every district"))
      .explanation(LocalizedText.of(
          "Hver kommunedel skal ha et knutepunkt: et samlingssted der innbyggerne møtes og koordinatoren holder til.",
          "Kvar kommunedel skal ha eit knutepunkt: ein møtestad der innbyggjarane møtest og koordinatoren held til.",
          "Hvert lokalområde skal have et knudepunkt: et samlingssted, hvor borgerne mødes og koordinatoren har"
              + " base.",
          "Every district has a hub: a meeting place where residents meet and the coordinator works."))
      .message(LocalizedText.of(
          "Kommunedelen {district} har ikke noe knutepunkt.",
          "Kommunedelen {district} har ikkje noko knutepunkt.",
          "Lokalområdet {district} har intet samlingssted (knutepunkt).",
          "District {district} has no hub."))
      .check((municipality, context, findings) -> forEachDistrict(municipality, (path, district) -> {
        if (district.hub().isEmpty()) {
          findings.report(path + ".hub", ImmutableMap.of("district", district.name()));
        }
      }));

  public static final Rule<Municipality> DISTRICT_COORDINATOR = Rule.builder(COORDINATOR, Municipality.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenNeighbourhoodDemocracy())
      .title(LocalizedText.of("Lokal koordinator i hver kommunedel", "Lokal koordinator i kvar kommunedel",
          "Lokal koordinator i hvert lokalområde", "A local coordinator in every district"))
      .explanation(LocalizedText.of(
          "Hver kommunedel skal ha en lokal koordinator som er sekretariat for nærutvalget.",
          "Kvar kommunedel skal ha ein lokal koordinator som er sekretariat for nærutvalet.",
          "Hvert lokalområde skal have en lokal koordinator, der er sekretariat for nærudvalget.",
          "Every district has a local coordinator who serves as secretariat of its local committee."))
      .message(LocalizedText.of(
          "Kommunedelen {district} har ingen lokal koordinator.",
          "Kommunedelen {district} har ingen lokal koordinator.",
          "Lokalområdet {district} har ingen lokal koordinator.",
          "District {district} has no local coordinator."))
      .check((municipality, context, findings) -> forEachDistrict(municipality, (path, district) -> {
        if (district.coordinator().isEmpty()) {
          findings.report(path + ".coordinator", ImmutableMap.of("district", district.name()));
        }
      }));

  public static final Rule<Municipality> DISTRICT_BUDGET = Rule.builder(BUDGET, Municipality.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenNeighbourhoodDemocracy())
      .title(LocalizedText.of("Midler til medvirkning i hver kommunedel", "Midlar til medverknad i kvar kommunedel",
          "Midler til borgerinddragelse i hvert lokalområde", "A participation budget in every district"))
      .explanation(LocalizedText.of(
          "Hver kommunedel skal ha økonomiske ressurser til medvirkningsaktiviteter hvert år (50 000 kroner i 2020).",
          "Kvar kommunedel skal ha økonomiske ressursar til medverknadsaktivitetar kvart år (50 000 kroner i 2020).",
          "Hvert lokalområde skal have økonomiske midler til borgerinddragelse hvert år (50 000 norske kroner i"
              + " 2020).",
          "Every district has money for participation activities each year (NOK 50,000 in 2020)."))
      .message(LocalizedText.of(
          "Kommunedelen {district} har ikke noe budsjett til medvirkning for {year}.",
          "Kommunedelen {district} har ikkje noko budsjett til medverknad for {year}.",
          "Lokalområdet {district} har intet budget til borgerinddragelse for {year}.",
          "District {district} has no participation budget for {year}."))
      .check((municipality, context, findings) -> {
        Year year = Year.from(context.asOf());
        forEachDistrict(municipality, (path, district) -> {
          boolean funded = district.budget(year).map(amount -> amount.isPositive()).orElse(false);
          if (!funded) {
            findings.report(path + ".budgets", ImmutableMap.of("district", district.name(), "year", year));
          }
        });
      });

  private interface DistrictVisitor {
    void visit(String path, District district);
  }

  private static void forEachDistrict(Municipality municipality, DistrictVisitor visitor) {
    for (int i = 0; i < municipality.districts().size(); i++) {
      visitor.visit("districts[" + i + "]", municipality.districts().get(i));
    }
  }
}
