package org.folkestyre.core.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.SplittableRandom;
import java.util.List;
import org.folkestyre.core.Money;
import org.folkestyre.core.plan.FocusArea;
import org.folkestyre.core.plan.MasterPlan;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.committee.MunicipalBodies;
import org.folkestyre.core.committee.Term;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.Attachment;
import org.folkestyre.core.meeting.CaseNumberContext;
import org.folkestyre.core.meeting.ItemKind;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.meeting.MeetingState;
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
 *
 * <p>Holbæk: the meeting of the Demokratieksperimentarium, the project committee on democracy, on
 * 24 March 2015, from its published minutes (see {@link #holbaekMeeting2015()}).
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
   * Returns the frame of Drammen's draft community part of the master plan 2021–2040 (seed 001):
   * its vision, three values and six focus areas. The draft's main goals, sub-goals and strategies
   * are not in the source, so each focus area carries its name as a placeholder main goal and no
   * sub-goals; the areas are tied to no particular goal for the same reason.
   *
   * @return the plan
   */
  public static MasterPlan drammenMasterPlan2021() {
    MasterPlan.Builder plan = MasterPlan.builder().municipality("Drammen").firstYear(Year.of(2021))
        .lastYear(Year.of(2040)).vision("Et godt sted å leve!").addValue("Nær").addValue("Inkluderende").addValue("Nytenkende");
    for (String area : List.of("God oppvekst og godt liv", "Klima- og miljøvennlig utvikling",
        "Omstillingsdyktig næringsliv", "Attraktive byer og tettsteder", "Mangfold og inkludering",
        "Deltakende innbyggere")) {
      plan.addFocusArea(FocusArea.builder().name(area).mainGoal(area).build());
    }
    return plan.build();
  }

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
   * Returns the meeting of Holbæk's Demokratieksperimentarium on Tuesday 24 March 2015 at 17:00 in
   * lokale 1.D, Kanalstræde 2, with agenda items 119 to 123 as its minutes list them.
   *
   * <p>Item numbers, titles (in the minutes' own spelling, "Demokratiekperimentariet"), case numbers
   * ({@code 13/37262}, and {@code 15/10481} for item 120), kinds (four discussions and a briefing) and
   * attachment titles are the minutes'; recommendations and decisions are short summaries in our own
   * words. The minutes give no meeting number, no end time and no attendance, so the meeting has
   * none; the committee is a {@link CommitteeKinds#DK_PROJECT} for the term 2014–2017 ("14-17" in the
   * minutes' heading) without members, as the minutes name none. Nothing was put to a vote.
   *
   * @return the record, valid under {@code DK-KSL}
   */
  public static MeetingRecord holbaekMeeting2015() {
    Jurisdiction denmark = Jurisdiction.denmark();
    CaseNumberContext cases = CaseNumberContext.of(denmark, 2015);
    Committee committee = Committee.builder().id("demokratieksperimentariet").name("Demokratieksperimentariet")
        .kind(CommitteeKinds.DK_PROJECT).term(Term.danishAfterElection(2013)).build();
    Meeting meeting = Meeting.builder()
        .id("holbaek-demokratieksperimentariet-2015-03-24")
        .committeeId(committee.id())
        .startIn(denmark, LocalDateTime.of(2015, 3, 24, 17, 0))
        .place("lokale 1.D, Kanalstræde 2")
        .state(MeetingState.HELD)
        .addAgendaItem(AgendaItem.builder().number("119")
            .title("Drøftelse - Myndighed på ny måde, mere for og med borgerne")
            .caseNumber("13/37262", cases).kind(ItemKind.DISCUSSION)
            .recommendation("Udvalget drøfter arbejdet med aktiviteten 'Myndighed på ny måde' i 2015.")
            .decision("Drøftet: hvordan en anden måde at håndtere klager og klagende borgere på kan forbedre"
                + " kommunens opgaveløsning.")
            .build())
        .addAgendaItem(AgendaItem.builder().number("120")
            .title("Drøftelse af Holbæk Kommunes valgfremmeindsats")
            .caseNumber("15/10481", cases).kind(ItemKind.DISCUSSION)
            .recommendation("Udvalget drøfter kommunens indsats for at få flere til at stemme.")
            .decision("Anbefaling til Økonomiudvalget: behold punkt 1 og 2 i den alternative indstilling, men med"
                + " 75.000 kr. til hvert valg; administrationen planlægger valgfremme sammen med råd, nævn og"
                + " organisationer, dog uden mobile stemmebokse; prisen på gratis bus på valgdage undersøges.")
            .addAttachment(Attachment.titled("Statistik for deltagelsen i kommunalvalget i Holbæk Kommune"))
            .addAttachment(Attachment.titled("Holbæk Kommunes valgfremmeinitiativer ved kommunalvalget i 2013"))
            .build())
        .addAgendaItem(AgendaItem.builder().number("121")
            .title("Drøftelse - Folkemøde 2015")
            .caseNumber("13/37262", cases).kind(ItemKind.DISCUSSION)
            .recommendation("Udvalget drøfter emner til debatter og arrangementer på Folkemødet.")
            .decision("Projektgruppens forslag til emner og debatter på Folkemødet blev drøftet og godkendt.")
            .build())
        .addAgendaItem(AgendaItem.builder().number("122")
            .title("Drøftelse - Samskabelse")
            .caseNumber("13/37262", cases).kind(ItemKind.DISCUSSION)
            .recommendation("Udvalget drøfter, hvordan samskabelse kan fremmes på det politiske niveau.")
            .decision("Drøftelsen blev udsat til udvalgets næste møde.")
            .addAttachment(Attachment.titled("5 eksempler på samskabelse i Holbæk kommune"))
            .build())
        .addAgendaItem(AgendaItem.builder().number("123")
            .title("Orientering - Status på aktiviteter i Demokratiekperimentariet")
            .caseNumber("13/37262", cases).kind(ItemKind.ORIENTATION)
            .recommendation("Udvalget orienteres om status på de igangværende aktiviteter.")
            .decision("Udvalget blev orienteret.")
            .build())
        .build();
    return MeetingRecord.of(meeting, committee, denmark);
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
