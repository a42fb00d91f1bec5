package org.folkestyre.toolkit.recommend;

import java.util.Map;
import org.folkestyre.core.LocalizedText;

/**
 * The stable, machine-readable code of a {@link Reason}, with its kind and the text it explains
 * itself with in bokmål, nynorsk, Danish and English.
 *
 * <p>Codes are part of the API: a code keeps its name and meaning across versions, and new codes
 * are only added. The texts hold placeholders such as {@code {level}} that {@link #text(Map)} fills.
 * docs/recommender.md lists every code with the rule of thumb it implements.
 */
public enum ReasonCode {
  // --- exclusions: hard constraints

  /** Rule R1: the IAP2 level chosen lies outside the levels the method can be run at. */
  LEVEL_OUTSIDE_RANGE(ReasonKind.EXCLUSION,
      "Metoden dekker IAP2-nivå {range}, ikke nivået som er valgt: {level}.",
      "Metoden dekkjer IAP2-nivå {range}, ikkje nivået som er valt: {level}.",
      "Metoden dækker IAP2-niveau {range}, ikke det valgte niveau: {level}.",
      "The method covers IAP2 levels {range}, not the level chosen: {level}."),
  /** The method's mode is not one the request allows. */
  MODE_MISMATCH(ReasonKind.EXCLUSION,
      "Metoden er {mode}; forespørselen tillater {allowed}.",
      "Metoden er {mode}; førespurnaden tillèt {allowed}.",
      "Metoden er {mode}; forespørgslen tillader {allowed}.",
      "The method is {mode}; the request allows {allowed}."),
  /** The method costs more than the budget class allows. */
  COST_ABOVE_BUDGET(ReasonKind.EXCLUSION,
      "Metoden har kostnadsklasse {cost}, over budsjettklassen {budget}.",
      "Metoden har kostnadsklasse {cost}, over budsjettklassen {budget}.",
      "Metoden har omkostningsklasse {cost}, over budgetklassen {budget}.",
      "The method's cost class is {cost}, above the budget class {budget}."),
  /** The method does not work in the arena of the goal. */
  ARENA_MISMATCH(ReasonKind.EXCLUSION,
      "Metoden brukes på {arenas}, ikke på arenaen {arena}.",
      "Metoden blir brukt på {arenas}, ikkje på arenaen {arena}.",
      "Metoden bruges på {arenas}, ikke på arenaen {arena}.",
      "The method works in {arenas}, not in the arena {arena}."),
  /** The ages the method suits do not overlap the audience's ages. */
  AGE_NOT_SUITED(ReasonKind.EXCLUSION,
      "Metoden passer for alder {methodAges}, utenfor målgruppens alder {ages}.",
      "Metoden passar for alder {methodAges}, utanfor målgruppa sin alder {ages}.",
      "Metoden passer til alder {methodAges}, uden for målgruppens alder {ages}.",
      "The method suits ages {methodAges}, outside the audience's ages {ages}."),
  /** The method needs more calendar days than are available. */
  NOT_ENOUGH_TIME(ReasonKind.EXCLUSION,
      "Metoden trenger minst {days} kalenderdager; {available} er tilgjengelig.",
      "Metoden treng minst {days} kalenderdagar; {available} er tilgjengelege.",
      "Metoden kræver mindst {days} kalenderdage; {available} er til rådighed.",
      "The method needs at least {days} calendar days; {available} are available."),
  /** Rule R2: deliberation needs participants drawn by lot, and the method's are not. */
  DELIBERATION_WITHOUT_RANDOM_SELECTION(ReasonKind.EXCLUSION,
      "Overveielse krever deltakere trukket ved loddtrekning (tilfeldig, stratifisert utvalg); metodens"
          + " utvalg er {selection}.",
      "Overveging krev deltakarar trekte ved loddtrekking (tilfeldig, stratifisert utval); utvalet til"
          + " metoden er {selection}.",
      "Deliberation kræver deltagere udtrukket ved lodtrækning (tilfældig, stratificeret udvælgelse);"
          + " metodens udvælgelse er {selection}.",
      "Deliberation needs participants drawn by lot (random, stratified selection); the method's"
          + " selection is {selection}."),
  /** Rule R2: deliberation needs random selection, and the method does not say how it selects. */
  DELIBERATION_SELECTION_NOT_STATED(ReasonKind.EXCLUSION,
      "Overveielse krever tilfeldig, stratifisert utvalg; metodebeskrivelsen oppgir ikke utvalg.",
      "Overveging krev tilfeldig, stratifisert utval; metodeskildringa oppgjev ikkje utval.",
      "Deliberation kræver tilfældig, stratificeret udvælgelse; metodebeskrivelsen angiver ikke"
          + " udvælgelse.",
      "Deliberation needs random, stratified selection; the method's description does not state its"
          + " selection."),
  /** Rule R2: deliberation needs at least a full day with each participant; the method gives less. */
  DELIBERATION_UNDER_FULL_DAY(ReasonKind.EXCLUSION,
      "Overveielse krever minst en hel dag ({full} minutter) per deltaker; metoden gir høyst {minutes}.",
      "Overveging krev minst ein heil dag ({full} minutt) per deltakar; metoden gjev høgst {minutes}.",
      "Deliberation kræver mindst en hel dag ({full} minutter) pr. deltager; metoden giver højst"
          + " {minutes}.",
      "Deliberation needs at least a full day ({full} minutes) with each participant; the method gives"
          + " at most {minutes}."),
  /** Rule R2: deliberation needs a full day, and the method does not state its contact time. */
  DELIBERATION_TIME_NOT_STATED(ReasonKind.EXCLUSION,
      "Overveielse krever minst en hel dag ({full} minutter) per deltaker; metodebeskrivelsen oppgir"
          + " ikke tiden.",
      "Overveging krev minst ein heil dag ({full} minutt) per deltakar; metodeskildringa oppgjev ikkje"
          + " tida.",
      "Deliberation kræver mindst en hel dag ({full} minutter) pr. deltager; metodebeskrivelsen angiver"
          + " ikke tiden.",
      "Deliberation needs at least a full day ({full} minutes) with each participant; the method's"
          + " description does not state its contact time."),
  /** The method is deprecated and no longer recommended. */
  DEPRECATED(ReasonKind.EXCLUSION,
      "Metoden er utgått og anbefales ikke lenger.",
      "Metoden er utgått og blir ikkje lenger tilrådd.",
      "Metoden er udgået og anbefales ikke længere.",
      "The method is deprecated and no longer recommended."),

