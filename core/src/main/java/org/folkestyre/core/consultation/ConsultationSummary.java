package org.folkestyre.core.consultation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.internal.Names;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.immutables.value.Value;

/**
 * What a consultation received and what came of it: counts per district, channel, respondent and
 * disposition, the campaigns, the themes, and the list of changes the input led to; rendered as
 * Markdown, plain text or HTML in nb, nn, da or en.
 *
 * <p>The counts per district, channel and respondent cover every submission received, late ones
 * included, so that they show who took part and how. The counts per disposition cover the
 * included submissions (on time, or late and included); {@link #awaitingDisposition()} counts
 * those still without one. Excluded late submissions are counted in {@link #lateExcluded()}. A
 * submission of a campaign is counted like any other. Districts are listed by count, most first,
 * then in the order they first appear, and so are themes; channels with those the consultation offers first; kinds
 * of respondent and outcomes in the order of their enums, zero counts included.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConsultationSummary {
  private static final int IDS_SHOWN = 10;

  ConsultationSummary() {}

  /**
   * Returns the consultation's id.
   *
   * @return the id
   */
  public abstract String consultationId();

  /**
   * Returns what was consulted on.
   *
   * @return the subject
   */
  public abstract String subject();

  /**
   * Returns the jurisdiction.
   *
   * @return the jurisdiction
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the legal kind.
   *
   * @return the kind
   */
  public abstract ConsultationKind kind();

  /**
   * Returns the opening day.
   *
   * @return the day
   */
  public abstract LocalDate opens();

  /**
   * Returns the closing day.
   *
   * @return the day
   */
  public abstract LocalDate closes();

  /**
   * Returns the state of the consultation when summarised.
   *
   * @return the state
   */
  public abstract ConsultationState state();

  /**
   * Returns the number of submissions received.
   *
   * @return the count
   */
  public abstract int received();

  /**
   * Returns the number received on or before the closing day.
   *
   * @return the count
   */
  public abstract int onTime();

  /**
   * Returns the number received late and included.
   *
   * @return the count
   */
  public abstract int lateIncluded();

  /**
   * Returns the number received late and excluded; they are kept on record.
   *
   * @return the count
   */
  public abstract int lateExcluded();

  /**
   * Returns the number received late and not yet decided on.
   *
   * @return the count
   */
  public abstract int lateUndecided();

  /**
   * Returns the submissions per district, most first; those without a district are in
   * {@link #withoutDistrict()}.
   *
   * @return the counts by district name
   */
  public abstract ImmutableMap<String, Integer> byDistrict();

  /**
   * Returns the number of submissions without a district.
   *
   * @return the count
   */
  public abstract int withoutDistrict();

  /**
   * Returns the submissions per theme: every submission received counts once under each of its
   * {@linkplain Submission#themes() themes}. Themes are listed by count, most first, then in the
   * order they first appear; a submission without themes counts under none.
   *
   * @return the counts by theme; empty when no submission has a theme
   */
  public abstract ImmutableMap<String, Integer> byTheme();

  /**
   * Returns the submissions per channel: the offered channels first, zero counts included.
   *
   * @return the counts by channel
   */
  public abstract ImmutableMap<Channel, Integer> byChannel();

  /**
   * Returns the submissions per kind of respondent, every kind included.
   *
   * @return the counts by respondent kind
   */
  public abstract ImmutableMap<RespondentKind, Integer> byRespondent();

  /**
   * Returns the included submissions per outcome of their disposition, every outcome included.
   *
   * @return the counts by outcome
   */
  public abstract ImmutableMap<DispositionOutcome, Integer> byOutcome();

  /**
   * Returns the number of included submissions without a disposition.
   *
   * @return the count; 0 when the municipality has been loyal to all input
   */
  public abstract int awaitingDisposition();

  /**
   * Returns the campaigns found among the submissions.
   *
   * @return the campaigns
   */
  public abstract ImmutableList<Campaign> campaigns();

  /**
   * Returns the changes the input led to, each once, in the order of the first submission naming it.
   *
   * @return the changes
   */
  public abstract ImmutableList<ChangeMade> changes();

  /**
   * Summarises a consultation, finding campaigns with {@link CampaignDetector#defaults()}.
   *
   * @param consultation the consultation
   * @return the summary
   */
  public static ConsultationSummary of(Consultation consultation) {
    return of(consultation, CampaignDetector.defaults());
  }

  /**
   * Summarises a consultation.
   *
   * @param consultation the consultation
   * @param detector the campaign detector
   * @return the summary
   */
  public static ConsultationSummary of(Consultation consultation, CampaignDetector detector) {
    Objects.requireNonNull(consultation, "consultation");
    Objects.requireNonNull(detector, "detector");
    Map<SubmissionStatus, Integer> statuses = new EnumMap<>(SubmissionStatus.class);
    Map<String, String> districtNames = new LinkedHashMap<>();
    Map<String, Integer> districts = new LinkedHashMap<>();
    int withoutDistrict = 0;
    Map<Channel, Integer> channels = new LinkedHashMap<>();
    consultation.channels().forEach(c -> channels.put(c, 0));
    Map<RespondentKind, Integer> respondents = new EnumMap<>(RespondentKind.class);
    for (RespondentKind kind : RespondentKind.values()) {
      respondents.put(kind, 0);
    }
    Map<DispositionOutcome, Integer> outcomes = new EnumMap<>(DispositionOutcome.class);
    for (DispositionOutcome outcome : DispositionOutcome.values()) {
      outcomes.put(outcome, 0);
    }
    Map<String, Integer> themes = new LinkedHashMap<>();
    int awaiting = 0;
    Map<String, List<String>> changes = new LinkedHashMap<>();
    for (Submission submission : consultation.submissions()) {
      SubmissionStatus status = consultation.status(submission);
      statuses.merge(status, 1, Integer::sum);
      if (submission.district().isPresent()) {
        String key = Names.key(submission.district().get());
        districtNames.putIfAbsent(key, submission.district().get());
        districts.merge(key, 1, Integer::sum);
      } else {
        withoutDistrict++;
      }
      for (String theme : submission.themes()) {
        themes.merge(theme, 1, Integer::sum);
      }
      channels.merge(submission.channel(), 1, Integer::sum);
      respondents.merge(submission.respondent(), 1, Integer::sum);
      if (status.isIncluded()) {
        var disposition = consultation.disposition(submission.id());
        if (disposition.isPresent()) {
          outcomes.merge(disposition.get().outcome(), 1, Integer::sum);
          for (String change : disposition.get().changes()) {
            changes.computeIfAbsent(change, c -> new ArrayList<>()).add(submission.id());
          }
        } else {
          awaiting++;
        }
      }
    }
    List<String> districtOrder = new ArrayList<>(districts.keySet());
    districtOrder.sort(Comparator.comparing((String key) -> -districts.get(key)));
    ImmutableMap.Builder<String, Integer> byDistrict = ImmutableMap.builder();
    districtOrder.forEach(key -> byDistrict.put(districtNames.get(key), districts.get(key)));
    List<String> themeOrder = new ArrayList<>(themes.keySet());
    themeOrder.sort(Comparator.comparing((String theme) -> -themes.get(theme)));
    ImmutableMap.Builder<String, Integer> byTheme = ImmutableMap.builder();
    themeOrder.forEach(theme -> byTheme.put(theme, themes.get(theme)));
    ImmutableList.Builder<ChangeMade> changeLines = ImmutableList.builder();
    changes.forEach((change, ids) -> changeLines.add(ChangeMade.create(change, ids)));
    return ImmutableConsultationSummary.builder()
        .consultationId(consultation.id())
        .subject(consultation.subject())
        .jurisdiction(consultation.jurisdiction())
        .kind(consultation.kind())
        .opens(consultation.opens())
        .closes(consultation.closes())
        .state(consultation.state())
        .received(consultation.submissions().size())
        .onTime(statuses.getOrDefault(SubmissionStatus.ON_TIME, 0))
        .lateIncluded(statuses.getOrDefault(SubmissionStatus.LATE_INCLUDED, 0))
        .lateExcluded(statuses.getOrDefault(SubmissionStatus.LATE_EXCLUDED, 0))
        .lateUndecided(statuses.getOrDefault(SubmissionStatus.LATE_UNDECIDED, 0))
        .byDistrict(byDistrict.buildOrThrow())
        .withoutDistrict(withoutDistrict)
        .byTheme(byTheme.buildOrThrow())
        .byChannel(channels)
        .byRespondent(respondents)
        .byOutcome(outcomes)
        .awaitingDisposition(awaiting)
        .campaigns(detector.detect(consultation.submissions()))
        .changes(changeLines.build())
        .build();
  }

  /**
   * Renders the summary as plain text, one fact per line, with aligned counts.
   *
   * @param language the language of labels and names
   * @return the text, ending with a line break
   */
  public String toText(Language language) {
    Objects.requireNonNull(language, "language");
    NumberFormat numbers = NumberFormat.getIntegerInstance(language.locale());
    StringBuilder out = new StringBuilder();
    out.append(Labels.SUMMARY.get(language)).append(": ").append(subject()).append('\n');
    for (String[] fact : facts(language, numbers)) {
      out.append(fact[0]).append(": ").append(fact[1]).append('\n');
    }
    for (Section section : sections(language)) {
      out.append('\n').append(section.title).append(":\n");
      int width = section.rows.stream().mapToInt(r -> r.label.codePointCount(0, r.label.length())).max().orElse(0);
      for (Row row : section.rows) {
        int pad = width - row.label.codePointCount(0, row.label.length());
        out.append("  ").append(row.label).append(" ".repeat(pad + 2)).append(numbers.format(row.count)).append('\n');
      }
    }
    out.append('\n').append(Labels.CAMPAIGNS.get(language)).append(":\n");
    if (campaigns().isEmpty()) {
      out.append("  ").append(Labels.NONE.get(language)).append('\n');
    } else {
      campaigns().forEach(c -> out.append("  ").append(campaignLine(c, language, numbers)).append('\n'));
      out.append("  ").append(Labels.CAMPAIGN_NOTE.get(language)).append('\n');
    }
    out.append('\n').append(Labels.CHANGES.get(language)).append(":\n");
    if (changes().isEmpty()) {
      out.append("  ").append(Labels.NONE.get(language)).append('\n');
    } else {
      changes().forEach(c -> out.append("  - ").append(c.change()).append(" (").append(ids(c.submissionIds(), language,
          numbers)).append(")\n"));
    }
    return out.toString();
  }

  /**
   * Renders the summary as Markdown: a heading, a table of facts, a table per breakdown, and lists
   * of campaigns and changes.
   *
   * @param language the language of labels and names
   * @return the Markdown, ending with a line break
   */
  public String toMarkdown(Language language) {
    Objects.requireNonNull(language, "language");
    NumberFormat numbers = NumberFormat.getIntegerInstance(language.locale());
    StringBuilder out = new StringBuilder();
    out.append("# ").append(Labels.SUMMARY.get(language)).append(": ").append(inline(subject())).append("\n\n");
    out.append("| | |\n| --- | --- |\n");
    for (String[] fact : facts(language, numbers)) {
      out.append("| ").append(cell(fact[0])).append(" | ").append(cell(fact[1])).append(" |\n");
    }
    for (Section section : sections(language)) {
      out.append("\n## ").append(section.title).append("\n\n");
      out.append("| | ").append(Labels.COUNT.get(language)).append(" |\n| --- | ---: |\n");
      for (Row row : section.rows) {
        out.append("| ").append(cell(row.label)).append(" | ").append(numbers.format(row.count)).append(" |\n");
      }
    }
    out.append("\n## ").append(Labels.CAMPAIGNS.get(language)).append("\n\n");
    if (campaigns().isEmpty()) {
      out.append(Labels.NONE.get(language)).append('\n');
    } else {
      campaigns().forEach(c -> out.append("- ").append(inline(campaignLine(c, language, numbers))).append('\n'));
      out.append('\n').append(Labels.CAMPAIGN_NOTE.get(language)).append('\n');
    }
    out.append("\n## ").append(Labels.CHANGES.get(language)).append("\n\n");
    if (changes().isEmpty()) {
      out.append(Labels.NONE.get(language)).append('\n');
    } else {
      changes().forEach(c -> out.append("- ").append(inline(c.change())).append(" (")
          .append(inline(ids(c.submissionIds(), language, numbers))).append(")\n"));
    }
    return out.toString();
  }

  /**
   * Renders the summary as a complete, small HTML5 document: the {@code <!DOCTYPE html>}, an
   * {@code html} element with the language's {@code lang}, a {@code <meta charset="utf-8">} and a
   * title, then a heading, a table of facts, a table per breakdown, and lists of campaigns and
   * changes. Every text from the consultation and every label is escaped with Guava's
   * {@link HtmlEscapers}, so that a subject, district, theme or change holding markup shows as text.
   *
   * @param language the language of labels and names, and of the document's {@code lang}
   * @return the HTML, ending with a line break
   */
  public String toHtml(Language language) {
    Objects.requireNonNull(language, "language");
    Escaper html = HtmlEscapers.htmlEscaper();
    NumberFormat numbers = NumberFormat.getIntegerInstance(language.locale());
    String title = Labels.SUMMARY.get(language) + ": " + subject();
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(html.escape(language.tag())).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(html.escape(title)).append("</title>\n</head>\n<body>\n")
        .append("<h1>").append(html.escape(title)).append("</h1>\n<table>\n");
    for (String[] fact : facts(language, numbers)) {
      out.append("<tr><th scope=\"row\">").append(html.escape(fact[0])).append("</th><td>")
          .append(html.escape(fact[1])).append("</td></tr>\n");
    }
    out.append("</table>\n");
    for (Section section : sections(language)) {
      out.append("<h2>").append(html.escape(section.title)).append("</h2>\n<table>\n<thead><tr><th></th><th>")
          .append(html.escape(Labels.COUNT.get(language))).append("</th></tr></thead>\n<tbody>\n");
      for (Row row : section.rows) {
        out.append("<tr><th scope=\"row\">").append(html.escape(row.label)).append("</th><td>")
            .append(html.escape(numbers.format(row.count))).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("<h2>").append(html.escape(Labels.CAMPAIGNS.get(language))).append("</h2>\n");
    if (campaigns().isEmpty()) {
      out.append("<p>").append(html.escape(Labels.NONE.get(language))).append("</p>\n");
    } else {
      out.append("<ul>\n");
      campaigns().forEach(c -> out.append("<li>").append(html.escape(campaignLine(c, language, numbers)))
          .append("</li>\n"));
      out.append("</ul>\n<p>").append(html.escape(Labels.CAMPAIGN_NOTE.get(language))).append("</p>\n");
    }
    out.append("<h2>").append(html.escape(Labels.CHANGES.get(language))).append("</h2>\n");
    if (changes().isEmpty()) {
      out.append("<p>").append(html.escape(Labels.NONE.get(language))).append("</p>\n");
    } else {
      out.append("<ul>\n");
      changes().forEach(c -> out.append("<li>").append(html.escape(c.change())).append(" (")
          .append(html.escape(ids(c.submissionIds(), language, numbers))).append(")</li>\n"));
      out.append("</ul>\n");
    }
    return out.append("</body>\n</html>\n").toString();
  }

  private List<String[]> facts(Language language, NumberFormat numbers) {
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {Labels.CONSULTATION.get(language), consultationId()});
    facts.add(new String[] {Labels.KIND.get(language), kind().names().get(language) + " (" + jurisdiction().id() + ")"});
    facts.add(new String[] {Labels.PERIOD.get(language), opens() + " – " + closes()});
    facts.add(new String[] {Labels.STATE.get(language), state().names().get(language)});
    StringBuilder received = new StringBuilder(numbers.format(received()));
    received.append(" (").append(numbers.format(onTime())).append(' ').append(Labels.ON_TIME.get(language));
    appendIfAny(received, lateIncluded(), Labels.LATE_INCLUDED, language, numbers);
    appendIfAny(received, lateExcluded(), Labels.LATE_EXCLUDED, language, numbers);
    appendIfAny(received, lateUndecided(), Labels.LATE_UNDECIDED, language, numbers);
    received.append(')');
    facts.add(new String[] {Labels.RECEIVED.get(language), received.toString()});
    return facts;
  }

  private static void appendIfAny(StringBuilder out, int count, LocalizedText label, Language language,
      NumberFormat numbers) {
    if (count > 0) {
      out.append(", ").append(numbers.format(count)).append(' ').append(label.get(language));
    }
  }

  /** One line of a breakdown. */
  private record Row(String label, int count) {}

  /** A breakdown: a title and its lines. */
  private record Section(String title, List<Row> rows) {}

  private List<Section> sections(Language language) {
    List<Section> sections = new ArrayList<>();
    List<Row> districts = new ArrayList<>();
    byDistrict().forEach((name, count) -> districts.add(new Row(name, count)));
    if (withoutDistrict() > 0) {
      districts.add(new Row(Labels.NO_DISTRICT.get(language), withoutDistrict()));
    }
    sections.add(new Section(Labels.BY_DISTRICT.get(language), districts));
    List<Row> channels = new ArrayList<>();
    byChannel().forEach((channel, count) -> channels.add(new Row(channel.names().get(language), count)));
    sections.add(new Section(Labels.BY_CHANNEL.get(language), channels));
    List<Row> respondents = new ArrayList<>();
    byRespondent().forEach((kind, count) -> respondents.add(new Row(kind.names().get(language), count)));
    sections.add(new Section(Labels.BY_RESPONDENT.get(language), respondents));
    List<Row> outcomes = new ArrayList<>();
    byOutcome().forEach((outcome, count) -> outcomes.add(new Row(outcome.names().get(language), count)));
    outcomes.add(new Row(Labels.AWAITING.get(language), awaitingDisposition()));
    sections.add(new Section(Labels.BY_OUTCOME.get(language), outcomes));
    if (!byTheme().isEmpty()) {
      List<Row> themes = new ArrayList<>();
      byTheme().forEach((theme, count) -> themes.add(new Row(theme, count)));
      sections.add(new Section(Labels.THEMES.get(language), themes));
    }
    return sections;
  }

  private static String campaignLine(Campaign campaign, Language language, NumberFormat numbers) {
    return Labels.CAMPAIGN.format(Map.of("number", campaign.number(), "count", numbers.format(campaign.size()),
        "ids", ids(campaign.submissionIds(), language, numbers))).get(language);
  }

  private static String ids(List<String> ids, Language language, NumberFormat numbers) {
    if (ids.size() <= IDS_SHOWN) {
      return String.join(", ", ids);
    }
    return String.join(", ", ids.subList(0, IDS_SHOWN)) + " "
        + Labels.MORE.format(Map.of("count", numbers.format(ids.size() - IDS_SHOWN))).get(language);
  }

  /** Escapes a text for a Markdown table cell. */
  private static String cell(String text) {
    return inline(text).replace("|", "\\|");
  }

  /** Keeps a text on one Markdown line and stops it from being read as markup. */
  private static String inline(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
      if ("\\`*_[]<>#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "summary of " + consultationId() + ": " + received() + " received, " + campaigns().size() + " campaigns, "
        + changes().size() + " changes";
  }
}
