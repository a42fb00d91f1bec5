package org.folkestyre.core.internal.rules;

import static org.folkestyre.core.LocalizedText.of;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKind;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.committee.ElectionMode;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.MunicipalBodies;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.committee.RepresentationKind;
import org.folkestyre.core.governance.Confidence;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.Severity;

/** The composition rules of kommuneloven for committees, councils and the control committee. */
public final class NorwegianCommitteeRules {
  private NorwegianCommitteeRules() {}

  /** The kinds the proportional gender rule of § 7-6 applies to with full force. */
  private static final ImmutableList<CommitteeKind> GENDER_RULE_KINDS = ImmutableList.of(
      CommitteeKinds.NO_STANDING, CommitteeKinds.NO_DISTRICT, CommitteeKinds.NO_COUNCIL_COMMITTEE,
      CommitteeKinds.NO_CONTROL, CommitteeKinds.NO_ADMINISTRATION, CommitteeKinds.NO_MERGER);

  /** Visits the bodies that the gender and deputy rules of §§ 7-6 and 7-7 cover, elected in a mode. */
  private static void forEachElectedBy(MunicipalBodies bodies, ElectionMode mode, Bodies.CommitteeVisitor visitor) {
    for (CommitteeKind kind : GENDER_RULE_KINDS) {
      Bodies.forEach(bodies, kind, (path, c) -> {
        if (c.electionMode().equals(Optional.of(mode))) {
          visitor.visit(path, c);
        }
      });
    }
  }

