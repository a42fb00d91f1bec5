package org.folkestyre.examples.cli.interchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.committee.ElectionMode;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.committee.Representation;
import org.folkestyre.core.committee.RepresentationKind;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.committee.Term;
import org.folkestyre.core.interchange.Proceedings;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.Attachment;
import org.folkestyre.core.meeting.Case;
import org.folkestyre.core.meeting.CaseNumber;
import org.folkestyre.core.meeting.CaseNumberContext;
import org.folkestyre.core.meeting.CaseNumberScheme;
import org.folkestyre.core.meeting.CaseRole;
import org.folkestyre.core.meeting.CaseStep;
import org.folkestyre.core.meeting.Closure;
import org.folkestyre.core.meeting.ClosureGround;
import org.folkestyre.core.meeting.ItemKind;
import org.folkestyre.core.meeting.KleCode;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingState;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.MunicipalityRef;
import org.folkestyre.examples.cli.interchange.InterchangeJson.InterchangeAttachmentJson;
import org.folkestyre.examples.cli.interchange.InterchangeJson.InterchangeCaseJson;
import org.folkestyre.examples.cli.interchange.InterchangeJson.InterchangeItemJson;
import org.folkestyre.examples.cli.interchange.InterchangeJson.InterchangeMeetingJson;
import org.folkestyre.examples.cli.interchange.InterchangeJson.InterchangeStepJson;
import org.folkestyre.examples.cli.json.BodiesJson.CommitteeJson;
import org.folkestyre.examples.cli.json.BodiesJson.MembershipJson;
import org.folkestyre.examples.cli.json.BodiesForm;
import org.folkestyre.examples.cli.json.MissingPropertyException;

/** Converts the JSON form of {@code folkestyre ical} and {@code folkestyre oparl} into {@link Proceedings}. */
public final class InterchangeForm {
  private InterchangeForm() {}

  /**
   * Builds the proceedings a JSON form describes.
   *
   * @param json the form
   * @param today the current date: no one may be born after it, and its year is the reference
   *     year of a case number of a case without steps that names none
   * @return the proceedings
   * @throws InvalidValueException naming the JSON path of the first structural error
   * @throws MissingPropertyException if a required property is absent
   */
  public static Proceedings toCore(InterchangeJson json, LocalDate today) {
    var m = required("municipality", json.municipality());
    Jurisdiction jurisdiction = at("municipality.jurisdiction",
        () -> Jurisdiction.of(required("municipality.jurisdiction", m.jurisdiction())));
    MunicipalityCode code = at("municipality.code",
        () -> MunicipalityCode.of(jurisdiction, required("municipality.code", m.code())));
    Proceedings.Builder proceedings = Proceedings.builder()
        .municipality(at("municipality", () -> MunicipalityRef.of(required("municipality.name", m.name()), code)));

    Map<String, Party> parties = BodiesForm.parties("parties", json.parties());
    Map<String, Person> persons = BodiesForm.persons("persons", json.persons(), today);
    List<CommitteeJson> committees = required("committees", json.committees());
    for (int i = 0; i < committees.size(); i++) {
      String path = "committees[" + i + "]";
      proceedings.addCommittee(committee(path, required(path, committees.get(i)), persons, parties));
    }
    List<InterchangeMeetingJson> meetings = orEmpty(json.meetings());
    for (int i = 0; i < meetings.size(); i++) {
      String path = "meetings[" + i + "]";
      proceedings.addMeeting(meeting(path, required(path, meetings.get(i)), jurisdiction));
    }
    List<InterchangeCaseJson> cases = orEmpty(json.cases());
    for (int i = 0; i < cases.size(); i++) {
      String path = "cases[" + i + "]";
      proceedings.addCase(paper(path, required(path, cases.get(i)), jurisdiction, today.getYear()));
    }
    return at("", proceedings::build);
  }

