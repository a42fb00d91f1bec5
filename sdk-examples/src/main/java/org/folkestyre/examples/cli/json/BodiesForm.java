package org.folkestyre.examples.cli.json;

import static org.folkestyre.examples.cli.json.FormValues.date;
import static org.folkestyre.examples.cli.json.FormValues.enumValue;
import static org.folkestyre.examples.cli.json.FormValues.required;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Committee;
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
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.examples.cli.json.BodiesJson.CommitteeJson;
import org.folkestyre.examples.cli.json.BodiesJson.MembershipJson;
import org.folkestyre.examples.cli.json.BodiesJson.PartyJson;
import org.folkestyre.examples.cli.json.BodiesJson.PersonJson;

/** Converts between the JSON form of a municipality's bodies and {@link MunicipalBodies}. */
public final class BodiesForm {
  private BodiesForm() {}

  /**
   * Builds the bodies a JSON form describes.
   *
   * @param municipality the municipality the bodies belong to
   * @param json the form
   * @param today the current date; no one may be born after it
   * @return the bodies
   * @throws InvalidValueException naming the JSON path of the first structural error
   * @throws MissingPropertyException if a required property is absent
   */
  public static MunicipalBodies toCore(Municipality municipality, BodiesJson json, LocalDate today) {
    Map<String, Party> parties = parties("bodies.parties", json.parties());
    Map<String, Person> persons = persons("bodies.persons", json.persons(), today);
    MunicipalBodies.Builder bodies = MunicipalBodies.builder().municipality(municipality);
    List<CommitteeJson> committees = required("bodies.committees", json.committees());
    for (int i = 0; i < committees.size(); i++) {
      bodies.addCommittee(committee("bodies.committees[" + i + "]", required("bodies.committees[" + i + "]",
          committees.get(i)), persons, parties));
    }
    if (json.mayor() != null) {
      bodies.mayor(lookup("bodies.mayor", json.mayor(), persons, "person"));
    }
    if (json.deputyMayor() != null) {
      bodies.deputyMayor(lookup("bodies.deputyMayor", json.deputyMayor(), persons, "person"));
    }
    return at("bodies", bodies::build);
  }

  /**
   * Reads a list of parties, keyed by abbreviation.
   *
   * @param path the list's JSON path, such as {@code bodies.parties}
   * @param json the list, or null for none
   * @return the parties by abbreviation, in the order given
   */
  public static Map<String, Party> parties(String path, List<PartyJson> json) {
    Map<String, Party> parties = new LinkedHashMap<>();
    List<PartyJson> partyList = json == null ? List.of() : json;
    for (int i = 0; i < partyList.size(); i++) {
      String at = path + "[" + i + "]";
      PartyJson party = required(at, partyList.get(i));
      Party value = at(at, () -> Party.of(required(at + ".abbreviation", party.abbreviation()),
          required(at + ".name", party.name())));
      if (parties.put(value.abbreviation(), value) != null) {
        throw new InvalidValueException(at + ".abbreviation", value.abbreviation(), "names two parties");
      }
    }
    return parties;
  }

  /**
   * Reads a list of persons, keyed by id.
   *
   * @param path the list's JSON path, such as {@code bodies.persons}
   * @param json the list, or null for none
   * @param today the current date; no one may be born after it
   * @return the persons by id, in the order given
   */
  public static Map<String, Person> persons(String path, List<PersonJson> json, LocalDate today) {
    Map<String, Person> persons = new LinkedHashMap<>();
    List<PersonJson> personList = json == null ? List.of() : json;
    for (int i = 0; i < personList.size(); i++) {
      String at = path + "[" + i + "]";
      PersonJson person = required(at, personList.get(i));
      Person.Builder builder = Person.builder().id(required(at + ".id", person.id()))
          .name(required(at + ".name", person.name()));
      if (person.gender() != null) {
        builder.gender(enumValue(at + ".gender", person.gender(), Gender.class));
      }
      if (person.birthDate() != null) {
        LocalDate birth = date(at + ".birthDate", person.birthDate());
        if (birth.isAfter(today)) {
          throw new InvalidValueException(at + ".birthDate", person.birthDate(), "is in the future (today is "
              + today + ")");
        }
        builder.birthDate(birth);
      }
      Person value = at(at, builder::build);
      if (persons.put(value.id(), value) != null) {
        throw new InvalidValueException(at + ".id", value.id(), "names two persons");
      }
    }
    return persons;
  }

