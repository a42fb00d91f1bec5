package org.folkestyre.examples.cli.json;

import static org.folkestyre.examples.cli.json.BodiesForm.at;
import static org.folkestyre.examples.cli.json.FormValues.enumValue;
import static org.folkestyre.examples.cli.json.BodiesForm.lookup;
import static org.folkestyre.examples.cli.json.FormValues.required;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.Attachment;
import org.folkestyre.core.meeting.Attendance;
import org.folkestyre.core.meeting.AttendanceStatus;
import org.folkestyre.core.meeting.Ballot;
import org.folkestyre.core.meeting.CaseNumber;
import org.folkestyre.core.meeting.CaseNumberContext;
import org.folkestyre.core.meeting.Closure;
import org.folkestyre.core.meeting.ClosureGround;
import org.folkestyre.core.meeting.ItemKind;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.meeting.MeetingState;
import org.folkestyre.core.meeting.Recusal;
import org.folkestyre.core.meeting.RecusalGround;
import org.folkestyre.core.meeting.Vote;
import org.folkestyre.core.meeting.VoteCount;
import org.folkestyre.core.meeting.VoteKind;
import org.folkestyre.core.meeting.VoteOption;
import org.folkestyre.core.meeting.VoteResult;
import org.folkestyre.examples.cli.json.MeetingRecordJson.AgendaItemJson;
import org.folkestyre.examples.cli.json.MeetingRecordJson.AttachmentJson;
import org.folkestyre.examples.cli.json.MeetingRecordJson.AttendanceJson;
import org.folkestyre.examples.cli.json.MeetingRecordJson.BallotJson;
import org.folkestyre.examples.cli.json.MeetingRecordJson.ClosureJson;
import org.folkestyre.examples.cli.json.MeetingRecordJson.MeetingJson;
import org.folkestyre.examples.cli.json.MeetingRecordJson.RecusalJson;
import org.folkestyre.examples.cli.json.MeetingRecordJson.VoteJson;

/**
 * Converts the JSON form of a meeting with its committee into a {@link MeetingRecord}.
 *
 * <p>Only what the core rejects structurally is an error here: an agenda item numbered twice, a
 * person voting twice, a substitute for someone who is not a voting member. A record that breaks a
 * procedure rule, such as a closed item without a legal ground, is read as it is; the minutes show
 * what it holds.
 */
public final class MeetingForm {
  private MeetingForm() {}

  /**
   * Builds the record a JSON form describes.
   *
   * @param json the form
   * @param today the current date; no one may be born after it
   * @return the record, in the jurisdiction of the committee's kind
   * @throws InvalidValueException naming the JSON path of the first structural error
   * @throws MissingPropertyException if a required property is absent
   */
  public static MeetingRecord toCore(MeetingRecordJson json, LocalDate today) {
    Map<String, Party> parties = BodiesForm.parties("parties", json.parties());
    Map<String, Person> persons = BodiesForm.persons("persons", json.persons(), today);
    Committee committee = BodiesForm.committee("committee", required("committee", json.committee()), persons,
        parties);
    Jurisdiction jurisdiction = Jurisdiction.of(committee.kind().jurisdictionId());
    MeetingJson m = required("meeting", json.meeting());
    LocalDateTime start = dateTime("meeting.start", required("meeting.start", m.start()));
    Meeting.Builder meeting = Meeting.builder()
        .id(m.id() != null ? m.id() : committee.id() + "-" + start.toLocalDate())
        .committeeId(committee.id())
        .startIn(jurisdiction, start)
        .remote(Boolean.TRUE.equals(m.remote()))
        .state(m.state() == null ? MeetingState.HELD : enumValue("meeting.state", m.state(), MeetingState.class));
    if (m.end() != null) {
      meeting.end(dateTime("meeting.end", m.end()).atZone(jurisdiction.zone()));
    }
    if (m.number() != null) {
      meeting.number(m.number());
    }
    if (m.place() != null) {
      meeting.place(m.place());
    }
    List<AttendanceJson> attendance = m.attendance() == null ? List.of() : m.attendance();
    for (int i = 0; i < attendance.size(); i++) {
      String path = "meeting.attendance[" + i + "]";
      AttendanceJson line = required(path, attendance.get(i));
      Attendance.Builder builder = Attendance.builder()
          .person(lookup(path + ".person", required(path + ".person", line.person()), persons, "person"))
          .status(enumValue(path + ".status", required(path + ".status", line.status()), AttendanceStatus.class));
      if (line.standsInFor() != null) {
        builder.standsInFor(lookup(path + ".standsInFor", line.standsInFor(), persons, "person"));
      }
      meeting.addAttendance(at(path, builder::build));
    }
    CaseNumberContext cases = CaseNumberContext.of(jurisdiction, start.getYear());
    List<AgendaItemJson> items = required("meeting.agendaItems", m.agendaItems());
    for (int i = 0; i < items.size(); i++) {
      String path = "meeting.agendaItems[" + i + "]";
      meeting.addAgendaItem(item(path, required(path, items.get(i)), persons, cases));
    }
    Meeting built = at("meeting", meeting::build);
    return at("meeting", () -> MeetingRecord.of(built, committee, jurisdiction));
  }

