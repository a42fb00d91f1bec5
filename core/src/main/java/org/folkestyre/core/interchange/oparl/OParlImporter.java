package org.folkestyre.core.interchange.oparl;

import static org.folkestyre.core.interchange.oparl.Vocabulary.X;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.committee.ElectionMode;
import org.folkestyre.core.committee.Gender;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.committee.Representation;
import org.folkestyre.core.committee.RepresentationKind;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.committee.Term;
import org.folkestyre.core.interchange.Proceedings;
import org.folkestyre.core.internal.Urls;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.Attachment;
import org.folkestyre.core.meeting.Attendance;
import org.folkestyre.core.meeting.AttendanceStatus;
import org.folkestyre.core.meeting.Ballot;
import org.folkestyre.core.meeting.Case;
import org.folkestyre.core.meeting.CaseNumber;
import org.folkestyre.core.meeting.CaseNumberScheme;
import org.folkestyre.core.meeting.CaseRole;
import org.folkestyre.core.meeting.CaseStep;
import org.folkestyre.core.meeting.Closure;
import org.folkestyre.core.meeting.ClosureGround;
import org.folkestyre.core.meeting.ItemKind;
import org.folkestyre.core.meeting.KleCode;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingState;
import org.folkestyre.core.meeting.Recusal;
import org.folkestyre.core.meeting.RecusalGround;
import org.folkestyre.core.meeting.Vote;
import org.folkestyre.core.meeting.VoteCount;
import org.folkestyre.core.meeting.VoteKind;
import org.folkestyre.core.meeting.VoteOption;
import org.folkestyre.core.meeting.VoteResult;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.MunicipalityRef;

/**
 * Reads OParl 1.1 JSON, in the form {@link OParlExport#toJson()} writes, back into
 * {@link Proceedings}: the Body becomes the municipality, each Organization of type
 * {@code Gremium} a {@link Committee} with its {@link Membership}s, each of type {@code Partei} a
 * {@link Party}, each Person a {@link Person}, each Meeting a {@link Meeting} with its agenda items
 * and their attachments, each Paper a {@link Case} whose consultations are its steps.
 *
 * <p>Model ids are read from the last path segment of each object's URL, so that an export read
 * back and exported again under the same base gives the same document. The parts of the model
 * OParl has no field for are read from the {@code folkestyre:} extension properties; an
 * organization without {@code folkestyre:kind} cannot become a committee and is reported. What a
 * {@linkplain org.folkestyre.core.minutes.View#PUBLIC public} export leaves out cannot come
 * back: a private person without a name is named by their id, and a closed item without a title
 * gets the title "Lukket sak" (NO), "Lukket punkt" (DK) or "Closed item".
 *
 * <pre>{@code
 * Proceedings proceedings = OParlImporter.of().read(json);
 * }</pre>
 *
 * <p><b>Needs Jackson:</b> this class uses {@code jackson-databind}, an optional dependency of
 * core. This class is immutable and thread-safe.
 */
public final class OParlImporter {
  private static final OParlImporter INSTANCE = new OParlImporter();

  private OParlImporter() {}

  /**
   * Obtains the importer.
   *
   * @return the importer
   */
  public static OParlImporter of() {
    return INSTANCE;
  }

