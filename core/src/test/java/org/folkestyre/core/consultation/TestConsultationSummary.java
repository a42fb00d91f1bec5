package org.folkestyre.core.consultation;

import static org.folkestyre.core.consultation.ConsultationFixtures.answered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.folkestyre.core.Language;
import org.folkestyre.core.testing.ConsultationGenerators;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.Test;

/** Counting, campaigns and changes of a summary, and its renderings. */
class TestConsultationSummary {

  /** The answered samfunnsdel with themes on some submissions, written loosely. */
  static Consultation themed() {
    Consultation answered = answered();
    java.util.Map<String, List<String>> themes = Map.of(
        "S1", List.of(" Trafikk ", "Sykkel"),
        "S2", List.of("trafikk", "TRAFIKK", "Universell utforming"),
        "S3", List.of("Grøntområde"),
        "S7", List.of("skole"));
    List<Submission> submissions = answered.submissions().stream()
        .map(s -> Submission.builder().from(s).themes(themes.getOrDefault(s.id(), List.of())).build())
        .collect(java.util.stream.Collectors.toList());
    return Consultation.builder().from(answered).submissions(submissions).build();
  }

  @Test
  void themes_areNormalised_andDefaultToEmpty() {
    Submission plain = ConsultationFixtures.submission("X1", "2026-03-30T10:00:00Z", "Tekst.");
    assertEquals(java.util.Set.of(), plain.themes());
    Submission tagged = Submission.builder().from(plain).addThemes(" TRAFIKK ", "trafikk", "Skole",
        "Gr\u00F8ntomra\u030Ade").build();
    assertEquals(List.of("trafikk", "skole", "grøntområde"), List.copyOf(tagged.themes()));
    org.junit.jupiter.api.Assertions.assertThrows(org.folkestyre.core.InvalidValueException.class,
        () -> Submission.builder().from(plain).addThemes("  ").build());
  }

  @Test
  void countsSubmissionsPerTheme_mostFirst() {
    ConsultationSummary summary = ConsultationSummary.of(themed());
    assertEquals(List.of("trafikk", "sykkel", "universell utforming", "grøntområde", "skole"),
        List.copyOf(summary.byTheme().keySet()));
    assertEquals(2, summary.byTheme().get("trafikk"));
    assertEquals(1, summary.byTheme().get("skole"));
    assertTrue(ConsultationSummary.of(answered()).byTheme().isEmpty());
  }

  @Test
  void rendersThemes_inEveryLanguage() {
    ConsultationSummary summary = ConsultationSummary.of(themed());
    Map<Language, String> titles = Map.of(Language.NB, "Temaer", Language.NN, "Tema", Language.DA, "Temaer",
        Language.EN, "Themes");
    titles.forEach((language, title) -> {
      assertTrue(summary.toText(language).contains("\n" + title + ":\n  trafikk               2\n"),
          summary.toText(language));
      assertTrue(summary.toMarkdown(language).contains("\n## " + title + "\n\n"), language.tag());
      assertTrue(summary.toMarkdown(language).contains("| universell utforming | 1 |\n"), language.tag());
    });
    String plain = ConsultationSummary.of(answered()).toText(Language.EN);
    assertTrue(!plain.contains("Themes"), plain);
  }

