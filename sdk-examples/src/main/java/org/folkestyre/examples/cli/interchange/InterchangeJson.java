package org.folkestyre.examples.cli.interchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.folkestyre.examples.cli.json.BodiesJson.CommitteeJson;
import org.folkestyre.examples.cli.json.BodiesJson.PartyJson;
import org.folkestyre.examples.cli.json.BodiesJson.PersonJson;

/**
 * The JSON form of a municipality's committees with their meetings and cases, which
 * {@code folkestyre ical} and {@code folkestyre oparl} read. Parties, persons and committees have
 * the shapes of the {@code bodies} of a municipality file; docs/cli.md shows a complete example.
 *
 * @param municipality the municipality; required
 * @param parties the parties members are elected from
 * @param persons the persons who hold seats
 * @param committees the bodies; required, at least one
 * @param meetings the meetings of the bodies
 * @param cases the cases the bodies handle
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"municipality", "parties", "persons", "committees", "meetings", "cases"})
public record InterchangeJson(InterchangeMunicipalityJson municipality, List<PartyJson> parties,
    List<PersonJson> persons, List<CommitteeJson> committees, List<InterchangeMeetingJson> meetings,
    List<InterchangeCaseJson> cases) {

  /**
   * The municipality: the code names its OParl body.
   *
   * @param jurisdiction {@code "NO"} or {@code "DK"}
   * @param name the name
   * @param code the municipality code, as a string
   */
  public record InterchangeMunicipalityJson(String jurisdiction, String name, String code) {}

  /**
   * A meeting.
   *
   * @param id the stable id, unique among the municipality's meetings
   * @param committee the id of the committee that meets
   * @param number the meeting's number, such as {@code "3/2025"}, or null
   * @param start the wall-clock start in the jurisdiction's zone, {@code YYYY-MM-DDTHH:MM}
   * @param end the wall-clock end, or null
   * @param place the place, or null
   * @param remote true for a remote meeting, or null
   * @param state PLANNED, CONVENED, HELD, MINUTES_APPROVED or CANCELLED; null means PLANNED
   * @param sequence the calendar revision, 0 or more; null means 0
   * @param agenda the agenda items, in order
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "committee", "number", "start", "end", "place", "remote", "state", "sequence", "agenda"})
  public record InterchangeMeetingJson(String id, String committee, String number, String start, String end,
      String place, Boolean remote, String state, Integer sequence, List<InterchangeItemJson> agenda) {}

  /**
   * An agenda item.
   *
   * @param number the number as written, unique in the meeting
   * @param title the title
   * @param kind DISCUSSION, ORIENTATION, DECISION, ELECTION or APPOINTMENT
   * @param caseNumber the case number as written, or null
   * @param caseNumberScheme the scheme to read the case number in, such as NO_CASE, when its shape fits several; or null
   * @param recommendation the recommendation (innstilling, indstilling), or null
   * @param description the description of the case, or null
   * @param decision the decision (vedtak, beslutning), or null
   * @param closedOn the legal ground of a closed item, such as NO_KL_11_5_2_A, or null for an open item
   * @param attachments the attachments, in order
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"number", "title", "kind", "caseNumber", "caseNumberScheme", "recommendation", "description",
      "decision", "closedOn", "attachments"})
  public record InterchangeItemJson(String number, String title, String kind, String caseNumber,
      String caseNumberScheme, String recommendation, String description, String decision, String closedOn,
      List<InterchangeAttachmentJson> attachments) {}

  /**
   * An attachment.
   *
   * @param title the title
   * @param mediaType the media type, such as {@code application/pdf}, or null
   * @param size the size in bytes, or null
   * @param sha256 the SHA-256 checksum in hexadecimal, or null
   * @param exemptOn the legal ground on which it is exempt from public access, such as
   *     {@code "offentleglova § 13"}, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record InterchangeAttachmentJson(String title, String mediaType, Long size, String sha256, String exemptOn) {}

  /**
   * A case and its path through the bodies.
   *
   * @param caseNumber the case number as written
   * @param caseNumberScheme the scheme to read it in, when its shape fits several; or null
   * @param referenceYear the year to read the number in (a two-digit year is read as one of the 100 years up to it);
   *     null means the year of the last step, or the current year for a case without steps
   * @param title the title
   * @param kle the KLE subject with facet, such as {@code 00.22.04-P35}, or null
   * @param steps the steps, in date order
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"caseNumber", "caseNumberScheme", "referenceYear", "title", "kle", "steps"})
  public record InterchangeCaseJson(String caseNumber, String caseNumberScheme, Integer referenceYear, String title,
      String kle, List<InterchangeStepJson> steps) {}

  /**
   * A step of a case's path.
   *
   * @param committee the id of the body; it need not be among the committees
   * @param date the date of the handling, {@code YYYY-MM-DD}
   * @param role PREPARING, DECIDING, DISCUSSING or FOR_INFORMATION
   * @param meetingCaseNumber the møtesaksnummer, such as {@code PS 6/17}, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record InterchangeStepJson(String committee, String date, String role, String meetingCaseNumber) {}
}