  private static Committee committee(String path, CommitteeJson json, Map<String, Person> persons,
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
    if (json.district() != null) {
      builder.district(json.district());
    }
    if (json.meetingsPerYear() != null) {
      builder.meetingsPerYear(json.meetingsPerYear());
    }
    List<MembershipJson> memberships = orEmpty(json.memberships());
    for (int i = 0; i < memberships.size(); i++) {
      String at = path + ".memberships[" + i + "]";
      MembershipJson m = required(at, memberships.get(i));
      Membership.Builder membership = Membership.builder()
          .person(lookup(at + ".person", required(at + ".person", m.person()), persons, "person"))
          .role(enumValue(at + ".role", required(at + ".role", m.role()), Role.class));
      if (m.deputyRank() != null) {
        membership.deputyRank(m.deputyRank());
      }
      if (m.party() != null) {
        membership.party(lookup(at + ".party", m.party(), parties, "party"));
      }
      if (m.represents() != null) {
        Representation.Builder representation = Representation.builder()
            .kind(enumValue(at + ".represents", m.represents(), RepresentationKind.class));
        if (m.fromCommittee() != null) {
          representation.fromCommittee(m.fromCommittee());
        }
        if (m.description() != null) {
          representation.description(m.description());
        }
        membership.representation(representation.build());
      }
      builder.addMembership(at(at, membership::build));
    }
    return at(path, builder::build);
  }

  private static Meeting meeting(String path, InterchangeMeetingJson json, Jurisdiction jurisdiction) {
    LocalDateTime start = dateTime(path + ".start", required(path + ".start", json.start()));
    Meeting.Builder meeting = Meeting.builder().id(required(path + ".id", json.id()))
        .committeeId(required(path + ".committee", json.committee()))
        .startIn(jurisdiction, start);
    if (json.number() != null) {
      meeting.number(json.number());
    }
    if (json.end() != null) {
      meeting.end(dateTime(path + ".end", json.end()).atZone(jurisdiction.zone()));
    }
    if (json.place() != null) {
      meeting.place(json.place());
    }
    if (json.remote() != null) {
      meeting.remote(json.remote());
    }
    if (json.state() != null) {
      meeting.state(enumValue(path + ".state", json.state(), MeetingState.class));
    }
    if (json.sequence() != null) {
      meeting.sequence(json.sequence());
    }
    List<InterchangeItemJson> agenda = orEmpty(json.agenda());
    for (int i = 0; i < agenda.size(); i++) {
      String at = path + ".agenda[" + i + "]";
      meeting.addAgendaItem(item(at, required(at, agenda.get(i)), jurisdiction, start.getYear()));
    }
    return at(path, meeting::build);
  }

  private static AgendaItem item(String path, InterchangeItemJson json, Jurisdiction jurisdiction, int year) {
    AgendaItem.Builder item = AgendaItem.builder().number(required(path + ".number", json.number()))
        .title(required(path + ".title", json.title()))
        .kind(enumValue(path + ".kind", required(path + ".kind", json.kind()), ItemKind.class));
    if (json.caseNumber() != null) {
      item.caseNumber(caseNumber(path + ".caseNumber", json.caseNumber(), json.caseNumberScheme(), jurisdiction, year));
    }
    if (json.recommendation() != null) {
      item.recommendation(json.recommendation());
    }
    if (json.description() != null) {
      item.description(json.description());
    }
    if (json.decision() != null) {
      item.decision(json.decision());
    }
    if (json.closedOn() != null) {
      item.closure(Closure.of(enumValue(path + ".closedOn", json.closedOn(), ClosureGround.class), true));
    }
    List<InterchangeAttachmentJson> attachments = orEmpty(json.attachments());
    for (int i = 0; i < attachments.size(); i++) {
      String at = path + ".attachments[" + i + "]";
      InterchangeAttachmentJson a = required(at, attachments.get(i));
      Attachment.Builder attachment = Attachment.builder().title(required(at + ".title", a.title()));
      if (a.mediaType() != null) {
        attachment.mediaType(a.mediaType());
      }
      if (a.size() != null) {
        attachment.size(a.size());
      }
      if (a.sha256() != null) {
        attachment.sha256(a.sha256());
      }
      if (a.exemptOn() != null) {
        attachment.exempt(true).exemptionGround(a.exemptOn());
      }
      item.addAttachment(at(at, attachment::build));
    }
    return at(path, item::build);
  }

