package org.folkestyre.toolkit.internal.rules;

import static org.folkestyre.core.LocalizedText.of;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.governance.Citation;
import org.folkestyre.core.governance.Confidence;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePack;
import org.folkestyre.core.governance.Severity;
import org.folkestyre.toolkit.method.AccessSupport;
import org.folkestyre.toolkit.method.Accessibility;
import org.folkestyre.toolkit.method.DecisionPower;
import org.folkestyre.toolkit.method.DigitalDependency;
import org.folkestyre.toolkit.method.Iap2Level;
import org.folkestyre.toolkit.method.MethodDuration;
import org.folkestyre.toolkit.method.MethodType;
import org.folkestyre.toolkit.method.Mode;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Recruitment;
import org.folkestyre.toolkit.method.Selection;
import org.folkestyre.toolkit.method.Span;

/**
 * The rules of participation methods: the validation rules of the method schema in the project's
 * research (its section A.3), with the sources the research gives for each.
 *
 * <p>Two checks of that list are structural and are made when a method is built, not here: a
 * summary holds at most 280 characters per language, and a ranked list is short enough and repeats
 * nothing (Participedia's "rank up to three"). Rules that look at the accessibility description
 * report nothing while it is missing; {@link #COMPLETE} reports that.
 */
public final class MethodRules {
  /** Id of the pack. */
  public static final String PACK_ID = "TOOLKIT-METHOD";
  /** Id: every field the schema requires is described. */
  public static final String COMPLETE_ID = "METHOD-COMPLETE";
  /** Id: the fields the schema recommends are described. */
  public static final String RECOMMENDED_ID = "METHOD-RECOMMENDED-FIELDS";
  /** Id: random selection is recruited at random. */
  public static final String RANDOM_RECRUITMENT_ID = "METHOD-RANDOM-RECRUITMENT";
  /** Id: collaborating and empowering methods give participants some decision power. */
  public static final String POWER_ID = "METHOD-COLLABORATION-POWER";
  /** Id: binding methods state their legal basis. */
  public static final String BINDING_ID = "METHOD-BINDING-LEGAL-BASIS";
  /** Id: digital parts meet WCAG 2.1 AA. */
  public static final String WCAG_ID = "METHOD-DIGITAL-WCAG";
  /** Id: a method that needs digital tools describes an offline alternative. */
  public static final String OFFLINE_ID = "METHOD-OFFLINE-ALTERNATIVE";
  /** Id: deliberative methods select participants at random. */
  public static final String DELIBERATION_RANDOM_ID = "METHOD-DELIBERATION-RANDOM";
  /** Id: random deliberation lasts at least one full day. */
  public static final String DELIBERATION_DAY_ID = "METHOD-DELIBERATION-FULL-DAY";
  /** Id: random deliberation gives participants something to learn from. */
  public static final String DELIBERATION_LEARNING_ID = "METHOD-DELIBERATION-LEARNING";

  private static final Citation PARTICIPEDIA = Citation.builder().kind(Citation.Kind.GUIDANCE)
      .source("Participedia").section("method entry fields and vocabularies")
      .link(URI.create("https://participedia.net/")).build();
  private static final Citation IAP2 = Citation.builder().kind(Citation.Kind.GUIDANCE)
      .source("IAP2").section("Spectrum of Public Participation")
      .link(URI.create("https://iap2canada.ca/page-1020549")).build();
  private static final Citation OECD = Citation.builder().kind(Citation.Kind.GUIDANCE)
      .source("OECD").section("Innovative Citizen Participation and New Democratic Institutions (2020), ch. 2")
      .link(URI.create("https://www.oecd.org/gov/innovative-citizen-participation.htm")).build();
  private static final Citation OECD_DATABASE = Citation.builder().kind(Citation.Kind.GUIDANCE)
      .source("OECD").section("Deliberative Democracy Database (2023), inclusion criteria").build();
  private static final Citation OECD_EVALUATION = Citation.builder().kind(Citation.Kind.GUIDANCE)
      .source("OECD").section("Evaluation Guidelines for Representative Deliberative Processes (2021)").build();
  private static final Citation KOMMUNELOVEN_12_2 = Citation.law("kommuneloven", "LOV-2018-06-22-83", "§ 12-2", "",
      URI.create("https://lovdata.no/dokument/NL/lov/2018-06-22-83"));
  private static final Citation WEB_ACCESSIBILITY = Citation.builder().kind(Citation.Kind.LAW)
      .source("Directive (EU) 2016/2102").section("Article 4").identifier("Web Accessibility Directive")
      .link(URI.create("https://eur-lex.europa.eu/eli/dir/2016/2102/oj")).build();
  private static final Citation PBL_5_1 = Citation.law("plan- og bygningsloven", "LOV-2008-06-27-71", "§ 5-1",
      "andre ledd", URI.create("https://lovdata.no/dokument/NL/lov/2008-06-27-71"));