  /**
   * Reads an export from JSON text.
   *
   * @param json the JSON document
   * @return the proceedings
   * @throws InvalidValueException naming the JSON path of the first value that cannot be read, or
   *     with field {@code json} if the text is not JSON
   */
  public Proceedings read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return read(Vocabulary.mapper().readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  /**
   * Reads an export from a reader, which is not closed.
   *
   * @param json the reader of the JSON document
   * @return the proceedings
   * @throws InvalidValueException naming the JSON path of the first value that cannot be read, or
   *     with field {@code json} if the text is not JSON
   * @throws UncheckedIOException if the reader fails
   */
  public Proceedings read(Reader json) {
    Objects.requireNonNull(json, "json");
    try {
      return read(Vocabulary.mapper().readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InvalidValueException malformed(JsonProcessingException e) {
    InvalidValueException error = new InvalidValueException("json",
        e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr(), "is not JSON: " + e.getOriginalMessage());
    error.initCause(e);
    return error;
  }

  private Proceedings read(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new InvalidValueException("json", root == null ? "" : root.getNodeType(), "must be a JSON object");
    }
    return new Reading(root).proceedings();
  }

  /** One document being read. */
  private static final class Reading {
    private final JsonNode root;
    private Jurisdiction jurisdiction;
    private ZoneId zone;
    private final Map<String, Party> parties = new HashMap<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<String, Membership> membershipsByUrl = new HashMap<>();

    Reading(JsonNode root) {
      this.root = root;
    }

    Proceedings proceedings() {
      JsonNode bodies = array(root, "body", "body");
      if (bodies.size() != 1) {
        throw new InvalidValueException("body", bodies.size() + " bodies", "must hold exactly one Body");
      }
      JsonNode body = bodies.get(0);
      jurisdiction = at("body[0]." + X + "jurisdiction", () -> Jurisdiction.of(text(body, X + "jurisdiction", "body[0]")));
      zone = jurisdiction.zone();
      MunicipalityCode code = at("body[0]." + X + "municipalityCode",
          () -> MunicipalityCode.of(jurisdiction, text(body, X + "municipalityCode", "body[0]")));
      Proceedings.Builder proceedings = Proceedings.builder()
          .municipality(at("body[0].name", () -> MunicipalityRef.of(text(body, "name", "body[0]"), code)));

      JsonNode organizations = list("organization");
      for (int i = 0; i < organizations.size(); i++) {
        JsonNode organization = organizations.get(i);
        if (!organization.has(X + "kind") && Vocabulary.PARTEI.equals(organization.path("organizationType").asText())) {
          String path = "organization[" + i + "]";
          parties.put(id(organization, path), at(path, () -> Party.of(text(organization, "shortName", path),
              text(organization, "name", path))));
        }
      }
      JsonNode personList = list("person");
      for (int i = 0; i < personList.size(); i++) {
        String path = "person[" + i + "]";
        JsonNode node = personList.get(i);
        String url = id(node, path);
        persons.put(url, at(path, () -> person(node, url, path)));
      }
      Map<String, List<Membership>> memberships = memberships();
      for (int i = 0; i < organizations.size(); i++) {
        JsonNode organization = organizations.get(i);
        String path = "organization[" + i + "]";
        if (organization.has(X + "kind")) {
          proceedings.addCommittee(committee(organization, path, memberships));
        } else if (!Vocabulary.PARTEI.equals(organization.path("organizationType").asText())) {
          throw new InvalidValueException(path + "." + X + "kind", id(organization, path),
              "is missing: an organization that is neither a party nor carries a Folkestyre committee kind cannot be read");
        }
      }
      JsonNode meetings = list("meeting");
      for (int i = 0; i < meetings.size(); i++) {
        String path = "meeting[" + i + "]";
        JsonNode node = meetings.get(i);
        proceedings.addMeeting(meeting(node, path));
      }
      JsonNode papers = list("paper");
      for (int i = 0; i < papers.size(); i++) {
        String path = "paper[" + i + "]";
        JsonNode node = papers.get(i);
        proceedings.addCase(paper(node, path));
      }
      return at("json", proceedings::build);
    }

    private Person person(JsonNode node, String url, String path) {
      String id = Urls.lastSegment(uri(url, path + ".id"));
      Person.Builder person = Person.builder().id(id).name(node.has("name") ? text(node, "name", path) : id);
      if (node.has("gender")) {
        String gender = text(node, "gender", path);
        if (gender.equals("female") || gender.equals("male")) {
          person.gender(Gender.valueOf(gender.toUpperCase(Locale.ROOT)));
        }
      }
      if (node.has(X + "birthDate")) {
        person.birthDate(date(node, X + "birthDate", path));
      }
      return person.build();
    }

    private Map<String, List<Membership>> memberships() {
      Map<String, List<Membership>> byOrganization = new LinkedHashMap<>();
      Map<String, Membership> byUrl = new HashMap<>();
      JsonNode list = list("membership");
      for (int i = 0; i < list.size(); i++) {
        String path = "membership[" + i + "]";
        JsonNode node = list.get(i);
        Membership.Builder membership = Membership.builder()
            .person(lookup(persons, text(node, "person", path), path + ".person", "person"))
            .role(enumValue(Role.class, node, X + "role", path));
        if (node.has(X + "deputyRank")) {
          membership.deputyRank(integer(node, X + "deputyRank", path));
        }
        if (node.has("onBehalfOf")) {
          membership.party(lookup(parties, text(node, "onBehalfOf", path), path + ".onBehalfOf", "party"));
        }
        if (node.has(X + "representation")) {
          JsonNode r = object(node, X + "representation", path);
          String at = path + "." + X + "representation";
          Representation.Builder representation = Representation.builder()
              .kind(enumValue(RepresentationKind.class, r, "kind", at));
          if (r.has("fromCommittee")) {
            representation.fromCommittee(text(r, "fromCommittee", at));
          }
          if (r.has("description")) {
            representation.description(text(r, "description", at));
          }
          membership.representation(at(at, representation::build));
        }
        Membership value = at(path, membership::build);
        byUrl.put(id(node, path), value);
        byOrganization.computeIfAbsent(text(node, "organization", path), k -> new ArrayList<>()).add(value);
      }
      membershipsByUrl.putAll(byUrl);
      return byOrganization;
    }

    private Committee committee(JsonNode node, String path, Map<String, List<Membership>> memberships) {
      String url = id(node, path);
      Committee.Builder committee = Committee.builder()
          .id(Urls.lastSegment(uri(url, path + ".id")))
          .name(text(node, "name", path))
          .kind(at(path + "." + X + "kind", () -> CommitteeKinds.of(text(node, X + "kind", path))))
          .term(at(path + ".endDate", () -> Term.of(date(node, "startDate", path), date(node, "endDate", path).plusDays(1))));
      if (node.has(X + "electionMode")) {
        committee.electionMode(enumValue(ElectionMode.class, node, X + "electionMode", path));
      }
      if (node.has(X + "district")) {
        committee.district(text(node, X + "district", path));
      }
      if (node.has(X + "meetingsPerYear")) {
        committee.meetingsPerYear(integer(node, X + "meetingsPerYear", path));
      }
      if (node.has("membership")) {
        JsonNode order = array(node, "membership", path);
        for (int i = 0; i < order.size(); i++) {
          committee.addMembership(lookup(membershipsByUrl, order.get(i).asText(), path + ".membership[" + i + "]",
              "membership"));
        }
      } else {
        committee.addAllMemberships(memberships.getOrDefault(url, List.of()));
      }
      return at(path, committee::build);
    }

    private Meeting meeting(JsonNode node, String path) {
      JsonNode organizations = array(node, "organization", path);
      if (organizations.isEmpty()) {
        throw new InvalidValueException(path + ".organization", "[]", "must name the committee that meets");
      }
      Meeting.Builder meeting = Meeting.builder()
          .id(Urls.lastSegment(uri(id(node, path), path + ".id")))
          .committeeId(Urls.lastSegment(uri(organizations.get(0).asText(), path + ".organization[0]")))
          .start(dateTime(node, "start", path));
      if (node.has("end")) {
        meeting.end(dateTime(node, "end", path));
      }
      if (node.has(X + "number")) {
        meeting.number(text(node, X + "number", path));
      }
      if (node.has("location")) {
        JsonNode location = object(node, "location", path);
        if (location.has("description")) {
          meeting.place(text(location, "description", path + ".location"));
        }
      }
      if (node.has(X + "remote")) {
        meeting.remote(bool(node, X + "remote", path));
      }
      if (node.has(X + "state")) {
        meeting.state(enumValue(MeetingState.class, node, X + "state", path));
      } else if (node.path("cancelled").asBoolean(false)) {
        meeting.state(MeetingState.CANCELLED);
      }
      if (node.has(X + "sequence")) {
        meeting.sequence(integer(node, X + "sequence", path));
      }
      if (node.has(X + "attendance")) {
        JsonNode attendance = array(node, X + "attendance", path);
        for (int i = 0; i < attendance.size(); i++) {
          String at = path + "." + X + "attendance[" + i + "]";
          JsonNode line = attendance.get(i);
          Attendance.Builder entry = Attendance.builder()
              .person(lookup(persons, text(line, "person", at), at + ".person", "person"))
              .status(enumValue(AttendanceStatus.class, line, "status", at));
          if (line.has("standsInFor")) {
            entry.standsInFor(lookup(persons, text(line, "standsInFor", at), at + ".standsInFor", "person"));
          }
          meeting.addAttendance(at(at, entry::build));
        }
      }
      if (node.has("agendaItem")) {
        JsonNode items = array(node, "agendaItem", path);
        List<JsonNode> sorted = new ArrayList<>();
        items.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(item -> item.path("order").asInt()));
        for (JsonNode item : sorted) {
          int index = indexOf(items, item);
          meeting.addAgendaItem(agendaItem(item, path + ".agendaItem[" + index + "]"));
        }
      }
      return at(path, meeting::build);
    }

    private AgendaItem agendaItem(JsonNode node, String path) {
      Language language = jurisdiction.primaryLanguage();
      AgendaItem.Builder item = AgendaItem.builder()
          .number(text(node, "number", path))
          .title(node.has("name") ? text(node, "name", path) : Vocabulary.closedItem(language))
          .kind(enumValue(ItemKind.class, node, X + "kind", path));
      if (node.has(X + "caseNumber")) {
        item.caseNumber(caseNumber(object(node, X + "caseNumber", path), path + "." + X + "caseNumber"));
      }
      if (node.has(X + "recommendation")) {
        item.recommendation(text(node, X + "recommendation", path));
      }
      if (node.has(X + "description")) {
        item.description(text(node, X + "description", path));
      }
      if (node.has("resolutionText")) {
        item.decision(text(node, "resolutionText", path));
      }
      if (node.has("auxiliaryFile")) {
        JsonNode files = array(node, "auxiliaryFile", path);
        for (int i = 0; i < files.size(); i++) {
          item.addAttachment(attachment(files.get(i), path + ".auxiliaryFile[" + i + "]"));
        }
      }
      if (node.has(X + "closure")) {
        JsonNode closure = object(node, X + "closure", path);
        String at = path + "." + X + "closure";
        Closure.Builder closed = Closure.builder().voteHeldInOpenMeeting(bool(closure, "voteHeldInOpenMeeting", at));
        if (closure.has("ground")) {
          closed.ground(enumValue(ClosureGround.class, closure, "ground", at));
        }
        item.closure(closed.build());
      }
      if (node.has(X + "addedLate")) {
        item.addedLate(bool(node, X + "addedLate", path));
      }
      if (node.has(X + "objectionByChair")) {
        item.objectionByChair(bool(node, X + "objectionByChair", path));
      }
      if (node.has(X + "objectingMembers")) {
        item.objectingMembers(integer(node, X + "objectingMembers", path));
      }
      if (node.has(X + "recusals")) {
        JsonNode recusals = array(node, X + "recusals", path);
        for (int i = 0; i < recusals.size(); i++) {
          String at = path + "." + X + "recusals[" + i + "]";
          JsonNode r = recusals.get(i);
          Recusal.Builder recusal = Recusal.builder()
              .person(lookup(persons, text(r, "person", at), at + ".person", "person"))
              .ground(enumValue(RecusalGround.class, r, "ground", at));
          if (r.has("decidedByBody")) {
            recusal.decidedByBody(bool(r, "decidedByBody", at));
          }
          if (r.has("decision")) {
            recusal.decision(text(r, "decision", at));
          }
          item.addRecusal(at(at, recusal::build));
        }
      }
      if (node.has(X + "votes")) {
        JsonNode votes = array(node, X + "votes", path);
        for (int i = 0; i < votes.size(); i++) {
          item.addVote(vote(votes.get(i), path + "." + X + "votes[" + i + "]"));
        }
      }
      return at(path, item::build);
    }

    private Attachment attachment(JsonNode node, String path) {
      Attachment.Builder attachment = Attachment.builder().title(text(node, "name", path));
      if (node.has("mimeType")) {
        attachment.mediaType(text(node, "mimeType", path));
      }
      if (node.has("size")) {
        JsonNode size = node.get("size");
        if (!size.canConvertToLong() || !size.isIntegralNumber()) {
          throw new InvalidValueException(path + ".size", size, "must be a whole number");
        }
        attachment.size(size.asLong());
      }
      if (node.has(X + "sha256")) {
        attachment.sha256(text(node, X + "sha256", path));
      }
      if (node.has(X + "exempt")) {
        attachment.exempt(bool(node, X + "exempt", path));
      }
      if (node.has(X + "exemptionGround")) {
        attachment.exemptionGround(text(node, X + "exemptionGround", path));
      }
      return at(path, attachment::build);
    }

    private Vote vote(JsonNode node, String path) {
      Vote.Builder vote = Vote.builder().motion(text(node, "motion", path))
          .kind(enumValue(VoteKind.class, node, "kind", path));
      if (node.has("ballots")) {
        JsonNode ballots = array(node, "ballots", path);
        for (int i = 0; i < ballots.size(); i++) {
          String at = path + ".ballots[" + i + "]";
          JsonNode b = ballots.get(i);
          vote.addBallot(Ballot.builder().person(lookup(persons, text(b, "person", at), at + ".person", "person"))
              .option(enumValue(VoteOption.class, b, "option", at)).chair(b.has("chair") && bool(b, "chair", at))
              .build());
        }
      }
      if (node.has("counts")) {
        JsonNode counts = object(node, "counts", path);
        String at = path + ".counts";
        vote.recordedCounts(at(at, () -> VoteCount.of(integer(counts, "inFavour", at), integer(counts, "against", at),
            integer(counts, "blank", at))));
      }
      if (node.has("chairVote")) {
        vote.chairVote(enumValue(VoteOption.class, node, "chairVote", path));
      }
      if (node.has("result")) {
        JsonNode result = object(node, "result", path);
        String at = path + ".result";
        vote.result(at(at, () -> VoteResult.of(enumValue(VoteResult.Outcome.class, result, "outcome", at),
            enumValue(VoteResult.Reason.class, result, "reason", at))));
      }
      return at(path, vote::build);
    }

    private Case paper(JsonNode node, String path) {
      Case.Builder paper = Case.builder()
          .caseNumber(caseNumber(object(node, X + "caseNumber", path), path + "." + X + "caseNumber"))
          .title(text(node, "name", path));
      if (node.has(X + "kleCode")) {
        paper.kleCode(at(path + "." + X + "kleCode", () -> KleCode.parse(text(node, X + "kleCode", path))));
      }
      if (node.has("consultation")) {
        JsonNode consultations = array(node, "consultation", path);
        for (int i = 0; i < consultations.size(); i++) {
          String at = path + ".consultation[" + i + "]";
          JsonNode c = consultations.get(i);
          JsonNode organizations = array(c, "organization", at);
          if (organizations.isEmpty()) {
            throw new InvalidValueException(at + ".organization", "[]", "must name the body that handles the case");
          }
          CaseStep.Builder step = CaseStep.builder()
              .committeeId(Urls.lastSegment(uri(organizations.get(0).asText(), at + ".organization[0]")))
              .date(date(c, X + "date", at))
              .role(enumValue(CaseRole.class, c, X + "role", at));
          if (c.has(X + "meetingCaseNumber")) {
            step.meetingCaseNumber(caseNumber(object(c, X + "meetingCaseNumber", at), at + "." + X + "meetingCaseNumber"));
          }
          paper.addStep(at(at, step::build));
        }
      }
      return at(path, paper::build);
    }

    private CaseNumber caseNumber(JsonNode node, String path) {
      CaseNumber.Builder number = CaseNumber.builder().text(text(node, "text", path))
          .scheme(enumValue(CaseNumberScheme.class, node, "scheme", path));
      if (node.has("year")) {
        number.year(integer(node, "year", path));
      }
      if (node.has("sequenceNumber")) {
        number.sequenceNumber(integer(node, "sequenceNumber", path));
      }
      if (node.has("documentNumber")) {
        number.documentNumber(integer(node, "documentNumber", path));
      }
      if (node.has("prefix")) {
        number.prefix(text(node, "prefix", path));
      }
      if (node.has("municipalityCode")) {
        number.municipalityCode(text(node, "municipalityCode", path));
      }
      if (node.has("kleCode")) {
        number.kleCode(at(path + ".kleCode", () -> KleCode.parse(text(node, "kleCode", path))));
      }
      return at(path, number::build);
    }

    // --- reading values

    private JsonNode list(String name) {
      return root.has(name) ? array(root, name, "") : Vocabulary.mapper().createArrayNode();
    }

    private java.time.ZonedDateTime dateTime(JsonNode node, String field, String path) {
      String text = text(node, field, path);
      try {
        return OffsetDateTime.parse(text).atZoneSameInstant(zone);
      } catch (DateTimeParseException e) {
        throw new InvalidValueException(join(path, field), text, "must be a date-time with offset, such as 2015-03-24T17:00:00+01:00");
      }
    }

    private static LocalDate date(JsonNode node, String field, String path) {
      String text = text(node, field, path);
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new InvalidValueException(join(path, field), text, "must be a date in the form YYYY-MM-DD");
      }
    }

    private static String text(JsonNode node, String field, String path) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        throw new InvalidValueException(join(path, field), "", "is missing");
      }
      if (!value.isTextual()) {
        throw new InvalidValueException(join(path, field), value, "must be a string");
      }
      return value.asText();
    }

