package org.folkestyre.examples.cli.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The JSON form of a municipality's bodies, the optional {@code bodies} property of a municipality
 * file: persons and parties once, committees referring to them by id and abbreviation.
 *
 * @param mayor the id of the person who is mayor, or null
 * @param deputyMayor the id of the person who is deputy mayor, or null
 * @param parties the parties and groups
 * @param persons the persons who hold seats
 * @param committees the bodies
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"mayor", "deputyMayor", "parties", "persons", "committees"})
public record BodiesJson(String mayor, String deputyMayor, List<PartyJson> parties, List<PersonJson> persons,
    List<CommitteeJson> committees) {

  /**
   * A party or group.
   *
   * @param abbreviation the short name, used by memberships
   * @param name the full name
   */
  public record PartyJson(String abbreviation, String name) {}

  /**
   * A person.
   *
   * @param id the id, used by memberships
   * @param name the name
   * @param gender FEMALE or MALE, or null
   * @param birthDate the birth date {@code YYYY-MM-DD}, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PersonJson(String id, String name, String gender, String birthDate) {}

  /**
   * A body.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind's id, such as {@code NO-EXECUTIVE}
   * @param termStart the first day of the term
   * @param termEnd the day after the last day of the term
   * @param electionMode PROPORTIONAL, AGREEMENT or APPOINTED, or null
   * @param district the district of a local committee, or null
   * @param meetingsPerYear the meetings planned a year, or null
   * @param memberships the seats
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "name", "kind", "termStart", "termEnd", "electionMode", "district", "meetingsPerYear",
      "memberships"})
  public record CommitteeJson(String id, String name, String kind, String termStart, String termEnd,
      String electionMode, String district, Integer meetingsPerYear, List<MembershipJson> memberships) {}

  /**
   * A seat on a body.
   *
   * @param person the person's id
   * @param role CHAIR, DEPUTY_CHAIR, MEMBER, DEPUTY_MEMBER, OBSERVER or SECRETARY
   * @param deputyRank the rank of a deputy member, or null
   * @param party the party's abbreviation, or null
   * @param represents ELECTED_OFFICIAL, RESIDENT, ASSOCIATION, EMPLOYEE or OTHER, or null
   * @param fromCommittee the id of the committee an elected member comes from, or null
   * @param description a description of what the member represents, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MembershipJson(String person, String role, Integer deputyRank, String party, String represents,
      String fromCommittee, String description) {}
}
