package org.folkestyre.toolkit.internal.method;

import static org.folkestyre.toolkit.method.ParticipationMethod.texts;

import com.google.common.collect.ImmutableList;
import org.folkestyre.toolkit.method.Arena;
import org.folkestyre.toolkit.method.CostClass;
import org.folkestyre.toolkit.method.DecisionPower;
import org.folkestyre.toolkit.method.GroupSize;
import org.folkestyre.toolkit.method.Iap2Level;
import org.folkestyre.toolkit.method.Iap2Range;
import org.folkestyre.toolkit.method.MethodDuration;
import org.folkestyre.toolkit.method.MethodStatus;
import org.folkestyre.toolkit.method.Mode;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.ParticipationMethod.Builder;
import org.folkestyre.toolkit.method.Provenance;
import org.folkestyre.toolkit.method.Purpose;
import org.folkestyre.toolkit.method.Recurrence;
import org.folkestyre.toolkit.method.TargetGroup;

/**
 * The methods that ship with Folkestyre, drawn from the project's research on participation
 * methods in Norwegian and Danish municipalities, in the order of that research: broad
 * consultation first, then dialogue and co-design, standing bodies, delegated decision and
 * co-production, deliberation and the formal democratic channels.
 */
public final class BuiltInMethods {
  private BuiltInMethods() {}

  private static Builder method(String id) {
    return ParticipationMethod.builder().id(id).provenance(Provenance.BUILT_IN).status(MethodStatus.PUBLISHED);
  }

