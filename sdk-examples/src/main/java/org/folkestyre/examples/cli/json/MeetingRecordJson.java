package org.folkestyre.examples.cli.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.folkestyre.examples.cli.json.BodiesJson.CommitteeJson;
import org.folkestyre.examples.cli.json.BodiesJson.PartyJson;
import org.folkestyre.examples.cli.json.BodiesJson.PersonJson;

/**
 * The JSON form of a meeting with the body that held it, which {@code folkestyre minutes} reads:
 * parties and persons once, the committee in the form of a municipality file's {@code bodies}, and
 * the meeting referring to persons by id. The committee's kind decides the jurisdiction.
 *
 * @param parties the parties members are elected from, or null
 * @param persons every person the file names: members, substitutes, officials, private parties
 * @param committee the body that met
 * @param meeting the meeting
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"parties", "persons", "committee", "meeting"})
public record MeetingRecordJson(List<PartyJson> parties, List<PersonJson> persons, CommitteeJson committee,
    MeetingJson meeting) {

  /**
   * A meeting.
   *
   * @param id the meeting's id, or null for the committee's id and the date
   * @param number the meeting's number as written, such as {@code "3/2015"}, or null
   * @param start the wall-clock start in the jurisdiction's zone, {@code YYYY-MM-DDTHH:MM}
   * @param end the wall-clock end, or null
   * @param place where it was held, or null
   * @param remote true for a remote meeting, or null for false
   * @param state PLANNED, CONVENED, HELD, MINUTES_APPROVED or CANCELLED, or null for HELD
   * @param attendance who was present, absent or a substitute, or null
   * @param agendaItems the items, in order
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "number", "start", "end", "place", "remote", "state", "attendance", "agendaItems"})
  public record MeetingJson(String id, String number, String start, String end, String place, Boolean remote,
      String state, List<AttendanceJson> attendance, List<AgendaItemJson> agendaItems) {}

  /**
   * A line of attendance.
   *
   * @param person the person's id
   * @param status PRESENT, ABSENT or SUBSTITUTE
   * @param standsInFor the id of the member a substitute stands in for, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AttendanceJson(String person, String status, String standsInFor) {}

  /**
   * An agenda item.
   *
   * @param number the item's number as written, unique in the meeting
   * @param title the title
   * @param caseNumber the case number as written, such as {@code "13/37262"}, or null
   * @param kind DISCUSSION, ORIENTATION, DECISION, ELECTION or APPOINTMENT
   * @param recommendation the recommendation, or null
   * @param description the description of the case, or null
   * @param decision the decision, or null
   * @param attachments the attachments, or null
   * @param closure the closure of an item handled behind closed doors, or null
   * @param addedLate true for an item added after the agenda was sent out, or null
   * @param recusals the disqualifications, or null
   * @param votes the votes, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"number", "title", "caseNumber", "kind", "recommendation", "description", "decision",
      "attachments", "closure", "addedLate", "recusals", "votes"})
  public record AgendaItemJson(String number, String title, String caseNumber, String kind, String recommendation,
      String description, String decision, List<AttachmentJson> attachments, ClosureJson closure, Boolean addedLate,
      List<RecusalJson> recusals, List<VoteJson> votes) {}

  /**
   * An attachment.
   *
   * @param title the title
   * @param mediaType the media type, such as {@code "application/pdf"}, or null
   * @param size the size in bytes, or null
   * @param sha256 the SHA-256 checksum as 64 hexadecimal digits, or null
   * @param exempt true if exempt from public access, or null for false
   * @param exemptionGround the legal ground of the exemption, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AttachmentJson(String title, String mediaType, Long size, String sha256, Boolean exempt,
      String exemptionGround) {}

  /**
   * The closure of an item.
   *
   * @param ground NO_KL_11_5_2_A, NO_KL_11_5_2_B, NO_KL_11_5_3_A, NO_KL_11_5_3_B or DK_KSL_10, or null if the
   *     minutes give none
   * @param voteHeldInOpenMeeting whether the vote on closing was held in open meeting, or null for true
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ClosureJson(String ground, Boolean voteHeldInOpenMeeting) {}

  /**
   * A disqualification.
   *
   * @param person the id of the person disqualified
   * @param ground the legal ground, such as NO_FVL_6_1_A or DK_FVL_3_1_1
   * @param decidedByBody false if the person stepped aside unasked, or null for true
   * @param decision the decision as recorded, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RecusalJson(String person, String ground, Boolean decidedByBody, String decision) {}

  /**
   * A vote: either ballots or counts.
   *
   * @param motion the motion
   * @param kind ORDINARY, ELECTION or APPOINTMENT, or null for ORDINARY
   * @param ballots each person's ballot, or null
   * @param counts the counts of a vote without ballots, or null
   * @param chairVote FOR, AGAINST or BLANK: the chair's vote of a vote without ballots, or null
   * @param result the recorded result, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"motion", "kind", "ballots", "counts", "chairVote", "result"})
  public record VoteJson(String motion, String kind, List<BallotJson> ballots, CountsJson counts, String chairVote,
      ResultJson result) {}

  /**
   * A ballot.
   *
   * @param person the voter's id
   * @param option FOR, AGAINST or BLANK
   * @param chair true for the ballot of the person chairing the meeting, or null for false
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BallotJson(String person, String option, Boolean chair) {}

  /**
   * The counts of a vote.
   *
   * @param inFavour the votes for
   * @param against the votes against
   * @param blank the blank votes, or null for 0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CountsJson(Integer inFavour, Integer against, Integer blank) {}

  /**
   * The recorded result of a vote.
   *
   * @param outcome ADOPTED or REJECTED
   * @param reason MAJORITY, CASTING_VOTE, TIE_FALLS or LOT
   */
  public record ResultJson(String outcome, String reason) {}
}
