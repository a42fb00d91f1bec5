package org.folkestyre.core.testing;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKind;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.committee.ElectionMode;
import org.folkestyre.core.committee.Gender;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.MunicipalBodies;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.committee.Representation;
import org.folkestyre.core.committee.RepresentationKind;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.committee.Term;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.District;
import org.folkestyre.core.municipality.Municipality;

/**
 * Generators of a municipality's bodies: valid ones, and ones that break exactly one committee rule.
 *
 * <p>{@link #norwegian(Year)} builds a Drammen-model municipality with its council, executive
 * committee, four main committees, control committee, the three mandatory councils and a local
 * committee in every district, all valid under {@code NO-KL} and {@code DRAMMEN-NEIGHBOURHOOD}.
 * {@link #danish(Year)} builds a council, finance committee and standing committees valid under
 * {@code DK-KSL}. Terms start on 15 October of the given year; validate as of a date in it.
 */
public final class CommitteeGenerators {
  private static final String COUNCIL = "kommunestyret";
  private static final String EXECUTIVE = "formannskapet";
  private static final String CONTROL = "kontrollutvalget";
  private static final String OLDER = "eldreradet";
  private static final String DISABILITIES = "radet-for-personer-med-funksjonsnedsettelse";
  private static final String YOUTH = "ungdomsradet";
  private static final String FINANCE = "okonomiudvalget";
  private static final String KOMITE = "komiteen";

  private static final ImmutableSet<String> NORWEGIAN_BREAKABLE = ImmutableSet.of(
      "NO-KL-5-6-FORMANNSKAP", "NO-KL-5-6-FORMANNSKAP-COUNCIL", "NO-KL-5-7-UTVALG-MIN", "NO-KL-5-9-KOMITE",
      "NO-KL-5-9-KOMITE-SUBSTITUTES", "NO-KL-5-12-MANDATORY-COUNCILS", "NO-KL-5-12-ELDRERAD-AGE",
      "NO-KL-5-12-UNGDOMSRAD", "NO-KL-5-12-UNGDOMSRAD-AGE", "NO-KL-6-2-MAYOR", "NO-KL-7-6-ELECTED-GENDER",
      "NO-KL-7-6-SUBSTITUTES", "NO-KL-7-7-AVTALEVALG", "NO-KL-7-7-SUBSTITUTES", "NO-KL-23-1-KONTROLLUTVALG-SIZE",
      "NO-KL-23-1-KONTROLLUTVALG-COUNCIL-MEMBER", "NO-KL-23-1-KONTROLLUTVALG-LEADER",
      "NO-KL-23-1-KONTROLLUTVALG-EXCLUDED", "DRAMMEN-NEIGHBOURHOOD-LOCAL-COMMITTEE",
      "DRAMMEN-NEIGHBOURHOOD-LOCAL-COMMITTEE-COMPOSITION", "DRAMMEN-NEIGHBOURHOOD-LOCAL-COMMITTEE-MEETINGS");
  private static final ImmutableSet<String> DANISH_BREAKABLE = ImmutableSet.of(
      "DK-KSL-18-ECONOMY-CHAIR", "DK-KSL-18-ECONOMY-MEMBERS", "DK-KSL-17-COMMITTEES");

  private CommitteeGenerators() {}

  /**
   * Returns the ids of the rules {@link #breaking(String, Year)} can break.
   *
   * @return the rule ids
   */
  public static ImmutableSet<String> breakableRules() {
    return ImmutableSet.<String>builder().addAll(NORWEGIAN_BREAKABLE).addAll(DANISH_BREAKABLE).build();
  }

  /**
   * Returns a generator of valid Norwegian bodies on a Drammen-model municipality.
   *
   * @param year the year the terms start and the budgets are for
   * @return the generator
   */
  public static Generator<MunicipalBodies> norwegian(Year year) {
    Objects.requireNonNull(year, "year");
    return (random, size) -> new Scene(random, size, year).norwegian(Scene.NO_BREAK, null);
  }