  private MethodRules() {}

  private static Optional<Accessibility> access(ParticipationMethod method) {
    return method.accessibility();
  }

  private static boolean randomDeliberation(ParticipationMethod method) {
    return method.methodTypes().contains(MethodType.DELIBERATIVE)
        && method.selection().equals(Optional.of(Selection.RANDOM));
  }

  /** Every field the schema requires is described. */
  public static final Rule<ParticipationMethod> COMPLETE = Rule.builder(COMPLETE_ID, ParticipationMethod.class)
      .confidence(Confidence.SECONDARY)
      .citation(PARTICIPEDIA)
      .title(of("Metoden er fullstendig beskrevet", "Metoden er fullstendig skildra", "Metoden er fuldt beskrevet",
          "The method is fully described"))
      .explanation(of(
          "En metode oppgir hvem som kan delta (åpenhet), hvordan deltakerne velges, om den ledes av fasilitatorer,"
              + " minst ett geografisk nivå, minst én planfase og minst ett resultat, og hvor tilgjengelig den er.",
          "Ein metode oppgjev kven som kan delta (openheit), korleis deltakarane blir valde, om han blir leidd av"
              + " fasilitatorar, minst eitt geografisk nivå, minst éin planfase og minst eitt resultat, og kor"
              + " tilgjengeleg han er.",
          "En metode angiver, hvem der kan deltage (åbenhed), hvordan deltagerne udvælges, om den ledes af"
              + " facilitatorer, mindst ét geografisk niveau, mindst én planfase og mindst ét resultat, og hvor"
              + " tilgængelig den er.",
          "A method states who may take part (openness), how participants are selected, whether facilitators lead"
              + " it, at least one geographical scope, at least one planning phase and at least one output, and how"
              + " accessible it is."))
      .message(of("Metoden {method} mangler {missing}.", "Metoden {method} manglar {missing}.",
          "Metoden {method} mangler {missing}.", "The method {method} lacks {missing}."))
      .check((method, context, findings) -> {
        List<String> missing = new ArrayList<>();
        if (method.openness().isEmpty()) {
          missing.add("openness");
        }
        if (method.selection().isEmpty()) {
          missing.add("selection");
        }
        if (method.facilitation().isEmpty()) {
          missing.add("facilitation");
        }
        if (method.scopes().isEmpty()) {
          missing.add("scopes");
        }
        if (method.planningPhases().isEmpty()) {
          missing.add("planningPhases");
        }
        if (method.outputs().isEmpty()) {
          missing.add("outputs");
        }
        if (method.accessibility().isEmpty()) {
          missing.add("accessibility");
        }
        for (String field : missing) {
          findings.report(field, ImmutableMap.of("method", method.id(), "missing", field));
        }
      });