  private static Case paper(String path, InterchangeCaseJson json, Jurisdiction jurisdiction, int currentYear) {
    int year = json.referenceYear() != null ? json.referenceYear() : lastStepYear(json).orElse(currentYear);
    Case.Builder paper = Case.builder()
        .caseNumber(caseNumber(path + ".caseNumber", required(path + ".caseNumber", json.caseNumber()),
            json.caseNumberScheme(), jurisdiction, year))
        .title(required(path + ".title", json.title()));
    if (json.kle() != null) {
      paper.kleCode(at(path + ".kle", () -> KleCode.parse(json.kle())));
    }
    List<InterchangeStepJson> steps = orEmpty(json.steps());
    for (int i = 0; i < steps.size(); i++) {
      String at = path + ".steps[" + i + "]";
      InterchangeStepJson s = required(at, steps.get(i));
      LocalDate date = date(at + ".date", required(at + ".date", s.date()));
      CaseStep.Builder step = CaseStep.builder().committeeId(required(at + ".committee", s.committee())).date(date)
          .role(enumValue(at + ".role", required(at + ".role", s.role()), CaseRole.class));
      if (s.meetingCaseNumber() != null) {
        step.meetingCaseNumber(caseNumber(at + ".meetingCaseNumber", s.meetingCaseNumber(),
            CaseNumberScheme.NO_MEETING_CASE.name(), jurisdiction, date.getYear()));
      }
      paper.addStep(at(at, step::build));
    }
    return at(path, paper::build);
  }

  /** The year of a case's last step, against which a two-digit year is read unless the file names one. */
  private static java.util.Optional<Integer> lastStepYear(InterchangeCaseJson json) {
    return orEmpty(json.steps()).stream().filter(s -> s != null && s.date() != null)
        .map(s -> date("steps.date", s.date()).getYear()).max(Integer::compare);
  }

  private static CaseNumber caseNumber(String path, String text, String scheme, Jurisdiction jurisdiction, int year) {
    CaseNumberContext context = scheme == null ? CaseNumberContext.of(jurisdiction, year)
        : CaseNumberContext.forScheme(enumValue(path + "Scheme", scheme, CaseNumberScheme.class), year);
    try {
      return CaseNumber.parse(text, context);
    } catch (InvalidValueException e) {
      InvalidValueException moved = new InvalidValueException(path, e.value(), e.rule());
      moved.initCause(e);
      throw moved;
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static <T> T lookup(String path, String key, Map<String, T> values, String what) {
    T value = values.get(key);
    if (value == null) {
      throw new InvalidValueException(path, key, "is not a " + what + " listed in the file");
    }
    return value;
  }

  private static <E extends Enum<E>> E enumValue(String path, String text, Class<E> type) {
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(path, text, "must be one of "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  private static LocalDate date(String path, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(path, text, "must be a date in the form YYYY-MM-DD");
    }
  }

  private static LocalDateTime dateTime(String path, String text) {
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(path, text, "must be a wall-clock time in the form YYYY-MM-DDTHH:MM");
    }
  }

  private static <T> T required(String path, T value) {
    if (value == null) {
      throw new MissingPropertyException(path);
    }
    return value;
  }

  /** Runs a factory; an error it reports without the JSON path gets the path of the object. */
  private static <T> T at(String path, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidValueException e) {
      if (path.isEmpty() || e.field().startsWith(path)) {
        throw e;
      }
      InvalidValueException moved = new InvalidValueException(path + " (" + e.field() + ")", e.value(), e.rule());
      moved.initCause(e);
      throw moved;
    }
  }
}