  /**
   * Returns a generator of valid Norwegian bodies for a given municipality: its council of the
   * municipality's size, executive committee, four main committees, control committee, the three
   * mandatory councils and a local committee in each of its districts. Persons are placeholders.
   *
   * @param municipality a Norwegian municipality
   * @param year the year the terms start
   * @return the generator
   * @throws InvalidValueException if the municipality is not Norwegian
   */
  public static Generator<MunicipalBodies> norwegianFor(Municipality municipality, Year year) {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(year, "year");
    if (!municipality.jurisdiction().equals(Jurisdiction.norway())) {
      throw new InvalidValueException("municipality", municipality, "must be Norwegian");
    }
    return (random, size) -> new Scene(random, size, year).norwegian(Scene.NO_BREAK, municipality);
  }

  /**
   * Returns a generator of valid Danish bodies.
   *
   * @param year the year the terms start
   * @return the generator
   */
  public static Generator<MunicipalBodies> danish(Year year) {
    Objects.requireNonNull(year, "year");
    return (random, size) -> new Scene(random, size, year).danish(Scene.NO_BREAK);
  }

  /**
   * Returns a generator of bodies that break exactly the named rule and no other rule of their
   * jurisdiction's packs (and, in Norway, of {@code DRAMMEN-NEIGHBOURHOOD}).
   *
   * @param ruleId the rule to break, one of {@link #breakableRules()}
   * @param year the year the terms start
   * @return the generator
   * @throws InvalidValueException if the rule cannot be broken by this class
   */
  public static Generator<MunicipalBodies> breaking(String ruleId, Year year) {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(year, "year");
    if (NORWEGIAN_BREAKABLE.contains(ruleId)) {
      return (random, size) -> new Scene(random, size, year).norwegian(ruleId, null);
    }
    if (DANISH_BREAKABLE.contains(ruleId)) {
      return (random, size) -> new Scene(random, size, year).danish(ruleId);
    }
    throw new InvalidValueException("ruleId", ruleId, "cannot be broken by a generator; breakable: " + breakableRules());
  }

  /** One generated municipality's people and bodies. */
  private static final class Scene {
    static final String NO_BREAK = "";
    private final RandomGenerator random;
    private final int size;
    private final Year year;
    private final LocalDate start;
    private final Term term;
    private int people;

    Scene(RandomGenerator random, int size, Year year) {
      this.random = random;
      this.size = size;
      this.year = year;
      this.start = LocalDate.of(year.getValue(), 10, 15);
      this.term = Term.fourYearsFrom(start);
    }