  @Test
  void rendersAsHtml_aCompleteDocumentInTheLanguage() {
    for (Language language : Language.values()) {
      String html = ConsultationSummary.of(themed()).toHtml(language);
      assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">\n<head>\n"
          + "<meta charset=\"utf-8\">\n<title>"), html);
      assertTrue(html.endsWith("</body>\n</html>\n"), html);
      assertEquals(1, html.split("<h1>", -1).length - 1);
      assertTrue(html.contains("<tr><th scope=\"row\">trafikk</th><td>2</td></tr>"), html);
    }
    String english = ConsultationSummary.of(themed()).toHtml(Language.EN);
    assertTrue(english.contains("<h2>Themes</h2>"), english);
    assertTrue(english.contains("<h2>Campaigns</h2>\n<ul>\n<li>Campaign 1: 3 submissions (S3, S4, S5)</li>"), english);
    assertTrue(english.contains("<li>Kapittel 5: universell utforming (S2)</li>"), english);
    assertTrue(english.contains("<title>Consultation summary: Kommuneplanens samfunnsdel 2021–2040</title>"),
        english);
  }

  @Test
  void rendersAsHtml_escapingEveryText() {
    Consultation answered = answered();
    Consultation hostile = Consultation.builder().from(answered).subject("Plan <b>\"A\" & 'B'</b>")
        .dispositions(answered.dispositions().stream().map(d -> d.submissionId().equals("S1")
            ? Disposition.of("S1", DispositionOutcome.ADOPTED, "Ja.", List.of("<script>alert('x')</script>"))
            : d).collect(java.util.stream.Collectors.toList()))
        .submissions(answered.submissions().stream().map(s -> s.id().equals("S1")
            ? Submission.builder().from(s).district("<i>Konnerud</i>").addThemes("<img src=x>").build()
            : s).collect(java.util.stream.Collectors.toList()))
        .build();
    String html = ConsultationSummary.of(hostile).toHtml(Language.NB);
    assertTrue(!html.contains("<script>"), html);
    assertTrue(html.contains("<li>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; (S1)</li>"), html);
    assertTrue(html.contains("Plan &lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;"), html);
    assertTrue(html.contains("&lt;i&gt;Konnerud&lt;/i&gt;"), html);
    assertTrue(html.contains("&lt;img src=x&gt;"), html);
    assertTrue(!html.contains("<img") && !html.contains("<i>") && !html.contains("<b>"), html);
  }

  @Test
  void countsEverySubmission_byDistrictChannelAndRespondent() {
    ConsultationSummary summary = ConsultationSummary.of(answered());
    assertEquals(8, summary.received());
    assertEquals(6, summary.onTime());
    assertEquals(1, summary.lateIncluded());
    assertEquals(1, summary.lateExcluded());
    assertEquals(0, summary.lateUndecided());
    assertEquals(Map.of("Fjell", 3, "Konnerud", 1, "Strømsø", 1), summary.byDistrict());
    assertEquals(List.of("Fjell", "Konnerud", "Strømsø"), List.copyOf(summary.byDistrict().keySet()));
    assertEquals(3, summary.withoutDistrict());
    assertEquals(List.of(Channel.DIALOGUE_MEETING, Channel.ONLINE_MEETING, Channel.PODCAST, Channel.DIGITAL_FORM,
        Channel.COUNCIL_STATEMENT, Channel.LETTER_OR_EMAIL), List.copyOf(summary.byChannel().keySet()));
    assertEquals(0, summary.byChannel().get(Channel.ONLINE_MEETING));
    assertEquals(4, summary.byChannel().get(Channel.DIGITAL_FORM));
    assertEquals(5, summary.byRespondent().get(RespondentKind.RESIDENT));
    assertEquals(0, summary.byRespondent().get(RespondentKind.BUSINESS));
    assertEquals(1, summary.byRespondent().get(RespondentKind.ANONYMOUS));
  }

  @Test
  void countsDispositionsOfIncludedSubmissions_campaignMembersOneByOne() {
    ConsultationSummary summary = ConsultationSummary.of(answered());
    assertEquals(1, summary.byOutcome().get(DispositionOutcome.ADOPTED));
    assertEquals(1, summary.byOutcome().get(DispositionOutcome.PARTLY_ADOPTED));
    assertEquals(3, summary.byOutcome().get(DispositionOutcome.NOT_ADOPTED));
    assertEquals(1, summary.byOutcome().get(DispositionOutcome.NOTED));
    assertEquals(1, summary.byOutcome().get(DispositionOutcome.OUTSIDE_SUBJECT));
    assertEquals(0, summary.awaitingDisposition());
    assertEquals(List.of(Campaign.create(1, List.of("S3", "S4", "S5"))), summary.campaigns());
  }

  @Test
  void listsEachChangeOnce_withTheSubmissionsBehindIt() {
    assertEquals(List.of(
        ChangeMade.create("Kapittel 4.2: ny gang- og sykkelvei langs elva", List.of("S1", "S2")),
        ChangeMade.create("Kapittel 5: universell utforming", List.of("S2"))), ConsultationSummary.of(answered()).changes());
  }

  @Test
  void rendersAsText() {
    String text = ConsultationSummary.of(answered()).toText(Language.EN);
    assertEquals("""
        Consultation summary: Kommuneplanens samfunnsdel 2021–2040
        Consultation: 21/01234
        Kind: municipal master plan (NO)
        Period: 2026-03-24 – 2026-05-05
        State: summarised
        Submissions received: 8 (6 on time, 1 late, included, 1 late, excluded)

        By district:
          Fjell          3
          Konnerud       1
          Strømsø        1
          (no district)  3

        By channel:
          dialogue meeting           1
          online one-to-one meeting  0
          podcast                    1
          digital form               4
          council statement          1
          letter or e-mail           1

        By respondent:
          resident         5
          organisation     1
          business         0
          council          1
          local committee  0
          anonymous        1

        By disposition:
          adopted               1
          partly adopted        1
          not adopted           3
          noted                 1
          outside the subject   1
          awaiting disposition  0

        Campaigns:
          Campaign 1: 3 submissions (S3, S4, S5)
          Submissions of a campaign are counted one by one.

        Changes made:
          - Kapittel 4.2: ny gang- og sykkelvei langs elva (S1, S2)
          - Kapittel 5: universell utforming (S2)
        """, text);
  }

  @Test
  void rendersAsMarkdown() {
    String markdown = ConsultationSummary.of(answered()).toMarkdown(Language.NB);
    assertTrue(markdown.startsWith("# Oppsummering av høringen: Kommuneplanens samfunnsdel 2021–2040\n\n| | |\n"),
        markdown);
    assertTrue(markdown.contains("| Mottatte innspill | 8 (6 innen fristen, 1 for sent, tatt med, 1 for sent, holdt"
        + " utenfor) |\n"), markdown);
    assertTrue(markdown.contains("\n## Etter kommunedel\n\n| | antall |\n| --- | ---: |\n| Fjell | 3 |\n"), markdown);
    assertTrue(markdown.contains("| ikke tatt til følge | 3 |\n"), markdown);
    assertTrue(markdown.contains("\n## Kampanjer\n\n- Kampanje 1: 3 innspill (S3, S4, S5)\n"), markdown);
    assertTrue(markdown.contains("- Kapittel 5: universell utforming (S2)\n"), markdown);
  }

  @Test
  void rendersInEveryLanguage() {
    ConsultationSummary summary = ConsultationSummary.of(answered());
    assertTrue(summary.toText(Language.NN).startsWith("Oppsummering av høyringa: "));
    assertTrue(summary.toText(Language.DA).contains("Efter lokalområde:"));
    assertTrue(summary.toMarkdown(Language.DA).contains("## Kampagner"));
    assertTrue(summary.toMarkdown(Language.EN).contains("| State | summarised |"));
  }

  @Test
  void countsAddUp_forGeneratedConsultations() {
    PropertyCheck.forAll("summary counts add up", 2021L, 100, 15, ConsultationGenerators.valid(), consultation -> {
      ConsultationSummary summary = ConsultationSummary.of(consultation);
      int received = consultation.submissions().size();
      assertEquals(received, summary.received());
      assertEquals(received, summary.onTime() + summary.lateIncluded() + summary.lateExcluded()
          + summary.lateUndecided());
      assertEquals(received, summary.byDistrict().values().stream().mapToInt(Integer::intValue).sum()
          + summary.withoutDistrict());
      assertEquals(received, summary.byChannel().values().stream().mapToInt(Integer::intValue).sum());
      assertEquals(received, summary.byRespondent().values().stream().mapToInt(Integer::intValue).sum());
      assertEquals(consultation.includedSubmissions().size(),
          summary.byOutcome().values().stream().mapToInt(Integer::intValue).sum() + summary.awaitingDisposition());
      for (Language language : Language.values()) {
        assertTrue(summary.toText(language).endsWith("\n"));
        assertTrue(summary.toMarkdown(language).startsWith("# "));
      }
    });
  }
}