  /** The fields the schema recommends are described. */
  public static final Rule<ParticipationMethod> RECOMMENDED = Rule.builder(RECOMMENDED_ID, ParticipationMethod.class)
      .severity(Severity.WARNING)
      .confidence(Confidence.SECONDARY)
      .citation(PARTICIPEDIA)
      .title(of("Anbefalte felt er beskrevet", "Tilrådde felt er skildra", "Anbefalede felter er beskrevet",
          "The recommended fields are described"))
      .explanation(of(
          "Innebygde metoder, og helst også leverandørenes, oppgir metodetyper, rekruttering, samhandlingsformer,"
              + " beslutningsmåter, tilretteleggingstiltak og minst én kilde.",
          "Innebygde metodar, og helst òg leverandørane sine, oppgjev metodetypar, rekruttering, samhandlingsformer,"
              + " avgjerdsmåtar, tilretteleggingstiltak og minst éi kjelde.",
          "Indbyggede metoder, og helst også leverandørernes, angiver metodetyper, rekruttering, samspilsformer,"
              + " beslutningsmåder, tilgængelighedstiltag og mindst én kilde.",
          "Built-in methods, and preferably vendors' too, state method types, recruitment, interaction types,"
              + " decision methods, accessibility supports and at least one source."))
      .message(of("Metoden {method} mangler {missing}.", "Metoden {method} manglar {missing}.",
          "Metoden {method} mangler {missing}.", "The method {method} lacks {missing}."))
      .check((method, context, findings) -> {
        List<String> missing = new ArrayList<>();
        if (method.methodTypes().isEmpty()) {
          missing.add("methodTypes");
        }
        if (method.recruitment().isEmpty()) {
          missing.add("recruitment");
        }
        if (method.interactionTypes().isEmpty()) {
          missing.add("interactionTypes");
        }
        if (method.decisionMethods().isEmpty()) {
          missing.add("decisionMethods");
        }
        if (access(method).isPresent() && access(method).get().supports().isEmpty()) {
          missing.add("accessibility.supports");
        }
        if (method.sources().isEmpty() && method.references().isEmpty()) {
          missing.add("sources");
        }
        for (String field : missing) {
          findings.report(field, ImmutableMap.of("method", method.id(), "missing", field));
        }
      });

  /** Random selection is recruited at random. */
  public static final Rule<ParticipationMethod> RANDOM_RECRUITMENT = Rule.builder(RANDOM_RECRUITMENT_ID,
          ParticipationMethod.class)
      .confidence(Confidence.SECONDARY)
      .citation(PARTICIPEDIA)
      .title(of("Tilfeldig utvalg rekrutteres ved loddtrekning", "Tilfeldig utval blir rekruttert ved loddtrekking",
          "Tilfældig udvælgelse rekrutteres ved lodtrækning", "Random selection is recruited by lot"))
      .explanation(of(
          "En metode med tilfeldig utvalg rekrutterer ved et tilfeldig eller stratifisert tilfeldig utvalg.",
          "Ein metode med tilfeldig utval rekrutterer ved eit tilfeldig eller stratifisert tilfeldig utval.",
          "En metode med tilfældig udvælgelse rekrutterer ved en tilfældig eller stratificeret tilfældig stikprøve.",
          "A method with random selection recruits by a random or a stratified random sample."))
      .message(of("Metoden {method} har tilfeldig utvalg, men rekrutterer ved {recruitment}.",
          "Metoden {method} har tilfeldig utval, men rekrutterer ved {recruitment}.",
          "Metoden {method} har tilfældig udvælgelse, men rekrutterer ved {recruitment}.",
          "The method {method} selects at random but recruits by {recruitment}."))
      .check((method, context, findings) -> {
        if (method.selection().equals(Optional.of(Selection.RANDOM))
            && !method.recruitment().contains(Recruitment.RANDOM)
            && !method.recruitment().contains(Recruitment.STRATIFIED)) {
          findings.report("recruitment", ImmutableMap.of("method", method.id(), "recruitment", method.recruitment()));
        }
      });