    MunicipalBodies norwegian(String breaking, Municipality given) {
      Municipality municipality = given != null ? given : MunicipalityGenerators.drammenModel(year).generate(random, size);
      List<Membership> council = partyMembers(municipality.councilSize(), "P", 30, 70);
      Person mayor = council.get(0).person();
      Person deputyMayor = council.get(1).person();
      int executiveSize = 5 + 2 * random.nextInt(2);
      List<Committee> committees = new ArrayList<>();
      committees.add(committee(COUNCIL, municipality.population().count() > 50_000 ? "Bystyret" : "Kommunestyret",
          CommitteeKinds.NO_COUNCIL, null, council, List.of()));

      List<Membership> executive = new ArrayList<>(council.subList(0, executiveSize));
      executive.set(0, withRole(executive.get(0), Role.CHAIR));
      executive.set(1, withRole(executive.get(1), Role.DEPUTY_CHAIR));
      if (breaking.equals("NO-KL-5-6-FORMANNSKAP")) {
        executive.subList(2 + random.nextInt(3), executive.size()).clear();
      } else if (breaking.equals("NO-KL-5-6-FORMANNSKAP-COUNCIL")) {
        Membership last = executive.get(executive.size() - 1);
        executive.set(executive.size() - 1, Membership.builder().from(last).person(person(last.person().gender()
            .orElseThrow(), 30, 70)).build());
      }
      committees.add(committee(EXECUTIVE, "Formannskapet", CommitteeKinds.NO_EXECUTIVE, ElectionMode.PROPORTIONAL,
          executive, List.of()));

      List<String> mainIds = new ArrayList<>();
      List<List<Membership>> mainMembers = new ArrayList<>();
      for (int i = 1; i <= 4; i++) {
        String id = "hovedutvalg-" + i;
        mainIds.add(id);
        List<Membership> members = partyMembers(3 + random.nextInt(3 + size / 4), "H" + i + "-", 25, 70);
        List<Membership> deputies = deputiesFor(members, 2);
        ElectionMode mode = ElectionMode.PROPORTIONAL;
        if (i == 1) {
          switch (breaking) {
            case "NO-KL-5-7-UTVALG-MIN":
              members = new ArrayList<>(members.subList(0, 2));
              deputies = deputiesFor(members, 2);
              break;
            case "NO-KL-7-6-ELECTED-GENDER":
              members.set(1, Membership.builder().from(members.get(1))
                  .person(person(members.get(0).person().gender().orElseThrow(), 25, 70)).build());
              break;
            case "NO-KL-7-6-SUBSTITUTES":
              deputies.remove(deputies.size() - 1);
              break;
            case "NO-KL-7-7-AVTALEVALG":
              mode = ElectionMode.AGREEMENT;
              members.replaceAll(m -> Membership.builder().from(m).person(person(Gender.FEMALE, 25, 70)).build());
              break;
            case "NO-KL-7-7-SUBSTITUTES":
              mode = ElectionMode.AGREEMENT;
              deputies.add(Membership.deputy(person(Gender.MALE, 25, 70), 99, members.get(0).party().orElseThrow()));
              break;
            default:
              break;
          }
        }
        mainMembers.add(members);
        committees.add(committee(id, "Hovedutvalg " + i, CommitteeKinds.NO_STANDING, mode, members, deputies));
      }

      committees.add(control(council.get(council.size() - 1), mayor, breaking));
      committees.add(advisory(OLDER, "Eldrerådet", CommitteeKinds.NO_OLDER_PEOPLE,
          breaking.equals("NO-KL-5-12-ELDRERAD-AGE") ? 40 : 65, breaking.equals("NO-KL-5-12-ELDRERAD-AGE") ? 55 : 85,
          term));
      committees.add(advisory(DISABILITIES, "Rådet for personer med funksjonsnedsettelse",
          CommitteeKinds.NO_DISABILITIES, 20, 80, term));
      if (!breaking.equals("NO-KL-5-12-MANDATORY-COUNCILS")) {
        Term youthTerm = breaking.equals("NO-KL-5-12-UNGDOMSRAD") ? Term.of(start, start.plusYears(3))
            : Term.of(start, start.plusYears(2));
        Committee youth = advisory(YOUTH, "Ungdomsrådet", CommitteeKinds.NO_YOUTH, 13, 18, youthTerm);
        if (breaking.equals("NO-KL-5-12-UNGDOMSRAD-AGE")) {
          List<Membership> members = new ArrayList<>(youth.memberships());
          members.set(0, Membership.builder().from(members.get(0)).person(person(Gender.FEMALE, 19, 25)).build());
          youth = Committee.builder().from(youth).memberships(members).build();
        }
        committees.add(youth);
      }
      if (breaking.equals("NO-KL-5-9-KOMITE") || breaking.equals("NO-KL-5-9-KOMITE-SUBSTITUTES")) {
        boolean small = breaking.equals("NO-KL-5-9-KOMITE");
        List<Membership> members = new ArrayList<>(council.subList(2, small ? 4 : 5));
        List<Membership> deputies = small ? List.of() : deputiesFor(members.subList(0, 1), 5);
        committees.add(committee(KOMITE, "Komiteen", CommitteeKinds.NO_COUNCIL_COMMITTEE, null, members, deputies));
      }

      List<District> districts = municipality.districts();
      for (int d = 0; d < districts.size(); d++) {
        if (breaking.equals("DRAMMEN-NEIGHBOURHOOD-LOCAL-COMMITTEE") && d == districts.size() - 1) {
          continue;
        }
        committees.add(local(d, districts.get(d), mainIds, mainMembers, breaking));
      }

      Person officialMayor = breaking.equals("NO-KL-6-2-MAYOR") ? council.get(executiveSize).person() : mayor;
      return MunicipalBodies.builder().municipality(municipality).committees(committees)
          .mayor(officialMayor).deputyMayor(deputyMayor).build();
    }

