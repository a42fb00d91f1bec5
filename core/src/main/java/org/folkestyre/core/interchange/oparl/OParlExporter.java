package org.folkestyre.core.interchange.oparl;

import static org.folkestyre.core.interchange.oparl.Vocabulary.X;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.Language;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKind;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.committee.Representation;
import org.folkestyre.core.committee.Term;
import org.folkestyre.core.interchange.Proceedings;
import org.folkestyre.core.minutes.View;
import org.folkestyre.core.internal.Urls;
import org.folkestyre.core.jurisdiction.Concept;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.Attachment;
import org.folkestyre.core.meeting.Attendance;
import org.folkestyre.core.meeting.Ballot;
import org.folkestyre.core.meeting.Case;
import org.folkestyre.core.meeting.CaseNumber;
import org.folkestyre.core.meeting.CaseStep;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingState;
import org.folkestyre.core.meeting.Recusal;
import org.folkestyre.core.meeting.Vote;

/**
 * Writes {@link Proceedings} as OParl 1.1 JSON: one System, one Body for the municipality, and its
 * legislative terms, organizations, persons, memberships, meetings with their agenda items,
 * files, locations, papers and consultations.
 *
 * <p>Every object's {@code id} is a URL under the base the caller gives, derived from the model's
 * ids and stable for as long as they are: the body is {@code body/no-3301} (jurisdiction and
 * municipality code), a committee {@code body/no-3301/organization/formannskapet}, a meeting
 * {@code body/no-3301/meeting/{meeting id}}, an agenda item {@code …/meeting/{id}/agendaitem/{number}},
 * a paper {@code body/no-3301/paper/{case number}} — each id percent-encoded as one path segment.
 * A file's {@code accessUrl} is its id followed by {@code /content}, where the embedding system is
 * expected to serve the document. docs/interchange.md gives the whole mapping.
 *
 * <p>What OParl has no field for — case-number schemes and parts, item kinds, recommendations,
 * closures, recusals, votes, attendance, deputy ranks — travels in extension properties prefixed
 * {@code folkestyre:}, which OParl clients ignore and {@link OParlImporter} reads back. A
 * {@link View#PUBLIC} export leaves out what the public may not see: the title, texts, attachments,
 * recusals and votes of a closed item (its number, kind, case number and legal ground for closing
 * stay), every attachment exempt from public access, every birth date, and the name and gender of
 * each private person — one who holds no seat as an elected official
 * ({@link org.folkestyre.core.committee.RepresentationKind#ELECTED_OFFICIAL}) on any of the bodies
 * exported, such as a resident on a local committee. A {@link View#INTERNAL} export carries
 * everything. The views are those of the minutes, {@link View}.
 *
 * <pre>{@code
 * OParlExport export = OParlExporter.of(URI.create("https://example.org/oparl/")).export(proceedings, View.PUBLIC);
 * String json = export.toJson();
 * }</pre>
 *
 * <p><b>Needs Jackson:</b> this class uses {@code jackson-databind}, an optional dependency of
 * core; add it to use the OParl export. This class is immutable and thread-safe.
 */
public final class OParlExporter {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final URI base;

  private OParlExporter(URI base) {
    this.base = base;
  }

  /**
   * Obtains an exporter whose URLs start with a base.
   *
   * @param base the base URL, such as {@code https://example.org/oparl/}; a missing final slash is added
   * @return the exporter
   * @throws org.folkestyre.core.InvalidValueException if the base is not an absolute http or https
   *     URL without query or fragment
   */
  public static OParlExporter of(URI base) {
    return new OParlExporter(Urls.base("base", base));
  }

  /**
   * Returns the base URL.
   *
   * @return the base, ending in {@code /}; the URL of the System object
   */
  public URI base() {
    return base;
  }

  /**
   * Exports proceedings for a view.
   *
   * @param proceedings what to export
   * @param view who the export is for
   * @return the export
   */
  public OParlExport export(Proceedings proceedings, View view) {
    Objects.requireNonNull(proceedings, "proceedings");
    Objects.requireNonNull(view, "view");
    return new Writer(proceedings, view).write();
  }

  @Override
  public String toString() {
    return "OParlExporter[" + base + "]";
  }

  /** One export in progress. */
  private final class Writer {
    private final Proceedings proceedings;
    private final View view;
    private final OParlUrls urls;
    private final Jurisdiction jurisdiction;
    private final Language language;
    private final Map<String, List<ObjectNode>> lists = new LinkedHashMap<>();