  public static final Rule<MunicipalBodies> FORMANNSKAP_SIZE = Rule.builder("NO-KL-5-6-FORMANNSKAP", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 5-6", "første ledd"))
      .title(of("Formannskapets størrelse", "Storleiken på formannskapet", "Formandskabets størrelse",
          "Size of the executive committee"))
      .explanation(of("Formannskapet skal ha minst 5 medlemmer.", "Formannskapet skal ha minst 5 medlemmer.",
          "Formannskabet (formannskap) skal have mindst 5 medlemmer.", "The executive committee has at least 5 members."))
      .message(of("{committee} har {size} medlemmer; formannskapet skal ha minst 5.",
          "{committee} har {size} medlemmer; formannskapet skal ha minst 5.",
          "{committee} har {size} medlemmer; formannskabet skal have mindst 5.",
          "{committee} has {size} members; the executive committee must have at least 5."))
      .check((bodies, context, findings) -> Bodies.reportBelow(bodies, findings, 5, CommitteeKinds.NO_EXECUTIVE));

  public static final Rule<MunicipalBodies> FORMANNSKAP_FROM_COUNCIL =
      Rule.builder("NO-KL-5-6-FORMANNSKAP-COUNCIL", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 5-6", "første ledd"))
      .title(of("Formannskapet velges blant kommunestyrets medlemmer", "Formannskapet blir valt blant medlemmene i"
          + " kommunestyret", "Formandskabet vælges blandt kommunestyrets medlemmer",
          "The executive committee is elected from the council"))
      .explanation(of("Kommunestyret velger formannskapet blant sine egne medlemmer.",
          "Kommunestyret vel formannskapet blant sine eigne medlemmer.",
          "Kommunestyret vælger formannskabet blandt sine egne medlemmer.",
          "The council elects the executive committee from among its own members."))
      .message(of("{person} sitter i {committee}, men er ikke medlem av kommunestyret.",
          "{person} sit i {committee}, men er ikkje medlem av kommunestyret.",
          "{person} sidder i {committee}, men er ikke medlem af kommunestyret.",
          "{person} sits on {committee} but is not a member of the council."))
      .check((bodies, context, findings) -> Bodies.norwegianCouncil(bodies).ifPresent(council ->
          Bodies.forEach(bodies, CommitteeKinds.NO_EXECUTIVE, (path, c) -> {
            for (Membership m : c.votingMembers()) {
              if (!council.hasVotingMember(m.person().id())) {
                findings.report(Bodies.memberPath(path, c, m),
                    ImmutableMap.of("person", m.person().name(), "committee", c.name()));
              }
            }
          })));

  public static final Rule<MunicipalBodies> UTVALG_MIN = Rule.builder("NO-KL-5-7-UTVALG-MIN", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 5-7", "første ledd"))
      .title(of("Utvalg har minst 3 medlemmer", "Utval har minst 3 medlemmer", "Udvalg har mindst 3 medlemmer",
          "Committees have at least 3 members"))
      .explanation(of("Utvalg og kommunedelsutvalg skal ha minst 3 medlemmer.",
          "Utval og kommunedelsutval skal ha minst 3 medlemmer.",
          "Udvalg og kommunedelsudvalg (kommunedelsutvalg) skal have mindst 3 medlemmer.",
          "Committees and district committees have at least 3 members."))
      .message(of("{committee} har {size} medlemmer; et utvalg skal ha minst 3.",
          "{committee} har {size} medlemmer; eit utval skal ha minst 3.",
          "{committee} har {size} medlemmer; et udvalg skal have mindst 3.",
          "{committee} has {size} members; a committee must have at least 3."))
      .check((bodies, context, findings) ->
          Bodies.reportBelow(bodies, findings, 3, CommitteeKinds.NO_STANDING, CommitteeKinds.NO_DISTRICT));

  public static final Rule<MunicipalBodies> KOMITE_MIN = Rule.builder("NO-KL-5-9-KOMITE", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 5-9", ""))
      .title(of("Komiteer har minst 3 medlemmer", "Komitear har minst 3 medlemmer", "Komitéer har mindst 3 medlemmer",
          "Council committees have at least 3 members"))
      .explanation(of("En komité skal ha minst 3 medlemmer fra kommunestyret.",
          "Ein komité skal ha minst 3 medlemmer frå kommunestyret.",
          "En komité skal have mindst 3 medlemmer fra kommunestyret.",
          "A council committee has at least 3 members from the council."))
      .message(of("{committee} har {size} medlemmer; en komité skal ha minst 3.",
          "{committee} har {size} medlemmer; ein komité skal ha minst 3.",
          "{committee} har {size} medlemmer; en komité skal have mindst 3.",
          "{committee} has {size} members; a council committee must have at least 3."))
      .check((bodies, context, findings) ->
          Bodies.reportBelow(bodies, findings, 3, CommitteeKinds.NO_COUNCIL_COMMITTEE));

  public static final Rule<MunicipalBodies> KOMITE_SUBSTITUTES =
      Rule.builder("NO-KL-5-9-KOMITE-SUBSTITUTES", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 5-9", ""))
      .title(of("Varamedlemmer i komiteer", "Varamedlemmer i komitear", "Stedfortrædere i komitéer",
          "Deputies of council committees"))
      .explanation(of("En komité kan ha inntil to flere varamedlemmer enn medlemmer.",
          "Ein komité kan ha inntil to fleire varamedlemmer enn medlemmer.",
          "En komité kan have op til to stedfortrædere flere end medlemmer.",
          "A council committee may have at most two more deputies than members."))
      .message(of("{committee} har {deputies} varamedlemmer og {size} medlemmer; høyst {maximum} er tillatt.",
          "{committee} har {deputies} varamedlemmer og {size} medlemmer; høgst {maximum} er tillate.",
          "{committee} har {deputies} stedfortrædere og {size} medlemmer; højst {maximum} er tilladt.",
          "{committee} has {deputies} deputies and {size} members; at most {maximum} are allowed."))
      .check((bodies, context, findings) -> Bodies.forEach(bodies, CommitteeKinds.NO_COUNCIL_COMMITTEE, (path, c) -> {
        if (c.deputies().size() > c.size() + 2) {
          findings.report(path, ImmutableMap.of("committee", c.name(), "deputies", c.deputies().size(),
              "size", c.size(), "maximum", c.size() + 2));
        }
      }));

  public static final Rule<MunicipalBodies> MANDATORY_COUNCILS =
      Rule.builder("NO-KL-5-12-MANDATORY-COUNCILS", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 5-12", "første ledd"))
      .title(of("Lovpålagte medvirkningsorganer", "Lovpålagde medverknadsorgan", "Lovpligtige råd",
          "Mandatory participation councils"))
      .explanation(of("Kommunestyret skal opprette eldreråd, råd for personer med funksjonsnedsettelse og ungdomsråd"
              + " eller annen medvirkningsordning for ungdom.",
          "Kommunestyret skal opprette eldreråd, råd for personar med funksjonsnedsetjing og ungdomsråd eller anna"
              + " medverknadsordning for ungdom.",
          "Kommunestyret skal oprette ældreråd, handicapråd og ungdomsråd eller en anden ordning for unges"
              + " medvirken.",
          "The council must set up a council for older people, a council for people with disabilities, and a youth"
              + " council or other youth participation body."))
      .message(of("Kommunen mangler {council}.", "Kommunen manglar {council}.", "Kommunen mangler {council}.",
          "The municipality has no {council}."))
      .check((bodies, context, findings) -> {
        for (CommitteeKind kind : ImmutableList.of(
            CommitteeKinds.NO_OLDER_PEOPLE, CommitteeKinds.NO_DISABILITIES, CommitteeKinds.NO_YOUTH)) {
          if (bodies.committeesOf(kind).isEmpty()) {
            findings.report("committees", ImmutableMap.of("council", kind.names().get(org.folkestyre.core.Language.EN),
                "kind", kind.id()));
          }
        }
      });

  public static final Rule<MunicipalBodies> ELDRERAD_AGE = Rule.builder("NO-KL-5-12-ELDRERAD-AGE", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 5-12", "andre ledd"))
      .title(of("Flertall over 60 i eldrerådet", "Fleirtal over 60 i eldrerådet", "Flertal over 60 i ældrerådet",
          "Majority over 60 in the council for older people"))
      .explanation(of("Flertallet av medlemmene i eldrerådet skal ha fylt 60 år når de velges.",
          "Fleirtalet av medlemmene i eldrerådet skal ha fylt 60 år når dei blir valde.",
          "Flertallet af ældrerådets medlemmer skal være fyldt 60 år, når de vælges.",
          "A majority of the members of the council for older people have turned 60 when elected."))
      .message(of("{committee}: {aged} av {size} medlemmer har fylt 60 år ({unknown} uten fødselsdato).",
          "{committee}: {aged} av {size} medlemmer har fylt 60 år ({unknown} utan fødselsdato).",
          "{committee}: {aged} af {size} medlemmer er fyldt 60 år ({unknown} uden fødselsdato).",
          "{committee}: {aged} of {size} members have turned 60 ({unknown} without a birth date)."))
      .check((bodies, context, findings) -> Bodies.forEach(bodies, CommitteeKinds.NO_OLDER_PEOPLE, (path, c) -> {
        long aged = c.votingMembers().stream().filter(m -> m.person().ageOn(c.term().start()).orElse(0) >= 60).count();
        long unknown = c.votingMembers().stream().filter(m -> m.person().birthDate().isEmpty()).count();
        if (aged * 2 <= c.size()) {
          findings.report(path, ImmutableMap.of("committee", c.name(), "aged", aged, "size", c.size(),
              "unknown", unknown));
        }
      }));

  public static final Rule<MunicipalBodies> UNGDOMSRAD_TERM = Rule.builder("NO-KL-5-12-UNGDOMSRAD", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 5-12", "tredje ledd"))
      .title(of("Ungdomsrådets valgperiode", "Valperioden til ungdomsrådet", "Ungdomsrådets valgperiode",
          "Term of the youth council"))
      .explanation(of("Medlemmene av ungdomsrådet velges for høyst 2 år.",
          "Medlemmene av ungdomsrådet blir valde for høgst 2 år.",
          "Ungdomsrådets medlemmer vælges for højst 2 år.",
          "Members of the youth council are elected for at most 2 years."))
      .message(of("{committee} sitter fra {start} til {end}, lenger enn 2 år.",
          "{committee} sit frå {start} til {end}, lenger enn 2 år.",
          "{committee} sidder fra {start} til {end}, længere end 2 år.",
          "{committee} sits from {start} to {end}, longer than 2 years."))
      .check((bodies, context, findings) -> Bodies.forEach(bodies, CommitteeKinds.NO_YOUTH, (path, c) -> {
        if (c.term().isLongerThanYears(2)) {
          findings.report(path + ".term", ImmutableMap.of("committee", c.name(), "start", c.term().start(),
              "end", c.term().end()));
        }
      }));

  public static final Rule<MunicipalBodies> UNGDOMSRAD_AGE = Rule.builder("NO-KL-5-12-UNGDOMSRAD-AGE", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 5-12", "tredje ledd"))
      .title(of("Medlemmer av ungdomsrådet er under 19", "Medlemmer av ungdomsrådet er under 19",
          "Ungdomsrådets medlemmer er under 19", "Youth council members are under 19"))
      .explanation(of("Medlemmene av ungdomsrådet kan ikke ha fylt 19 år når de velges.",
          "Medlemmene av ungdomsrådet kan ikkje ha fylt 19 år når dei blir valde.",
          "Ungdomsrådets medlemmer må ikke være fyldt 19 år, når de vælges.",
          "Youth council members must not have turned 19 when elected."))
      .message(of("{person} i {committee} er {age} år ved valget.", "{person} i {committee} er {age} år ved valet.",
          "{person} i {committee} er {age} år ved valget.", "{person} on {committee} is {age} when elected."))
      .check((bodies, context, findings) -> Bodies.forEach(bodies, CommitteeKinds.NO_YOUTH, (path, c) -> {
        for (Membership m : c.memberships()) {
          if (m.role() == org.folkestyre.core.committee.Role.SECRETARY) {
            continue;
          }
          Optional<Integer> age = m.person().ageOn(c.term().start());
          if (age.isEmpty() || age.get() >= 19) {
            findings.report(Bodies.memberPath(path, c, m), ImmutableMap.of("person", m.person().name(),
                "committee", c.name(), "age", age.map(String::valueOf).orElse("?")));
          }
        }
      }));

  public static final Rule<MunicipalBodies> MAYOR = Rule.builder("NO-KL-6-2-MAYOR", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 6-2", "første ledd"))
      .title(of("Ordfører og varaordfører fra formannskapet", "Ordførar og varaordførar frå formannskapet",
          "Borgmester og viceborgmester fra formandskabet", "Mayor and deputy mayor from the executive committee"))
      .explanation(of("Ordfører og varaordfører velges blant formannskapets medlemmer.",
          "Ordførar og varaordførar blir valde blant medlemmene i formannskapet.",
          "Ordfører (borgmester) og varaordfører vælges blandt formandskabets medlemmer.",
          "The mayor and deputy mayor are elected from among the members of the executive committee."))
      .message(of("{office} {person} er ikke medlem av formannskapet.",
          "{office} {person} er ikkje medlem av formannskapet.",
          "{office} {person} er ikke medlem af formandskabet.",
          "The {office} {person} is not a member of the executive committee."))
      .check((bodies, context, findings) -> {
        ImmutableList<Committee> executive = bodies.committeesOf(CommitteeKinds.NO_EXECUTIVE);
        if (executive.isEmpty()) {
          return;
        }
        checkOffice(bodies.mayor(), "mayor", "ordfører", executive, findings);
        checkOffice(bodies.deputyMayor(), "deputyMayor", "varaordfører", executive, findings);
      });

  private static void checkOffice(Optional<Person> person, String path, String office,
      ImmutableList<Committee> executive, org.folkestyre.core.governance.Findings findings) {
    if (person.isPresent() && executive.stream().noneMatch(c -> c.hasVotingMember(person.get().id()))) {
      findings.report(path, ImmutableMap.of("office", office, "person", person.get().name()));
    }
  }

  public static final Rule<MunicipalBodies> ELECTED_GENDER =
      Rule.builder("NO-KL-7-6-ELECTED-GENDER", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 7-6", "tredje ledd"))
      .title(of("Kjønnsbalanse blant de valgte", "Kjønnsbalanse blant dei valde", "Kønsbalance blandt de valgte",
          "Gender balance among those elected"))
      .explanation(of("Ved forholdsvalg skal hvert kjønn utgjøre minst 40 prosent av de valgte fra en liste som får"
              + " 4 eller flere medlemmer; får listen 2 eller 3, skal begge kjønn være representert.",
          "Ved forholdsval skal kvart kjønn utgjere minst 40 prosent av dei valde frå ei liste som får 4 eller"
              + " fleire medlemmer; får lista 2 eller 3, skal begge kjønn vere representerte.",
          "Ved forholdsvalg skal hvert køn udgøre mindst 40 procent af de valgte fra en liste med 4 eller flere"
              + " medlemmer; med 2 eller 3 skal begge køn være repræsenteret.",
          "In a proportional election each gender makes up at least 40 per cent of those elected from a list"
              + " that wins 4 or more seats; with 2 or 3 seats both genders are represented."))
      .message(of("{committee}, liste {party}: {female} kvinner, {male} menn, {unknown} ukjent av {seats};"
              + " hvert kjønn skal ha minst {minimum}.",
          "{committee}, liste {party}: {female} kvinner, {male} menn, {unknown} ukjend av {seats};"
              + " kvart kjønn skal ha minst {minimum}.",
          "{committee}, liste {party}: {female} kvinder, {male} mænd, {unknown} ukendt af {seats};"
              + " hvert køn skal have mindst {minimum}.",
          "{committee}, list {party}: {female} women, {male} men, {unknown} unknown of {seats};"
              + " each gender needs at least {minimum}."))
      .check((bodies, context, findings) -> {
        forEachElectedBy(bodies, ElectionMode.PROPORTIONAL, (path, c) -> {
          Bodies.byParty(c.votingMembers()).forEach((party, seats) -> Bodies.genderImbalance(seats)
              .ifPresent(counts -> findings.report(path, ImmutableMap.<String, Object>builder()
                  .put("committee", c.name()).put("party", party.isEmpty() ? "-" : party)
                  .put("female", counts[0]).put("male", counts[1]).put("unknown", counts[2])
                  .put("seats", seats.size()).put("minimum", Bodies.minimumPerGender(seats.size())).build())));
        });
      });

  public static final Rule<MunicipalBodies> SUBSTITUTES = Rule.builder("NO-KL-7-6-SUBSTITUTES", MunicipalBodies.class)
      .severity(Severity.WARNING)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 7-6", "femte ledd"))
      .title(of("Varamedlemmer ved forholdsvalg", "Varamedlemmer ved forholdsval", "Stedfortrædere ved forholdsvalg",
          "Deputies after a proportional election"))
      .explanation(of("Hver liste får så langt det er mulig to flere varamedlemmer enn medlemmer.",
          "Kvar liste får så langt det er mogleg to fleire varamedlemmer enn medlemmer.",
          "Hver liste får så vidt muligt to stedfortrædere flere end medlemmer.",
          "Each list gets, as far as possible, two more deputies than members."))
      .message(of("{committee}, liste {party}: {deputies} varamedlemmer for {seats} medlemmer; normalt {expected}.",
          "{committee}, liste {party}: {deputies} varamedlemmer for {seats} medlemmer; normalt {expected}.",
          "{committee}, liste {party}: {deputies} stedfortrædere for {seats} medlemmer; normalt {expected}.",
          "{committee}, list {party}: {deputies} deputies for {seats} members; normally {expected}."))
      .check((bodies, context, findings) -> {
        forEachElectedBy(bodies, ElectionMode.PROPORTIONAL, (path, c) -> {
          var deputies = Bodies.byParty(c.deputies());
          Bodies.byParty(c.votingMembers()).forEach((party, seats) -> {
            int count = deputies.getOrDefault(party, ImmutableList.of()).size();
            if (count < seats.size() + 2) {
              findings.report(path, ImmutableMap.of("committee", c.name(), "party", party.isEmpty() ? "-" : party,
                  "deputies", count, "seats", seats.size(), "expected", seats.size() + 2));
            }
          });
        });
      });

  public static final Rule<MunicipalBodies> AGREEMENT_GENDER = Rule.builder("NO-KL-7-7-AVTALEVALG", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 7-7", "andre ledd"))
      .title(of("Kjønnsbalanse ved avtalevalg", "Kjønnsbalanse ved avtaleval", "Kønsbalance ved aftalevalg",
          "Gender balance after election by agreement"))
      .explanation(of("Ved avtalevalg skal hvert kjønn utgjøre minst 40 prosent av organet når det har 4 eller flere"
              + " medlemmer, og begge kjønn være representert når det har 2 eller 3.",
          "Ved avtaleval skal kvart kjønn utgjere minst 40 prosent av organet når det har 4 eller fleire medlemmer,"
              + " og begge kjønn vere representerte når det har 2 eller 3.",
          "Ved aftalevalg skal hvert køn udgøre mindst 40 procent af organet, når det har 4 eller flere medlemmer,"
              + " og begge køn være repræsenteret ved 2 eller 3.",
          "After an election by agreement each gender makes up at least 40 per cent of a body of 4 or more, and"
              + " both genders sit on a body of 2 or 3."))
      .message(of("{committee}: {female} kvinner, {male} menn, {unknown} ukjent av {seats}; hvert kjønn skal ha minst"
              + " {minimum}.",
          "{committee}: {female} kvinner, {male} menn, {unknown} ukjend av {seats}; kvart kjønn skal ha minst"
              + " {minimum}.",
          "{committee}: {female} kvinder, {male} mænd, {unknown} ukendt af {seats}; hvert køn skal have mindst"
              + " {minimum}.",
          "{committee}: {female} women, {male} men, {unknown} unknown of {seats}; each gender needs at least"
              + " {minimum}."))
      .check((bodies, context, findings) -> {
        forEachElectedBy(bodies, ElectionMode.AGREEMENT, (path, c) -> {
          Bodies.genderImbalance(c.votingMembers()).ifPresent(counts -> findings.report(path,
              ImmutableMap.<String, Object>builder().put("committee", c.name()).put("female", counts[0])
                  .put("male", counts[1]).put("unknown", counts[2]).put("seats", c.size())
                  .put("minimum", Bodies.minimumPerGender(c.size())).build()));
        });
      });

  public static final Rule<MunicipalBodies> AGREEMENT_SUBSTITUTES =
      Rule.builder("NO-KL-7-7-SUBSTITUTES", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 7-7", "tredje ledd"))
      .title(of("Varamedlemmer ved avtalevalg", "Varamedlemmer ved avtaleval", "Stedfortrædere ved aftalevalg",
          "Deputies after election by agreement"))
      .explanation(of("Ved avtalevalg kan hvert parti eller hver gruppe få inntil to flere varamedlemmer enn"
              + " medlemmer.",
          "Ved avtaleval kan kvart parti eller kvar gruppe få inntil to fleire varamedlemmer enn medlemmer.",
          "Ved aftalevalg kan hvert parti eller hver gruppe få op til to stedfortrædere flere end medlemmer.",
          "After an election by agreement each party or group may have at most two more deputies than members."))
      .message(of("{committee}, {party}: {deputies} varamedlemmer for {seats} medlemmer; høyst {maximum}.",
          "{committee}, {party}: {deputies} varamedlemmer for {seats} medlemmer; høgst {maximum}.",
          "{committee}, {party}: {deputies} stedfortrædere for {seats} medlemmer; højst {maximum}.",
          "{committee}, {party}: {deputies} deputies for {seats} members; at most {maximum}."))
      .check((bodies, context, findings) -> {
        forEachElectedBy(bodies, ElectionMode.AGREEMENT, (path, c) -> {
          var members = Bodies.byParty(c.votingMembers());
          Bodies.byParty(c.deputies()).forEach((party, deputies) -> {
            int seats = members.getOrDefault(party, ImmutableList.of()).size();
            if (deputies.size() > seats + 2) {
              findings.report(path, ImmutableMap.of("committee", c.name(), "party", party.isEmpty() ? "-" : party,
                  "deputies", deputies.size(), "seats", seats, "maximum", seats + 2));
            }
          });
        });
      });

  public static final Rule<MunicipalBodies> CONTROL_SIZE =
      Rule.builder("NO-KL-23-1-KONTROLLUTVALG-SIZE", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 23-1", "andre ledd"))
      .title(of("Kontrollutvalgets størrelse", "Storleiken på kontrollutvalet", "Kontroludvalgets størrelse",
          "Size of the control committee"))
      .explanation(of("Kontrollutvalget skal ha minst 5 medlemmer.", "Kontrollutvalet skal ha minst 5 medlemmer.",
          "Kontroludvalget (kontrollutvalg) skal have mindst 5 medlemmer.",
          "The control committee has at least 5 members."))
      .message(of("{committee} har {size} medlemmer; kontrollutvalget skal ha minst 5.",
          "{committee} har {size} medlemmer; kontrollutvalet skal ha minst 5.",
          "{committee} har {size} medlemmer; kontroludvalget skal have mindst 5.",
          "{committee} has {size} members; the control committee must have at least 5."))
      .check((bodies, context, findings) -> Bodies.reportBelow(bodies, findings, 5, CommitteeKinds.NO_CONTROL));

  public static final Rule<MunicipalBodies> CONTROL_COUNCIL_MEMBER =
      Rule.builder("NO-KL-23-1-KONTROLLUTVALG-COUNCIL-MEMBER", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 23-1", "andre ledd"))
      .title(of("Kommunestyremedlem i kontrollutvalget", "Kommunestyremedlem i kontrollutvalet",
          "Kommunestyremedlem i kontroludvalget", "A council member on the control committee"))
      .explanation(of("Minst ett av kontrollutvalgets medlemmer skal velges blant kommunestyrets medlemmer.",
          "Minst eitt av medlemmene i kontrollutvalet skal veljast blant medlemmene i kommunestyret.",
          "Mindst ét af kontroludvalgets medlemmer skal vælges blandt kommunestyrets medlemmer.",
          "At least one member of the control committee is elected from among the council's members."))
      .message(of("Ingen av medlemmene i {committee} sitter i kommunestyret.",
          "Ingen av medlemmene i {committee} sit i kommunestyret.",
          "Ingen af medlemmerne af {committee} sidder i kommunestyret.",
          "No member of {committee} sits on the council."))
      .check((bodies, context, findings) -> Bodies.norwegianCouncil(bodies).ifPresent(council ->
          Bodies.forEach(bodies, CommitteeKinds.NO_CONTROL, (path, c) -> {
            if (c.votingMembers().stream().noneMatch(m -> council.hasVotingMember(m.person().id()))) {
              findings.report(path, ImmutableMap.of("committee", c.name()));
            }
          })));

  public static final Rule<MunicipalBodies> CONTROL_LEADER =
      Rule.builder("NO-KL-23-1-KONTROLLUTVALG-LEADER", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 23-1", "fjerde ledd"))
      .title(of("Lederen av kontrollutvalget", "Leiaren av kontrollutvalet", "Formanden for kontroludvalget",
          "The leader of the control committee"))
      .explanation(of("Lederen av kontrollutvalget kan ikke være medlem av samme parti eller gruppe som ordføreren.",
          "Leiaren av kontrollutvalet kan ikkje vere medlem av same parti eller gruppe som ordføraren.",
          "Formanden for kontroludvalget må ikke tilhøre samme parti eller gruppe som ordføreren (borgmesteren).",
          "The leader of the control committee may not belong to the mayor's party or group."))
      .message(of("Lederen av {committee}, {person}, er fra {party}, samme parti som ordføreren.",
          "Leiaren av {committee}, {person}, er frå {party}, same parti som ordføraren.",
          "Formanden for {committee}, {person}, er fra {party}, samme parti som ordføreren.",
          "The leader of {committee}, {person}, is from {party}, the mayor's party."))
      .check((bodies, context, findings) -> {
        Optional<Party> mayorsParty = bodies.mayor().flatMap(mayor -> partyOf(bodies, mayor));
        if (mayorsParty.isEmpty()) {
          return;
        }
        Bodies.forEach(bodies, CommitteeKinds.NO_CONTROL, (path, c) -> c.chair().ifPresent(chair -> {
          if (chair.party().equals(mayorsParty)) {
            findings.report(Bodies.memberPath(path, c, chair), ImmutableMap.of("committee", c.name(),
                "person", chair.person().name(), "party", mayorsParty.get().abbreviation()));
          }
        }));
      });

  private static Optional<Party> partyOf(MunicipalBodies bodies, Person person) {
    return bodies.committees().stream().flatMap(c -> c.memberships().stream())
        .filter(m -> m.person().id().equals(person.id()) && m.party().isPresent())
        .map(m -> m.party().get()).findFirst();
  }

  public static final Rule<MunicipalBodies> CONTROL_EXCLUDED =
      Rule.builder("NO-KL-23-1-KONTROLLUTVALG-EXCLUDED", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 23-1", "tredje ledd"))
      .title(of("Utelukket fra kontrollutvalget", "Utestengd frå kontrollutvalet", "Udelukket fra kontroludvalget",
          "Excluded from the control committee"))
      .explanation(of("Ordfører, varaordfører, medlemmer og varamedlemmer av formannskapet, av folkevalgte organer med"
              + " avgjørelsesmyndighet og av komiteer, og kommunens ansatte, kan ikke velges til kontrollutvalget.",
          "Ordførar, varaordførar, medlemmer og varamedlemmer av formannskapet, av folkevalde organ med"
              + " avgjerdsmakt og av komitear, og dei tilsette i kommunen, kan ikkje veljast til kontrollutvalet.",
          "Borgmester (ordfører), viceborgmester, medlemmer og stedfortrædere i formandskabet, i folkevalgte organer"
              + " med beslutningskompetence og i komitéer samt kommunens ansatte kan ikke vælges til kontroludvalget.",
          "The mayor, the deputy mayor, members and deputies of the executive committee, of elected bodies with"
              + " decision power and of council committees, and the municipality's employees cannot sit on the"
              + " control committee."))
      .message(of("{person} i {committee} er utelukket: {reason}.", "{person} i {committee} er utestengd: {reason}.",
          "{person} i {committee} er udelukket: {reason}.", "{person} on {committee} is excluded: {reason}."))
      .check((bodies, context, findings) -> Bodies.forEach(bodies, CommitteeKinds.NO_CONTROL, (path, c) -> {
        for (Membership m : c.memberships()) {
          if (m.role() == org.folkestyre.core.committee.Role.SECRETARY) {
            continue;
          }
          exclusion(bodies, c, m).ifPresent(reason -> findings.report(Bodies.memberPath(path, c, m),
              ImmutableMap.of("person", m.person().name(), "committee", c.name(), "reason", reason)));
        }
      }));

  private static Optional<String> exclusion(MunicipalBodies bodies, Committee control, Membership m) {
    String id = m.person().id();
    if (bodies.mayor().map(p -> p.id().equals(id)).orElse(false)) {
      return Optional.of("mayor");
    }
    if (bodies.deputyMayor().map(p -> p.id().equals(id)).orElse(false)) {
      return Optional.of("deputy mayor");
    }
    if (m.representation().map(r -> r.kind() == RepresentationKind.EMPLOYEE).orElse(false)) {
      return Optional.of("employee of the municipality");
    }
    for (Committee other : bodies.committees()) {
      if (other == control || other.kind().equals(CommitteeKinds.NO_COUNCIL) || other.kind().equals(CommitteeKinds.NO_CONTROL)
          || !other.includes(id)) {
        continue;
      }
      if (other.kind().equals(CommitteeKinds.NO_EXECUTIVE) || other.kind().equals(CommitteeKinds.NO_COUNCIL_COMMITTEE)
          || (other.kind().isElectedBody() && other.kind().hasDecisionPower())) {
        return Optional.of("sits on " + other.name());
      }
    }
    return Optional.empty();
  }
}
