package org.folkestyre.examples.cli.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A consultation in the JSON form that {@code folkestyre consultation summary} reads; docs/cli.md
 * shows a complete example. {@link ConsultationForm#toCore(ConsultationJson)} turns it into the
 * library's {@link org.folkestyre.core.consultation.Consultation}. An unknown property is an error.
 *
 * @param jurisdiction the jurisdiction id, {@code "NO"} or {@code "DK"}; required
 * @param id the consultation's id, such as its case number; required
 * @param subject what is consulted on; required
 * @param kind the kind's id in the jurisdiction, such as {@code "kommuneplan"} or {@code "voluntary"}; required
 * @param opens the opening day, {@code YYYY-MM-DD}; required
 * @param closes the closing day, {@code YYYY-MM-DD}; required
 * @param channels the ids of the channels offered, such as {@code "podcast"} or {@code "other:METHOD"}
 * @param history the moves of the lifecycle, oldest first; absent for a draft
 * @param submissions the submissions, in the order received
 * @param dispositions the dispositions, at most one per submission
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"jurisdiction", "id", "subject", "kind", "opens", "closes", "channels", "history", "submissions",
    "dispositions"})
public record ConsultationJson(
    String jurisdiction,
    String id,
    String subject,
    String kind,
    String opens,
    String closes,
    List<String> channels,
    List<StateChangeJson> history,
    List<SubmissionJson> submissions,
    List<DispositionJson> dispositions) {

  /**
   * One move of the lifecycle.
   *
   * @param state the state moved to: {@code open}, {@code closed}, {@code summarised}, {@code published}
   *     or {@code withdrawn}; required
   * @param at when, an ISO 8601 instant with offset such as {@code 2026-03-24T08:00:00Z}; required
   */
  @JsonPropertyOrder({"state", "at"})
  public record StateChangeJson(String state, String at) {}

  /**
   * One submission.
   *
   * @param id the id, unique in the consultation; required
   * @param respondent {@code resident}, {@code organisation}, {@code business}, {@code council},
   *     {@code local-committee} or {@code anonymous}; required
   * @param channel the channel's id; required
   * @param district the district's name
   * @param received when it was received, an ISO 8601 instant with offset; required
   * @param text what it says; required
   * @param submitter the reference a reply is delivered to; none for an anonymous submission
   * @param language the language of the reply, {@code nb}, {@code nn}, {@code da} or {@code en}
   * @param lateDecision for a late submission, {@code include} or {@code exclude}
   * @param themes theme tags such as {@code "trafikk"}; none when absent
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "respondent", "channel", "district", "received", "text", "submitter", "language",
      "lateDecision", "themes"})
  public record SubmissionJson(String id, String respondent, String channel, String district, String received,
      String text, String submitter, String language, String lateDecision, List<String> themes) {}

  /**
   * The disposition of one submission.
   *
   * @param submission the id of the submission it answers; required
   * @param outcome {@code adopted}, {@code partly-adopted}, {@code not-adopted}, {@code noted} or
   *     {@code outside-subject}; required
   * @param reason the reason; required
   * @param changes what the input changed; required non-empty for adopted and partly adopted
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"submission", "outcome", "reason", "changes"})
  public record DispositionJson(String submission, String outcome, String reason, List<String> changes) {}
}