  // --- strengths

  /** Rule R1: the method's primary IAP2 level is the level chosen. */
  LEVEL_MATCHES(ReasonKind.STRENGTH,
      "Metodens primære IAP2-nivå er det valgte: {level}.",
      "Det primære IAP2-nivået til metoden er det valde: {level}.",
      "Metodens primære IAP2-niveau er det valgte: {level}.",
      "The method's primary IAP2 level is the level chosen: {level}."),
  /** Rule R1: the method can be run at the level chosen, some steps from its primary level. */
  LEVEL_IN_RANGE(ReasonKind.STRENGTH,
      "Metoden kan brukes på nivå {level}, {steps} trinn fra sitt primære nivå {primary}.",
      "Metoden kan brukast på nivå {level}, {steps} steg frå det primære nivået {primary}.",
      "Metoden kan bruges på niveau {level}, {steps} trin fra sit primære niveau {primary}.",
      "The method can be run at {level}, {steps} step(s) from its primary level {primary}."),
  /** The method lists the purpose of the goal. */
  PURPOSE_MATCHES(ReasonKind.STRENGTH,
      "Metoden har formålet {purpose} som nummer {rank}.",
      "Metoden har føremålet {purpose} som nummer {rank}.",
      "Metoden har formålet {purpose} som nummer {rank}.",
      "The method lists the purpose {purpose} as number {rank}."),
  /** The method suits groups of the audience. */
  REACHES_AUDIENCE(ReasonKind.STRENGTH,
      "Metoden passer for disse i målgruppen: {groups}.",
      "Metoden passar for desse i målgruppa: {groups}.",
      "Metoden passer til disse i målgruppen: {groups}.",
      "The method suits these groups of the audience: {groups}."),
  /** Rules R4, R8 and R9: the method reaches groups that open channels seldom reach. */
  REACHES_UNHEARD(ReasonKind.STRENGTH,
      "Metoden når {groups}, som åpne kanaler sjelden når.",
      "Metoden når {groups}, som opne kanalar sjeldan når.",
      "Metoden når {groups}, som åbne kanaler sjældent når.",
      "The method reaches {groups}, whom open channels seldom reach."),
  /** Rule R9: the method goes to people or works in small groups, for groups needing special facilitation. */
  GOES_TO_PEOPLE(ReasonKind.STRENGTH,
      "Metoden oppsøker folk der de er eller bruker små grupper, som grupper med behov for særlig"
          + " tilrettelegging trenger.",
      "Metoden oppsøkjer folk der dei er eller nyttar små grupper, som grupper med behov for særleg"
          + " tilrettelegging treng.",
      "Metoden opsøger folk, hvor de er, eller bruger små grupper, som grupper med behov for særlig"
          + " tilrettelæggelse har brug for.",
      "The method goes to people where they are or works in small groups, as groups needing special"
          + " facilitation require."),
  /** The method comes with supports for accessibility needs of the audience. */
  SUPPORTS_NEEDS(ReasonKind.STRENGTH,
      "Metoden har tiltak for behovene {needs}: {supports}.",
      "Metoden har tiltak for behova {needs}: {supports}.",
      "Metoden har tiltag for behovene {needs}: {supports}.",
      "The method comes with supports for the needs {needs}: {supports}."),
  /** The method is designed for children and young people, who are in the audience. */
  DESIGNED_FOR_YOUNG(ReasonKind.STRENGTH,
      "Metoden er laget for barn og unge.",
      "Metoden er laga for born og unge.",
      "Metoden er lavet til børn og unge.",
      "The method is designed for children and young people."),
  /** The method runs in exactly the mode asked for. */
  MODE_MATCHES(ReasonKind.STRENGTH,
      "Metoden er {mode}, som forespurt.",
      "Metoden er {mode}, som førespurt.",
      "Metoden er {mode}, som ønsket.",
      "The method is {mode}, as asked."),
  /** The method costs less than the budget class allows. */
  BELOW_BUDGET(ReasonKind.STRENGTH,
      "Metoden har kostnadsklasse {cost}, under budsjettklassen {budget}.",
      "Metoden har kostnadsklasse {cost}, under budsjettklassen {budget}.",
      "Metoden har omkostningsklasse {cost}, under budgetklassen {budget}.",
      "The method's cost class is {cost}, below the budget class {budget}."),
  /** Rule R3: for a deliberative goal, the method fosters deliberation, not dialogue or debate. */
  DELIBERATIVE_TALK(ReasonKind.STRENGTH,
      "Metoden legger opp til overveielse: å veie kunnskap og søke felles grunn.",
      "Metoden legg opp til overveging: å vege kunnskap og søkje felles grunn.",
      "Metoden lægger op til deliberation: at afveje viden og søge fælles grund.",
      "The method fosters deliberation: weighing evidence to find common ground."),
  /** Rule R14: the digital method has an offline alternative. */
  OFFLINE_ALTERNATIVE(ReasonKind.STRENGTH,
      "Metoden er digital, men har et alternativ uten digitale verktøy.",
      "Metoden er digital, men har eit alternativ utan digitale verktøy.",
      "Metoden er digital, men har et alternativ uden digitale værktøjer.",
      "The method is digital but has a way to take part without digital tools."),