  /** Reads a committee whose memberships refer to the persons and parties read before. */
  static Committee committee(String path, CommitteeJson json, Map<String, Person> persons,
      Map<String, Party> parties) {
    Committee.Builder builder = Committee.builder()
        .id(required(path + ".id", json.id()))
        .name(required(path + ".name", json.name()))
        .kind(at(path + ".kind", () -> CommitteeKinds.of(required(path + ".kind", json.kind()))))
        .term(at(path + ".termEnd", () -> Term.of(date(path + ".termStart", required(path + ".termStart",
            json.termStart())), date(path + ".termEnd", required(path + ".termEnd", json.termEnd())))));
    if (json.electionMode() != null) {
      builder.electionMode(enumValue(path + ".electionMode", json.electionMode(), ElectionMode.class));
    }
    Optional.ofNullable(json.district()).ifPresent(builder::district);
    Optional.ofNullable(json.meetingsPerYear()).ifPresent(builder::meetingsPerYear);
    List<MembershipJson> memberships = json.memberships() == null ? List.of() : json.memberships();
    for (int i = 0; i < memberships.size(); i++) {
      String at = path + ".memberships[" + i + "]";
      MembershipJson m = required(at, memberships.get(i));
      Membership.Builder membership = Membership.builder()
          .person(lookup(at + ".person", required(at + ".person", m.person()), persons, "person"))
          .role(enumValue(at + ".role", required(at + ".role", m.role()), Role.class));
      Optional.ofNullable(m.deputyRank()).ifPresent(membership::deputyRank);
      if (m.party() != null) {
        membership.party(lookup(at + ".party", m.party(), parties, "party"));
      }
      if (m.represents() != null) {
        Representation.Builder representation = Representation.builder()
            .kind(enumValue(at + ".represents", m.represents(), RepresentationKind.class));
        Optional.ofNullable(m.fromCommittee()).ifPresent(representation::fromCommittee);
        Optional.ofNullable(m.description()).ifPresent(representation::description);
        membership.representation(representation.build());
      }
      builder.addMembership(at(at, membership::build));
    }
    return at(path, builder::build);
  }

  /**
   * Describes bodies in the JSON form, the inverse of {@link #toCore}.
   *
   * @param bodies the bodies
   * @return the form
   */
  public static BodiesJson fromCore(MunicipalBodies bodies) {
    Map<String, PartyJson> parties = new LinkedHashMap<>();
    Map<String, PersonJson> persons = new LinkedHashMap<>();
    List<CommitteeJson> committees = new ArrayList<>();
    for (Committee c : bodies.committees()) {
      List<MembershipJson> memberships = new ArrayList<>();
      for (Membership m : c.memberships()) {
        Person p = m.person();
        persons.putIfAbsent(p.id(), new PersonJson(p.id(), p.name(), p.gender().map(Enum::name).orElse(null),
            p.birthDate().map(LocalDate::toString).orElse(null)));
        m.party().ifPresent(party -> parties.putIfAbsent(party.abbreviation(),
            new PartyJson(party.abbreviation(), party.name())));
        memberships.add(new MembershipJson(p.id(), m.role().name(), m.deputyRank().orElse(null),
            m.party().map(Party::abbreviation).orElse(null),
            m.representation().map(r -> r.kind().name()).orElse(null),
            m.representation().flatMap(Representation::fromCommittee).orElse(null),
            m.representation().flatMap(Representation::description).orElse(null)));
      }
      committees.add(new CommitteeJson(c.id(), c.name(), c.kind().id(), c.term().start().toString(),
          c.term().end().toString(), c.electionMode().map(Enum::name).orElse(null), c.district().orElse(null),
          c.meetingsPerYear().orElse(null), memberships));
    }
    return new BodiesJson(bodies.mayor().map(Person::id).orElse(null),
        bodies.deputyMayor().map(Person::id).orElse(null), ImmutableList.copyOf(parties.values()),
        ImmutableList.copyOf(persons.values()), committees);
  }

  static <T> T lookup(String path, String key, Map<String, T> values, String what) {
    T value = values.get(key);
    if (value == null) {
      throw new InvalidValueException(path, key, "is not a " + what + " listed in the file");
    }
    return value;
  }


  /**
   * Runs a factory; an error it reports without the JSON path gets the path of the object. An error
   * whose field already is a path from the same root as {@code path} is passed on as it is.
   */
  static <T> T at(String path, java.util.function.Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidValueException e) {
      String root = path.split("[.\\[]", 2)[0];
      if (e.field().equals(root) || e.field().startsWith(root + ".") || e.field().startsWith(root + "[")) {
        throw e;
      }
      InvalidValueException moved = new InvalidValueException(path + " (" + e.field() + ")", e.value(), e.rule());
      moved.initCause(e);
      throw moved;
    }
  }
}