    Writer(Proceedings proceedings, View view) {
      this.proceedings = proceedings;
      this.view = view;
      this.urls = new OParlUrls(base, proceedings.municipality());
      this.jurisdiction = proceedings.jurisdiction();
      this.language = jurisdiction.primaryLanguage();
      for (String list : Vocabulary.LISTS) {
        lists.put(list, new ArrayList<>());
      }
    }

    OParlExport write() {
      ObjectNode system = object(urls.system(), Vocabulary.SYSTEM);
      system.put("oparlVersion", Vocabulary.SCHEMA);
      system.put("body", urls.bodies());
      system.put("name", "Folkestyre");

      Set<Term> terms = new LinkedHashSet<>();
      proceedings.committees().forEach(c -> terms.add(c.term()));
      for (Term term : terms) {
        lists.get("legislativeTerm").add(term(term));
      }
      for (Committee committee : proceedings.committees()) {
        lists.get("organization").add(organization(committee));
      }
      for (Party party : proceedings.parties()) {
        lists.get("organization").add(party(party));
      }
      for (Person person : proceedings.persons()) {
        lists.get("person").add(person(person));
      }
      for (Committee committee : proceedings.committees()) {
        for (Membership membership : committee.memberships()) {
          lists.get("membership").add(membership(committee, membership));
        }
      }
      for (Meeting meeting : proceedings.meetings()) {
        lists.get("meeting").add(meeting(meeting));
      }
      for (Case paper : proceedings.cases()) {
        lists.get("paper").add(paper(paper));
      }
      ObjectNode body = body(terms);
      return new OParlExport(view, system, body, lists, urls);
    }

    private ObjectNode body(Set<Term> terms) {
      ObjectNode body = object(urls.body(), Vocabulary.BODY);
      body.put("system", urls.system());
      body.put("name", proceedings.municipality().name());
      body.put("classification", jurisdiction.term(Concept.MUNICIPALITY, language));
      for (String list : List.of("organization", "person", "meeting", "paper", "agendaItem", "consultation", "file",
          "membership")) {
        body.put(list, urls.list(list.toLowerCase(Locale.ROOT)));
      }
      body.put("locationList", urls.list("location"));
      body.put("legislativeTermList", urls.list("legislativeterm"));
      body.set("legislativeTerm", array(lists.get("legislativeTerm")));
      proceedings.committees().stream().filter(c -> c.kind().id().endsWith("-COUNCIL")).findFirst()
          .ifPresent(council -> body.put("mainOrganization", urls.organization(council.id())));
      body.put(X + "jurisdiction", jurisdiction.id());
      body.put(X + "municipalityCode", proceedings.municipality().code().value());
      return body;
    }

    private ObjectNode term(Term term) {
      ObjectNode node = object(urls.term(term), Vocabulary.LEGISLATIVE_TERM);
      node.put("body", urls.body());
      node.put("name", term.start().getYear() + "–" + term.end().minusDays(1).getYear());
      node.put("startDate", term.start().toString());
      node.put("endDate", term.end().minusDays(1).toString());
      return node;
    }

    private ObjectNode organization(Committee committee) {
      ObjectNode node = object(urls.organization(committee.id()), Vocabulary.ORGANIZATION);
      CommitteeKind kind = committee.kind();
      node.put("body", urls.body());
      node.put("name", committee.name());
      ArrayNode memberships = node.putArray("membership");
      committee.memberships().forEach(m -> memberships.add(urls.membership(committee.id(), m.person().id())));
      node.put("organizationType", Vocabulary.GREMIUM);
      node.put("classification", kind.names().get(language));
      node.put("startDate", committee.term().start().toString());
      node.put("endDate", committee.term().end().minusDays(1).toString());
      node.put("memberCount", committee.memberships().size());
      node.put("votingMemberCount", committee.size());
      node.put(X + "kind", kind.id());
      committee.electionMode().ifPresent(mode -> node.put(X + "electionMode", mode.name()));
      committee.district().ifPresent(district -> node.put(X + "district", district));
      committee.meetingsPerYear().ifPresent(count -> node.put(X + "meetingsPerYear", count));
      return node;
    }