  /** Collaborating and empowering methods give participants some decision power. */
  public static final Rule<ParticipationMethod> POWER = Rule.builder(POWER_ID, ParticipationMethod.class)
      .confidence(Confidence.SECONDARY)
      .citation(IAP2)
      .title(of("Samarbeid gir deltakerne makt", "Samarbeid gir deltakarane makt", "Samarbejde giver deltagerne magt",
          "Collaboration gives participants power"))
      .explanation(of(
          "En metode på IAP2-nivå samarbeide eller myndiggjøre lover deltakerne innflytelse på løsningen eller"
              + " beslutningen og må derfor gi dem en viss beslutningsmakt.",
          "Ein metode på IAP2-nivå samarbeide eller myndiggjere lovar deltakarane innverknad på løysinga eller"
              + " avgjerda og må difor gi dei ei viss avgjerdsmakt.",
          "En metode på IAP2-niveau samarbejde eller myndiggøre lover deltagerne indflydelse på løsningen eller"
              + " beslutningen og må derfor give dem en vis beslutningsmagt.",
          "A method at IAP2 level collaborate or empower promises participants a say in the solution or the"
              + " decision, so it must give them some decision power."))
      .message(of("Metoden {method} er på nivå {level}, men gir deltakerne ingen beslutningsmakt.",
          "Metoden {method} er på nivå {level}, men gir deltakarane inga avgjerdsmakt.",
          "Metoden {method} er på niveau {level}, men giver deltagerne ingen beslutningsmagt.",
          "The method {method} is at level {level} but gives participants no decision power."))
      .check((method, context, findings) -> {
        if (method.iap2Level().compareTo(Iap2Level.COLLABORATE) >= 0 && method.decisionPower() == DecisionPower.NONE) {
          findings.report("decisionPower", ImmutableMap.of("method", method.id(), "level", method.iap2Level()));
        }
      });

  /** Binding methods state their legal basis. */
  public static final Rule<ParticipationMethod> BINDING = Rule.builder(BINDING_ID, ParticipationMethod.class)
      .confidence(Confidence.SECONDARY)
      .citation(KOMMUNELOVEN_12_2)
      .title(of("Bindende metoder har hjemmel", "Bindande metodar har heimel", "Bindende metoder har hjemmel",
          "Binding methods have a legal basis"))
      .explanation(of(
          "En metode der deltakernes beslutning binder kommunen, oppgir hjemmelen, eller forklarer i en merknad om"
              + " rettslig status hva som binder, som en avgrenset pott i budsjettet. Norske lokale folkeavstemninger"
              + " er rådgivende (kommuneloven § 12-2); danske bindende folkeavstemninger krever lovens rammer"
              + " (L 191, 2017-18).",
          "Ein metode der avgjerda til deltakarane bind kommunen, oppgjev heimelen, eller forklarer i ein merknad om"
              + " rettsleg status kva som bind, som ein avgrensa pott i budsjettet. Norske lokale folkerøystingar er"
              + " rådgivande (kommunelova § 12-2); danske bindande folkerøystingar krev ramma i lova (L 191,"
              + " 2017-18).",
          "En metode, hvor deltagernes beslutning binder kommunen, angiver hjemlen eller forklarer i en note om den"
              + " retlige status, hvad der binder, fx en afgrænset pulje i budgettet. Norske lokale folkeafstemninger er"
              + " vejledende (kommuneloven § 12-2); danske bindende folkeafstemninger kræver lovens rammer (L 191,"
              + " 2017-18).",
          "A method whose participants' decision binds the municipality states its legal basis, or explains in a"
              + " legal-status note what binds it, such as a bounded pot in the budget. Norwegian local referendums"
              + " are advisory (kommuneloven § 12-2); Danish binding referendums need the act's framework (L 191,"
              + " 2017-18)."))
      .message(of("Metoden {method} er bindende, men oppgir verken hjemmel eller rettslig status.",
          "Metoden {method} er bindande, men oppgjev verken heimel eller rettsleg status.",
          "Metoden {method} er bindende, men angiver hverken hjemmel eller retlig status.",
          "The method {method} is binding but states neither a legal basis nor its legal status."))
      .check((method, context, findings) -> {
        if (method.decisionPower() == DecisionPower.BINDING && method.legalReferences().isEmpty()
            && method.legalStatusNote().isEmpty()) {
          findings.report("legalReferences", ImmutableMap.of("method", method.id()));
        }
      });

