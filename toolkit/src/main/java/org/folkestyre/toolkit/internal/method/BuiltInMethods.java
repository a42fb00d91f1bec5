package org.folkestyre.toolkit.internal.method;

import static org.folkestyre.toolkit.method.ParticipationMethod.texts;

import com.google.common.collect.ImmutableList;
import org.folkestyre.toolkit.method.AccessBarrier;
import org.folkestyre.toolkit.method.AccessSupport;
import org.folkestyre.toolkit.method.Accessibility;
import org.folkestyre.toolkit.method.Arena;
import org.folkestyre.toolkit.method.CostClass;
import org.folkestyre.toolkit.method.DecisionMethod;
import org.folkestyre.toolkit.method.DecisionPower;
import org.folkestyre.toolkit.method.DeliberationType;
import org.folkestyre.toolkit.method.Dependency;
import org.folkestyre.toolkit.method.DigitalDependency;
import org.folkestyre.toolkit.method.Facilitation;
import org.folkestyre.toolkit.method.GroupSize;
import org.folkestyre.toolkit.method.Iap2Level;
import org.folkestyre.toolkit.method.Iap2Range;
import org.folkestyre.toolkit.method.Initiator;
import org.folkestyre.toolkit.method.InteractionType;
import org.folkestyre.toolkit.method.LearningResource;
import org.folkestyre.toolkit.method.LegalReference;
import org.folkestyre.toolkit.method.MethodDuration;
import org.folkestyre.toolkit.method.MethodOutput;
import org.folkestyre.toolkit.method.MethodStatus;
import org.folkestyre.toolkit.method.MethodType;
import org.folkestyre.toolkit.method.Mode;
import org.folkestyre.toolkit.method.NorwegianInfluenceLevel;
import org.folkestyre.toolkit.method.Openness;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.ParticipationMethod.Builder;
import org.folkestyre.toolkit.method.PlanningPhase;
import org.folkestyre.toolkit.method.Provenance;
import org.folkestyre.toolkit.method.Purpose;
import org.folkestyre.toolkit.method.Recruitment;
import org.folkestyre.toolkit.method.Recurrence;
import org.folkestyre.toolkit.method.Scope;
import org.folkestyre.toolkit.method.Selection;
import org.folkestyre.toolkit.method.SourceKind;
import org.folkestyre.toolkit.method.SourceReference;
import org.folkestyre.toolkit.method.Span;
import org.folkestyre.toolkit.method.TargetGroup;
import org.folkestyre.toolkit.method.YouthSuitability;

/**
 * The methods that ship with Folkestyre, drawn from the project's research on participation
 * methods in Norwegian and Danish municipalities, in the order of that research: broad
 * consultation first, then dialogue and co-design, standing bodies, delegated decision and
 * co-production, deliberation and the formal democratic channels.
 */
public final class BuiltInMethods {
  /** The licence of the built-in descriptions: the project's own. */
  public static final String LICENCE = "Apache-2.0";

  private static final ImmutableList<ParticipationMethod> METHODS =
      all().stream().map(BuiltInMethods::withReferences).collect(ImmutableList.toImmutableList());

  private BuiltInMethods() {}

  private static Builder method(String id) {
    return ParticipationMethod.builder().id(id).provenance(Provenance.BUILT_IN).status(MethodStatus.PUBLISHED)
        .licence(LICENCE);
  }

  private static MethodDuration.Builder time(Recurrence recurrence, String description) {
    return MethodDuration.builder().recurrence(recurrence).description(description);
  }

  private static Accessibility.Builder access(Dependency language, DigitalDependency digital, YouthSuitability youth) {
    return Accessibility.builder().languageDependency(language).digitalDependency(digital).youthSuitability(youth);
  }

  /** Adds the structured form of each short citation: publisher and title, and the kind of source. */
  private static ParticipationMethod withReferences(ParticipationMethod method) {
    return ParticipationMethod.builder().from(method)
        .references(method.sources().stream().map(BuiltInMethods::reference).toList()).build();
  }

  /**
   * Reads a short citation such as {@code "DOGA: Gjestebud"} or {@code "Participedia method 159"}
   * as a structured source.
   *
   * @param citation the citation
   * @return the source
   */
  static SourceReference reference(String citation) {
    int colon = citation.indexOf(": ");
    String publisher;
    String title;
    if (colon > 0) {
      publisher = citation.substring(0, colon);
      title = citation.substring(colon + 2);
    } else if (citation.startsWith("Participedia ")) {
      publisher = "Participedia";
      title = citation.substring("Participedia ".length());
    } else if (citation.startsWith("Kommuneloven") || citation.startsWith("Prop. ")) {
      publisher = "Stortinget";
      title = citation;
    } else {
      publisher = citation;
      title = citation;
    }
    return SourceReference.of(publisher, title, kind(publisher, title));
  }

  private static SourceKind kind(String publisher, String title) {
    if (publisher.equals("Participedia")) {
      return SourceKind.CATALOGUE;
    }
    if (publisher.equals("Stortinget") || publisher.equals("Folketinget")) {
      return SourceKind.LAW;
    }
    for (String research : new String[] {"OECD", "SDU", "UiB", "CIPAST", "Hart", "Niessen", "Bertelsmann", "Kupa"}) {
      if (publisher.startsWith(research)) {
        return SourceKind.RESEARCH;
      }
    }
    String lower = (publisher + " " + title).toLowerCase(java.util.Locale.ROOT);
    for (String practice : new String[] {"kommune", "folkemødet", "københavnertinget", "dagsavisen", "tv2", "sn.dk",
        "multiconsult", "åssiden"}) {
      if (lower.contains(practice)) {
        return SourceKind.CASE;
      }
    }
    return SourceKind.GUIDANCE;
  }

  /**
   * Returns the built-in methods in catalogue order.
   *
   * @return the methods, each id once
   */
  public static ImmutableList<ParticipationMethod> methods() {
    return METHODS;
  }

