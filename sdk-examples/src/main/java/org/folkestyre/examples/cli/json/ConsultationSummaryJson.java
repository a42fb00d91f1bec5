package org.folkestyre.examples.cli.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.folkestyre.core.consultation.ConsultationSummary;

/**
 * The summary of a consultation as {@code folkestyre consultation summary --format json} prints
 * it. Keys are ids and never change with {@code --lang}.
 *
 * @param consultation what was consulted on, and when
 * @param submissions how many were received, on time and late
 * @param byDistrict submissions per district name, most first
 * @param withoutDistrict submissions without a district
 * @param byTheme submissions per theme, most first; empty when no submission has a theme
 * @param byChannel submissions per channel id, the offered channels first
 * @param byRespondent submissions per kind of respondent
 * @param byDisposition included submissions per outcome of their disposition
 * @param awaitingDisposition included submissions without a disposition
 * @param campaigns the campaigns of near-identical submissions
 * @param changes the changes the input led to
 */
@JsonPropertyOrder({"consultation", "submissions", "byDistrict", "withoutDistrict", "byTheme", "byChannel", "byRespondent",
    "byDisposition", "awaitingDisposition", "campaigns", "changes"})
public record ConsultationSummaryJson(
    Head consultation,
    Counts submissions,
    Map<String, Integer> byDistrict,
    int withoutDistrict,
    Map<String, Integer> byTheme,
    Map<String, Integer> byChannel,
    Map<String, Integer> byRespondent,
    Map<String, Integer> byDisposition,
    int awaitingDisposition,
    List<CampaignJson> campaigns,
    List<ChangeJson> changes) {

  /**
   * What was consulted on, and when.
   *
   * @param id the id
   * @param subject the subject
   * @param jurisdiction the jurisdiction id
   * @param kind the kind's id
   * @param opens the opening day
   * @param closes the closing day
   * @param state the state, such as {@code SUMMARISED}
   */
  @JsonPropertyOrder({"id", "subject", "jurisdiction", "kind", "opens", "closes", "state"})
  public record Head(String id, String subject, String jurisdiction, String kind, String opens, String closes,
      String state) {}

  /**
   * How many submissions were received.
   *
   * @param received all of them
   * @param onTime those on or before the closing day
   * @param lateIncluded late ones the municipality included
   * @param lateExcluded late ones it excluded
   * @param lateUndecided late ones not yet decided on
   */
  @JsonPropertyOrder({"received", "onTime", "lateIncluded", "lateExcluded", "lateUndecided"})
  public record Counts(int received, int onTime, int lateIncluded, int lateExcluded, int lateUndecided) {}

  /**
   * A campaign.
   *
   * @param number its number
   * @param size how many submissions it has
   * @param submissions their ids, in the order received
   */
  @JsonPropertyOrder({"number", "size", "submissions"})
  public record CampaignJson(int number, int size, List<String> submissions) {}

  /**
   * A change the input led to.
   *
   * @param change the change
   * @param submissions the ids of the submissions behind it
   */
  @JsonPropertyOrder({"change", "submissions"})
  public record ChangeJson(String change, List<String> submissions) {}

  /**
   * Describes a summary in this form.
   *
   * @param summary the summary
   * @return the JSON form
   */
  public static ConsultationSummaryJson of(ConsultationSummary summary) {
    Map<String, Integer> channels = new LinkedHashMap<>();
    summary.byChannel().forEach((channel, count) -> channels.put(channel.id(), count));
    Map<String, Integer> respondents = new LinkedHashMap<>();
    summary.byRespondent().forEach((kind, count) -> respondents.put(kind.id(), count));
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    summary.byOutcome().forEach((outcome, count) -> outcomes.put(outcome.id(), count));
    return new ConsultationSummaryJson(
        new Head(summary.consultationId(), summary.subject(), summary.jurisdiction().id(), summary.kind().id(),
            summary.opens().toString(), summary.closes().toString(), summary.state().name()),
        new Counts(summary.received(), summary.onTime(), summary.lateIncluded(), summary.lateExcluded(),
            summary.lateUndecided()),
        new LinkedHashMap<>(summary.byDistrict()),
        summary.withoutDistrict(),
        new LinkedHashMap<>(summary.byTheme()),
        channels,
        respondents,
        outcomes,
        summary.awaitingDisposition(),
        summary.campaigns().stream().map(c -> new CampaignJson(c.number(), c.size(), c.submissionIds())).toList(),
        summary.changes().stream().map(c -> new ChangeJson(c.change(), c.submissionIds())).toList());
  }
}