  // --- warnings

  /** The method does not list the purpose of the goal. */
  PURPOSE_NOT_LISTED(ReasonKind.WARNING,
      "Metoden har ikke formålet {purpose}.",
      "Metoden har ikkje føremålet {purpose}.",
      "Metoden har ikke formålet {purpose}.",
      "The method does not list the purpose {purpose}."),
  /** The method lists none of the audience's groups. */
  AUDIENCE_NOT_LISTED(ReasonKind.WARNING,
      "Metoden er ikke beskrevet for noen i målgruppen: {groups}.",
      "Metoden er ikkje skildra for nokon i målgruppa: {groups}.",
      "Metoden er ikke beskrevet til nogen i målgruppen: {groups}.",
      "The method is not described for any group of the audience: {groups}."),
  /** Rule R14: the method depends on digital tools and has no offline alternative. */
  DIGITAL_ONLY(ReasonKind.WARNING,
      "Metoden krever digitale verktøy og har ikke noe alternativ uten; kombiner den med en kanal med"
          + " oppmøte eller hjelp, og oppfyll WCAG 2.1 AA.",
      "Metoden krev digitale verktøy og har ikkje noko alternativ utan; kombiner han med ein kanal med"
          + " oppmøte eller hjelp, og oppfyll WCAG 2.1 AA.",
      "Metoden kræver digitale værktøjer og har intet alternativ uden; kombinér den med en kanal med"
          + " fremmøde eller hjælp, og opfyld WCAG 2.1 AA.",
      "The method needs digital tools and has no offline alternative; pair it with an in-person or"
          + " assisted channel, and meet WCAG 2.1 AA."),
  /** The method creates barriers the audience faces. */
  CREATES_BARRIERS(ReasonKind.WARNING,
      "Metoden skaper hindringer målgruppen møter: {barriers}.",
      "Metoden skaper hindringar målgruppa møter: {barriers}.",
      "Metoden skaber barrierer, som målgruppen møder: {barriers}.",
      "The method creates barriers the audience faces: {barriers}."),
  /** The method does not suit children and young people, who are in the audience. */
  NOT_FOR_YOUNG(ReasonKind.WARNING,
      "Metoden passer ikke for barn og unge.",
      "Metoden passar ikkje for born og unge.",
      "Metoden passer ikke til børn og unge.",
      "The method does not suit children and young people."),
  /** Calendar time is limited and the method does not state how many calendar days it needs. */
  CALENDAR_TIME_NOT_STATED(ReasonKind.WARNING,
      "Metodebeskrivelsen oppgir ikke hvor mange kalenderdager metoden trenger.",
      "Metodeskildringa oppgjev ikkje kor mange kalenderdagar metoden treng.",
      "Metodebeskrivelsen angiver ikke, hvor mange kalenderdage metoden kræver.",
      "The method's description does not state how many calendar days it needs."),
  /** The audience has accessibility needs and the method does not describe its accessibility. */
  ACCESSIBILITY_NOT_DESCRIBED(ReasonKind.WARNING,
      "Metodebeskrivelsen sier ikke hvilke hindringer og tiltak metoden har.",
      "Metodeskildringa seier ikkje kva hindringar og tiltak metoden har.",
      "Metodebeskrivelsen angiver ikke metodens barrierer og tiltag.",
      "The method's description does not state its barriers and supports."),
  /** The method's description is a draft, not yet reviewed. */
  DRAFT(ReasonKind.WARNING,
      "Metodebeskrivelsen er et utkast som ikke er gjennomgått.",
      "Metodeskildringa er eit utkast som ikkje er gjennomgått.",
      "Metodebeskrivelsen er et udkast, som ikke er gennemgået.",
      "The method's description is a draft, not yet reviewed."),