  private static AgendaItem item(String path, AgendaItemJson json, Map<String, Person> persons,
      CaseNumberContext cases) {
    AgendaItem.Builder item = AgendaItem.builder()
        .number(required(path + ".number", json.number()))
        .title(required(path + ".title", json.title()))
        .kind(enumValue(path + ".kind", required(path + ".kind", json.kind()), ItemKind.class))
        .addedLate(Boolean.TRUE.equals(json.addedLate()));
    if (json.caseNumber() != null) {
      item.caseNumber(at(path + ".caseNumber", () -> CaseNumber.parse(json.caseNumber(), cases)));
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
    List<AttachmentJson> attachments = json.attachments() == null ? List.of() : json.attachments();
    for (int j = 0; j < attachments.size(); j++) {
      String at = path + ".attachments[" + j + "]";
      AttachmentJson a = required(at, attachments.get(j));
      Attachment.Builder attachment = Attachment.builder().title(required(at + ".title", a.title()))
          .exempt(Boolean.TRUE.equals(a.exempt()));
      if (a.mediaType() != null) {
        attachment.mediaType(a.mediaType());
      }
      if (a.size() != null) {
        attachment.size(a.size());
      }
      if (a.sha256() != null) {
        attachment.sha256(a.sha256());
      }
      if (a.exemptionGround() != null) {
        attachment.exemptionGround(a.exemptionGround());
      }
      item.addAttachment(at(at, attachment::build));
    }
    if (json.closure() != null) {
      ClosureJson c = json.closure();
      Closure.Builder closure = Closure.builder().voteHeldInOpenMeeting(!Boolean.FALSE.equals(c.voteHeldInOpenMeeting()));
      if (c.ground() != null) {
        closure.ground(enumValue(path + ".closure.ground", c.ground(), ClosureGround.class));
      }
      item.closure(closure.build());
    }
    List<RecusalJson> recusals = json.recusals() == null ? List.of() : json.recusals();
    for (int j = 0; j < recusals.size(); j++) {
      String at = path + ".recusals[" + j + "]";
      RecusalJson r = required(at, recusals.get(j));
      Recusal.Builder recusal = Recusal.builder()
          .person(lookup(at + ".person", required(at + ".person", r.person()), persons, "person"))
          .ground(enumValue(at + ".ground", required(at + ".ground", r.ground()), RecusalGround.class))
          .decidedByBody(!Boolean.FALSE.equals(r.decidedByBody()));
      if (r.decision() != null) {
        recusal.decision(r.decision());
      }
      item.addRecusal(at(at, recusal::build));
    }
    List<VoteJson> votes = json.votes() == null ? List.of() : json.votes();
    for (int j = 0; j < votes.size(); j++) {
      String at = path + ".votes[" + j + "]";
      item.addVote(vote(at, required(at, votes.get(j)), persons));
    }
    return at(path, item::build);
  }

  private static Vote vote(String path, VoteJson json, Map<String, Person> persons) {
    Vote.Builder vote = Vote.builder().motion(required(path + ".motion", json.motion()))
        .kind(json.kind() == null ? VoteKind.ORDINARY : enumValue(path + ".kind", json.kind(), VoteKind.class));
    List<BallotJson> ballots = json.ballots() == null ? List.of() : json.ballots();
    for (int k = 0; k < ballots.size(); k++) {
      String at = path + ".ballots[" + k + "]";
      BallotJson b = required(at, ballots.get(k));
      Person voter = lookup(at + ".person", required(at + ".person", b.person()), persons, "person");
      VoteOption option = enumValue(at + ".option", required(at + ".option", b.option()), VoteOption.class);
      vote.addBallot(Boolean.TRUE.equals(b.chair()) ? Ballot.ofChair(voter, option) : Ballot.of(voter, option));
    }
    if (json.counts() != null) {
      String at = path + ".counts";
      vote.recordedCounts(at(at, () -> VoteCount.of(required(at + ".inFavour", json.counts().inFavour()),
          required(at + ".against", json.counts().against()),
          json.counts().blank() == null ? 0 : json.counts().blank())));
    }
    if (json.chairVote() != null) {
      vote.chairVote(enumValue(path + ".chairVote", json.chairVote(), VoteOption.class));
    }
    if (json.result() != null) {
      String at = path + ".result";
      vote.result(at(at, () -> VoteResult.of(
          enumValue(at + ".outcome", required(at + ".outcome", json.result().outcome()), VoteResult.Outcome.class),
          enumValue(at + ".reason", required(at + ".reason", json.result().reason()), VoteResult.Reason.class))));
    }
    return at(path, vote::build);
  }

  private static LocalDateTime dateTime(String path, String text) {
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(path, text, "must be a date and time in the form YYYY-MM-DDTHH:MM");
    }
  }
}