  /** Digital parts meet WCAG 2.1 AA. */
  public static final Rule<ParticipationMethod> WCAG = Rule.builder(WCAG_ID, ParticipationMethod.class)
      .confidence(Confidence.SECONDARY)
      .citation(WEB_ACCESSIBILITY)
      .title(of("Digitale deler følger WCAG 2.1 AA", "Digitale delar følgjer WCAG 2.1 AA",
          "Digitale dele følger WCAG 2.1 AA", "Digital parts meet WCAG 2.1 AA"))
      .explanation(of(
          "Offentlige nettløsninger skal være universelt utformet etter WCAG 2.1 nivå AA (i Norge 47 krav fra"
              + " 1. februar 2023, etter EUs webtilgjengelighetsdirektiv); en digital eller hybrid metode tar det med"
              + " blant tilretteleggingstiltakene.",
          "Offentlege nettløysingar skal vere universelt utforma etter WCAG 2.1 nivå AA (i Noreg 47 krav frå"
              + " 1. februar 2023, etter webtilgjengedirektivet til EU); ein digital eller hybrid metode tek det med"
              + " blant tilretteleggingstiltaka.",
          "Offentlige websteder skal være tilgængelige efter WCAG 2.1 niveau AA (EU's webtilgængelighedsdirektiv);"
              + " en digital eller hybrid metode medtager det blandt tilgængelighedstiltagene.",
          "Public-sector web solutions must meet WCAG 2.1 level AA (in Norway 47 requirements from 1 February 2023,"
              + " after the EU Web Accessibility Directive); a digital or hybrid method lists it among its"
              + " accessibility supports."))
      .message(of("Metoden {method} er {mode}, men oppgir ikke WCAG 2.1 AA.",
          "Metoden {method} er {mode}, men oppgjev ikkje WCAG 2.1 AA.",
          "Metoden {method} er {mode}, men angiver ikke WCAG 2.1 AA.",
          "The method {method} is {mode} but does not list WCAG 2.1 AA."))
      .check((method, context, findings) -> {
        if (method.mode() != Mode.IN_PERSON && access(method).isPresent()
            && !access(method).get().supports().contains(AccessSupport.WCAG_2_1_AA)) {
          findings.report("accessibility.supports", ImmutableMap.of("method", method.id(), "mode", method.mode()));
        }
      });