    private Committee control(Membership councilMember, Person mayor, String breaking) {
      List<Membership> members = new ArrayList<>();
      if (!breaking.equals("NO-KL-23-1-KONTROLLUTVALG-COUNCIL-MEMBER")) {
        members.add(councilMember);
      } else {
        members.add(Membership.builder().from(councilMember).person(person(Gender.FEMALE, 30, 70)).build());
      }
      int others = 4 + random.nextInt(2 + size / 5);
      String leaderParty = breaking.equals("NO-KL-23-1-KONTROLLUTVALG-LEADER") ? "P0" : "K0";
      for (int j = 0; j < others; j++) {
        String party = j < 2 ? leaderParty : "K" + (j / 2);
        Membership m = Membership.of(person(j % 2 == 0 ? Gender.FEMALE : Gender.MALE, 30, 70),
            j == 0 ? Role.CHAIR : Role.MEMBER, Party.of(party, "Parti " + party));
        if (j == 2 && breaking.equals("NO-KL-23-1-KONTROLLUTVALG-EXCLUDED")) {
          m = Membership.builder().from(m).representation(Representation.of(RepresentationKind.EMPLOYEE)).build();
        }
        members.add(m);
      }
      if (breaking.equals("NO-KL-23-1-KONTROLLUTVALG-SIZE")) {
        while (members.size() > 4) {
          members.remove(members.size() - 1);
        }
      }
      return committee(CONTROL, "Kontrollutvalget", CommitteeKinds.NO_CONTROL, ElectionMode.PROPORTIONAL, members,
          deputiesFor(members, 2));
    }

    private Committee local(int index, District district, List<String> mainIds, List<List<Membership>> mainMembers,
        String breaking) {
      List<Membership> members = new ArrayList<>();
      for (int i = 0; i < mainIds.size(); i++) {
        List<Membership> pool = mainMembers.get(i);
        Membership politician = pool.get(index % pool.size());
        members.add(Membership.builder().person(politician.person()).role(i == 0 ? Role.CHAIR : Role.MEMBER)
            .party(politician.party()).representation(Representation.electedFrom(mainIds.get(i))).build());
      }
      int residents = breaking.equals("DRAMMEN-NEIGHBOURHOOD-LOCAL-COMMITTEE-COMPOSITION") && index == 0 ? 7 : 8;
      for (int i = 0; i < residents; i++) {
        Representation representation = i % 2 == 0 ? Representation.of(RepresentationKind.RESIDENT)
            : Representation.association("Velforening " + (i + 1));
        members.add(Membership.builder().person(person(i % 2 == 0 ? Gender.MALE : Gender.FEMALE, 16, 85))
            .role(Role.MEMBER).representation(representation).build());
      }
      int meetings = breaking.equals("DRAMMEN-NEIGHBOURHOOD-LOCAL-COMMITTEE-MEETINGS") && index == 0 ? 6 : 4;
      return Committee.builder().id("naerutvalg-" + (index + 1)).name("Nærutvalget " + district.name())
          .kind(CommitteeKinds.NO_LOCAL).term(term).electionMode(ElectionMode.APPOINTED)
          .memberships(members).district(district.name()).meetingsPerYear(meetings).build();
    }

    private Committee advisory(String id, String name, CommitteeKind kind, int minAge, int maxAge, Term term) {
      List<Membership> members = new ArrayList<>();
      int count = 5 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        members.add(Membership.builder().person(person(i % 2 == 0 ? Gender.FEMALE : Gender.MALE, minAge, maxAge))
            .role(i == 0 ? Role.CHAIR : Role.MEMBER).representation(Representation.association("Organisasjon " + i))
            .build());
      }
      return Committee.builder().id(id).name(name).kind(kind).term(term).electionMode(ElectionMode.APPOINTED)
          .memberships(members).build();
    }