    private ObjectNode party(Party party) {
      ObjectNode node = object(urls.party(party.abbreviation()), Vocabulary.ORGANIZATION);
      node.put("body", urls.body());
      node.put("name", party.name());
      node.put("shortName", party.abbreviation());
      node.put("organizationType", Vocabulary.PARTEI);
      return node;
    }

    private ObjectNode person(Person person) {
      ObjectNode node = object(urls.person(person.id()), Vocabulary.PERSON);
      node.put("body", urls.body());
      boolean named = (view == View.INTERNAL) || proceedings.isElectedOfficial(person.id());
      if (named) {
        node.put("name", person.name());
        person.gender().ifPresent(gender -> node.put("gender", gender.name().toLowerCase(Locale.ROOT)));
      }
      if (view == View.INTERNAL) {
        person.birthDate().ifPresent(birth -> node.put(X + "birthDate", birth.toString()));
      }
      return node;
    }

    private ObjectNode membership(Committee committee, Membership membership) {
      ObjectNode node = object(urls.membership(committee.id(), membership.person().id()), Vocabulary.MEMBERSHIP);
      node.put("person", urls.person(membership.person().id()));
      node.put("organization", urls.organization(committee.id()));
      node.put("role", Vocabulary.role(membership.role(), language));
      node.put("votingRight", membership.role().isVotingMember());
      membership.party().ifPresent(party -> node.put("onBehalfOf", urls.party(party.abbreviation())));
      node.put(X + "role", membership.role().name());
      membership.deputyRank().ifPresent(rank -> node.put(X + "deputyRank", rank));
      membership.representation().ifPresent(r -> node.set(X + "representation", representation(r)));
      return node;
    }

    private ObjectNode representation(Representation representation) {
      ObjectNode node = NODES.objectNode();
      node.put("kind", representation.kind().name());
      representation.fromCommittee().ifPresent(c -> node.put("fromCommittee", c));
      representation.description().ifPresent(d -> node.put("description", d));
      return node;
    }

    private ObjectNode meeting(Meeting meeting) {
      Committee committee = proceedings.committee(meeting.committeeId()).orElseThrow();
      ObjectNode node = object(urls.meeting(meeting.id()), Vocabulary.MEETING);
      node.put("name", committee.name() + " – " + Vocabulary.meeting(language) + " "
          + meeting.number().orElse(meeting.start().toLocalDate().toString()));
      node.put("meetingState", Vocabulary.meetingState(meeting.state(), language));
      if (meeting.state() == MeetingState.CANCELLED) {
        node.put("cancelled", true);
      }
      node.put("start", DATE_TIME.format(meeting.start()));
      meeting.end().ifPresent(end -> node.put("end", DATE_TIME.format(end)));
      meeting.place().ifPresent(place -> {
        ObjectNode location = object(urls.location(meeting.id()), Vocabulary.LOCATION);
        location.put("description", place);
        location.putArray("meetings").add(urls.meeting(meeting.id()));
        node.set("location", location);
        lists.get("location").add(location);
      });
      node.putArray("organization").add(urls.organization(committee.id()));
      if (!meeting.attendance().isEmpty()) {
        ArrayNode participants = node.putArray("participant");
        meeting.presentPersons().forEach(p -> participants.add(urls.person(p.id())));
      }
      ArrayNode items = node.putArray("agendaItem");
      for (int i = 0; i < meeting.agendaItems().size(); i++) {
        ObjectNode item = agendaItem(meeting, meeting.agendaItems().get(i), i);
        items.add(item);
        lists.get("agendaItem").add(item);
      }
      meeting.number().ifPresent(number -> node.put(X + "number", number));
      node.put(X + "state", meeting.state().name());
      node.put(X + "sequence", meeting.sequence());
      if (meeting.remote()) {
        node.put(X + "remote", true);
      }
      if (!meeting.attendance().isEmpty()) {
        ArrayNode attendance = node.putArray(X + "attendance");
        for (Attendance line : meeting.attendance()) {
          ObjectNode entry = attendance.addObject();
          entry.put("person", urls.person(line.person().id()));
          entry.put("status", line.status().name());
          line.standsInFor().ifPresent(member -> entry.put("standsInFor", urls.person(member.id())));
        }
      }
      return node;
    }