  /** A method that needs digital tools describes an offline alternative. */
  public static final Rule<ParticipationMethod> OFFLINE = Rule.builder(OFFLINE_ID, ParticipationMethod.class)
      .confidence(Confidence.SECONDARY)
      .citation(PBL_5_1)
      .title(of("Digitale metoder har et alternativ uten nett", "Digitale metodar har eit alternativ utan nett",
          "Digitale metoder har et alternativ uden net", "Digital methods have an offline alternative"))
      .explanation(of(
          "Kommunen skal sørge for at grupper som ikke kan delta direkte, får andre muligheter (plan- og"
              + " bygningsloven § 5-1). En metode som bare går på nett, eller som krever digitale verktøy uten å være"
              + " hybrid, beskriver hvordan man kan delta uten dem.",
          "Kommunen skal syte for at grupper som ikkje kan delta direkte, får andre moglegheiter (plan- og"
              + " bygningslova § 5-1). Ein metode som berre går på nett, eller som krev digitale verktøy utan å vere"
              + " hybrid, skildrar korleis ein kan delta utan dei.",
          "Grupper, der ikke kan deltage direkte, skal have andre muligheder (den norske plan- og bygningslov § 5-1)."
              + " En metode, der kun foregår på nettet eller kræver digitale værktøjer uden at være hybrid, beskriver,"
              + " hvordan man kan deltage uden dem.",
          "The municipality must give groups that cannot take part directly other ways in (plan- og bygningsloven"
              + " § 5-1). A method that runs only online, or needs digital tools without being hybrid, describes"
              + " how to take part without them."))
      .message(of("Metoden {method} ({mode}, digital avhengighet {dependency}) beskriver ikke et alternativ uten nett.",
          "Metoden {method} ({mode}, digital avhengnad {dependency}) skildrar ikkje eit alternativ utan nett.",
          "Metoden {method} ({mode}, digital afhængighed {dependency}) beskriver ikke et alternativ uden net.",
          "The method {method} ({mode}, digital dependency {dependency}) describes no offline alternative."))
      .check((method, context, findings) -> {
        if (access(method).isEmpty() || method.mode() == Mode.HYBRID) {
          return;
        }
        Accessibility access = access(method).get();
        boolean digital = method.mode() == Mode.DIGITAL || access.digitalDependency() == DigitalDependency.REQUIRED;
        if (digital && access.offlineAlternative().isEmpty()) {
          findings.report("accessibility.offlineAlternative", ImmutableMap.of("method", method.id(),
              "mode", method.mode(), "dependency", access.digitalDependency()));
        }
      });

  /** Deliberative methods select participants at random. */
  public static final Rule<ParticipationMethod> DELIBERATION_RANDOM = Rule.builder(DELIBERATION_RANDOM_ID,
          ParticipationMethod.class)
      .severity(Severity.WARNING)
      .confidence(Confidence.SECONDARY)
      .citation(OECD)
      .title(of("Deliberasjon med tilfeldig utvalg", "Deliberasjon med tilfeldig utval",
          "Deliberation med tilfældig udvælgelse", "Deliberation with random selection"))
      .explanation(of(
          "En representativ deliberativ prosess velger deltakerne ved stratifisert loddtrekning (OECD). En metode"
              + " som kaller seg deliberativ uten tilfeldig utvalg, er heller dialog.",
          "Ein representativ deliberativ prosess vel deltakarane ved stratifisert loddtrekking (OECD). Ein metode"
              + " som kallar seg deliberativ utan tilfeldig utval, er heller dialog.",
          "En repræsentativ deliberativ proces udvælger deltagerne ved stratificeret lodtrækning (OECD). En metode,"
              + " der kalder sig deliberativ uden tilfældig udvælgelse, er snarere dialog.",
          "A representative deliberative process selects participants by stratified lot (OECD). A method that"
              + " calls itself deliberative without random selection is rather a dialogue."))
      .message(of("Metoden {method} er deliberativ, men utvalget er {selection}.",
          "Metoden {method} er deliberativ, men utvalet er {selection}.",
          "Metoden {method} er deliberativ, men udvælgelsen er {selection}.",
          "The method {method} is deliberative but its selection is {selection}."))
      .check((method, context, findings) -> {
        if (method.methodTypes().contains(MethodType.DELIBERATIVE) && method.selection().isPresent()
            && method.selection().get() != Selection.RANDOM) {
          findings.report("selection", ImmutableMap.of("method", method.id(), "selection", method.selection().get()));
        }
      });