    MunicipalBodies danish(String breaking) {
      Municipality municipality = MunicipalityGenerators.valid(Jurisdiction.denmark(), year).generate(random, size);
      Term danishTerm = Term.danishAfterElection(year.getValue());
      List<Membership> council = partyMembers(municipality.councilSize(), "L", 30, 70);
      int half = municipality.councilSize() / 2;
      int financeSize = 3 + 2 * random.nextInt((half - 3) / 2 + 1);
      List<Membership> finance = new ArrayList<>(council.subList(0, financeSize));
      int chair = breaking.equals("DK-KSL-18-ECONOMY-CHAIR") ? 1 : 0;
      finance.set(chair, withRole(finance.get(chair), Role.CHAIR));
      if (breaking.equals("DK-KSL-18-ECONOMY-MEMBERS")) {
        Membership last = finance.get(finance.size() - 1);
        finance.set(finance.size() - 1, Membership.builder().from(last).person(person(Gender.MALE, 30, 70)).build());
      }
      List<Committee> committees = new ArrayList<>();
      committees.add(Committee.builder().id("kommunalbestyrelsen").name("Kommunalbestyrelsen")
          .kind(CommitteeKinds.DK_COUNCIL).term(danishTerm).memberships(council).build());
      committees.add(Committee.builder().id(FINANCE).name("Økonomiudvalget").kind(CommitteeKinds.DK_FINANCE)
          .term(danishTerm).electionMode(ElectionMode.PROPORTIONAL).memberships(finance).build());
      for (int i = 1; i <= 2; i++) {
        int standingSize = 3 + 2 * random.nextInt((half - 3) / 2 + 1);
        if (i == 1 && breaking.equals("DK-KSL-17-COMMITTEES")) {
          standingSize = standingSize + 1 <= half ? standingSize + 1 : half + 1 + (half % 2 == 0 ? 1 : 0);
        }
        int offset = municipality.councilSize() - standingSize;
        committees.add(Committee.builder().id("udvalg-" + i).name("Udvalg " + i).kind(CommitteeKinds.DK_STANDING)
            .term(danishTerm).electionMode(ElectionMode.PROPORTIONAL)
            .memberships(council.subList(offset, offset + standingSize)).build());
      }
      return MunicipalBodies.builder().municipality(municipality).committees(committees)
          .mayor(council.get(0).person()).build();
    }

    private Committee committee(String id, String name, CommitteeKind kind, ElectionMode mode,
        List<Membership> members, List<Membership> deputies) {
      Committee.Builder builder = Committee.builder().id(id).name(name).kind(kind).term(term)
          .addAllMemberships(members).addAllMemberships(deputies);
      if (mode != null) {
        builder.electionMode(mode);
      }
      return builder.build();
    }

    /** Members in pairs of one party each, a woman and a man, so every list is balanced. */
    private List<Membership> partyMembers(int count, String partyPrefix, int minAge, int maxAge) {
      List<Membership> members = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String party = partyPrefix + (i / 2);
        members.add(Membership.of(person(i % 2 == 0 ? Gender.FEMALE : Gender.MALE, minAge, maxAge), Role.MEMBER,
            Party.of(party, "Parti " + party)));
      }
      return members;
    }

    /** For each party among the members, as many deputies as its members plus {@code extra}. */
    private List<Membership> deputiesFor(List<Membership> members, int extra) {
      List<Membership> deputies = new ArrayList<>();
      members.stream().map(m -> m.party().orElseThrow()).distinct().forEach(party -> {
        long seats = members.stream().filter(m -> m.party().orElseThrow().equals(party)).count();
        for (int rank = 1; rank <= seats + extra; rank++) {
          deputies.add(Membership.deputy(person(rank % 2 == 0 ? Gender.FEMALE : Gender.MALE, 25, 70), rank, party));
        }
      });
      return deputies;
    }

    private Membership withRole(Membership membership, Role role) {
      return Membership.builder().from(membership).role(role).build();
    }

    private Person person(Gender gender, int minAge, int maxAge) {
      people++;
      int age = minAge + random.nextInt(maxAge - minAge + 1);
      LocalDate birth = start.minusYears(age + 1L).plusDays(1 + random.nextInt(360));
      return Person.of("p" + people, "Person " + people, gender, birth);
    }
  }
}