  /**
   * Returns the built-in methods in catalogue order.
   *
   * @return the methods, each id once
   */
  public static ImmutableList<ParticipationMethod> methods() {
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
            .costClass(CostClass.LOW).duration(MethodDuration.of(Recurrence.ONE_OFF, "2–3 hours"))
            .accessibilityNotes("Step-free venue, hearing loop, interpreters on request and microphones for every"
                + " speaker; add small-group parts for those who will not speak in plenary. Attendance is"
                + " self-selected, so combine with targeted methods. Norwegian folkemøte means this; the"
                + " Danish folkemøde is the democracy festival.")
            .addSources("KMD: Medvirkning i planlegging", "DOGA: Metoder for medvirkning", "Participedia method 159")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF, "15–60 minutes per visitor; open 1–5 days"))
            .accessibilityNotes("Dropping in lowers the barrier of fixed times; physical models help those who"
                + " find plan maps hard (offer tactile or large-print versions); staff can write down spoken"
                + " comments.")
            .addSources("KMD: Medvirkning i planlegging", "byplanlab.dk: nye dialogformer")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF, "2–10 minutes per person; 2–6 hours per place"))
            .accessibilityNotes("Takes participation to people who do not come to meetings; bring staff who speak"
                + " several languages and visual material, and choose a step-free spot.")
            .addSources("Asker kommune: ressursbank for medvirkning", "Distriktssenteret: biblioteket som arena",
                "KMD: Medvirkning i planlegging")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF, "time to write a submission; a statutory minimum period"))
            .accessibilityNotes("Written submissions favour the resourceful: accept oral or assisted submissions,"
                + " give a plain-language summary and publish documents that meet WCAG.")
            .addSources("Regjeringen: Medvirkning (plan- og bygningsloven)", "Prop. 149 L", "Participedia method 162")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF, "5–20 minutes per answer; open 2–8 weeks"))
            .accessibilityNotes("WCAG 2.1 AA, plain language, translations, a paper or telephone option and"
                + " read-aloud support.")
            .addSources("Participedia method 565", "Holbæk Kommune: agenda of 28 October 2014")
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
            .duration(MethodDuration.of(Recurrence.STANDING, "10–15 minutes per survey, 3–6 surveys a year"))
            .accessibilityNotes("Depends heavily on digital access; young people and some groups are"
                + " under-represented, so track and weight the answers and offer help to take part.")
            .addSources("Københavns Kommune: borgerpanel", "Asker kommune: innbyggerpanel",
                "Holbæk Kommune: elektronisk borgerpanel")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF, "5–30 minutes per contribution; open 2–8 weeks"))
            .accessibilityNotes("Maps are hard for screen-reader users and some older people: offer a text"
                + " alternative and assisted sessions at a library or stand, and design for mobiles first.")
            .addSources("Regjeringen: Nettbaserte løsninger for medvirkning", "Multiconsult: Vindafjord")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF, "1–2 lessons and follow-up; 2–6 weeks"))
            .accessibilityNotes("Running it in school reaches every child whatever their background; symbols"
                + " help weak readers; schools need Feide logins and the platform handles minors' privacy.")
            .addSources("Barnetråkk", "naturfag.no: Barnetråkk", "Regjeringen: barn og unge i plan og byggesak")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF, "minutes per contribution; open 2–12 weeks"))
            .accessibilityNotes("Shuts out people without digital access or skills: meet WCAG 2.1 AA, publish a"
                + " moderation policy and offer an offline drop-in alternative.")
            .addSources("Drammen kommune: Drammen 2040", "byplanlab.dk: idébank på nettet", "Participedia methods 183, 733")
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
            .costClass(CostClass.LOW).duration(MethodDuration.of(Recurrence.ONE_OFF, "1–2 hours"))
            .accessibilityNotes("Live captions and sign interpretation on the stream, questions by text or"
                + " phone, and a recording with a transcript; suits people who cannot travel.")
            .addSources("Drammen kommune: Drammen 2040 (online innbyggersamtale, 2021)")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF, "4–8 weeks of production"))
            .accessibilityNotes("Publish transcripts, get consent for minors, and pay or credit the young producers.")
            .addSources("Drammen kommune: Drammen 2040 (Podkast – av og for ungdom)")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF, "1.5–2 hours"))
            .accessibilityNotes("A familiar place and an interpreter; the small format suits people who avoid"
                + " plenary meetings.")
            .addSources("kommunikationsforum.dk: fokusgrupper", "Lunner kommune: kafédialog")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF, "45–90 minutes per interview; 2–8 weeks"))
            .accessibilityNotes("Meet people where they are, at home or at the service; easy language,"
                + " interpreters and support persons welcome.")
            .addSources("Askøy kommune: veileder for brukermedvirkning", "Kupa / NODA: Unge kulturutviklere")
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
            .costClass(CostClass.MEDIUM).duration(MethodDuration.of(Recurrence.ONE_OFF, "2–3 hours"))
            .accessibilityNotes("As for a public meeting, with small groups; offer several time slots that fit"
                + " around working hours.")
            .addSources("Drammen kommune: Drammen 2040 (dialogmøte)", "Dagsavisen: dialogue meetings in Nye Drammen",
                "Teknologirådet: dialogmøder")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF, "4 hours or two half-days, up to several days"))
            .accessibilityNotes("Visual and playful techniques, mixed ages welcome (children from about 10),"
                + " and enough breaks.")
            .addSources("DOGA: Framtidsverksted", "Teknologirådet: Fremtidsværksted")
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
            .duration(MethodDuration.of(Recurrence.STANDING, "monthly meetings"))
            .accessibilityNotes("Move meetings between places, keep them open, and recruit beyond the usual"
                + " enthusiasts.")
            .addSources("Drammen kommune: nærutvalg", "Holbæk Kommune: lokalfora and the dialogue model",
                "Københavns Kommune: lokaludvalg", "Participedia method 4305")
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
            .duration(MethodDuration.of(Recurrence.REPEATED, "a few hours for voters; a 3–12-month cycle"))
            .accessibilityNotes("Accessible polling places and online voting, help with writing proposals, and"
                + " rules that children can follow (age limits often 10–12). The pot comes on top of the cost.")
            .addSources("Faaborg-Midtfyn Kommune: borgerbudgettering", "Holbæk Kommune: Borgerne på banen",
                "Participedia methods 146, 4327")
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
            .duration(MethodDuration.of(Recurrence.REPEATED, "weeks to years"))
            .accessibilityNotes("Keep the threshold low with small tasks and flexible hours, and reimburse expenses.")
            .addSources("Holbæk Kommune: Skab løsninger sammen", "Center for Borgerdialog: Holbæk co-creation case")
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
            .duration(MethodDuration.of(Recurrence.STANDING, "months per pair"))
            .accessibilityNotes("Match on language and culture, and safeguard both parties.")
            .addSources("Holbæk Kommune: agenda of 24 February 2015 (Alle kan bidrage)")
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
            .duration(MethodDuration.of(Recurrence.REPEATED, "30–60 minutes per contact"))
            .accessibilityNotes("Plain language, interpreters and a companion if wanted; formal rights of appeal"
                + " must stay intact.")
            .addSources("Holbæk Kommune: agenda of 24 March 2015 (Myndighed på ny måde)")
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
            .duration(MethodDuration.of(Recurrence.REPEATED, "1–2 hours per session"))
            .accessibilityNotes("Go to people in small informal groups, compensate their time (food, vouchers),"
                + " facilitate with awareness of trauma and ask for no registration.")
            .addSources("Holbæk Kommune: Demokratieksperimentariet", "sn.dk: Holbæk udsatteråd (2017)")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF, "2–7 days"))
            .accessibilityNotes("Pay participants, cover travel and childcare, and give evidence in plain"
                + " language. In Norway a standing panel drawn by lot may be a folkevalgt organ.")
            .addSources("Participedia method 155", "OECD: Innovative Citizen Participation (2020)",
                "Sivilombudet: Røros innbyggerpanel")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF, "several full days over 2–12 months"))
            .accessibilityNotes("Pay participants, provide childcare and interpreters, choose an accessible venue,"
                + " send material in advance, and use independent facilitation.")
            .addSources("OECD: Innovative Citizen Participation (2020)", "Københavnertinget (2023)",
                "Participedia method 4258")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF,
                "Norway: the council decides within 6 months; Copenhagen: 180 days to collect support"))
            .accessibilityNotes("Signing must work on paper and online, with the rules in plain language. In"
                + " Norway signatories need not have the right to vote, so people under 18 can take part.")
            .addSources("Kommuneloven § 12-1", "TV2 Kosmopol: Københavnerforslag", "Participedia method 164")
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
            .duration(MethodDuration.of(Recurrence.ONE_OFF, "a campaign of 2–3 months and one or more voting days"))
            .accessibilityNotes("Accessible polling places, assisted voting and easy-read information on the"
                + " ballot; a turnout quorum counts those who stay home as no.")
            .addSources("Kommuneloven § 12-2", "KMD: veileder om lokale folkeavstemninger (2020)",
                "Folketinget: L 191 (2017-18)", "Participedia method 191")
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
            .duration(MethodDuration.of(Recurrence.REPEATED, "1–3 months before each election"))
            .accessibilityNotes("Material in several languages and easy-read; bring voting to where people are.")
            .addSources("Holbæk Kommune: Demokratieksperimentariet (valgfremmeindsats)",
                "Roskilde Kommune: Førstevælger", "Mandag Morgen / KL: idékatalog 2021")
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
            .duration(MethodDuration.of(Recurrence.REPEATED, "1–4 days"))
            .accessibilityNotes("Free admission and an accessible site; ordinary citizens tend to be"
                + " under-represented.")
            .addSources("Folkemødet på Bornholm", "Holbæk Kommune: Folkemødet 2015")
            .build());
  }
}