    private static int integer(JsonNode node, String field, String path) {
      JsonNode value = node.get(field);
      if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
        throw new InvalidValueException(join(path, field), value == null ? "" : value, "must be a whole number");
      }
      return value.asInt();
    }

    private static boolean bool(JsonNode node, String field, String path) {
      JsonNode value = node.get(field);
      if (value == null || !value.isBoolean()) {
        throw new InvalidValueException(join(path, field), value == null ? "" : value, "must be true or false");
      }
      return value.asBoolean();
    }

    private static JsonNode array(JsonNode node, String field, String path) {
      JsonNode value = node.get(field);
      if (value == null || !value.isArray()) {
        throw new InvalidValueException(join(path, field), value == null ? "" : value.getNodeType(), "must be an array");
      }
      return value;
    }

    private static JsonNode object(JsonNode node, String field, String path) {
      JsonNode value = node.get(field);
      if (value == null || !value.isObject()) {
        throw new InvalidValueException(join(path, field), value == null ? "" : value.getNodeType(), "must be an object");
      }
      return value;
    }

    private static String id(JsonNode node, String path) {
      return text(node, "id", path);
    }

    private static URI uri(String url, String path) {
      try {
        return new URI(url);
      } catch (URISyntaxException e) {
        throw new InvalidValueException(path, url, "is not a URL: " + e.getReason());
      }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String field, String path) {
      String text = text(node, field, path);
      try {
        return Enum.valueOf(type, text);
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(join(path, field), text, "must be one of "
            + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
      }
    }

    private static <T> T lookup(Map<String, T> values, String url, String path, String what) {
      T value = values.get(url);
      if (value == null) {
        throw new InvalidValueException(path, url, "is not the URL of a " + what + " in the document");
      }
      return value;
    }

    private static int indexOf(JsonNode array, JsonNode element) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i) == element) {
          return i;
        }
      }
      return -1;
    }

    private static String join(String path, String field) {
      return path.isEmpty() ? field : path + "." + field;
    }

    /** Runs a factory; an error it reports without the JSON path gets the path of the value read. */
    private static <T> T at(String path, Supplier<T> factory) {
      try {
        return factory.get();
      } catch (InvalidValueException e) {
        if (e.field().startsWith(path)) {
          throw e;
        }
        InvalidValueException moved = new InvalidValueException(path + " (" + e.field() + ")", e.value(), e.rule());
        moved.initCause(e);
        throw moved;
      }
    }
  }

  @Override
  public String toString() {
    return "OParlImporter";
  }
}