  /** Random deliberation lasts at least one full day. */
  public static final Rule<ParticipationMethod> DELIBERATION_DAY = Rule.builder(DELIBERATION_DAY_ID,
          ParticipationMethod.class)
      .confidence(Confidence.SECONDARY)
      .citation(OECD_DATABASE)
      .title(of("Deliberasjon varer minst én hel dag", "Deliberasjon varer minst éin heil dag",
          "Deliberation varer mindst én hel dag", "Deliberation lasts at least one full day"))
      .explanation(of(
          "En deliberativ metode med tilfeldig utvalg gir hver deltaker minst én hel dag (seks timer) med"
              + " deliberasjon, ansikt til ansikt, på nett eller hybrid.",
          "Ein deliberativ metode med tilfeldig utval gir kvar deltakar minst éin heil dag (seks timar) med"
              + " deliberasjon, andlet til andlet, på nett eller hybrid.",
          "En deliberativ metode med tilfældig udvælgelse giver hver deltager mindst én hel dag (seks timer) med"
              + " deliberation, ansigt til ansigt, online eller hybridt.",
          "A deliberative method with random selection gives each participant at least one full day (six hours)"
              + " of deliberation, face to face, online or hybrid."))
      .message(of("Metoden {method} gir hver deltaker {minutes} minutter; en hel dag er {fullDay}.",
          "Metoden {method} gir kvar deltakar {minutes} minutt; ein heil dag er {fullDay}.",
          "Metoden {method} giver hver deltager {minutes} minutter; en hel dag er {fullDay}.",
          "The method {method} gives each participant {minutes} minutes; a full day is {fullDay}."))
      .check((method, context, findings) -> {
        if (!randomDeliberation(method)) {
          return;
        }
        Optional<Span> minutes = method.duration().contactMinutes();
        if (minutes.isEmpty() || minutes.get().min() < MethodDuration.FULL_DAY_MINUTES) {
          findings.report("duration.contactMinutes", ImmutableMap.of("method", method.id(),
              "minutes", minutes.map(Span::toString).orElse("?"), "fullDay", MethodDuration.FULL_DAY_MINUTES));
        }
      });

  /** Random deliberation gives participants something to learn from. */
  public static final Rule<ParticipationMethod> DELIBERATION_LEARNING = Rule.builder(DELIBERATION_LEARNING_ID,
          ParticipationMethod.class)
      .confidence(Confidence.SECONDARY)
      .citation(OECD_EVALUATION)
      .title(of("Deliberasjon bygger på kunnskap", "Deliberasjon byggjer på kunnskap", "Deliberation bygger på viden",
          "Deliberation rests on information"))
      .explanation(of(
          "Deliberasjon betyr å veie dokumentasjon og argumenter; en deliberativ metode med tilfeldig utvalg gir"
              + " deltakerne læringsressurser, som eksperter og skriftlig materiale.",
          "Deliberasjon tyder å vege dokumentasjon og argument; ein deliberativ metode med tilfeldig utval gir"
              + " deltakarane læringsressursar, som ekspertar og skriftleg materiale.",
          "Deliberation betyder at afveje dokumentation og argumenter; en deliberativ metode med tilfældig"
              + " udvælgelse giver deltagerne læringsressourcer, fx eksperter og skriftligt materiale.",
          "Deliberation means weighing evidence and arguments; a deliberative method with random selection gives"
              + " participants learning resources, such as experts and written material."))
      .message(of("Metoden {method} er deliberativ, men oppgir ingen læringsressurser.",
          "Metoden {method} er deliberativ, men oppgjev ingen læringsressursar.",
          "Metoden {method} er deliberativ, men angiver ingen læringsressourcer.",
          "The method {method} is deliberative but lists no learning resources."))
      .check((method, context, findings) -> {
        if (randomDeliberation(method) && method.learningResources().isEmpty()) {
          findings.report("learningResources", ImmutableMap.of("method", method.id()));
        }
      });

  /** Every rule of the pack, in catalogue order. */
  public static final ImmutableList<Rule<ParticipationMethod>> ALL = ImmutableList.of(COMPLETE, RECOMMENDED,
      RANDOM_RECRUITMENT, POWER, BINDING, WCAG, OFFLINE, DELIBERATION_RANDOM, DELIBERATION_DAY, DELIBERATION_LEARNING);

  /** The pack of these rules; it is not tied to a jurisdiction. */
  public static final RulePack PACK = RulePack.of(PACK_ID, LocalizedText.of("Medvirkningsmetoder",
      "Medverknadsmetodar", "Borgerinddragelsesmetoder", "Participation methods"), ALL);
}
