package org.folkestyre.core.internal.rules;

import com.google.common.collect.ImmutableMap;
import java.time.Year;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.governance.Confidence;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.MunicipalBodies;
import org.folkestyre.core.committee.RepresentationKind;
import org.folkestyre.core.internal.Names;
import org.folkestyre.core.meeting.MeetingPlan;
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

  /** Id: each district has a local committee. */
  public static final String LOCAL_COMMITTEE = "DRAMMEN-NEIGHBOURHOOD-LOCAL-COMMITTEE";
  /** Id: a local committee has 12 members, 4 politicians (one from each main committee) and 8 residents. */
  public static final String LOCAL_COMMITTEE_COMPOSITION = "DRAMMEN-NEIGHBOURHOOD-LOCAL-COMMITTEE-COMPOSITION";
  /** Id: a local committee meets 4 times a year. */
  public static final String LOCAL_COMMITTEE_MEETINGS = "DRAMMEN-NEIGHBOURHOOD-LOCAL-COMMITTEE-MEETINGS";
  /** Members of a local committee. */
  public static final int LOCAL_COMMITTEE_SIZE = 12;
  /** Elected politicians on a local committee. */
  public static final int LOCAL_COMMITTEE_POLITICIANS = 4;
  /** Meetings of a local committee a year. */
  public static final int LOCAL_COMMITTEE_MEETINGS_PER_YEAR = 4;

  public static final Rule<MunicipalBodies> DISTRICT_LOCAL_COMMITTEE = Rule.builder(LOCAL_COMMITTEE, MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenNeighbourhoodDemocracy())
      .title(LocalizedText.of("Nærutvalg i hver kommunedel", "Nærutval i kvar kommunedel",
          "Nærudvalg i hvert lokalområde", "A local committee in every district"))
      .explanation(LocalizedText.of(
          "Hver kommunedel har et nærutvalg: en arena for dialog mellom lokalmiljøet og de folkevalgte.",
          "Kvar kommunedel har eit nærutval: ein arena for dialog mellom lokalmiljøet og dei folkevalde.",
          "Hvert lokalområde har et nærudvalg (nærutvalg): et forum for dialog mellem lokalsamfundet og politikerne.",
          "Every district has a local committee: a forum for dialogue between the neighbourhood and elected"
              + " politicians."))
      .message(LocalizedText.of("Kommunedelen {district} har ikke noe nærutvalg.",
          "Kommunedelen {district} har ikkje noko nærutval.", "Lokalområdet {district} har intet nærudvalg.",
          "District {district} has no local committee."))
      .check((bodies, context, findings) -> forEachDistrict(bodies.municipality(), (path, district) -> {
        boolean present = bodies.committeesOf(CommitteeKinds.NO_LOCAL).stream()
            .anyMatch(c -> c.district().map(d -> Names.key(d).equals(Names.key(district.name()))).orElse(false));
        if (!present) {
          findings.report("municipality." + path, ImmutableMap.of("district", district.name()));
        }
      }));

  public static final Rule<MunicipalBodies> LOCAL_COMPOSITION =
      Rule.builder(LOCAL_COMMITTEE_COMPOSITION, MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenNeighbourhoodDemocracy())
      .title(LocalizedText.of("Nærutvalgets sammensetning", "Samansetjinga av nærutvalet",
          "Nærudvalgets sammensætning", "Composition of a local committee"))
      .explanation(LocalizedText.of(
          "Et nærutvalg har 12 medlemmer: 4 folkevalgte, én fra hvert hovedutvalg, og 8 fra lag, foreninger og"
              + " innbyggere i området.",
          "Eit nærutval har 12 medlemmer: 4 folkevalde, ein frå kvart hovudutval, og 8 frå lag, foreiningar og"
              + " innbyggjarar i området.",
          "Et nærudvalg har 12 medlemmer: 4 politikere, én fra hvert hovedudvalg, og 8 fra foreninger og borgere i"
              + " området.",
          "A local committee has 12 members: 4 elected politicians, one from each main committee, and 8 from"
              + " associations and residents of the area."))
      .message(LocalizedText.of(
          "{committee} har {members} medlemmer, {politicians} folkevalgte fra {mainCommittees} av {required}"
              + " hovedutvalg og {residents} fra lag og innbyggere; ordningen krever 12, 4 (én fra hvert) og 8.",
          "{committee} har {members} medlemmer, {politicians} folkevalde frå {mainCommittees} av {required}"
              + " hovudutval og {residents} frå lag og innbyggjarar; ordninga krev 12, 4 (ein frå kvart) og 8.",
          "{committee} har {members} medlemmer, {politicians} politikere fra {mainCommittees} af {required}"
              + " hovedudvalg og {residents} fra foreninger og borgere; ordningen kræver 12, 4 (én fra hvert) og 8.",
          "{committee} has {members} members, {politicians} politicians from {mainCommittees} of {required} main"
              + " committees and {residents} from associations and residents; the scheme requires 12, 4 (one from"
              + " each) and 8."))
      .check((bodies, context, findings) -> {
        java.util.Set<String> mainCommittees = new java.util.HashSet<>();
        bodies.committeesOf(CommitteeKinds.NO_STANDING).forEach(c -> mainCommittees.add(c.id()));
        for (int i = 0; i < bodies.committees().size(); i++) {
          Committee c = bodies.committees().get(i);
          if (!c.kind().equals(CommitteeKinds.NO_LOCAL)) {
            continue;
          }
          long politicians = c.votingMembers().stream().filter(m -> kindOf(m) == RepresentationKind.ELECTED_OFFICIAL)
              .count();
          long residents = c.votingMembers().stream().filter(m -> kindOf(m) == RepresentationKind.RESIDENT
              || kindOf(m) == RepresentationKind.ASSOCIATION).count();
          java.util.Set<String> from = new java.util.HashSet<>();
          c.votingMembers().stream().filter(m -> kindOf(m) == RepresentationKind.ELECTED_OFFICIAL)
              .forEach(m -> m.representation().flatMap(r -> r.fromCommittee()).ifPresent(from::add));
          from.retainAll(mainCommittees);
          boolean ok = c.size() == LOCAL_COMMITTEE_SIZE && politicians == LOCAL_COMMITTEE_POLITICIANS
              && residents == LOCAL_COMMITTEE_SIZE - LOCAL_COMMITTEE_POLITICIANS
              && from.size() == politicians && from.size() == mainCommittees.size();
          if (!ok) {
            findings.report("committees[" + i + "]", ImmutableMap.<String, Object>builder()
                .put("committee", c.name()).put("members", c.size()).put("politicians", politicians)
                .put("mainCommittees", from.size()).put("required", mainCommittees.size())
                .put("residents", residents).build());
          }
        }
      });

  public static final Rule<MunicipalBodies> LOCAL_MEETINGS = Rule.builder(LOCAL_COMMITTEE_MEETINGS, MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenNeighbourhoodDemocracy())
      .title(LocalizedText.of("Fire møter i året", "Fire møte i året", "Fire møder om året", "Four meetings a year"))
      .explanation(LocalizedText.of("Et nærutvalg har 4 møter i året.", "Eit nærutval har 4 møte i året.",
          "Et nærudvalg holder 4 møder om året.", "A local committee meets 4 times a year."))
      .message(LocalizedText.of("{committee} planlegger {meetings} møter i året; ordningen har 4.",
          "{committee} planlegg {meetings} møte i året; ordninga har 4.",
          "{committee} planlægger {meetings} møder om året; ordningen har 4.",
          "{committee} plans {meetings} meetings a year; the scheme has 4."))
      .check((bodies, context, findings) -> {
        for (int i = 0; i < bodies.committees().size(); i++) {
          Committee c = bodies.committees().get(i);
          if (c.kind().equals(CommitteeKinds.NO_LOCAL)
              && !c.meetingsPerYear().equals(java.util.Optional.of(LOCAL_COMMITTEE_MEETINGS_PER_YEAR))) {
            findings.report("committees[" + i + "].meetingsPerYear", ImmutableMap.of("committee", c.name(),
                "meetings", c.meetingsPerYear().map(String::valueOf).orElse("?")));
          }
        }
      });

  /** Id: a local committee's meeting plan for a year has 4 meetings. */
  public static final String MEETING_PLAN_ID = "DRAMMEN-NEIGHBOURHOOD-MEETING-PLAN";

  public static final Rule<MeetingPlan> MEETING_PLAN = Rule.builder(MEETING_PLAN_ID, MeetingPlan.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenNeighbourhoodDemocracy())
      .title(LocalizedText.of("Møteplan med fire møter", "Møteplan med fire møte", "Mødeplan med fire møder",
          "A plan of four meetings"))
      .explanation(LocalizedText.of("Et nærutvalgs møteplan for et år har 4 møter.",
          "Møteplanen til eit nærutval for eit år har 4 møte.", "Et nærudvalgs mødeplan for et år har 4 møder.",
          "A local committee's meeting plan for a year has 4 meetings."))
      .message(LocalizedText.of("{committee} har {meetings} møter i møteplanen for {year}; ordningen har 4.",
          "{committee} har {meetings} møte i møteplanen for {year}; ordninga har 4.",
          "{committee} har {meetings} møder i mødeplanen for {year}; ordningen har 4.",
          "{committee} has {meetings} meetings in its plan for {year}; the scheme has 4."))
      .check((plan, context, findings) -> {
        if (plan.committeeKind().equals(CommitteeKinds.NO_LOCAL)
            && plan.meetingCount() != LOCAL_COMMITTEE_MEETINGS_PER_YEAR) {
          findings.report("dates", ImmutableMap.of("committee", plan.committeeId(), "meetings", plan.meetingCount(),
              "year", plan.year()));
        }
      });

  private static RepresentationKind kindOf(Membership membership) {
    return membership.representation().map(r -> r.kind()).orElse(RepresentationKind.OTHER);
  }

  private interface DistrictVisitor {
    void visit(String path, District district);
  }

  private static void forEachDistrict(Municipality municipality, DistrictVisitor visitor) {
    for (int i = 0; i < municipality.districts().size(); i++) {
      visitor.visit("districts[" + i + "]", municipality.districts().get(i));
    }
  }
}