  // --- notes

  /** Rule R15: the method is a statutory channel residents may use whatever the municipality chooses. */
  STATUTORY_CHANNEL(ReasonKind.NOTE,
      "En lovfestet kanal: innbyggerne kan bruke den uansett hva kommunen velger; vis den med sine"
          + " juridiske vilkår.",
      "Ein lovfesta kanal: innbyggjarane kan bruke han same kva kommunen vel; vis han med dei juridiske"
          + " vilkåra.",
      "En lovfæstet kanal: borgerne kan bruge den, uanset hvad kommunen vælger; vis den med dens"
          + " juridiske betingelser.",
      "A statutory channel: residents may use it whatever the municipality chooses; show it with its"
          + " legal parameters."),
  /** Rule R10: the method hands over a decision. */
  BINDING_DECISION(ReasonKind.NOTE,
      "Metoden overlater en beslutning: den trenger en avgrenset pott eller et avgrenset spørsmål, eller"
          + " et lovgrunnlag.",
      "Metoden overlèt ei avgjerd: han treng ein avgrensa pott eller eit avgrensa spørsmål, eller eit"
          + " lovgrunnlag.",
      "Metoden overlader en beslutning: den kræver en afgrænset pulje eller et afgrænset spørgsmål, eller"
          + " et lovgrundlag.",
      "The method hands over a decision: it needs a bounded pot or question, or a legal basis."),
  /** Rule R13: a method drawing participants by lot needs a budget for compensation. */
  COMPENSATION_BUDGET(ReasonKind.NOTE,
      "Sett av budsjett til godtgjøring, reise og barnepass for deltakere trukket ved loddtrekning.",
      "Set av budsjett til godtgjersle, reise og barnepass for deltakarar trekte ved loddtrekking.",
      "Afsæt budget til honorar, rejser og børnepasning for deltagere udtrukket ved lodtrækning.",
      "Budget for remuneration, travel and childcare for participants drawn by lot.");

  private final ReasonKind kind;
  private final LocalizedText template;

  ReasonCode(ReasonKind kind, String nb, String nn, String da, String en) {
    this.kind = kind;
    this.template = LocalizedText.of(nb, nn, da, en);
  }

  /**
   * Returns what a reason with this code does to a method's place.
   *
   * @return the kind
   */
  public ReasonKind kind() {
    return kind;
  }

  /**
   * Returns the text with its placeholders, such as {@code {level}}, unfilled.
   *
   * @return the template in every language
   */
  public LocalizedText template() {
    return template;
  }

  /**
   * Returns the text with its placeholders filled.
   *
   * @param values the values by placeholder name
   * @return the text in every language
   * @throws org.folkestyre.core.InvalidValueException if a placeholder has no value
   */
  public LocalizedText text(Map<String, ?> values) {
    return template.format(values);
  }
}