    private ObjectNode agendaItem(Meeting meeting, AgendaItem item, int order) {
      String id = urls.agendaItem(meeting.id(), item.number());
      ObjectNode node = object(id, Vocabulary.AGENDA_ITEM);
      boolean content = (view == View.INTERNAL) || !item.isClosed();
      node.put("meeting", urls.meeting(meeting.id()));
      node.put("number", item.number());
      node.put("order", order);
      if (content) {
        node.put("name", item.title());
      }
      node.put("public", !item.isClosed());
      consultationOf(meeting, item).ifPresent(url -> node.put("consultation", url));
      if (content) {
        item.decision().ifPresent(decision -> node.put("resolutionText", decision));
        ArrayNode files = NODES.arrayNode();
        for (int i = 0; i < item.attachments().size(); i++) {
          Attachment attachment = item.attachments().get(i);
          if ((view == View.INTERNAL) || !attachment.exempt()) {
            ObjectNode file = file(meeting, item, i, attachment);
            files.add(file);
            lists.get("file").add(file);
          }
        }
        if (!files.isEmpty()) {
          node.set("auxiliaryFile", files);
        }
      }
      node.put(X + "kind", item.kind().name());
      item.caseNumber().ifPresent(number -> node.set(X + "caseNumber", caseNumber(number)));
      item.closure().ifPresent(closure -> {
        ObjectNode closed = node.putObject(X + "closure");
        closure.ground().ifPresent(ground -> closed.put("ground", ground.name()));
        closed.put("voteHeldInOpenMeeting", closure.voteHeldInOpenMeeting());
      });
      if (item.addedLate()) {
        node.put(X + "addedLate", true);
      }
      if (item.objectionByChair()) {
        node.put(X + "objectionByChair", true);
      }
      if (item.objectingMembers() != 0) {
        node.put(X + "objectingMembers", item.objectingMembers());
      }
      if (content) {
        item.recommendation().ifPresent(text -> node.put(X + "recommendation", text));
        item.description().ifPresent(text -> node.put(X + "description", text));
        if (!item.recusals().isEmpty()) {
          ArrayNode recusals = node.putArray(X + "recusals");
          item.recusals().forEach(r -> recusals.add(recusal(r)));
        }
        if (!item.votes().isEmpty()) {
          ArrayNode votes = node.putArray(X + "votes");
          item.votes().forEach(v -> votes.add(vote(v)));
        }
      }
      return node;
    }

    private ObjectNode file(Meeting meeting, AgendaItem item, int index, Attachment attachment) {
      String id = urls.file(meeting.id(), item.number(), index);
      ObjectNode node = object(id, Vocabulary.FILE);
      node.put("name", attachment.title());
      attachment.mediaType().ifPresent(type -> node.put("mimeType", type));
      attachment.size().ifPresent(size -> node.put("size", size));
      node.put("accessUrl", id + "/content");
      node.putArray("meeting").add(urls.meeting(meeting.id()));
      node.putArray("agendaItem").add(urls.agendaItem(meeting.id(), item.number()));
      attachment.sha256().ifPresent(sha -> node.put(X + "sha256", sha));
      if (attachment.exempt()) {
        node.put(X + "exempt", true);
        attachment.exemptionGround().ifPresent(ground -> node.put(X + "exemptionGround", ground));
      }
      return node;
    }

    private ObjectNode recusal(Recusal recusal) {
      ObjectNode node = NODES.objectNode();
      node.put("person", urls.person(recusal.person().id()));
      node.put("ground", recusal.ground().name());
      node.put("decidedByBody", recusal.decidedByBody());
      if (view == View.INTERNAL) {
        // The decision may name a private party and give reasons; the public sees the legal ground only.
        recusal.decision().ifPresent(d -> node.put("decision", d));
      }
      return node;
    }

    private ObjectNode vote(Vote vote) {
      ObjectNode node = NODES.objectNode();
      node.put("motion", vote.motion());
      node.put("kind", vote.kind().name());
      if (!vote.ballots().isEmpty()) {
        ArrayNode ballots = node.putArray("ballots");
        for (Ballot ballot : vote.ballots()) {
          ObjectNode entry = ballots.addObject();
          entry.put("person", urls.person(ballot.person().id()));
          entry.put("option", ballot.option().name());
          if (ballot.chair()) {
            entry.put("chair", true);
          }
        }
      }
      vote.recordedCounts().ifPresent(counts -> {
        ObjectNode count = node.putObject("counts");
        count.put("inFavour", counts.inFavour());
        count.put("against", counts.against());
        count.put("blank", counts.blank());
      });
      vote.chairVote().ifPresent(option -> node.put("chairVote", option.name()));
      vote.result().ifPresent(result -> {
        ObjectNode outcome = node.putObject("result");
        outcome.put("outcome", result.outcome().name());
        outcome.put("reason", result.reason().name());
      });
      return node;
    }