  private static ImmutableList<ParticipationMethod> all() {
    return ImmutableList.of(
        method("public-meeting")
            .names(texts("Folkemøte / åpent møte", "Borgermøde", "Public meeting (town hall)"))
            .summary(texts(
                "Et åpent møte der kommunen legger fram en sak eller plan og tar imot spørsmål og innspill fra"
                    + " alle som møter.",
                "Et åbent møde, hvor kommunen fremlægger en sag eller plan og modtager spørgsmål og"
                    + " bemærkninger fra alle fremmødte.",
                "An open meeting where the municipality presents an issue or plan and takes questions and"
                    + " comments from anyone who comes."))
            .addPurposes(Purpose.INFORM, Purpose.MAKE)
            .iap2Level(Iap2Level.CONSULT).iap2Range(Iap2Range.between(Iap2Level.INFORM, Iap2Level.CONSULT))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(20, 300))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.AFFECTED_RESIDENTS)
            .costClass(CostClass.LOW).duration(time(Recurrence.ONE_OFF, "2–3 hours")
                .contactMinutes(Span.of(120, 180)).sessions(Span.exactly(1)).calendarDays(Span.exactly(1)).build())
            .accessibilityNotes("Step-free venue, hearing loop, interpreters on request and microphones for every"
                + " speaker; add small-group parts for those who will not speak in plenary. Attendance is"
                + " self-selected, so combine with targeted methods. Norwegian folkemøte means this; the"
                + " Danish folkemøde is the democracy festival.")
            .addSources("KMD: Medvirkning i planlegging", "DOGA: Metoder for medvirkning", "Participedia method 159")
            .addMethodTypes(MethodType.PUBLIC_MEETINGS)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.ADMINISTRATION, Initiator.POLITICIANS)
            .openness(Openness.OPEN).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION)
            .addInteractionTypes(InteractionType.ASK_AND_ANSWER, InteractionType.LISTEN_WATCH,
                InteractionType.DISCUSSION)
            .deliberationType(DeliberationType.DEBATE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.NOT_APPLICABLE)
            .addLearningResources(LearningResource.EXPERT_PRESENTATIONS)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.AGENDA, PlanningPhase.HEARING)
            .addOutputs(MethodOutput.INFORMATION_DISSEMINATED, MethodOutput.QA_LOG)
            .accessibility(access(Dependency.HIGH, DigitalDependency.NONE, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.MOBILITY, AccessBarrier.HEARING, AccessBarrier.PUBLIC_SPEAKING,
                    AccessBarrier.TIME_AVAILABILITY, AccessBarrier.MAJORITY_LANGUAGE)
                .addSupports(AccessSupport.STEP_FREE_VENUE, AccessSupport.HEARING_LOOP,
                    AccessSupport.SPOKEN_INTERPRETER, AccessSupport.SMALL_GROUPS)
                .build())
            .build(),
        method("open-house-exhibition")
            .names(texts("Åpent hus / planutstilling", "Åbent hus / udstilling", "Open house / drop-in exhibition"))
            .summary(texts(
                "Planer, modeller og plakater stilles ut en periode med ansatte til stede; folk kommer innom når"
                    + " det passer og gir kommentarer.",
                "Planer, modeller og plakater udstilles i en periode med medarbejdere til stede; folk kigger"
                    + " forbi, når det passer dem, og giver bemærkninger.",
                "Plans, models and posters are on show for a while with staff present; people drop in when it"
                    + " suits them and leave comments."))
            .addPurposes(Purpose.INFORM, Purpose.INSIGHT)
            .iap2Level(Iap2Level.INFORM).iap2Range(Iap2Range.between(Iap2Level.INFORM, Iap2Level.CONSULT))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.NONE).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.atLeast(1))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.AFFECTED_RESIDENTS)
            .costClass(CostClass.LOW)
            .duration(time(Recurrence.ONE_OFF, "15–60 minutes per visitor; open 1–5 days")
                .contactMinutes(Span.of(15, 60)).sessions(Span.exactly(1)).calendarDays(Span.of(1, 5)).build())
            .accessibilityNotes("Dropping in lowers the barrier of fixed times; physical models help those who"
                + " find plan maps hard (offer tactile or large-print versions); staff can write down spoken"
                + " comments.")
            .addSources("KMD: Medvirkning i planlegging", "byplanlab.dk: nye dialogformer")
            .addMethodTypes(MethodType.PUBLIC_MEETINGS, MethodType.INFORMAL)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.OPEN).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION)
            .addInteractionTypes(InteractionType.LISTEN_WATCH, InteractionType.ASK_AND_ANSWER,
                InteractionType.EXPRESS_OPINIONS)
            .deliberationType(DeliberationType.OPINION_GIVING).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.NOT_APPLICABLE)
            .addLearningResources(LearningResource.WRITTEN_BRIEFING)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.KNOWLEDGE, PlanningPhase.HEARING)
            .addOutputs(MethodOutput.INFORMATION_DISSEMINATED, MethodOutput.OPINION_DATA)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.NONE, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.VISION, AccessBarrier.COGNITION_LITERACY)
                .addSupports(AccessSupport.STEP_FREE_VENUE, AccessSupport.FLEXIBLE_TIMING,
                    AccessSupport.AUDIO_DESCRIPTION, AccessSupport.PLAIN_LANGUAGE)
                .build())
            .build(),
        method("pop-up-stand")
            .names(texts("Stand / pop-up", "Pop-up-stand / borgerstand", "Pop-up stand / street stall"))
            .summary(texts(
                "Ansatte stiller seg opp der folk allerede er – kjøpesenter, bibliotek, stasjon, skole – og"
                    + " samler korte meninger, prikkstemmer eller kartnåler.",
                "Medarbejdere stiller sig op, hvor folk allerede er – indkøbscenter, bibliotek, station,"
                    + " skole – og indsamler korte holdninger, prikker eller kortnåle.",
                "Staff set up where people already are — shopping centre, library, station, school — and"
                    + " collect quick opinions, dot votes or map pins."))
            .addPurposes(Purpose.INSIGHT, Purpose.INFORM)
            .iap2Level(Iap2Level.CONSULT)
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(50, 500))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.YOUTH, TargetGroup.LANGUAGE_MINORITIES)
            .costClass(CostClass.LOW)
            .duration(time(Recurrence.ONE_OFF, "2–10 minutes per person; 2–6 hours per place")
                .contactMinutes(Span.of(2, 10)).sessions(Span.exactly(1)).calendarDays(Span.exactly(1)).build())
            .accessibilityNotes("Takes participation to people who do not come to meetings; bring staff who speak"
                + " several languages and visual material, and choose a step-free spot.")
            .addSources("Asker kommune: ressursbank for medvirkning", "Distriktssenteret: biblioteket som arena",
                "KMD: Medvirkning i planlegging")
            .addMethodTypes(MethodType.INFORMAL, MethodType.RESEARCH)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.OPEN_WITH_OUTREACH).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION)
            .addInteractionTypes(InteractionType.EXPRESS_OPINIONS, InteractionType.ASK_AND_ANSWER)
            .deliberationType(DeliberationType.OPINION_GIVING).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.OPINION_SURVEY, DecisionMethod.IDEA_GENERATION)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.KNOWLEDGE, PlanningPhase.IDEAS, PlanningPhase.HEARING)
            .addOutputs(MethodOutput.OPINION_DATA, MethodOutput.IDEA_LIST)
            .accessibility(access(Dependency.LOW, DigitalDependency.NONE, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.MAJORITY_LANGUAGE, AccessBarrier.TRUST)
                .addSupports(AccessSupport.GO_TO_PEOPLE, AccessSupport.STEP_FREE_VENUE,
                    AccessSupport.TRANSLATED_MATERIALS, AccessSupport.FLEXIBLE_TIMING)
                .build())
            .build(),
        method("formal-hearing")
            .names(texts("Høring og offentlig ettersyn", "Offentlig høring", "Statutory public consultation (hearing)"))
            .summary(texts(
                "Den lovpålagte skriftlige høringen av et plan- eller vedtaksutkast med fast frist; innspillene"
                    + " oppsummeres og kommenteres i saken.",
                "Den lovpligtige skriftlige høring af et udkast til plan eller beslutning med fast frist;"
                    + " høringssvarene sammenfattes og besvares i sagen.",
                "The written consultation the law requires on a draft plan or decision, with a fixed deadline;"
                    + " submissions are summarised and answered in the case."))
            .addPurposes(Purpose.MAKE)
            .iap2Level(Iap2Level.CONSULT)
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.HYBRID)
            .groupSize(GroupSize.atLeast(1))
            .addTargetGroups(TargetGroup.STAKEHOLDERS, TargetGroup.AFFECTED_RESIDENTS, TargetGroup.GENERAL_PUBLIC)
            .costClass(CostClass.LOW)
            .duration(time(Recurrence.ONE_OFF, "time to write a submission; a statutory minimum period")
                .calendarDays(Span.of(42, 90)).build())
            .accessibilityNotes("Written submissions favour the resourceful: accept oral or assisted submissions,"
                + " give a plain-language summary and publish documents that meet WCAG.")
            .addSources("Regjeringen: Medvirkning (plan- og bygningsloven)", "Prop. 149 L", "Participedia method 162")
            .addMethodTypes(MethodType.PUBLIC_MEETINGS, MethodType.PLANNING)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.ADMINISTRATION)
            .addLegalReferences(LegalReference.of("NO", "plan- og bygningsloven", "§ 5-2",
                "hearing and public display of plan proposals"))
            .addLegalReferences(LegalReference.of("DK", "planloven", "§ 24",
                "public display of plan proposals"))
            .openness(Openness.OPEN).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION)
            .addInteractionTypes(InteractionType.FORMAL_TESTIMONY, InteractionType.EXPRESS_OPINIONS)
            .deliberationType(DeliberationType.OPINION_GIVING).facilitation(Facilitation.NOT_APPLICABLE)
            .addDecisionMethods(DecisionMethod.NOT_APPLICABLE)
            .addLearningResources(LearningResource.WRITTEN_BRIEFING)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY, Scope.REGION)
            .addPlanningPhases(PlanningPhase.HEARING)
            .addOutputs(MethodOutput.FORMAL_STATEMENT, MethodOutput.OPINION_DATA)
            .accessibility(access(Dependency.HIGH, DigitalDependency.OPTIONAL, YouthSuitability.NOT_SUITABLE)
                .addBarriers(AccessBarrier.COGNITION_LITERACY, AccessBarrier.MAJORITY_LANGUAGE,
                    AccessBarrier.TIME_AVAILABILITY)
                .addSupports(AccessSupport.PLAIN_LANGUAGE, AccessSupport.WCAG_2_1_AA, AccessSupport.OFFLINE_ALTERNATIVE)
                .offlineAlternative("Submissions on paper, by letter or given orally to staff, who write them down.")
                .build())
            .build(),
        method("survey")
            .names(texts("Spørreundersøkelse", "Spørgeskemaundersøgelse / brugerpejling", "Survey / questionnaire"))
            .summary(texts(
                "Faste spørsmål til mange, på nett eller papir, enten åpent for alle eller til et tilfeldig"
                    + " utvalg for å bli representativ.",
                "Faste spørgsmål til mange, online eller på papir, enten åbent for alle eller til en tilfældig"
                    + " stikprøve for at blive repræsentativ.",
                "Set questions to many people, online or on paper, either open to all or sent to a random"
                    + " sample to be representative."))
            .addPurposes(Purpose.INSIGHT)
            .iap2Level(Iap2Level.CONSULT)
            .addArenas(Arena.SYSTEM_POLITICAL, Arena.SERVICE).decisionPower(DecisionPower.ADVISORY).mode(Mode.DIGITAL)
            .groupSize(GroupSize.between(100, 10_000))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.SERVICE_USERS)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.ONE_OFF, "5–20 minutes per answer; open 2–8 weeks")
                .contactMinutes(Span.of(5, 20)).sessions(Span.exactly(1)).calendarDays(Span.of(14, 56)).build())
            .accessibilityNotes("WCAG 2.1 AA, plain language, translations, a paper or telephone option and"
                + " read-aloud support.")
            .addSources("Participedia method 565", "Holbæk Kommune: agenda of 28 October 2014")
            .addMethodTypes(MethodType.RESEARCH)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.OPEN).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION, Recruitment.RANDOM)
            .addInteractionTypes(InteractionType.EXPRESS_OPINIONS, InteractionType.NO_INTERACTION)
            .deliberationType(DeliberationType.OPINION_GIVING).facilitation(Facilitation.NOT_FACILITATED)
            .addDecisionMethods(DecisionMethod.OPINION_SURVEY)
            .addScopes(Scope.ORGANISATION, Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.KNOWLEDGE, PlanningPhase.PROPOSAL, PlanningPhase.EVALUATION)
            .addOutputs(MethodOutput.OPINION_DATA)
            .accessibility(access(Dependency.HIGH, DigitalDependency.OPTIONAL, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.COGNITION_LITERACY, AccessBarrier.MAJORITY_LANGUAGE,
                    AccessBarrier.DIGITAL_ACCESS)
                .addSupports(AccessSupport.WCAG_2_1_AA, AccessSupport.PLAIN_LANGUAGE,
                    AccessSupport.TRANSLATED_MATERIALS, AccessSupport.OFFLINE_ALTERNATIVE)
                .offlineAlternative("A paper questionnaire or an interview by telephone.")
                .build())
            .build(),
        method("online-citizen-panel")
            .names(texts("Digitalt innbyggerpanel", "Borgerpanel (digitalt)", "Standing online citizens' panel"))
            .summary(texts(
                "Et register av innbyggere som svarer på korte undersøkelser noen ganger i året; tilfeldig"
                    + " invitasjon gir bedre, men ikke sikker, representativitet.",
                "Et register af borgere, der svarer på korte undersøgelser nogle gange om året; tilfældig"
                    + " invitation giver bedre, men ikke sikker, repræsentativitet.",
                "A register of residents who answer short surveys a few times a year; recruiting by random"
                    + " invitation helps representativeness but does not guarantee it."))
            .addPurposes(Purpose.INSIGHT)
            .iap2Level(Iap2Level.CONSULT)
            .addArenas(Arena.SYSTEM_POLITICAL, Arena.SERVICE).decisionPower(DecisionPower.ADVISORY).mode(Mode.DIGITAL)
            .groupSize(GroupSize.between(500, 5_000))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.STANDING, "10–15 minutes per survey, 3–6 surveys a year")
                .contactMinutes(Span.of(10, 15)).sessions(Span.of(3, 6)).calendarDays(Span.exactly(365)).build())
            .accessibilityNotes("Depends heavily on digital access; young people and some groups are"
                + " under-represented, so track and weight the answers and offer help to take part.")
            .addSources("Københavns Kommune: borgerpanel", "Asker kommune: innbyggerpanel",
                "Holbæk Kommune: elektronisk borgerpanel")
            .addMethodTypes(MethodType.RESEARCH, MethodType.LONG_TERM)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.LIMITED).selection(Selection.RANDOM)
            .addRecruitment(Recruitment.RANDOM, Recruitment.SELF_SELECTION)
            .addInteractionTypes(InteractionType.EXPRESS_OPINIONS, InteractionType.NO_INTERACTION)
            .deliberationType(DeliberationType.OPINION_GIVING).facilitation(Facilitation.NOT_FACILITATED)
            .addDecisionMethods(DecisionMethod.OPINION_SURVEY)
            .addScopes(Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.CONTINUOUS)
            .addOutputs(MethodOutput.OPINION_DATA)
            .accessibility(access(Dependency.HIGH, DigitalDependency.REQUIRED, YouthSuitability.NOT_SUITABLE)
                .addBarriers(AccessBarrier.DIGITAL_ACCESS, AccessBarrier.COGNITION_LITERACY,
                    AccessBarrier.MAJORITY_LANGUAGE)
                .addSupports(AccessSupport.WCAG_2_1_AA, AccessSupport.PLAIN_LANGUAGE, AccessSupport.OFFLINE_ALTERNATIVE)
                .offlineAlternative("Members without digital access answer with help from staff, by telephone or on"
                + " paper.")
                .build())
            .build(),
        method("map-based-input")
            .names(texts("Digitalt kartinnspill / digital plandialog", "Kortbaseret digital høring",
                "Map-based online input"))
            .summary(texts(
                "Innbyggerne legger kommentarer, tegninger eller bilder rett på et nettkart over planområdet;"
                    + " kommunen får stedfestede innspill til GIS.",
                "Borgerne placerer kommentarer, tegninger eller fotos direkte på et webkort over planområdet;"
                    + " kommunen får stedfæstede input til GIS.",
                "Residents put comments, sketches or photos straight onto a web map of the plan area, giving"
                    + " the municipality input tied to places for its GIS."))
            .addPurposes(Purpose.INSIGHT, Purpose.MAKE)
            .iap2Level(Iap2Level.CONSULT)
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.DIGITAL)
            .groupSize(GroupSize.between(50, 2_000))
            .addTargetGroups(TargetGroup.AFFECTED_RESIDENTS, TargetGroup.LANDOWNERS, TargetGroup.YOUTH)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.ONE_OFF, "5–30 minutes per contribution; open 2–8 weeks")
                .contactMinutes(Span.of(5, 30)).sessions(Span.exactly(1)).calendarDays(Span.of(14, 56)).build())
            .accessibilityNotes("Maps are hard for screen-reader users and some older people: offer a text"
                + " alternative and assisted sessions at a library or stand, and design for mobiles first.")
            .addSources("Regjeringen: Nettbaserte løsninger for medvirkning", "Multiconsult: Vindafjord")
            .addMethodTypes(MethodType.PLANNING, MethodType.RESEARCH)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.OPEN).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION)
            .addInteractionTypes(InteractionType.EXPRESS_OPINIONS)
            .deliberationType(DeliberationType.OPINION_GIVING).facilitation(Facilitation.NOT_FACILITATED)
            .addDecisionMethods(DecisionMethod.IDEA_GENERATION, DecisionMethod.OPINION_SURVEY)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.KNOWLEDGE, PlanningPhase.IDEAS, PlanningPhase.HEARING)
            .addOutputs(MethodOutput.GEO_DATA, MethodOutput.IDEA_LIST)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.REQUIRED, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.DIGITAL_ACCESS, AccessBarrier.VISION, AccessBarrier.COGNITION_LITERACY)
                .addSupports(AccessSupport.WCAG_2_1_AA, AccessSupport.OFFLINE_ALTERNATIVE, AccessSupport.GO_TO_PEOPLE)
                .offlineAlternative("A text or list version of the map, and assisted sessions at a library or a stand"
                + " where staff place the pins.")
                .build())
            .build(),
        method("barnetrakk")
            .names(texts("Barnetråkk", "Barnetråkk (børns kortlægning af nærmiljøet)",
                "Child-trail mapping (Barnetråkk)"))
            .summary(texts(
                "Elever registrerer i timen på et digitalt kart skoleveien, steder de liker og det de vil endre;"
                    + " resultatet blir et temakart til planarbeidet.",
                "Elever registrerer i timen på et digitalt kort deres skolevej, steder de kan lide, og hvad der"
                    + " bør ændres; resultatet bliver et temakort til planlægningen.",
                "Pupils mark on a digital map in class their way to school, places they like and what should"
                    + " change; the result is a thematic map for planning."))
            .addPurposes(Purpose.INSIGHT, Purpose.DEVELOP)
            .iap2Level(Iap2Level.CONSULT).iap2Range(Iap2Range.between(Iap2Level.CONSULT, Iap2Level.INVOLVE))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.DIGITAL)
            .groupSize(GroupSize.atLeast(1))
            .addTargetGroups(TargetGroup.CHILDREN, TargetGroup.YOUTH, TargetGroup.STUDENTS)
            .costClass(CostClass.LOW)
            .duration(time(Recurrence.ONE_OFF, "1–2 lessons and follow-up; 2–6 weeks")
                .contactMinutes(Span.of(45, 90)).sessions(Span.of(1, 2)).calendarDays(Span.of(14, 42)).build())
            .accessibilityNotes("Running it in school reaches every child whatever their background; symbols"
                + " help weak readers; schools need Feide logins and the platform handles minors' privacy.")
            .addSources("Barnetråkk", "naturfag.no: Barnetråkk", "Regjeringen: barn og unge i plan og byggesak")
            .addMethodTypes(MethodType.PLANNING, MethodType.EXPERIENTIAL)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.LIMITED).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.CAPTIVE)
            .minimumAge(8).maximumAge(16)
            .addInteractionTypes(InteractionType.EXPRESS_OPINIONS, InteractionType.TEACHING)
            .deliberationType(DeliberationType.OPINION_GIVING).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.OPINION_SURVEY)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.KNOWLEDGE)
            .addOutputs(MethodOutput.GEO_DATA)
            .accessibility(access(Dependency.LOW, DigitalDependency.REQUIRED, YouthSuitability.DESIGNED_FOR)
                .addBarriers(AccessBarrier.DIGITAL_ACCESS, AccessBarrier.COGNITION_LITERACY)
                .addSupports(AccessSupport.GO_TO_PEOPLE, AccessSupport.WCAG_2_1_AA, AccessSupport.OFFLINE_ALTERNATIVE)
                .offlineAlternative("Pupils draw on a printed map in class and the teacher enters the drawings.")
                .build())
            .build(),
        method("idea-portal")
            .names(texts("Digital idé- og innspillsportal", "Digital idéportal / idébank",
                "Online ideas and comments platform"))
            .summary(texts(
                "En nettside der innbyggerne legger inn ideer eller kommenterer spørsmål, ofte med støtte-"
                    + " eller stemmefunksjon og moderering.",
                "En hjemmeside, hvor borgerne lægger idéer ind eller kommenterer spørgsmål, ofte med"
                    + " mulighed for at støtte eller stemme og med moderation.",
                "A website where residents post ideas or comment on questions, often with support or voting"
                    + " and with moderation."))
            .addPurposes(Purpose.INSIGHT, Purpose.MAKE)
            .iap2Level(Iap2Level.CONSULT).iap2Range(Iap2Range.between(Iap2Level.CONSULT, Iap2Level.INVOLVE))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.DIGITAL)
            .groupSize(GroupSize.atLeast(1))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.YOUTH)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.ONE_OFF, "minutes per contribution; open 2–12 weeks")
                .contactMinutes(Span.of(5, 30)).calendarDays(Span.of(14, 84)).build())
            .accessibilityNotes("Shuts out people without digital access or skills: meet WCAG 2.1 AA, publish a"
                + " moderation policy and offer an offline drop-in alternative.")
            .addSources("Drammen kommune: Drammen 2040", "byplanlab.dk: idébank på nettet",
                "Participedia methods 183, 733")
            .addMethodTypes(MethodType.COLLABORATIVE, MethodType.PUBLIC_MEETINGS)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.ADMINISTRATION, Initiator.POLITICIANS)
            .openness(Openness.OPEN).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION)
            .addInteractionTypes(InteractionType.EXPRESS_OPINIONS, InteractionType.DISCUSSION)
            .deliberationType(DeliberationType.OPINION_GIVING).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.IDEA_GENERATION, DecisionMethod.VOTING)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.AGENDA, PlanningPhase.IDEAS, PlanningPhase.HEARING)
            .addOutputs(MethodOutput.IDEA_LIST, MethodOutput.PRIORITISED_LIST)
            .accessibility(access(Dependency.HIGH, DigitalDependency.REQUIRED, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.DIGITAL_ACCESS, AccessBarrier.COGNITION_LITERACY,
                    AccessBarrier.MAJORITY_LANGUAGE)
                .addSupports(AccessSupport.WCAG_2_1_AA, AccessSupport.OFFLINE_ALTERNATIVE, AccessSupport.PLAIN_LANGUAGE)
                .offlineAlternative("A drop-in at a library or service office where staff post ideas for those who"
                + " cannot do it themselves.")
                .build())
            .build(),
        method("online-meeting-politicians")
            .names(texts("Nettmøte med politikere", "Digitalt borgermøde med politikere",
                "Online Q&A with politicians (virtual town hall)"))
            .summary(texts(
                "En strømmet samtale der innbyggerne stiller politikerne spørsmål direkte eller på forhånd.",
                "En streamet samtale, hvor borgerne stiller politikerne spørgsmål direkte eller på forhånd.",
                "A streamed conversation in which residents put questions to politicians, live or in advance."))
            .addPurposes(Purpose.INFORM, Purpose.MAKE)
            .iap2Level(Iap2Level.CONSULT).iap2Range(Iap2Range.between(Iap2Level.INFORM, Iap2Level.CONSULT))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.DIGITAL)
            .groupSize(GroupSize.between(20, 500))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.YOUTH)
            .costClass(CostClass.LOW).duration(time(Recurrence.ONE_OFF, "1–2 hours")
                .contactMinutes(Span.of(60, 120)).sessions(Span.exactly(1)).calendarDays(Span.exactly(1)).build())
            .accessibilityNotes("Live captions and sign interpretation on the stream, questions by text or"
                + " phone, and a recording with a transcript; suits people who cannot travel.")
            .addSources("Drammen kommune: Drammen 2040 (online innbyggersamtale, 2021)")
            .addMethodTypes(MethodType.PUBLIC_MEETINGS)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.POLITICIANS, Initiator.ADMINISTRATION)
            .openness(Openness.OPEN).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION)
            .addInteractionTypes(InteractionType.ASK_AND_ANSWER, InteractionType.LISTEN_WATCH)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.NOT_APPLICABLE)
            .addScopes(Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.AGENDA, PlanningPhase.HEARING)
            .addOutputs(MethodOutput.QA_LOG, MethodOutput.INFORMATION_DISSEMINATED)
            .accessibility(access(Dependency.HIGH, DigitalDependency.REQUIRED, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.DIGITAL_ACCESS, AccessBarrier.HEARING)
                .addSupports(AccessSupport.WCAG_2_1_AA, AccessSupport.CAPTIONS, AccessSupport.SIGN_INTERPRETER,
                    AccessSupport.OFFLINE_ALTERNATIVE)
                .offlineAlternative("Questions by telephone or letter before the meeting, and a written transcript"
                + " afterwards.")
                .build())
            .build(),
        method("youth-podcast")
            .names(texts("Podkast av og for ungdom", "Podcast af og for unge", "Youth-produced podcast"))
            .summary(texts(
                "Ungdom lager episoder om en plan eller et politisk tema og intervjuer jevnaldrende og"
                    + " politikere; det sprer informasjon og får fram ungdommens syn.",
                "Unge producerer afsnit om en plan eller et politisk emne og interviewer jævnaldrende og"
                    + " politikere; det spreder viden og giver de unges perspektiv.",
                "Young people make episodes on a plan or policy topic, interviewing peers and politicians;"
                    + " it spreads information and brings out young people's views."))
            .addPurposes(Purpose.INSIGHT, Purpose.INFORM, Purpose.DEVELOP)
            .iap2Level(Iap2Level.CONSULT).iap2Range(Iap2Range.between(Iap2Level.INFORM, Iap2Level.CONSULT))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.DIGITAL)
            .groupSize(GroupSize.between(3, 10))
            .addTargetGroups(TargetGroup.YOUTH)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.ONE_OFF, "4–8 weeks of production")
                .calendarDays(Span.of(28, 56)).build())
            .accessibilityNotes("Publish transcripts, get consent for minors, and pay or credit the young producers.")
            .addSources("Drammen kommune: Drammen 2040 (Podkast – av og for ungdom)")
            .addMethodTypes(MethodType.PARTICIPATORY_ARTS, MethodType.PARTICIPANT_LED)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.LIMITED).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.INVITATION)
            .minimumAge(13).maximumAge(25)
            .addInteractionTypes(InteractionType.STORYTELLING, InteractionType.ASK_AND_ANSWER)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.NOT_APPLICABLE)
            .addScopes(Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.AGENDA, PlanningPhase.KNOWLEDGE, PlanningPhase.HEARING)
            .addOutputs(MethodOutput.QUALITATIVE_INSIGHTS, MethodOutput.INFORMATION_DISSEMINATED)
            .accessibility(access(Dependency.HIGH, DigitalDependency.REQUIRED, YouthSuitability.DESIGNED_FOR)
                .addBarriers(AccessBarrier.HEARING, AccessBarrier.DIGITAL_ACCESS)
                .addSupports(AccessSupport.WCAG_2_1_AA, AccessSupport.REMUNERATION, AccessSupport.OFFLINE_ALTERNATIVE)
                .offlineAlternative("Episodes played at youth clubs and schools, with printed transcripts; equipment"
                + " lent to the producers.")
                .build())
            .build(),
        method("focus-group")
            .names(texts("Fokusgruppe", "Fokusgruppe", "Focus group"))
            .summary(texts(
                "En ledet samtale med en liten, bevisst valgt gruppe for å utforske erfaringer og reaksjoner"
                    + " i dybden.",
                "En ledet samtale med en lille, bevidst udvalgt gruppe for at udforske erfaringer og"
                    + " reaktioner i dybden.",
                "A moderated conversation with a small, deliberately chosen group to explore experiences and"
                    + " reactions in depth."))
            .addPurposes(Purpose.INSIGHT)
            .iap2Level(Iap2Level.CONSULT)
            .addArenas(Arena.SERVICE, Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY)
            .mode(Mode.HYBRID)
            .groupSize(GroupSize.between(6, 10))
            .addTargetGroups(TargetGroup.SERVICE_USERS, TargetGroup.LANGUAGE_MINORITIES, TargetGroup.YOUTH)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.ONE_OFF, "1.5–2 hours")
                .contactMinutes(Span.of(90, 120)).sessions(Span.exactly(1)).calendarDays(Span.exactly(1)).build())
            .accessibilityNotes("A familiar place and an interpreter; the small format suits people who avoid"
                + " plenary meetings.")
            .addSources("kommunikationsforum.dk: fokusgrupper", "Lunner kommune: kafédialog")
            .addMethodTypes(MethodType.RESEARCH)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.LIMITED).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.INVITATION)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.STORYTELLING)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.NOT_APPLICABLE)
            .addScopes(Scope.ORGANISATION, Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.KNOWLEDGE, PlanningPhase.PROPOSAL, PlanningPhase.EVALUATION)
            .addOutputs(MethodOutput.QUALITATIVE_INSIGHTS)
            .accessibility(access(Dependency.HIGH, DigitalDependency.OPTIONAL, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.PUBLIC_SPEAKING, AccessBarrier.MAJORITY_LANGUAGE)
                .addSupports(AccessSupport.SMALL_GROUPS, AccessSupport.SPOKEN_INTERPRETER, AccessSupport.WCAG_2_1_AA)
                .offlineAlternative("The same group meets in person.")
                .build())
            .build(),
        method("user-insight-interviews")
            .names(texts("Brukerintervju / brukerreise", "Brugerinterview / brugerrejse",
                "User interviews and journey mapping"))
            .summary(texts(
                "Ansatte eller designere intervjuer og observerer brukere og pårørende for å kartlegge"
                    + " erfaringer og behov før en tjeneste endres.",
                "Medarbejdere eller designere interviewer og observerer brugere og pårørende for at kortlægge"
                    + " erfaringer og behov, før en ydelse ændres.",
                "Staff or designers interview and observe service users and relatives to map their experience"
                    + " and needs before a service changes."))
            .addPurposes(Purpose.INSIGHT, Purpose.DELIVER)
            .iap2Level(Iap2Level.CONSULT).iap2Range(Iap2Range.between(Iap2Level.CONSULT, Iap2Level.INVOLVE))
            .addArenas(Arena.SERVICE).decisionPower(DecisionPower.ADVISORY).mode(Mode.HYBRID)
            .groupSize(GroupSize.between(5, 20))
            .addTargetGroups(TargetGroup.SERVICE_USERS, TargetGroup.RELATIVES, TargetGroup.EMPLOYEES)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.ONE_OFF, "45–90 minutes per interview; 2–8 weeks")
                .contactMinutes(Span.of(45, 90)).sessions(Span.exactly(1)).calendarDays(Span.of(14, 56)).build())
            .accessibilityNotes("Meet people where they are, at home or at the service; easy language,"
                + " interpreters and support persons welcome.")
            .addSources("Askøy kommune: veileder for brukermedvirkning", "Kupa / NODA: Unge kulturutviklere")
            .addMethodTypes(MethodType.RESEARCH)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.LIMITED).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.INVITATION)
            .addInteractionTypes(InteractionType.STORYTELLING, InteractionType.ASK_AND_ANSWER)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.NOT_APPLICABLE)
            .addScopes(Scope.ORGANISATION)
            .addPlanningPhases(PlanningPhase.KNOWLEDGE, PlanningPhase.IDEAS, PlanningPhase.EVALUATION)
            .addOutputs(MethodOutput.QUALITATIVE_INSIGHTS)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.OPTIONAL, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.MAJORITY_LANGUAGE, AccessBarrier.TRUST)
                .addSupports(AccessSupport.GO_TO_PEOPLE, AccessSupport.PLAIN_LANGUAGE,
                    AccessSupport.SPOKEN_INTERPRETER, AccessSupport.ASSISTANT_WELCOME, AccessSupport.WCAG_2_1_AA)
                .offlineAlternative("Interviews at home, at the service or by telephone.")
                .build())
            .build(),
        method("walk-along")
            .names(texts("Gåtur / befaring", "Byvandring / walk & talk", "Walking tour / walkshop"))
            .summary(texts(
                "Deltakere, planleggere og gjerne politikere går gjennom området sammen og"
                    + " snakker om det de ser; notatene knyttes til stedene.",
                "Deltagere, planlæggere og gerne politikere går sammen gennem området og taler om"
                    + " det, de ser; noterne knyttes til stederne.",
                "Participants, planners and often politicians walk through the area together and"
                    + " talk about what they see; notes are tied to the places."))
            .addPurposes(Purpose.INSIGHT, Purpose.MAKE)
            .iap2Level(Iap2Level.INVOLVE)
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(5, 30))
            .addTargetGroups(TargetGroup.AFFECTED_RESIDENTS, TargetGroup.GENERAL_PUBLIC, TargetGroup.ELECTED)
            .costClass(CostClass.LOW)
            .duration(time(Recurrence.ONE_OFF, "1–3 hours")
                .contactMinutes(Span.of(60, 180)).sessions(Span.exactly(1)).calendarDays(Span.exactly(1)).build())
            .accessibilityNotes("Plan step-free routes with places to rest, offer a seated or virtual alternative"
                + " and put a note-taker in every group.")
            .addSources("KMD: Medvirkning i planlegging", "byplanlab.dk: ekskursioner med borgere og politikere",
                "Dialogguiden: gåtur", "blup.dk: walk & talk")
            .addMethodTypes(MethodType.PLANNING, MethodType.EXPERIENTIAL)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.OPEN_WITH_OUTREACH).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION, Recruitment.INVITATION)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.STORYTELLING)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.IDEA_GENERATION)
            .addLearningResources(LearningResource.SITE_VISITS)
            .addScopes(Scope.NEIGHBOURHOOD)
            .addPlanningPhases(PlanningPhase.KNOWLEDGE, PlanningPhase.IDEAS)
            .addOutputs(MethodOutput.GEO_DATA, MethodOutput.QUALITATIVE_INSIGHTS)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.NONE, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.MOBILITY, AccessBarrier.HEARING)
                .addSupports(AccessSupport.STEP_FREE_VENUE, AccessSupport.SMALL_GROUPS, AccessSupport.ASSISTANT_WELCOME)
                .build())
            .build(),
        method("senior-walk")
            .names(texts("Seniortråkk", "Seniorvandring (Seniortråkk)", "Senior walk-along mapping"))
            .summary(texts(
                "Eldre går i nærmiljøet sitt med ansatte som lytter og noterer; et"
                    + " oppfølgingsmøte sjekker notatene, og resultatet brukes i både planlegging og"
                    + " omsorgstjenester.",
                "Ældre går rundt i deres nærmiljø med medarbejdere, der lytter og noterer; et"
                    + " opfølgende møde tjekker noterne, og resultatet bruges i både planlægning og"
                    + " ældreomsorg.",
                "Older residents walk their neighbourhood with staff who listen and take notes; a"
                    + " follow-up meeting checks the notes, and the results serve both planning and care"
                    + " services."))
            .addPurposes(Purpose.INSIGHT, Purpose.MAKE)
            .iap2Level(Iap2Level.INVOLVE)
            .addArenas(Arena.SYSTEM_POLITICAL, Arena.SERVICE).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(3, 10))
            .addTargetGroups(TargetGroup.ELDERLY)
            .costClass(CostClass.LOW)
            .duration(time(Recurrence.ONE_OFF, "about 3 hours, of which about 1 hour walking")
                .contactMinutes(Span.of(150, 180)).sessions(Span.of(1, 2)).calendarDays(Span.of(1, 14)).build())
            .accessibilityNotes("Short routes with seating and a slow pace, enough note-takers, and a meeting"
                + " where participants check what was written down. Planning and the health and care"
                + " services run it together.")
            .addSources("DOGA: Seniortråkk", "DOGA: Seniortråkk på Åssiden, Drammen (2019)")
            .addMethodTypes(MethodType.PLANNING, MethodType.EXPERIENTIAL)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.LIMITED).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.INVITATION)
            .addInteractionTypes(InteractionType.STORYTELLING, InteractionType.DISCUSSION)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.NOT_APPLICABLE)
            .addLearningResources(LearningResource.SITE_VISITS)
            .addScopes(Scope.NEIGHBOURHOOD)
            .addPlanningPhases(PlanningPhase.KNOWLEDGE)
            .addOutputs(MethodOutput.GEO_DATA, MethodOutput.QUALITATIVE_INSIGHTS)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.NONE, YouthSuitability.NOT_SUITABLE)
                .addBarriers(AccessBarrier.MOBILITY, AccessBarrier.HEARING)
                .addSupports(AccessSupport.STEP_FREE_VENUE, AccessSupport.SMALL_GROUPS, AccessSupport.GO_TO_PEOPLE,
                    AccessSupport.ASSISTANT_WELCOME)
                .build())
            .build(),
        method("host-led-conversation")
            .names(texts("Gjestebud", "Gæstebud / hjemmemøde", "Host-led kitchen-table conversation"))
            .summary(texts(
                "Innbyggere er verter og inviterer noen fra sitt eget nettverk hjem, på kafé"
                    + " eller ute for å drøfte spørsmål fra kommunen; verten leverer et kort referat."
                    + " Kommunen er ikke til stede.",
                "Borgere er værter og inviterer nogle fra deres eget netværk hjem, på café eller"
                    + " udendørs for at drøfte spørgsmål fra kommunen; værten afleverer et kort referat."
                    + " Kommunen deltager ikke.",
                "Residents act as hosts and invite a few people from their own network, at home,"
                    + " in a café or outdoors, to discuss questions from the municipality; the host"
                    + " hands in a short summary. The municipality stays away."))
            .addPurposes(Purpose.INSIGHT, Purpose.MAKE)
            .iap2Level(Iap2Level.CONSULT).iap2Range(Iap2Range.between(Iap2Level.CONSULT, Iap2Level.INVOLVE))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(4, 10))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.LANGUAGE_MINORITIES, TargetGroup.YOUTH)
            .costClass(CostClass.LOW)
            .duration(time(Recurrence.ONE_OFF, "about 2 hours per gathering; 2–6 weeks for all hosts")
                .contactMinutes(Span.of(90, 180)).sessions(Span.exactly(1)).calendarDays(Span.of(14, 42)).build())
            .accessibilityNotes("A familiar and safe setting in which hosts can use the guests' own language."
                + " Give hosts a simple guide and question sheet, and tell them afterwards how the"
                + " input was used.")
            .addSources("DOGA: Gjestebud", "Distriktssenteret: Gjestebud som arbeidsmetode",
                "Drammen kommune: Drammen 2040 (gjestebud)", "Participedia method 4467")
            .addMethodTypes(MethodType.INFORMAL, MethodType.PARTICIPANT_LED)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.OPEN_WITH_OUTREACH).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.INVITATION)
            .minimumAge(12)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.INFORMAL_SOCIAL,
                InteractionType.STORYTELLING)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.IDEA_GENERATION)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.AGENDA, PlanningPhase.KNOWLEDGE, PlanningPhase.HEARING)
            .addOutputs(MethodOutput.QUALITATIVE_INSIGHTS, MethodOutput.IDEA_LIST)
            .accessibility(access(Dependency.LOW, DigitalDependency.NONE, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.PUBLIC_SPEAKING, AccessBarrier.TRUST)
                .addSupports(AccessSupport.GO_TO_PEOPLE, AccessSupport.SMALL_GROUPS, AccessSupport.PLAIN_LANGUAGE)
                .build())
            .build(),
        method("world-cafe")
            .names(texts("Kafédialog / verdenskafé", "Dialogcafé / World Café", "World Café"))
            .summary(texts(
                "Små bordgrupper drøfter temaer i korte runder og bytter bord mellom rundene mens"
                    + " en bordvert holder tråden; vertene oppsummerer i plenum, og ideene kan"
                    + " prioriteres.",
                "Små bordgrupper drøfter temaer i korte runder og skifter bord mellem runderne,"
                    + " mens en bordvært holder tråden; værterne opsummerer i plenum, og idéerne kan"
                    + " prioriteres.",
                "Small table groups discuss themes in short rounds and change tables between"
                    + " rounds while a table host keeps the thread; hosts sum up in plenary and the"
                    + " ideas can be ranked."))
            .addPurposes(Purpose.MAKE, Purpose.INSIGHT, Purpose.DEVELOP)
            .iap2Level(Iap2Level.INVOLVE)
            .addArenas(Arena.SYSTEM_POLITICAL, Arena.SERVICE).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(15, 60))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.STAKEHOLDERS, TargetGroup.YOUTH)
            .costClass(CostClass.LOW)
            .duration(time(Recurrence.ONE_OFF, "2–3 hours")
                .contactMinutes(Span.of(120, 180)).sessions(Span.exactly(1)).calendarDays(Span.exactly(1)).build())
            .accessibilityNotes("Small tables help people who dislike speaking in plenary; let those with reduced"
                + " mobility stay seated while others move, and use visual note-taking.")
            .addSources("DOGA: Kafédialog", "Udir: Dialogkafé", "Lunner kommune: kafédialog", "Participedia method 167")
            .addMethodTypes(MethodType.PUBLIC_MEETINGS, MethodType.INFORMAL)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.ADMINISTRATION, Initiator.POLITICIANS)
            .openness(Openness.OPEN).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION, Recruitment.INVITATION)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.INFORMAL_SOCIAL)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.IDEA_GENERATION, DecisionMethod.VOTING)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY, Scope.ORGANISATION)
            .addPlanningPhases(PlanningPhase.IDEAS, PlanningPhase.PROPOSAL)
            .addOutputs(MethodOutput.IDEA_LIST, MethodOutput.PRIORITISED_LIST)
            .accessibility(access(Dependency.HIGH, DigitalDependency.NONE, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.MOBILITY, AccessBarrier.MAJORITY_LANGUAGE)
                .addSupports(AccessSupport.SMALL_GROUPS, AccessSupport.STEP_FREE_VENUE, AccessSupport.PLAIN_LANGUAGE)
                .build())
            .build(),
        method("dialogue-meeting")
            .names(texts("Dialogmøte", "Dialogmøde", "Structured dialogue meeting"))
            .summary(texts(
                "Et ledet møte der innbyggere, lag og politikere eller ansatte drøfter et tema i små grupper"
                    + " med et klart spørsmål, og resultatene skrives ned.",
                "Et faciliteret møde, hvor borgere, foreninger og politikere eller ansatte drøfter et emne i små"
                    + " grupper ud fra et klart spørgsmål, og resultaterne skrives ned.",
                "A facilitated meeting where residents, organisations and politicians or staff discuss a topic"
                    + " in small groups around a clear question, with the results written down."))
            .addPurposes(Purpose.MAKE, Purpose.INSIGHT)
            .iap2Level(Iap2Level.INVOLVE)
            .addArenas(Arena.SYSTEM_POLITICAL, Arena.SERVICE).decisionPower(DecisionPower.ADVISORY).mode(Mode.HYBRID)
            .groupSize(GroupSize.between(10, 100))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.STAKEHOLDERS, TargetGroup.ELECTED)
            .costClass(CostClass.MEDIUM).duration(time(Recurrence.ONE_OFF, "2–3 hours")
                .contactMinutes(Span.of(120, 180)).sessions(Span.exactly(1)).calendarDays(Span.exactly(1)).build())
            .accessibilityNotes("As for a public meeting, with small groups; offer several time slots that fit"
                + " around working hours.")
            .addSources("Drammen kommune: Drammen 2040 (dialogmøte)", "Dagsavisen: dialogue meetings in Nye Drammen",
                "Teknologirådet: dialogmøder")
            .addMethodTypes(MethodType.PUBLIC_MEETINGS, MethodType.COLLABORATIVE)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.ADMINISTRATION, Initiator.POLITICIANS)
            .openness(Openness.OPEN).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION, Recruitment.INVITATION)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.ASK_AND_ANSWER)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.IDEA_GENERATION, DecisionMethod.GENERAL_AGREEMENT)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.AGENDA, PlanningPhase.KNOWLEDGE, PlanningPhase.PROPOSAL)
            .addOutputs(MethodOutput.QUALITATIVE_INSIGHTS, MethodOutput.ACTION_PLAN)
            .accessibility(access(Dependency.HIGH, DigitalDependency.OPTIONAL, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.PUBLIC_SPEAKING, AccessBarrier.TIME_AVAILABILITY,
                    AccessBarrier.MAJORITY_LANGUAGE)
                .addSupports(AccessSupport.SMALL_GROUPS, AccessSupport.STEP_FREE_VENUE, AccessSupport.HEARING_LOOP,
                    AccessSupport.FLEXIBLE_TIMING, AccessSupport.WCAG_2_1_AA)
                .offlineAlternative("The meeting is held in person as well as online.")
                .build())
            .build(),
        method("future-workshop")
            .names(texts("Fremtidsverksted", "Fremtidsværksted", "Future workshop"))
            .summary(texts(
                "Et verksted i faser – kritikk, drømmer og virkeliggjøring – som leder deltakerne fra klager til"
                    + " konkrete forslag.",
                "Et værksted i faser – kritik, fantasi og virkeliggørelse – der fører deltagerne fra klager til"
                    + " konkrete forslag.",
                "A workshop in phases — critique, vision and realisation — that takes participants from"
                    + " complaints to concrete proposals."))
            .addPurposes(Purpose.MAKE, Purpose.DEVELOP)
            .iap2Level(Iap2Level.INVOLVE)
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(10, 30))
            .addTargetGroups(TargetGroup.AFFECTED_RESIDENTS, TargetGroup.YOUTH, TargetGroup.CHILDREN)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.ONE_OFF, "4 hours or two half-days, up to several days")
                .contactMinutes(Span.of(240, 480)).sessions(Span.of(1, 2)).calendarDays(Span.of(1, 3)).build())
            .accessibilityNotes("Visual and playful techniques, mixed ages welcome (children from about 10),"
                + " and enough breaks.")
            .addSources("DOGA: Framtidsverksted", "Teknologirådet: Fremtidsværksted")
            .addMethodTypes(MethodType.PLANNING, MethodType.COLLABORATIVE)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.OPEN_WITH_OUTREACH).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.INVITATION, Recruitment.SELF_SELECTION)
            .minimumAge(10)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.EXPRESS_OPINIONS)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.IDEA_GENERATION, DecisionMethod.GENERAL_AGREEMENT)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.AGENDA, PlanningPhase.IDEAS)
            .addOutputs(MethodOutput.IDEA_LIST, MethodOutput.ACTION_PLAN)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.NONE, YouthSuitability.DESIGNED_FOR)
                .addBarriers(AccessBarrier.TIME_AVAILABILITY, AccessBarrier.PUBLIC_SPEAKING)
                .addSupports(AccessSupport.SMALL_GROUPS, AccessSupport.STEP_FREE_VENUE, AccessSupport.PLAIN_LANGUAGE)
                .build())
            .build(),
        method("scenario-workshop")
            .names(texts("Scenarieverksted", "Scenarieværksted", "Scenario workshop"))
            .summary(texts(
                "Aktører fra flere grupper kritiserer ferdigskrevne framtidsscenarier, lager sin"
                    + " egen visjon og blir enige om handlingsplaner; passer for lokale saker med felles"
                    + " mål, men motstridende interesser.",
                "Aktører fra flere grupper kritiserer færdigskrevne fremtidsscenarier, skaber"
                    + " deres egen vision og enes om handlingsplaner; egner sig til lokale sager med"
                    + " fælles mål, men modstridende interesser.",
                "People from several groups of actors criticise ready-written future scenarios,"
                    + " build their own vision and agree on action plans; suits local matters with"
                    + " shared goals but conflicting interests."))
            .addPurposes(Purpose.MAKE, Purpose.DEVELOP)
            .iap2Level(Iap2Level.INVOLVE).iap2Range(Iap2Range.between(Iap2Level.INVOLVE, Iap2Level.COLLABORATE))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(20, 40))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.BUSINESSES, TargetGroup.ELECTED,
                TargetGroup.EXPERTS)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.ONE_OFF, "1–2 days")
                .contactMinutes(Span.of(360, 840)).sessions(Span.of(1, 2)).calendarDays(Span.of(1, 2)).build())
            .accessibilityNotes("Write the scenarios in plain language and show them visually.")
            .addSources("Teknologirådet: Scenarieværksted", "participatorymethods.org: scenario workshops",
                "Participedia methods 529, 559")
            .addMethodTypes(MethodType.PLANNING, MethodType.COLLABORATIVE)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.ADMINISTRATION, Initiator.POLITICIANS)
            .openness(Openness.LIMITED).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.INVITATION)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.NEGOTIATION)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.GENERAL_AGREEMENT, DecisionMethod.IDEA_GENERATION)
            .addLearningResources(LearningResource.WRITTEN_BRIEFING)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY, Scope.REGION)
            .addPlanningPhases(PlanningPhase.AGENDA, PlanningPhase.PROPOSAL)
            .addOutputs(MethodOutput.ACTION_PLAN, MethodOutput.RECOMMENDATIONS_REPORT)
            .accessibility(access(Dependency.HIGH, DigitalDependency.NONE, YouthSuitability.NOT_SUITABLE)
                .addBarriers(AccessBarrier.TIME_AVAILABILITY, AccessBarrier.COGNITION_LITERACY)
                .addSupports(AccessSupport.PLAIN_LANGUAGE, AccessSupport.MATERIALS_IN_ADVANCE,
                    AccessSupport.SMALL_GROUPS)
                .build())
            .build(),
        method("charrette")
            .names(texts("Plansmie / planverksted", "Planværksted / charrette", "Design charrette"))
            .summary(texts(
                "En intensiv designprosess over flere dager der planleggere og arkitekter tegner"
                    + " alternativer i runder, og innbyggere og aktører gir tilbakemelding mellom"
                    + " rundene.",
                "En intensiv designproces over flere dage, hvor planlæggere og arkitekter tegner"
                    + " alternativer i runder, og borgere og aktører giver respons mellem runderne.",
                "An intensive design process over several days in which planners and architects"
                    + " draw alternatives in rounds, with residents and stakeholders giving feedback"
                    + " between rounds."))
            .addPurposes(Purpose.MAKE, Purpose.DELIVER)
            .iap2Level(Iap2Level.COLLABORATE)
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.CO_DECISION).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(20, 100))
            .addTargetGroups(TargetGroup.AFFECTED_RESIDENTS, TargetGroup.LANDOWNERS, TargetGroup.BUSINESSES,
                TargetGroup.EXPERTS)
            .costClass(CostClass.HIGH)
            .duration(time(Recurrence.ONE_OFF, "1–5 intensive days")
                .contactMinutes(Span.of(180, 1200)).sessions(Span.of(1, 5)).calendarDays(Span.of(1, 5)).build())
            .accessibilityNotes("Physical and 3D models and sketches make plan jargon matter less; hold sessions"
                + " in the evening and at weekends.")
            .addSources("Participedia methods 2840, 4349", "KMD: Medvirkning i planlegging")
            .addMethodTypes(MethodType.PLANNING, MethodType.COLLABORATIVE)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.COLLABORATION)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.MIXED).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION, Recruitment.INVITATION)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.NEGOTIATION)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.GENERAL_AGREEMENT, DecisionMethod.IDEA_GENERATION)
            .addLearningResources(LearningResource.SITE_VISITS, LearningResource.EXPERT_PRESENTATIONS)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.IDEAS, PlanningPhase.PROPOSAL)
            .addOutputs(MethodOutput.CO_PRODUCED_SOLUTION)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.NONE, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.TIME_AVAILABILITY, AccessBarrier.COGNITION_LITERACY)
                .addSupports(AccessSupport.FLEXIBLE_TIMING, AccessSupport.STEP_FREE_VENUE, AccessSupport.PLAIN_LANGUAGE)
                .build())
            .build(),
        method("igp-ideation")
            .names(texts("Idédugnad (IGP)", "Idéværksted (IGP)", "Structured ideation: individual–group–plenary"))
            .summary(texts(
                "Alle skriver først ideer alene, deler dem så én og én i en liten gruppe, og"
                    + " gruppene legger fram for plenum – slik at ikke noen få stemmer dominerer.",
                "Alle skriver først idéer hver for sig, deler dem derefter én ad gangen i en"
                    + " lille gruppe, og grupperne fremlægger i plenum – så få stemmer ikke dominerer.",
                "Everyone first writes ideas alone, then shares them one at a time in a small"
                    + " group, and the groups report to plenary, so that a few voices cannot dominate."))
            .addPurposes(Purpose.MAKE, Purpose.DEVELOP)
            .iap2Level(Iap2Level.INVOLVE)
            .addArenas(Arena.SYSTEM_POLITICAL, Arena.SERVICE).decisionPower(DecisionPower.ADVISORY).mode(Mode.HYBRID)
            .groupSize(GroupSize.between(8, 100))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.ELECTED, TargetGroup.EMPLOYEES)
            .costClass(CostClass.LOW)
            .duration(time(Recurrence.ONE_OFF, "30–90 minutes")
                .contactMinutes(Span.of(30, 90)).sessions(Span.exactly(1)).calendarDays(Span.exactly(1)).build())
            .accessibilityNotes("The silent individual step helps quieter people; accept spoken or drawn ideas"
                + " instead of written ones.")
            .addSources("Distriktssenteret: Verktøykasse for innbyggarinvolvering (IGP)")
            .addMethodTypes(MethodType.COLLABORATIVE, MethodType.PARTICIPANT_LED)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.ADMINISTRATION, Initiator.POLITICIANS)
            .openness(Openness.OPEN).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION, Recruitment.INVITATION)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.EXPRESS_OPINIONS)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.IDEA_GENERATION, DecisionMethod.VOTING)
            .addScopes(Scope.ORGANISATION, Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.IDEAS, PlanningPhase.PROPOSAL)
            .addOutputs(MethodOutput.IDEA_LIST, MethodOutput.PRIORITISED_LIST)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.OPTIONAL, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.COGNITION_LITERACY, AccessBarrier.PUBLIC_SPEAKING)
                .addSupports(AccessSupport.SMALL_GROUPS, AccessSupport.PLAIN_LANGUAGE, AccessSupport.WCAG_2_1_AA)
                .offlineAlternative("The same steps work on paper and in a room.")
                .build())
            .build(),
        method("open-space")
            .names(texts("Open Space", "Open Space", "Open Space Technology"))
            .summary(texts(
                "Deltakerne lager dagsordenen selv på en «markedsplass» og går fritt mellom"
                    + " selvstyrte samtaler («loven om to føtter»); notatene samles i en rapport.",
                "Deltagerne sætter selv dagsordenen på en »markedsplads« og bevæger sig frit"
                    + " mellem selvstyrede samtaler (»loven om to fødder«); noterne samles i en rapport.",
                "Participants set the agenda themselves on a marketplace wall and move freely"
                    + " between self-organised sessions (the law of two feet); the notes are gathered in"
                    + " a report."))
            .addPurposes(Purpose.MAKE, Purpose.DEVELOP)
            .iap2Level(Iap2Level.INVOLVE).iap2Range(Iap2Range.between(Iap2Level.INVOLVE, Iap2Level.COLLABORATE))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(5, 2000))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.STAKEHOLDERS)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.ONE_OFF, "a day or longer (1–3 days)")
                .contactMinutes(Span.of(360, 1080)).sessions(Span.of(1, 3)).calendarDays(Span.of(1, 3)).build())
            .accessibilityNotes("Self-organisation can favour the confident: add hosts who invite quieter people"
                + " in, use accessible breakout rooms and provide note-takers.")
            .addSources("Teknologirådet: Open Space", "Gamestorming: Open Space")
            .addMethodTypes(MethodType.PARTICIPANT_LED, MethodType.COLLABORATIVE)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.ADMINISTRATION, Initiator.CIVIL_SOCIETY)
            .openness(Openness.OPEN).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.INFORMAL_SOCIAL)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.IDEA_GENERATION)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY, Scope.REGION)
            .addPlanningPhases(PlanningPhase.AGENDA, PlanningPhase.IDEAS)
            .addOutputs(MethodOutput.IDEA_LIST, MethodOutput.RELATIONSHIPS_NETWORKS)
            .accessibility(access(Dependency.HIGH, DigitalDependency.NONE, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.PUBLIC_SPEAKING, AccessBarrier.TIME_AVAILABILITY)
                .addSupports(AccessSupport.STEP_FREE_VENUE, AccessSupport.SMALL_GROUPS)
                .build())
            .build(),
        method("youth-council")
            .names(texts("Ungdomsråd", "Ungdomsråd / ungeråd / børne- og ungebyråd", "Youth council"))
            .summary(texts(
                "Et fast organ av unge som uttaler seg om saker som angår ungdom, og som noen"
                    + " ganger forvalter et lite ungdomsbudsjett.",
                "Et fast organ af unge, der udtaler sig om sager, som vedrører unge, og som nogle"
                    + " gange forvalter et lille ungebudget.",
                "A standing body of young people that gives its view on matters concerning youth"
                    + " and sometimes manages a small youth budget."))
            .addPurposes(Purpose.MAKE, Purpose.DEVELOP)
            .iap2Level(Iap2Level.INVOLVE).iap2Range(Iap2Range.between(Iap2Level.INVOLVE, Iap2Level.COLLABORATE))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(7, 20))
            .addTargetGroups(TargetGroup.YOUTH)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.STANDING, "monthly meetings; terms of 1–2 years")
                .contactMinutes(Span.of(90, 180)).sessions(Span.of(8, 12)).calendarDays(Span.of(365, 730)).build())
            .accessibilityNotes("Meet outside school hours, train the members, cover transport and write papers"
                + " for young readers; guard against tokenism.")
            .addSources("Kommuneloven § 5-12", "Holbæk Kommune: Ungdomsbyrådet", "Participedia method 4322",
                "Hart: Children's Participation (1992)")
            .addMethodTypes(MethodType.LONG_TERM)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.POLITICIANS, Initiator.ADMINISTRATION)
            .addLegalReferences(LegalReference.of("NO", "kommuneloven", "§ 5-12",
                "a youth council or another participation body for young people is mandatory"))
            .legalStatusNote("In Norway the members are treated as elected representatives; in Denmark the"
                + " council is voluntary.")
            .openness(Openness.LIMITED).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.ELECTION, Recruitment.APPOINTMENT)
            .minimumAge(13).maximumAge(19)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.FORMAL_TESTIMONY)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.VOTING, DecisionMethod.GENERAL_AGREEMENT)
            .addLearningResources(LearningResource.EXPERT_PRESENTATIONS, LearningResource.WRITTEN_BRIEFING)
            .addScopes(Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.CONTINUOUS, PlanningPhase.HEARING)
            .addOutputs(MethodOutput.FORMAL_STATEMENT, MethodOutput.FUNDED_PROJECTS)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.NONE, YouthSuitability.DESIGNED_FOR)
                .addBarriers(AccessBarrier.TIME_AVAILABILITY, AccessBarrier.COGNITION_LITERACY)
                .addSupports(AccessSupport.PLAIN_LANGUAGE, AccessSupport.TRAVEL_COSTS, AccessSupport.FLEXIBLE_TIMING)
                .build())
            .build(),
        method("statutory-councils")
            .names(texts("Eldreråd og råd for personer med funksjonsnedsettelse", "Ældreråd og handicapråd",
                "Statutory advisory councils (older people; persons with disabilities)"))
            .summary(texts(
                "Faste rådgivende råd med rett til å uttale seg i saker som gjelder deres"
                    + " grupper; en nøkkelressurs for universell utforming.",
                "Faste rådgivende råd med ret til at udtale sig i sager, der vedrører deres"
                    + " grupper; en vigtig ressource for tilgængelighed.",
                "Standing advisory councils with the right to give their view on matters"
                    + " concerning their groups; a key resource for universal design."))
            .addPurposes(Purpose.MAKE)
            .iap2Level(Iap2Level.INVOLVE)
            .addArenas(Arena.SYSTEM_POLITICAL, Arena.SERVICE).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(5, 11))
            .addTargetGroups(TargetGroup.ELDERLY, TargetGroup.PEOPLE_WITH_DISABILITIES, TargetGroup.STAKEHOLDERS)
            .costClass(CostClass.LOW)
            .duration(time(Recurrence.STANDING, "6–10 meetings a year")
                .contactMinutes(Span.of(120, 180)).sessions(Span.of(6, 10)).calendarDays(Span.exactly(365)).build())
            .accessibilityNotes("These councils should themselves be asked how every other method is made"
                + " accessible; provide the supports their members need.")
            .addSources("Kommuneloven § 5-12", "Regjeringen: rundskriv A-28/2007", "DiBK: Byggeskikknøkkelen")
            .addMethodTypes(MethodType.LONG_TERM)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.POLITICIANS)
            .addLegalReferences(LegalReference.of("NO", "kommuneloven", "§ 5-12",
                "mandatory councils; they follow the rules of procedure for elected bodies"))
            .legalStatusNote("Mandatory in Denmark as well; the Danish statutory basis is still to be"
                + " verified.")
            .openness(Openness.LIMITED).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.APPOINTMENT, Recruitment.ELECTION)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.FORMAL_TESTIMONY)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.GENERAL_AGREEMENT, DecisionMethod.VOTING)
            .addLearningResources(LearningResource.WRITTEN_BRIEFING)
            .addScopes(Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.CONTINUOUS, PlanningPhase.HEARING)
            .addOutputs(MethodOutput.FORMAL_STATEMENT)
            .accessibility(access(Dependency.HIGH, DigitalDependency.NONE, YouthSuitability.NOT_SUITABLE)
                .addBarriers(AccessBarrier.MOBILITY, AccessBarrier.HEARING, AccessBarrier.VISION)
                .addSupports(AccessSupport.STEP_FREE_VENUE, AccessSupport.HEARING_LOOP, AccessSupport.SIGN_INTERPRETER,
                    AccessSupport.EASY_READ, AccessSupport.MATERIALS_IN_ADVANCE)
                .build())
            .build(),
        method("neighbourhood-council")
            .names(texts("Nærutvalg / lokalutvalg", "Lokalråd / lokaludvalg / lokalforum",
                "Neighbourhood (area) council"))
            .summary(texts(
                "Et fast lokalt organ for en kommunedel eller bygd som bringer lokale syn til kommunen,"
                    + " samler innbyggerne og er høringspart.",
                "Et fast lokalt organ for et lokalområde eller en landsby, som bringer lokale synspunkter"
                    + " videre til kommunen, samler borgerne og er høringspart.",
                "A standing local body for a district or village that carries local views to the council,"
                    + " brings residents together and is consulted on local matters."))
            .addPurposes(Purpose.MAKE, Purpose.DEVELOP)
            .iap2Level(Iap2Level.INVOLVE).iap2Range(Iap2Range.between(Iap2Level.INVOLVE, Iap2Level.COLLABORATE))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(7, 15))
            .addTargetGroups(TargetGroup.AFFECTED_RESIDENTS, TargetGroup.STAKEHOLDERS)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.STANDING, "monthly meetings")
                .contactMinutes(Span.of(120, 180)).sessions(Span.of(10, 12)).calendarDays(Span.exactly(365)).build())
            .accessibilityNotes("Move meetings between places, keep them open, and recruit beyond the usual"
                + " enthusiasts.")
            .addSources("Drammen kommune: nærutvalg", "Holbæk Kommune: lokalfora and the dialogue model",
                "Københavns Kommune: lokaludvalg", "Participedia method 4305")
            .addMethodTypes(MethodType.LONG_TERM, MethodType.COMMUNITY)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.POLITICIANS, Initiator.CITIZENS)
            .openness(Openness.MIXED).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.ELECTION, Recruitment.APPOINTMENT)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.NEGOTIATION)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.VOTING, DecisionMethod.GENERAL_AGREEMENT)
            .addScopes(Scope.NEIGHBOURHOOD)
            .addPlanningPhases(PlanningPhase.CONTINUOUS, PlanningPhase.HEARING, PlanningPhase.IMPLEMENTATION)
            .addOutputs(MethodOutput.FORMAL_STATEMENT, MethodOutput.PRIORITISED_LIST,
                MethodOutput.RELATIONSHIPS_NETWORKS)
            .accessibility(access(Dependency.HIGH, DigitalDependency.NONE, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.TIME_AVAILABILITY, AccessBarrier.PUBLIC_SPEAKING, AccessBarrier.TRUST)
                .addSupports(AccessSupport.STEP_FREE_VENUE, AccessSupport.FLEXIBLE_TIMING, AccessSupport.PLAIN_LANGUAGE)
                .build())
            .build(),
        method("citizen-politician-committee")
            .names(texts("Temautvalg med innbyggere og folkevalgte", "§ 17, stk. 4-udvalg",
                "Mixed citizen–politician advisory committee"))
            .summary(texts(
                "Et tidsavgrenset utvalg der politikere sitter sammen med innbyggere, lag eller"
                    + " næringsliv og forbereder anbefalinger om et tema.",
                "Et tidsbegrænset udvalg, hvor politikere sidder sammen med borgere, foreninger"
                    + " eller virksomheder og forbereder anbefalinger om et emne.",
                "A committee for a limited time in which politicians sit with residents,"
                    + " organisations or businesses to prepare recommendations on a topic."))
            .addPurposes(Purpose.MAKE, Purpose.DEVELOP)
            .iap2Level(Iap2Level.COLLABORATE)
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(7, 15))
            .addTargetGroups(TargetGroup.STAKEHOLDERS, TargetGroup.ELECTED, TargetGroup.BUSINESSES)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.ONE_OFF, "4–10 meetings over 6–12 months")
                .contactMinutes(Span.of(480, 1800)).sessions(Span.of(4, 10)).calendarDays(Span.of(180, 365)).build())
            .accessibilityNotes("Appointment favours the organised: add seats drawn by lot or reserved for groups"
                + " that are otherwise missing.")
            .addSources("SDU: § 17, stk. 4-udvalg (2021)", "Gladsaxe Kommune: § 17, stk. 4-udvalg",
                "Holbæk Kommune: Demokratieksperimentariet")
            .addMethodTypes(MethodType.COLLABORATIVE, MethodType.LONG_TERM)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.COLLABORATION)
            .addInitiators(Initiator.POLITICIANS)
            .addLegalReferences(LegalReference.of("DK", "kommunestyrelsesloven", "§ 17, stk. 4",
                "temporary committees that prepare matters for the council"))
            .legalStatusNote("The Norwegian counterpart under kommuneloven's rules on committees is still to"
                + " be verified.")
            .openness(Openness.LIMITED).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.APPOINTMENT)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.NEGOTIATION)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.GENERAL_AGREEMENT, DecisionMethod.VOTING)
            .addLearningResources(LearningResource.EXPERT_PRESENTATIONS, LearningResource.WRITTEN_BRIEFING)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.AGENDA, PlanningPhase.IDEAS, PlanningPhase.PROPOSAL)
            .addOutputs(MethodOutput.RECOMMENDATIONS_REPORT)
            .accessibility(access(Dependency.HIGH, DigitalDependency.NONE, YouthSuitability.NOT_SUITABLE)
                .addBarriers(AccessBarrier.TIME_AVAILABILITY, AccessBarrier.PUBLIC_SPEAKING)
                .addSupports(AccessSupport.MATERIALS_IN_ADVANCE, AccessSupport.PLAIN_LANGUAGE,
                    AccessSupport.STEP_FREE_VENUE)
                .build())
            .build(),
        method("user-council")
            .names(texts("Brukerråd", "Brugerråd / brugerbestyrelse", "Service user council / board"))
            .summary(texts(
                "Brukere av en tjeneste og deres pårørende møter ledelsen jevnlig og gir råd om"
                    + " kvalitet og utvikling.",
                "Brugere af et tilbud og deres pårørende mødes jævnligt med ledelsen og rådgiver"
                    + " om kvalitet og udvikling.",
                "Users of a service and their relatives meet its management regularly and advise"
                    + " on quality and development."))
            .addPurposes(Purpose.DELIVER, Purpose.MAKE)
            .iap2Level(Iap2Level.INVOLVE)
            .addArenas(Arena.SERVICE).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(5, 12))
            .addTargetGroups(TargetGroup.SERVICE_USERS, TargetGroup.RELATIVES)
            .costClass(CostClass.LOW)
            .duration(time(Recurrence.STANDING, "4–10 meetings a year")
                .contactMinutes(Span.of(90, 120)).sessions(Span.of(4, 10)).calendarDays(Span.exactly(365)).build())
            .accessibilityNotes("Supports for members with impairments and easy-read papers.")
            .addSources("Askøy kommune: veileder for brukermedvirkning",
                "Holbæk Kommune: agenda of 24 February 2015 (Alle kan bidrage)")
            .addMethodTypes(MethodType.LONG_TERM, MethodType.INTERNAL)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.LIMITED).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.ELECTION, Recruitment.APPOINTMENT)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.ASK_AND_ANSWER)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.GENERAL_AGREEMENT)
            .addLearningResources(LearningResource.WRITTEN_BRIEFING)
            .addScopes(Scope.ORGANISATION)
            .addPlanningPhases(PlanningPhase.CONTINUOUS, PlanningPhase.EVALUATION)
            .addOutputs(MethodOutput.FORMAL_STATEMENT)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.NONE, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.MOBILITY, AccessBarrier.COGNITION_LITERACY)
                .addSupports(AccessSupport.EASY_READ, AccessSupport.STEP_FREE_VENUE, AccessSupport.ASSISTANT_WELCOME)
                .build())
            .build(),
        method("participatory-budgeting")
            .names(texts("Innbyggerbudsjett / medvirkningsbudsjett", "Borgerbudget / borgerbudgettering",
                "Participatory budgeting"))
            .summary(texts(
                "En pott med offentlige penger settes av; innbyggerne foreslår prosjekter og stemmer, og"
                    + " vinnerne gjennomføres, ofte av forslagsstillerne.",
                "En pulje offentlige midler sættes af; borgerne foreslår projekter og stemmer, og vinderne"
                    + " gennemføres, ofte af forslagsstillerne.",
                "A pot of public money is set aside; residents propose projects and vote, and the winners are"
                    + " carried out, often by those who proposed them."))
            .addPurposes(Purpose.MAKE, Purpose.DELIVER, Purpose.DEVELOP)
            .iap2Level(Iap2Level.EMPOWER)
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.BINDING).mode(Mode.HYBRID)
            .groupSize(GroupSize.atLeast(50))
            .addTargetGroups(TargetGroup.AFFECTED_RESIDENTS, TargetGroup.YOUTH, TargetGroup.STAKEHOLDERS)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.REPEATED, "a few hours for voters; a 3–12-month cycle")
                .contactMinutes(Span.of(30, 240)).calendarDays(Span.of(90, 365)).build())
            .accessibilityNotes("Accessible polling places and online voting, help with writing proposals, and"
                + " rules that children can follow (age limits often 10–12). The pot comes on top of the cost.")
            .addSources("Faaborg-Midtfyn Kommune: borgerbudgettering", "Holbæk Kommune: Borgerne på banen",
                "Participedia methods 146, 4327")
            .addMethodTypes(MethodType.PUBLIC_BUDGETING, MethodType.DIRECT)
            .addInitiators(Initiator.POLITICIANS, Initiator.ADMINISTRATION)
            .legalStatusNote("Binding only within the pot the council sets aside in its budget; the council"
                + " keeps the formal budget decision.")
            .openness(Openness.OPEN).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION)
            .minimumAge(10)
            .addInteractionTypes(InteractionType.EXPRESS_OPINIONS, InteractionType.DISCUSSION)
            .deliberationType(DeliberationType.OPINION_GIVING).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.VOTING, DecisionMethod.IDEA_GENERATION)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.IDEAS, PlanningPhase.DECISION, PlanningPhase.IMPLEMENTATION)
            .addOutputs(MethodOutput.FUNDED_PROJECTS, MethodOutput.VOTE_RESULT)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.OPTIONAL, YouthSuitability.DESIGNED_FOR)
                .addBarriers(AccessBarrier.DIGITAL_ACCESS, AccessBarrier.COGNITION_LITERACY)
                .addSupports(AccessSupport.WCAG_2_1_AA, AccessSupport.OFFLINE_ALTERNATIVE,
                    AccessSupport.PLAIN_LANGUAGE, AccessSupport.STEP_FREE_VENUE)
                .offlineAlternative("Voting on paper at accessible polling places, and help with writing proposals.")
                .build())
            .build(),
        method("co-creation")
            .names(texts("Samskaping", "Samskabelse", "Co-creation / co-production"))
            .summary(texts(
                "Kommune, innbyggere, frivillige, organisasjoner og næringsliv utformer og leverer en løsning"
                    + " sammen og deler ressurser og ansvar.",
                "Kommune, borgere, frivillige, foreninger og virksomheder udformer og leverer en løsning sammen"
                    + " og deler ressourcer og ansvar.",
                "The municipality, residents, volunteers, organisations and businesses design and deliver a"
                    + " solution together, sharing resources and responsibility."))
            .addPurposes(Purpose.DELIVER, Purpose.DEVELOP)
            .iap2Level(Iap2Level.COLLABORATE).iap2Range(Iap2Range.between(Iap2Level.COLLABORATE, Iap2Level.EMPOWER))
            .addArenas(Arena.SERVICE, Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.CO_DECISION).mode(Mode.HYBRID)
            .groupSize(GroupSize.between(5, 50))
            .addTargetGroups(TargetGroup.STAKEHOLDERS, TargetGroup.VOLUNTEERS, TargetGroup.SERVICE_USERS,
                TargetGroup.BUSINESSES)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.REPEATED, "weeks to years")
                .calendarDays(Span.of(14, 730)).build())
            .accessibilityNotes("Keep the threshold low with small tasks and flexible hours, and reimburse expenses.")
            .addSources("Holbæk Kommune: Skab løsninger sammen", "Center for Borgerdialog: Holbæk co-creation case")
            .addMethodTypes(MethodType.COLLABORATIVE, MethodType.COMMUNITY)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.COLLABORATION)
            .addInitiators(Initiator.ADMINISTRATION, Initiator.CIVIL_SOCIETY, Initiator.CITIZENS)
            .openness(Openness.OPEN_WITH_OUTREACH).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.INVITATION, Recruitment.SELF_SELECTION)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.NEGOTIATION)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.GENERAL_AGREEMENT, DecisionMethod.IDEA_GENERATION)
            .addScopes(Scope.ORGANISATION, Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.IDEAS, PlanningPhase.IMPLEMENTATION)
            .addOutputs(MethodOutput.CO_PRODUCED_SOLUTION, MethodOutput.RELATIONSHIPS_NETWORKS)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.OPTIONAL, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.TIME_AVAILABILITY, AccessBarrier.COST)
                .addSupports(AccessSupport.FLEXIBLE_TIMING, AccessSupport.TRAVEL_COSTS, AccessSupport.WCAG_2_1_AA,
                    AccessSupport.SMALL_GROUPS)
                .offlineAlternative("Partners can take part in person in every step.")
                .build())
            .build(),
        method("mentor-scheme")
            .names(texts("Mentorordning (frivillige mentorer)", "Mentorordning", "Citizen mentor scheme"))
            .summary(texts(
                "Frivillige settes sammen én til én med innbyggere som trenger støtte, som nyankomne, unge eller"
                    + " folk med gjeld; kommunen koordinerer.",
                "Frivillige matches én til én med borgere, der har brug for støtte, fx nytilkomne, unge eller"
                    + " folk med gæld; kommunen koordinerer.",
                "Volunteers are paired one to one with residents who need support, such as newcomers, young"
                    + " people or people in debt; the municipality coordinates."))
            .addPurposes(Purpose.DELIVER, Purpose.DEVELOP)
            .iap2Level(Iap2Level.COLLABORATE)
            .addArenas(Arena.INDIVIDUAL, Arena.SERVICE).decisionPower(DecisionPower.CO_DECISION).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(2, 2))
            .addTargetGroups(TargetGroup.SOCIALLY_VULNERABLE, TargetGroup.YOUTH, TargetGroup.LANGUAGE_MINORITIES,
                TargetGroup.VOLUNTEERS)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.STANDING, "months per pair")
                .calendarDays(Span.of(90, 365)).build())
            .accessibilityNotes("Match on language and culture, and safeguard both parties.")
            .addSources("Holbæk Kommune: agenda of 24 February 2015 (Alle kan bidrage)")
            .addMethodTypes(MethodType.COMMUNITY, MethodType.COLLABORATIVE)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.COLLABORATION)
            .addInitiators(Initiator.ADMINISTRATION, Initiator.CIVIL_SOCIETY)
            .openness(Openness.LIMITED).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.INVITATION)
            .addInteractionTypes(InteractionType.INFORMAL_SOCIAL, InteractionType.TEACHING)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.NOT_FACILITATED)
            .addDecisionMethods(DecisionMethod.NOT_APPLICABLE)
            .addScopes(Scope.ORGANISATION, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.IMPLEMENTATION)
            .addOutputs(MethodOutput.CO_PRODUCED_SOLUTION, MethodOutput.RELATIONSHIPS_NETWORKS)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.NONE, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.MAJORITY_LANGUAGE, AccessBarrier.TRUST)
                .addSupports(AccessSupport.GO_TO_PEOPLE, AccessSupport.FLEXIBLE_TIMING, AccessSupport.SMALL_GROUPS)
                .build())
            .build(),
        method("authority-new-way")
            .names(texts("Dialogbasert myndighetsutøvelse («myndighet på ny måte»)", "Myndighed på ny måde",
                "Dialogue-based casework and complaint handling"))
            .summary(texts(
                "Saksbehandlere tar tidlig kontakt med søkere og klagere, ser etter løsninger innenfor loven og"
                    + " følger opp hvordan vedtaket ble forstått.",
                "Sagsbehandlere tager tidligt kontakt med ansøgere og klagere, undersøger muligheder inden for"
                    + " loven og følger op på, hvordan afgørelsen blev forstået.",
                "Caseworkers contact applicants and complainants early, look for options within the law and"
                    + " follow up on how the decision was understood."))
            .addPurposes(Purpose.DELIVER, Purpose.INSIGHT)
            .iap2Level(Iap2Level.INVOLVE)
            .addArenas(Arena.INDIVIDUAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(1, 5))
            .addTargetGroups(TargetGroup.SERVICE_USERS, TargetGroup.RELATIVES)
            .costClass(CostClass.LOW)
            .duration(time(Recurrence.REPEATED, "30–60 minutes per contact")
                .contactMinutes(Span.of(30, 60)).sessions(Span.of(1, 3)).build())
            .accessibilityNotes("Plain language, interpreters and a companion if wanted; formal rights of appeal"
                + " must stay intact.")
            .addSources("Holbæk Kommune: agenda of 24 March 2015 (Myndighed på ny måde)")
            .addMethodTypes(MethodType.INTERNAL, MethodType.COLLABORATIVE)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.ADMINISTRATION)
            .legalStatusNote("Must not weaken the parties' formal rights of appeal under administrative law.")
            .openness(Openness.LIMITED).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.INVITATION)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.NEGOTIATION)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.GENERAL_AGREEMENT)
            .addScopes(Scope.ORGANISATION)
            .addPlanningPhases(PlanningPhase.IMPLEMENTATION, PlanningPhase.EVALUATION)
            .addOutputs(MethodOutput.CO_PRODUCED_SOLUTION, MethodOutput.QUALITATIVE_INSIGHTS)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.NONE, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.TRUST, AccessBarrier.MAJORITY_LANGUAGE)
                .addSupports(AccessSupport.PLAIN_LANGUAGE, AccessSupport.SPOKEN_INTERPRETER,
                    AccessSupport.ASSISTANT_WELCOME)
                .build())
            .build(),
        method("vulnerable-outreach-dialogue")
            .names(texts("Oppsøkende dialog med sårbare grupper", "Dialog med udsatte borgere",
                "Outreach dialogue with marginalised citizens"))
            .summary(texts(
                "Politikere og ansatte møter sårbare innbyggere der de allerede er, sammen med folk de stoler"
                    + " på, for å høre hva som er viktig for dem.",
                "Politikere og ansatte møder udsatte borgere, hvor de allerede er, sammen med nogen de har tillid"
                    + " til, for at høre, hvad der er vigtigt for dem.",
                "Politicians and staff meet vulnerable residents where they already are, with people they"
                    + " trust, to hear what matters to them."))
            .addPurposes(Purpose.INSIGHT, Purpose.MAKE)
            .iap2Level(Iap2Level.INVOLVE)
            .addArenas(Arena.SYSTEM_POLITICAL, Arena.SERVICE).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(5, 20))
            .addTargetGroups(TargetGroup.SOCIALLY_VULNERABLE, TargetGroup.LOW_INCOME)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.REPEATED, "1–2 hours per session")
                .contactMinutes(Span.of(60, 120)).sessions(Span.of(1, 4)).build())
            .accessibilityNotes("Go to people in small informal groups, compensate their time (food, vouchers),"
                + " facilitate with awareness of trauma and ask for no registration.")
            .addSources("Holbæk Kommune: Demokratieksperimentariet", "sn.dk: Holbæk udsatteråd (2017)")
            .addMethodTypes(MethodType.INFORMAL, MethodType.COMMUNITY)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.POLITICIANS, Initiator.ADMINISTRATION)
            .openness(Openness.LIMITED).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.INVITATION)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.STORYTELLING,
                InteractionType.INFORMAL_SOCIAL)
            .deliberationType(DeliberationType.DIALOGUE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.NOT_APPLICABLE)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.KNOWLEDGE, PlanningPhase.EVALUATION)
            .addOutputs(MethodOutput.QUALITATIVE_INSIGHTS, MethodOutput.RELATIONSHIPS_NETWORKS)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.NONE, YouthSuitability.NOT_SUITABLE)
                .addBarriers(AccessBarrier.TRUST, AccessBarrier.COST, AccessBarrier.PUBLIC_SPEAKING)
                .addSupports(AccessSupport.GO_TO_PEOPLE, AccessSupport.SMALL_GROUPS, AccessSupport.REMUNERATION)
                .build())
            .build(),
        method("citizens-jury")
            .names(texts("Innbyggerjury / innbyggerpanel (deliberativt)", "Borgerpanel / borgerjury",
                "Citizens' jury / panel"))
            .summary(texts(
                "Et lite, stratifisert tilfeldig utvalg hører vitner, drøfter og skriver anbefalinger om et"
                    + " avgrenset spørsmål til oppdragsgiveren.",
                "En lille, stratificeret tilfældig stikprøve hører vidner, drøfter og skriver anbefalinger om"
                    + " et afgrænset spørgsmål til opdragsgiveren.",
                "A small, stratified random sample hears witnesses, deliberates and writes recommendations on"
                    + " a defined question for the body that commissioned it."))
            .addPurposes(Purpose.MAKE, Purpose.DEVELOP)
            .iap2Level(Iap2Level.COLLABORATE)
            .iap2Range(Iap2Range.between(Iap2Level.INVOLVE, Iap2Level.COLLABORATE))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(12, 24))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC)
            .costClass(CostClass.HIGH)
            .duration(time(Recurrence.ONE_OFF, "2–7 days")
                .contactMinutes(Span.of(720, 2520)).sessions(Span.of(2, 7)).calendarDays(Span.of(2, 60)).build())
            .accessibilityNotes("Pay participants, cover travel and childcare, and give evidence in plain"
                + " language. In Norway a standing panel drawn by lot may be a folkevalgt organ.")
            .addSources("Participedia method 155", "OECD: Innovative Citizen Participation (2020)",
                "Sivilombudet: Røros innbyggerpanel")
            .addMethodTypes(MethodType.DELIBERATIVE)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.COLLABORATION)
            .addInitiators(Initiator.POLITICIANS, Initiator.ADMINISTRATION)
            .legalStatusNote("In Norway a standing sortition panel may be a folkevalgt organ, with open"
                + " meetings and access to documents.")
            .openness(Openness.LIMITED).selection(Selection.RANDOM)
            .addRecruitment(Recruitment.STRATIFIED)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.ASK_AND_ANSWER,
                InteractionType.FORMAL_TESTIMONY)
            .deliberationType(DeliberationType.DELIBERATION).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.GENERAL_AGREEMENT, DecisionMethod.VOTING)
            .addLearningResources(LearningResource.EXPERT_PRESENTATIONS, LearningResource.WRITTEN_BRIEFING)
            .addScopes(Scope.MUNICIPALITY, Scope.REGION)
            .addPlanningPhases(PlanningPhase.PROPOSAL)
            .addOutputs(MethodOutput.RECOMMENDATIONS_REPORT)
            .accessibility(access(Dependency.HIGH, DigitalDependency.NONE, YouthSuitability.NOT_SUITABLE)
                .addBarriers(AccessBarrier.TIME_AVAILABILITY, AccessBarrier.CARE_DUTIES, AccessBarrier.COST,
                    AccessBarrier.PUBLIC_SPEAKING)
                .addSupports(AccessSupport.REMUNERATION, AccessSupport.TRAVEL_COSTS, AccessSupport.CHILDCARE,
                    AccessSupport.PLAIN_LANGUAGE, AccessSupport.SMALL_GROUPS, AccessSupport.MATERIALS_IN_ADVANCE)
                .build())
            .build(),
        method("citizens-assembly")
            .names(texts("Innbyggerforsamling / borgerting", "Borgersamling / borgerting", "Citizens' assembly"))
            .summary(texts(
                "Et større, stratifisert tilfeldig utvalg møtes flere ganger, hører balansert kunnskap og blir"
                    + " enige om anbefalinger som kommunestyret på forhånd har lovet å svare på.",
                "En større, stratificeret tilfældig forsamling mødes flere gange, hører afbalanceret viden og"
                    + " enes om anbefalinger, som kommunalbestyrelsen på forhånd har lovet at svare på.",
                "A larger, stratified random body meets several times, hears balanced evidence and agrees"
                    + " recommendations the council has promised in advance to answer."))
            .addPurposes(Purpose.MAKE, Purpose.DEVELOP)
            .iap2Level(Iap2Level.COLLABORATE)
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(30, 160))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC)
            .costClass(CostClass.HIGH)
            .duration(time(Recurrence.ONE_OFF, "several full days over 2–12 months")
                .contactMinutes(Span.of(1440, 4320)).sessions(Span.of(4, 8)).calendarDays(Span.of(60, 365)).build())
            .accessibilityNotes("Pay participants, provide childcare and interpreters, choose an accessible venue,"
                + " send material in advance, and use independent facilitation.")
            .addSources("OECD: Innovative Citizen Participation (2020)", "Københavnertinget (2023)",
                "Participedia method 4258")
            .addMethodTypes(MethodType.DELIBERATIVE)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.COLLABORATION)
            .addInitiators(Initiator.POLITICIANS)
            .legalStatusNote("In Norway a standing sortition panel may be a folkevalgt organ, with open"
                + " meetings and access to documents.")
            .openness(Openness.LIMITED).selection(Selection.RANDOM)
            .addRecruitment(Recruitment.STRATIFIED)
            .minimumAge(16)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.ASK_AND_ANSWER,
                InteractionType.FORMAL_TESTIMONY)
            .deliberationType(DeliberationType.DELIBERATION).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.GENERAL_AGREEMENT, DecisionMethod.VOTING)
            .addLearningResources(LearningResource.EXPERT_PRESENTATIONS, LearningResource.WRITTEN_BRIEFING)
            .addScopes(Scope.MUNICIPALITY, Scope.REGION)
            .addPlanningPhases(PlanningPhase.AGENDA, PlanningPhase.PROPOSAL)
            .addOutputs(MethodOutput.RECOMMENDATIONS_REPORT)
            .accessibility(access(Dependency.HIGH, DigitalDependency.NONE, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.TIME_AVAILABILITY, AccessBarrier.CARE_DUTIES, AccessBarrier.COST,
                    AccessBarrier.PUBLIC_SPEAKING)
                .addSupports(AccessSupport.REMUNERATION, AccessSupport.CHILDCARE, AccessSupport.SPOKEN_INTERPRETER,
                    AccessSupport.STEP_FREE_VENUE, AccessSupport.MATERIALS_IN_ADVANCE, AccessSupport.SMALL_GROUPS)
                .build())
            .build(),
        method("planning-cell")
            .names(texts("Planleggingscelle", "Planlægningscelle", "Planning cell (Planungszelle)"))
            .summary(texts(
                "Rundt 25 tilfeldig trukne innbyggere får lønn for å arbeide i om lag fire dager"
                    + " med to moderatorer, i skiftende smågrupper og med eksperter; flere celler går"
                    + " parallelt, og resultatene samles i en innbyggerrapport.",
                "Omkring 25 tilfældigt udtrukne borgere får løn for at arbejde i cirka fire dage"
                    + " med to moderatorer, i skiftende smågrupper og med eksperter; flere celler kører"
                    + " parallelt, og resultaterne samles i en borgerrapport.",
                "About 25 randomly drawn residents are paid to work for about four days with two"
                    + " moderators, in changing small groups and with experts; several cells run side by"
                    + " side and their results merge into a citizens' report."))
            .addPurposes(Purpose.MAKE)
            .iap2Level(Iap2Level.COLLABORATE)
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(25, 500))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC)
            .costClass(CostClass.HIGH)
            .duration(time(Recurrence.ONE_OFF, "about 4 days; several cells over a few weeks")
                .contactMinutes(Span.of(1440, 1920)).sessions(Span.exactly(4)).calendarDays(Span.of(4, 28)).build())
            .accessibilityNotes("Paid leave from work makes it possible for employed and low-income people to"
                + " take part; small rotating groups limit opinion leaders.")
            .addSources("planungszelle.de: Planungszelle", "CIPAST: planning cells", "Participedia method 160")
            .addMethodTypes(MethodType.DELIBERATIVE)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.COLLABORATION)
            .addInitiators(Initiator.POLITICIANS, Initiator.ADMINISTRATION)
            .openness(Openness.LIMITED).selection(Selection.RANDOM)
            .addRecruitment(Recruitment.RANDOM, Recruitment.STRATIFIED)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.ASK_AND_ANSWER)
            .deliberationType(DeliberationType.DELIBERATION).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.GENERAL_AGREEMENT, DecisionMethod.VOTING)
            .addLearningResources(LearningResource.EXPERT_PRESENTATIONS, LearningResource.WRITTEN_BRIEFING,
                LearningResource.SITE_VISITS)
            .addScopes(Scope.MUNICIPALITY, Scope.REGION)
            .addPlanningPhases(PlanningPhase.PROPOSAL)
            .addOutputs(MethodOutput.RECOMMENDATIONS_REPORT)
            .accessibility(access(Dependency.HIGH, DigitalDependency.NONE, YouthSuitability.NOT_SUITABLE)
                .addBarriers(AccessBarrier.TIME_AVAILABILITY, AccessBarrier.CARE_DUTIES, AccessBarrier.COST)
                .addSupports(AccessSupport.REMUNERATION, AccessSupport.TRAVEL_COSTS, AccessSupport.CHILDCARE,
                    AccessSupport.SMALL_GROUPS, AccessSupport.PLAIN_LANGUAGE)
                .build())
            .build(),
        method("consensus-conference")
            .names(texts("Konsensuskonferanse / lekfolkskonferanse", "Konsensuskonference", "Consensus conference"))
            .summary(texts(
                "Et lekfolkspanel på 14–16 forbereder seg over noen helger, velger spørsmål og"
                    + " eksperter, holder en åpen høring med ekspertene og skriver et sluttdokument til"
                    + " beslutningstakerne.",
                "Et lægmandspanel på 14–16 forbereder sig over nogle weekender, vælger spørgsmål"
                    + " og eksperter, holder en åben høring med eksperterne og skriver et slutdokument"
                    + " til beslutningstagerne.",
                "A lay panel of 14–16 prepares over a few weekends, chooses the questions and the"
                    + " experts, holds a public hearing with the experts and writes a final document for"
                    + " decision-makers."))
            .addPurposes(Purpose.MAKE, Purpose.ACADEMIC)
            .iap2Level(Iap2Level.INVOLVE).iap2Range(Iap2Range.between(Iap2Level.INVOLVE, Iap2Level.COLLABORATE))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(14, 16))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.EXPERTS)
            .costClass(CostClass.HIGH)
            .duration(time(Recurrence.ONE_OFF, "two preparatory weekends and a conference of 3–4 days")
                .contactMinutes(Span.of(2400, 3600)).sessions(Span.of(5, 8)).calendarDays(Span.of(30, 90)).build())
            .accessibilityNotes("As for a citizens' assembly: payment, childcare, interpreters, an accessible"
                + " venue and material in advance.")
            .addSources("Teknologirådet: konsensuskonferencer", "Participedia methods 157, 163")
            .addMethodTypes(MethodType.DELIBERATIVE)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.DIALOGUE)
            .addInitiators(Initiator.POLITICIANS, Initiator.ADMINISTRATION)
            .openness(Openness.LIMITED).selection(Selection.RANDOM)
            .addRecruitment(Recruitment.RANDOM, Recruitment.SELF_SELECTION)
            .addInteractionTypes(InteractionType.FORMAL_TESTIMONY, InteractionType.DISCUSSION,
                InteractionType.ASK_AND_ANSWER)
            .deliberationType(DeliberationType.DELIBERATION).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.GENERAL_AGREEMENT)
            .addLearningResources(LearningResource.EXPERT_PRESENTATIONS, LearningResource.WRITTEN_BRIEFING)
            .addScopes(Scope.MUNICIPALITY, Scope.REGION, Scope.NATIONAL)
            .addPlanningPhases(PlanningPhase.AGENDA, PlanningPhase.PROPOSAL)
            .addOutputs(MethodOutput.CONSENSUS_STATEMENT)
            .accessibility(access(Dependency.HIGH, DigitalDependency.NONE, YouthSuitability.NOT_SUITABLE)
                .addBarriers(AccessBarrier.TIME_AVAILABILITY, AccessBarrier.CARE_DUTIES, AccessBarrier.COST,
                    AccessBarrier.PUBLIC_SPEAKING)
                .addSupports(AccessSupport.REMUNERATION, AccessSupport.CHILDCARE, AccessSupport.SPOKEN_INTERPRETER,
                    AccessSupport.STEP_FREE_VENUE, AccessSupport.MATERIALS_IN_ADVANCE)
                .build())
            .build(),
        method("deliberative-poll")
            .names(texts("Deliberativ meningsmåling", "Deliberativ meningsmåling", "Deliberative Polling"))
            .summary(texts(
                "Et tilfeldig utvalg blir spurt, drøfter saken med balansert materiale og"
                    + " eksperter og blir spurt på nytt; endringen viser hva folk ville ment om de var"
                    + " godt informert.",
                "En tilfældig stikprøve bliver spurgt, drøfter sagen med afbalanceret materiale"
                    + " og eksperter og bliver spurgt igen; ændringen viser, hvad folk ville mene, hvis"
                    + " de var godt informeret.",
                "A random sample is surveyed, deliberates with balanced material and experts, and"
                    + " is surveyed again; the change shows what people would think if they were well"
                    + " informed."))
            .addPurposes(Purpose.MAKE, Purpose.ACADEMIC)
            .iap2Level(Iap2Level.CONSULT)
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.HYBRID)
            .groupSize(GroupSize.between(100, 500))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC)
            .costClass(CostClass.HIGH)
            .duration(time(Recurrence.ONE_OFF, "1–2 days")
                .contactMinutes(Span.of(360, 960)).sessions(Span.of(1, 2)).calendarDays(Span.of(1, 2)).build())
            .accessibilityNotes("As for a citizens' assembly: payment, childcare, interpreters, an accessible"
                + " venue and material in advance.")
            .addSources("Participedia method 147", "Dagsavisen: deliberativ meningsmåling i Bergen (2021)",
                "UiB: Byborgerpanelet")
            .addMethodTypes(MethodType.DELIBERATIVE, MethodType.RESEARCH)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.ADMINISTRATION, Initiator.POLITICIANS)
            .openness(Openness.LIMITED).selection(Selection.RANDOM)
            .addRecruitment(Recruitment.RANDOM, Recruitment.STRATIFIED)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.ASK_AND_ANSWER)
            .deliberationType(DeliberationType.DELIBERATION).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.OPINION_SURVEY)
            .addLearningResources(LearningResource.EXPERT_PRESENTATIONS, LearningResource.WRITTEN_BRIEFING)
            .addScopes(Scope.MUNICIPALITY, Scope.REGION, Scope.NATIONAL)
            .addPlanningPhases(PlanningPhase.PROPOSAL)
            .addOutputs(MethodOutput.OPINION_DATA)
            .accessibility(access(Dependency.HIGH, DigitalDependency.OPTIONAL, YouthSuitability.NOT_SUITABLE)
                .addBarriers(AccessBarrier.TIME_AVAILABILITY, AccessBarrier.CARE_DUTIES, AccessBarrier.COST)
                .addSupports(AccessSupport.REMUNERATION, AccessSupport.CHILDCARE, AccessSupport.MATERIALS_IN_ADVANCE,
                    AccessSupport.WCAG_2_1_AA, AccessSupport.SMALL_GROUPS)
                .offlineAlternative("The deliberation can be held in person.")
                .build())
            .build(),
        method("citizens-summit")
            .names(texts("Innbyggertoppmøte", "Borgertopmøde", "Citizens' summit / 21st-century town meeting"))
            .summary(texts(
                "Et heldagsarrangement der en stor, representativ gruppe drøfter et"
                    + " informasjonsmateriale ved bord og stemmer elektronisk om konkrete"
                    + " prioriteringer, med resultatene vist med en gang.",
                "Et heldagsarrangement, hvor en stor, repræsentativ gruppe drøfter et oplæg ved"
                    + " borde og stemmer elektronisk om konkrete prioriteringer, med resultaterne vist"
                    + " med det samme.",
                "A one-day event at which a large, representative group discusses briefing"
                    + " material at tables and votes electronically on concrete priorities, with the"
                    + " results shown at once."))
            .addPurposes(Purpose.MAKE)
            .iap2Level(Iap2Level.CONSULT).iap2Range(Iap2Range.between(Iap2Level.CONSULT, Iap2Level.INVOLVE))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(70, 1000))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC)
            .costClass(CostClass.HIGH)
            .duration(time(Recurrence.ONE_OFF, "1 day")
                .contactMinutes(Span.of(360, 480)).sessions(Span.exactly(1)).calendarDays(Span.exactly(1)).build())
            .accessibilityNotes("Trained table facilitators; politicians may lead tables without arguing their"
                + " own views; interpreters at tables where needed.")
            .addSources("Teknologirådet: Borgertopmøde", "Allerød Kommune: visionskonference (2015)",
                "Participedia method 145")
            .addMethodTypes(MethodType.DELIBERATIVE, MethodType.PUBLIC_MEETINGS)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.POLITICIANS, Initiator.ADMINISTRATION)
            .openness(Openness.LIMITED).selection(Selection.RANDOM)
            .addRecruitment(Recruitment.STRATIFIED, Recruitment.INVITATION)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.EXPRESS_OPINIONS)
            .deliberationType(DeliberationType.DELIBERATION).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.VOTING)
            .addLearningResources(LearningResource.WRITTEN_BRIEFING, LearningResource.EXPERT_PRESENTATIONS)
            .addScopes(Scope.MUNICIPALITY, Scope.REGION, Scope.NATIONAL)
            .addPlanningPhases(PlanningPhase.AGENDA, PlanningPhase.PROPOSAL)
            .addOutputs(MethodOutput.VOTE_RESULT, MethodOutput.PRIORITISED_LIST)
            .accessibility(access(Dependency.HIGH, DigitalDependency.OPTIONAL, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.TIME_AVAILABILITY, AccessBarrier.PUBLIC_SPEAKING,
                    AccessBarrier.MAJORITY_LANGUAGE)
                .addSupports(AccessSupport.SMALL_GROUPS, AccessSupport.SPOKEN_INTERPRETER,
                    AccessSupport.STEP_FREE_VENUE, AccessSupport.MATERIALS_IN_ADVANCE)
                .build())
            .build(),
        method("permanent-citizens-council")
            .names(texts("Permanent innbyggerråd (Ostbelgien-modellen)", "Permanent borgerråd (Ostbelgien-modellen)",
                "Permanent sortition council with citizens' panels"))
            .summary(texts(
                "Et fast råd trukket ved loddtrekning velger temaer og kaller inn korte"
                    + " innbyggerpaneler; de folkevalgte må drøfte og svare på anbefalingene deres.",
                "Et fast råd udtrukket ved lodtrækning vælger emner og indkalder korte"
                    + " borgerpaneler; de folkevalgte skal drøfte og besvare deres anbefalinger.",
                "A standing council drawn by lot chooses topics and convenes short citizens'"
                    + " panels; the elected body must debate and answer their recommendations."))
            .addPurposes(Purpose.MAKE, Purpose.DEVELOP)
            .iap2Level(Iap2Level.COLLABORATE).iap2Range(Iap2Range.between(Iap2Level.COLLABORATE, Iap2Level.EMPOWER))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.AGENDA_SETTING).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.between(24, 50))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC)
            .costClass(CostClass.HIGH)
            .duration(time(Recurrence.STANDING,
                "panels meet at least 3 times over about 3 months; council mandates of 18 months")
                .contactMinutes(Span.of(1080, 2160)).sessions(Span.of(3, 6)).calendarDays(Span.of(90, 540)).build())
            .accessibilityNotes("As for a citizens' assembly: payment, childcare, interpreters, an accessible"
                + " venue and material in advance. In Ostbelgien residents without citizenship may"
                + " take part.")
            .addSources("OECD: Innovative Citizen Participation (2020)",
                "Niessen and Reuchamps: the Ostbelgien model (2020)", "Bertelsmann Stiftung: Shortcut 7")
            .addMethodTypes(MethodType.DELIBERATIVE, MethodType.LONG_TERM)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.COLLABORATION)
            .addInitiators(Initiator.POLITICIANS)
            .legalStatusNote("In Norway such a body would need careful legal framing under kommuneloven; a"
                + " standing sortition panel may be a folkevalgt organ.")
            .openness(Openness.LIMITED).selection(Selection.RANDOM)
            .addRecruitment(Recruitment.STRATIFIED)
            .addInteractionTypes(InteractionType.DISCUSSION, InteractionType.ASK_AND_ANSWER)
            .deliberationType(DeliberationType.DELIBERATION).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.GENERAL_AGREEMENT, DecisionMethod.VOTING)
            .addLearningResources(LearningResource.EXPERT_PRESENTATIONS, LearningResource.WRITTEN_BRIEFING)
            .addScopes(Scope.MUNICIPALITY, Scope.REGION)
            .addPlanningPhases(PlanningPhase.CONTINUOUS, PlanningPhase.AGENDA)
            .addOutputs(MethodOutput.RECOMMENDATIONS_REPORT)
            .accessibility(access(Dependency.HIGH, DigitalDependency.NONE, YouthSuitability.NOT_SUITABLE)
                .addBarriers(AccessBarrier.TIME_AVAILABILITY, AccessBarrier.CARE_DUTIES, AccessBarrier.COST)
                .addSupports(AccessSupport.REMUNERATION, AccessSupport.CHILDCARE, AccessSupport.SPOKEN_INTERPRETER,
                    AccessSupport.STEP_FREE_VENUE, AccessSupport.MATERIALS_IN_ADVANCE)
                .build())
            .build(),
        method("citizens-initiative")
            .names(texts("Innbyggerforslag", "Borgerforslag", "Citizens' initiative (proposal to the council)"))
            .summary(texts(
                "Innbyggerne samler underskrifter og får dermed kommunestyret til å behandle et forslag innenfor"
                    + " kommunens ansvar.",
                "Borgerne samler underskrifter og får dermed kommunalbestyrelsen til at behandle et forslag inden"
                    + " for kommunens område.",
                "Residents collect signatures to make the council consider a proposal within its remit."))
            .addPurposes(Purpose.MAKE)
            .iap2Level(Iap2Level.CONSULT)
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.AGENDA_SETTING).mode(Mode.HYBRID)
            .groupSize(GroupSize.atLeast(1))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.YOUTH)
            .costClass(CostClass.LOW)
            .duration(time(Recurrence.ONE_OFF,
                "Norway: the council decides within 6 months; Copenhagen: 180 days to collect support")
                .build())
            .accessibilityNotes("Signing must work on paper and online, with the rules in plain language. In"
                + " Norway signatories need not have the right to vote, so people under 18 can take part.")
            .addSources("Kommuneloven § 12-1", "TV2 Kosmopol: Københavnerforslag", "Participedia method 164")
            .addMethodTypes(MethodType.DIRECT)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.CITIZENS)
            .addLegalReferences(LegalReference.of("NO", "kommuneloven", "§ 12-1",
                "2 % of the residents, but 300 always suffice; the council decides within six months"))
            .openness(Openness.OPEN).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION)
            .addInteractionTypes(InteractionType.EXPRESS_OPINIONS)
            .deliberationType(DeliberationType.OPINION_GIVING).facilitation(Facilitation.NOT_APPLICABLE)
            .addDecisionMethods(DecisionMethod.NOT_APPLICABLE)
            .addScopes(Scope.MUNICIPALITY, Scope.REGION)
            .addPlanningPhases(PlanningPhase.AGENDA)
            .addOutputs(MethodOutput.FORMAL_CASE_TO_COUNCIL)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.OPTIONAL, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.COGNITION_LITERACY, AccessBarrier.DIGITAL_ACCESS)
                .addSupports(AccessSupport.PLAIN_LANGUAGE, AccessSupport.WCAG_2_1_AA, AccessSupport.OFFLINE_ALTERNATIVE)
                .offlineAlternative("Signatures collected on paper count as well as digital ones.")
                .build())
            .build(),
        method("local-referendum")
            .names(texts("Lokal folkeavstemning (rådgivende)", "Kommunal folkeafstemning", "Local referendum"))
            .summary(texts(
                "Alle med stemmerett stemmer over et kommunalt spørsmål; i Norge er avstemningen rådgivende.",
                "Alle stemmeberettigede stemmer om et kommunalt spørgsmål; i Danmark kan afstemningen være"
                    + " vejledende eller bindende.",
                "Everyone entitled to vote votes on a municipal question; advisory in Norway, advisory or"
                    + " binding in Denmark."))
            .addPurposes(Purpose.MAKE)
            .iap2Level(Iap2Level.CONSULT).iap2Range(Iap2Range.between(Iap2Level.CONSULT, Iap2Level.EMPOWER))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.ADVISORY).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.atLeast(1))
            .addTargetGroups(TargetGroup.ELECTORATE)
            .costClass(CostClass.HIGH)
            .duration(time(Recurrence.ONE_OFF, "a campaign of 2–3 months and one or more voting days")
                .calendarDays(Span.of(60, 90)).build())
            .accessibilityNotes("Accessible polling places, assisted voting and easy-read information on the"
                + " ballot; a turnout quorum counts those who stay home as no.")
            .addSources("Kommuneloven § 12-2", "KMD: veileder om lokale folkeavstemninger (2020)",
                "Folketinget: L 191 (2017-18)", "Participedia method 191")
            .addMethodTypes(MethodType.DIRECT)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION_GATHERING)
            .addInitiators(Initiator.POLITICIANS)
            .addLegalReferences(LegalReference.of("NO", "kommuneloven", "§ 12-2",
                "advisory; the council decides to hold it"))
            .addLegalReferences(LegalReference.builder().jurisdiction("DK")
                .act("L 191 (2017-18): bindende kommunale folkeafstemninger")
                .note("binding referendums on council decisions, with excluded matters").build())
            .openness(Openness.LIMITED).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION)
            .minimumAge(18)
            .addInteractionTypes(InteractionType.EXPRESS_OPINIONS, InteractionType.LISTEN_WATCH)
            .deliberationType(DeliberationType.OPINION_GIVING).facilitation(Facilitation.NOT_APPLICABLE)
            .addDecisionMethods(DecisionMethod.VOTING)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.DECISION)
            .addOutputs(MethodOutput.VOTE_RESULT)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.NONE, YouthSuitability.NOT_SUITABLE)
                .addBarriers(AccessBarrier.MOBILITY, AccessBarrier.VISION, AccessBarrier.COGNITION_LITERACY)
                .addSupports(AccessSupport.STEP_FREE_VENUE, AccessSupport.EASY_READ, AccessSupport.ASSISTANT_WELCOME)
                .build())
            .build(),
        method("turnout-promotion")
            .names(texts("Tiltak for økt valgdeltakelse", "Valgfremmeindsats", "Turnout-promotion initiatives"))
            .summary(texts(
                "Målrettede tiltak før valg: mobile valglokaler på skoler, skolevalg, verksteder for"
                    + " førstegangsvelgere, unge valgmedarbeidere og brev.",
                "Målrettede aktiviteter før valg: mobile stemmesteder på skoler, prøvevalg, værksteder for"
                    + " førstegangsvælgere, unge valgtilforordnede og breve.",
                "Targeted activities before elections: mobile polling stations at schools, mock elections,"
                    + " first-time-voter workshops, young election assistants and letters."))
            .addPurposes(Purpose.INFORM, Purpose.DEVELOP)
            .iap2Level(Iap2Level.INFORM)
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.NONE).mode(Mode.HYBRID)
            .groupSize(GroupSize.atLeast(1))
            .addTargetGroups(TargetGroup.FIRST_TIME_VOTERS, TargetGroup.YOUTH, TargetGroup.LANGUAGE_MINORITIES)
            .costClass(CostClass.MEDIUM)
            .duration(time(Recurrence.REPEATED, "1–3 months before each election")
                .calendarDays(Span.of(30, 90)).build())
            .accessibilityNotes("Material in several languages and easy-read; bring voting to where people are.")
            .addSources("Holbæk Kommune: Demokratieksperimentariet (valgfremmeindsats)",
                "Roskilde Kommune: Førstevælger", "Mandag Morgen / KL: idékatalog 2021")
            .addMethodTypes(MethodType.COMMUNITY, MethodType.EXPERIENTIAL)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION)
            .addInitiators(Initiator.ADMINISTRATION)
            .openness(Openness.OPEN_WITH_OUTREACH).selection(Selection.TARGETED)
            .addRecruitment(Recruitment.CAPTIVE, Recruitment.INVITATION)
            .addInteractionTypes(InteractionType.TEACHING, InteractionType.INFORMAL_SOCIAL)
            .deliberationType(DeliberationType.NONE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.NOT_APPLICABLE)
            .addScopes(Scope.NEIGHBOURHOOD, Scope.MUNICIPALITY)
            .addPlanningPhases(PlanningPhase.CONTINUOUS)
            .addOutputs(MethodOutput.INFORMATION_DISSEMINATED)
            .accessibility(access(Dependency.MEDIUM, DigitalDependency.OPTIONAL, YouthSuitability.DESIGNED_FOR)
                .addBarriers(AccessBarrier.MAJORITY_LANGUAGE, AccessBarrier.TRUST)
                .addSupports(AccessSupport.TRANSLATED_MATERIALS, AccessSupport.EASY_READ, AccessSupport.GO_TO_PEOPLE,
                    AccessSupport.WCAG_2_1_AA)
                .offlineAlternative("Mobile polling booths, school visits and letters on paper.")
                .build())
            .build(),
        method("democracy-festival")
            .names(texts("Demokratifestival (folkemøte etter Bornholm-modell)", "Folkemøde", "Democracy festival"))
            .summary(texts(
                "En åpen festival over flere dager med debatter der organisasjoner, partier og innbyggere møtes"
                    + " uformelt.",
                "En åben festival over flere dage med debatter, hvor organisationer, partier og borgere mødes"
                    + " uformelt.",
                "An open festival of debates over several days where organisations, parties and citizens"
                    + " meet informally."))
            .addPurposes(Purpose.INFORM, Purpose.DEVELOP)
            .iap2Level(Iap2Level.INFORM).iap2Range(Iap2Range.between(Iap2Level.INFORM, Iap2Level.CONSULT))
            .addArenas(Arena.SYSTEM_POLITICAL).decisionPower(DecisionPower.NONE).mode(Mode.IN_PERSON)
            .groupSize(GroupSize.atLeast(1000))
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.STAKEHOLDERS, TargetGroup.ELECTED)
            .costClass(CostClass.HIGH)
            .duration(time(Recurrence.REPEATED, "1–4 days")
                .calendarDays(Span.of(1, 4)).build())
            .accessibilityNotes("Free admission and an accessible site; ordinary citizens tend to be"
                + " under-represented.")
            .addSources("Folkemødet på Bornholm", "Holbæk Kommune: Folkemødet 2015")
            .addMethodTypes(MethodType.PUBLIC_MEETINGS, MethodType.INFORMAL)
            .norwegianInfluenceLevel(NorwegianInfluenceLevel.INFORMATION)
            .addInitiators(Initiator.CIVIL_SOCIETY, Initiator.POLITICIANS)
            .openness(Openness.OPEN).selection(Selection.OPEN)
            .addRecruitment(Recruitment.SELF_SELECTION)
            .addInteractionTypes(InteractionType.LISTEN_WATCH, InteractionType.DISCUSSION,
                InteractionType.INFORMAL_SOCIAL)
            .deliberationType(DeliberationType.DEBATE).facilitation(Facilitation.FACILITATED)
            .addDecisionMethods(DecisionMethod.NOT_APPLICABLE)
            .addScopes(Scope.MUNICIPALITY, Scope.REGION, Scope.NATIONAL)
            .addPlanningPhases(PlanningPhase.AGENDA)
            .addOutputs(MethodOutput.INFORMATION_DISSEMINATED, MethodOutput.RELATIONSHIPS_NETWORKS)
            .accessibility(access(Dependency.HIGH, DigitalDependency.NONE, YouthSuitability.ADAPTABLE)
                .addBarriers(AccessBarrier.MOBILITY, AccessBarrier.COST, AccessBarrier.TIME_AVAILABILITY)
                .addSupports(AccessSupport.STEP_FREE_VENUE, AccessSupport.FLEXIBLE_TIMING)
                .build())
            .build());
  }
}
