package org.folkestyre.core.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.minutes.MinutesRenderer.Format;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TestMinutesRenderer {
  private static final Minutes HOLBAEK = Minutes.of(ReferenceData.holbaekMeeting2015());
  private static final Minutes FIXTURE = Minutes.of(MinutesFixtures.record());

  private static final List<String[]> HOLBAEK_ITEMS = List.of(
      new String[] {"119", "13/37262", "Drøftelse - Myndighed på ny måde, mere for og med borgerne"},
      new String[] {"120", "15/10481", "Drøftelse af Holbæk Kommunes valgfremmeindsats"},
      new String[] {"121", "13/37262", "Drøftelse - Folkemøde 2015"},
      new String[] {"122", "13/37262", "Drøftelse - Samskabelse"},
      new String[] {"123", "13/37262", "Orientering - Status på aktiviteter i Demokratiekperimentariet"});

  private static void assertInOrder(String text, List<String> parts) {
    int from = 0;
    for (String part : parts) {
      int at = text.indexOf(part, from);
      assertTrue(at >= 0, "'" + part + "' is missing after position " + from + " in\n" + text);
      from = at + part.length();
    }
  }

  // --- Holbæk in Danish

  @Test
  void markdown_holbaekInDanish_hasItems119To123InOrderWithCaseNumbersAndTitles() {
    String markdown = MinutesRenderer.markdown(HOLBAEK, Language.DA, View.PUBLIC);
    assertTrue(markdown.startsWith("# Referat: Demokratieksperimentariet\n"), markdown);
    assertTrue(markdown.contains("- **Mødedato:** 24. marts 2015 kl. 17.00\n"), markdown);
    assertTrue(markdown.contains("- **Mødested:** lokale 1.D, Kanalstræde 2\n"), markdown);
    List<String> expected = new ArrayList<>(List.of("## Indholdsfortegnelse"));
    HOLBAEK_ITEMS.forEach(i -> expected.add("- Punkt " + i[0] + ": " + i[2] + "\n"));
    for (String[] item : HOLBAEK_ITEMS) {
      expected.add("## Punkt " + item[0] + ": " + item[2] + "\n");
      expected.add("- **Sagsnummer:** " + item[1] + "\n");
    }
    assertInOrder(markdown, expected);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyFormat_holbaekInDanish_hasItems119To123InOrder(Format format) {
    String document = MinutesRenderer.render(HOLBAEK, format, Language.DA, View.PUBLIC);
    List<String> expected = new ArrayList<>();
    for (String[] item : HOLBAEK_ITEMS) {
      expected.add("Punkt " + item[0] + ": " + item[2]);
      expected.add(item[1]);
    }
    assertInOrder(document, expected);
    assertInOrder(document.toLowerCase(Locale.ROOT), List.of("sagstype", "drøftelse", "bilag",
        "statistik for deltagelsen i kommunalvalget i holbæk kommune", "5 eksempler på samskabelse i holbæk kommune",
        "orientering"));
  }

  @Test
  void text_holbaekInDanish_mirrorsThePublishedLayout() {
    String text = MinutesRenderer.text(HOLBAEK, Language.DA, View.PUBLIC);
    assertInOrder(text, List.of(
        "Referat: Demokratieksperimentariet\n==================================\n",
        "Mødedato: 24. marts 2015 kl. 17.00\n",
        "Fremmøde\n--------\n\nIkke registreret.\n",
        "Punkt 119: Drøftelse - Myndighed på ny måde, mere for og med borgerne\n---",
        "Sagsnummer: 13/37262\nSagstype:   drøftelse\n\nINDSTILLING\n\nUdvalget drøfter",
        "BESLUTNING\n\nDrøftet:"));
  }

  // --- every format in every language

  static Stream<Arguments> formatsAndLanguages() {
    List<Arguments> all = new ArrayList<>();
    for (Format format : Format.values()) {
      for (Language language : Language.values()) {
        all.add(Arguments.of(format, language));
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("formatsAndLanguages")
  void everyFormatAndLanguage_showsTheFixedWordsAndTheDate(Format format, Language language) {
    String document = MinutesRenderer.render(FIXTURE, format, language, View.INTERNAL);
    List<String> words = new ArrayList<>();
    for (var text : List.of(MinutesTexts.ATTENDANCE, MinutesTexts.PRESENT, MinutesTexts.SUBSTITUTES,
        MinutesTexts.ABSENT, MinutesTexts.CONTENTS, MinutesTexts.CASE_NUMBER, MinutesTexts.KIND,
        MinutesTexts.ATTACHMENTS, MinutesTexts.RECOMMENDATION, MinutesTexts.DESCRIPTION, MinutesTexts.RECUSALS,
        MinutesTexts.VOTES, MinutesTexts.DECISION, MinutesTexts.CLOSED_MEETING)) {
      String word = text.get(language);
      words.add(format == Format.TEXT && (text == MinutesTexts.CLOSED_MEETING || text == MinutesTexts.ATTACHMENTS
          || text == MinutesTexts.RECOMMENDATION || text == MinutesTexts.DESCRIPTION || text == MinutesTexts.RECUSALS
          || text == MinutesTexts.VOTES || text == MinutesTexts.DECISION) ? word.toUpperCase(language.locale()) : word);
    }
    assertInOrder(document, words);
    String date = switch (language) {
      case NB, NN -> "24. mars 2015 kl. 16.00–18.30";
      case DA -> "24. marts 2015 kl. 16.00–18.30";
      case EN -> "24 March 2015, 16:00–18:30";
    };
    assertTrue(document.contains(date), date + " in\n" + document);
    assertTrue(document.contains(FIXTURE.items().get(1).kind().names().get(language)), document);
    assertTrue(document.endsWith("\n") && !document.endsWith("\n\n"), document);
  }

  @ParameterizedTest
  @CsvSource({"NB, Sak PS 13/15: Unntatt offentlighet, Saken ble behandlet i lukket møte med hjemmel i",
      "NN, Sak PS 13/15: Unnateke frå offentlegheit, Saka vart handsama i lukka møte med heimel i",
      "DA, Punkt PS 13/15: Lukket punkt, Punktet blev behandlet for lukkede døre med hjemmel i",
      "EN, Item PS 13/15: Closed item, The item was handled behind closed doors under"})
  void text_public_showsAClosedItemWithANeutralTitleAndItsGround(Language language, String heading, String closed) {
    String text = MinutesRenderer.text(FIXTURE, language, View.PUBLIC);
    assertInOrder(text, List.of(heading + "\n", closed, "kommuneloven § 11-5 andre ledd bokstav a",
        "offentleglova § 25 andre ledd", MinutesTexts.CONTENT_WITHHELD.get(language)));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void dates_doNotDependOnTheDefaultLocale(Language language) {
    Locale original = Locale.getDefault();
    String expected = MinutesRenderer.text(FIXTURE, language, View.PUBLIC);
    try {
      for (String tag : List.of("ar-EG", "th-TH-u-nu-thai", "en-US", "de-DE")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals(expected, MinutesRenderer.text(FIXTURE, language, View.PUBLIC), tag);
      }
    } finally {
      Locale.setDefault(original);
    }
  }

  @ParameterizedTest
  @CsvSource({"NB, 2 personer som ikke er medlemmer av organet (navnene publiseres ikke)",
      "NN, 2 personar som ikkje er medlemmer av organet (namna vert ikkje publiserte)",
      "DA, '2 personer, der ikke er medlemmer af organet (navnene offentliggøres ikke)'",
      "EN, 2 persons who are not members of the body (names not published)"})
  void markdown_public_countsThePersonsPresentWhoseNamesAreWithheld(Language language, String withheld) {
    String markdown = MinutesRenderer.markdown(FIXTURE, language, View.PUBLIC);
    assertTrue(markdown.contains("Kari Nordmann (" + MinutesTexts.role(Role.CHAIR,
        language) + ", Ap), Ola Hansen (" + MinutesTexts.role(Role.DEPUTY_CHAIR,
        language) + ", H), Per Persen (Ap), " + withheld + "\n"), markdown);
    assertTrue(markdown.contains("Eva Vara (for Anne Li)"), markdown);
  }

  // --- escaping

  @Test
  void html_escapesEveryText() {
    String html = MinutesRenderer.html(FIXTURE, Language.NB, View.PUBLIC);
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("Trafikksikkerhetsplan &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;fartsdumper&quot;"),
        html);
    assertFalse(html.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "").replace("&quot;", "")
        .replace("&#39;", "").contains("&"), "every & is escaped");
  }

  @Test
  void markdown_escapesMarkupSoThatItStaysText() {
    String markdown = MinutesRenderer.markdown(FIXTURE, Language.NB, View.PUBLIC);
    assertFalse(markdown.contains("<script>"), markdown);
    assertTrue(markdown.contains("## Sak PS 13/15: Unntatt offentlighet\n"), markdown);
    assertTrue(markdown.contains("Trafikksikkerhetsplan \\<script\\>alert(1)\\</script\\> \\& \"fartsdumper\""), markdown);
    assertTrue(markdown.contains("\n\n1\\. Fartsdumper i Skoleveien.\\\n2\\. Gangfelt ved skolen.\n"), markdown);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<b>bold</b>|\\<b\\>bold\\</b\\>",
      "a & b|a \\& b",
      "# heading|\\# heading",
      "- item|\\- item",
      "+ item|\\+ item",
      "1. item|1\\. item",
      "12) item|12\\) item",
      "*emphasis* and _this_|\\*emphasis\\* and \\_this\\_",
      "[link](javascript:alert(1))|\\[link\\](javascript:alert(1))",
      "`code`|\\`code\\`",
      "back\\slash|back\\\\slash",
      "===|\\===",
      "plain 1.D text|plain 1.D text"})
  void md_escapesWhatStartsMarkup(String text, String escaped) {
    assertEquals(escaped, MinutesRenderer.md(text));
  }

  @Test
  void allFormats_replaceControlCharacters() {
    assertEquals("a\uFFFDb\nc d", MinutesDocument.clean("a\u001Bb\r\nc\td"));
    assertEquals("a \uFFFD b", MinutesDocument.oneLine("a\n\u202E b"));
  }

  // --- HTML document

  @ParameterizedTest
  @EnumSource(Language.class)
  void html_isACompleteDocumentWithLanguageAndAnchors(Language language) {
    String html = MinutesRenderer.html(FIXTURE, language, View.PUBLIC);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n<title>"), html);
    assertTrue(html.endsWith("</body>\n</html>\n"), html);
    for (int i = 1; i <= 3; i++) {
      assertTrue(html.contains("<li><a href=\"#item-" + i + "\">"), html);
      assertTrue(html.contains("<h2 id=\"item-" + i + "\">"), html);
    }
    assertEquals(count(html, "<h1>"), 1);
    for (String tag : List.of("html", "head", "title", "body", "h1", "h2", "h3", "dl", "dt", "dd", "ul", "li", "p",
        "nav", "a")) {
      assertEquals(count(html, "<" + tag + ">") + count(html, "<" + tag + " "), count(html, "</" + tag + ">"),
          "open and closed <" + tag + ">");
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  // --- plain text

  @ParameterizedTest
  @EnumSource(Language.class)
  void text_wrapsAt100Columns(Language language) {
    String text = MinutesRenderer.text(Minutes.of(ReferenceData.holbaekMeeting2015()), language, View.INTERNAL)
        + MinutesRenderer.text(FIXTURE, language, View.INTERNAL);
    for (String line : text.split("\n")) {
      assertTrue(line.codePointCount(0, line.length()) <= MinutesRenderer.TEXT_WIDTH, line);
      assertEquals(line.stripTrailing(), line, "no trailing spaces");
    }
    assertTrue(text.lines().anyMatch(l -> l.codePointCount(0, l.length()) > 90), "long texts are wrapped, not cut");
  }

  @Test
  void wrap_breaksBetweenWords_andCutsAWordLongerThanALine() {
    String word = "x".repeat(150);
    assertEquals(List.of("- " + "x".repeat(98), "  " + "x".repeat(52) + " y"),
        MinutesRenderer.wrap(word + " y", "- ", "  "));
    String words = "ord ".repeat(30).strip();
    List<String> lines = MinutesRenderer.wrap(words, "", "");
    assertEquals(2, lines.size());
    assertEquals(99, lines.get(0).length());
    assertEquals(words, String.join(" ", lines));
  }

  // --- views

  @ParameterizedTest
  @EnumSource(Format.class)
  void publicMinutes_cannotBeShownInTheInternalView(Format format) {
    Minutes published = FIXTURE.inView(View.PUBLIC);
    assertThrows(InvalidValueException.class, () -> MinutesRenderer.render(published, format, Language.EN, View.INTERNAL));
    assertEquals(MinutesRenderer.render(FIXTURE, format, Language.EN, View.PUBLIC),
        MinutesRenderer.render(published, format, Language.EN, View.PUBLIC));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void publicView_leavesOutTheFixturesConfidentialData(Format format) {
    String document = MinutesRenderer.render(FIXTURE, format, Language.NB, View.PUBLIC);
    for (String secret : List.of(MinutesFixtures.EXEMPT_TITLE, MinutesFixtures.EXEMPT_SHA, "4096",
        MinutesFixtures.RECUSAL_DECISION, "Nils Nabo", "Tor Rådgiver", "Siri", "Grete Gran",
        MinutesFixtures.CLOSED_TITLE, "Rådmannen får fullmakt")) {
      assertFalse(document.contains(secret), secret + " in\n" + document);
    }
    for (String shown : List.of("Kari Nordmann", "Eva Vara", "Per Persen", "forvaltningsloven § 6 første ledd bokstav c",
        MinutesFixtures.PUBLIC_CLOSED_TITLE, "offentleglova § 13", "Vedlegg unntatt offentlighet")) {
      assertTrue(document.contains(shown), shown + " in\n" + document);
    }
  }
}