    private ObjectNode paper(Case paper) {
      ObjectNode node = object(urls.paper(paper), Vocabulary.PAPER);
      node.put("body", urls.body());
      node.put("name", paper.title());
      node.put("reference", paper.caseNumber().text().strip());
      ArrayNode consultations = NODES.arrayNode();
      for (CaseStep step : paper.steps()) {
        ObjectNode consultation = consultation(paper, step);
        consultations.add(consultation);
        lists.get("consultation").add(consultation);
      }
      if (!consultations.isEmpty()) {
        node.set("consultation", consultations);
      }
      node.set(X + "caseNumber", caseNumber(paper.caseNumber()));
      paper.kleCode().ifPresent(kle -> node.put(X + "kleCode", kle.text()));
      return node;
    }

    private ObjectNode consultation(Case paper, CaseStep step) {
      ObjectNode node = object(urls.consultation(paper, step), Vocabulary.CONSULTATION);
      node.put("paper", urls.paper(paper));
      handling(paper, step).ifPresent(found -> {
        node.put("agendaItem", urls.agendaItem(found.meeting.id(), found.item.number()));
        node.put("meeting", urls.meeting(found.meeting.id()));
      });
      node.putArray("organization").add(urls.organization(step.committeeId()));
      node.put("authoritative", step.role().isDecision());
      node.put("role", Vocabulary.caseRole(step.role(), language));
      node.put(X + "role", step.role().name());
      node.put(X + "date", step.date().toString());
      step.meetingCaseNumber().ifPresent(number -> node.set(X + "meetingCaseNumber", caseNumber(number)));
      return node;
    }

    /** The consultation an agenda item is the handling of: the first step of a case at the item's meeting. */
    private Optional<String> consultationOf(Meeting meeting, AgendaItem item) {
      if (item.caseNumber().isEmpty()) {
        return Optional.empty();
      }
      for (Case paper : proceedings.cases()) {
        if (!paper.caseNumber().equals(item.caseNumber().get())) {
          continue;
        }
        for (CaseStep step : paper.steps()) {
          if (step.committeeId().equals(meeting.committeeId()) && step.date().equals(meeting.start().toLocalDate())) {
            return Optional.of(urls.consultation(paper, step));
          }
        }
      }
      return Optional.empty();
    }

    /** The meeting and the first agenda item at which a case step was handled, if they are exported. */
    private Optional<Handling> handling(Case paper, CaseStep step) {
      for (Meeting meeting : proceedings.meetings()) {
        if (!meeting.committeeId().equals(step.committeeId()) || !meeting.start().toLocalDate().equals(step.date())) {
          continue;
        }
        for (AgendaItem item : meeting.agendaItems()) {
          if (item.caseNumber().map(paper.caseNumber()::equals).orElse(false)) {
            return Optional.of(new Handling(meeting, item));
          }
        }
      }
      return Optional.empty();
    }

    private ObjectNode object(String id, String type) {
      ObjectNode node = NODES.objectNode();
      node.put("id", id);
      node.put("type", type);
      return node;
    }

    private ArrayNode array(List<ObjectNode> nodes) {
      ArrayNode array = NODES.arrayNode();
      nodes.forEach(array::add);
      return array;
    }
  }

  /** A meeting and one of its agenda items. */
  private static final class Handling {
    final Meeting meeting;
    final AgendaItem item;

    Handling(Meeting meeting, AgendaItem item) {
      this.meeting = meeting;
      this.item = item;
    }
  }

  static ObjectNode caseNumber(CaseNumber number) {
    ObjectNode node = NODES.objectNode();
    node.put("text", number.text());
    node.put("scheme", number.scheme().name());
    number.year().ifPresent(year -> node.put("year", year));
    number.sequenceNumber().ifPresent(sequence -> node.put("sequenceNumber", sequence));
    number.documentNumber().ifPresent(document -> node.put("documentNumber", document));
    number.prefix().ifPresent(prefix -> node.put("prefix", prefix));
    number.municipalityCode().ifPresent(code -> node.put("municipalityCode", code));
    number.kleCode().ifPresent(kle -> node.put("kleCode", kle.text()));
    return node;
  }
}
