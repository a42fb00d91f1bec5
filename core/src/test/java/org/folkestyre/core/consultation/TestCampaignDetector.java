package org.folkestyre.core.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.Test;

/** Campaign detection: worked examples and a property against the definition, compared by brute force. */
class TestCampaignDetector {
  private static final String LETTER = "Vi som bor på Fjell ber kommunen om å bevare skogen mellom skolen og"
      + " idrettsbanen. Skogen er en viktig lekeplass for barna, den demper støyen fra riksveien, og den er"
      + " turområde for mange eldre. Vi ber om at arealet avsettes til grøntområde i kommuneplanens arealdel og at"
      + " det ikke åpnes for boligbygging der. Takk for at dere lytter til oss som bor her.";

  private static Submission submission(String id, String text) {
    return Submission.builder().id(id).respondent(RespondentKind.RESIDENT).channel(Channel.DIGITAL_FORM)
        .received(Instant.parse("2026-04-01T10:00:00Z")).text(text).build();
  }

  @Test
  void identicalAndNearIdenticalLetters_formOneCampaign() {
    List<Submission> submissions = List.of(
        submission("S1", LETTER),
        submission("S2", "Bedre kveldsbusser til Konnerud, takk."),
        submission("S3", LETTER.toUpperCase(java.util.Locale.ROOT).replace(".", "!")),
        submission("S4", LETTER.replace("mange eldre", "mange pensjonister")),
        submission("S5", LETTER + " Hilsen Kari."),
        submission("S6", "Flere benker langs elva."));
    List<Campaign> campaigns = CampaignDetector.defaults().detect(submissions);
    assertEquals(1, campaigns.size(), campaigns::toString);
    assertEquals(List.of("S1", "S3", "S4", "S5"), campaigns.get(0).submissionIds());
    assertEquals(1, campaigns.get(0).number());
    assertEquals(4, campaigns.get(0).size());
  }

  @Test
  void similarity_isTheJaccardIndexOfWordTriples() {
    assertEquals(1.0, CampaignDetector.similarity(LETTER, LETTER.toLowerCase(java.util.Locale.ROOT) + "!!"));
    double oneWord = CampaignDetector.similarity(LETTER, LETTER.replace("mange eldre", "mange pensjonister"));
    assertTrue(oneWord >= 0.9 && oneWord < 1.0, () -> "one word changed: " + oneWord);
    assertEquals(0.0, CampaignDetector.similarity("Flere benker.", "Bedre busser."));
    assertEquals(0.0, CampaignDetector.similarity("!!!", "!!!"), "a text without words resembles nothing");
    // "a b c d" has triples abc, bcd; "a b c e" has abc, bce: 1 of 3.
    assertEquals(1.0 / 3, CampaignDetector.similarity("a b c d", "a b c e"), 1e-12);
  }

  @Test
  void smallGroups_areNoCampaign_unlessTheMinimumSaysSo() {
    List<Submission> pair = List.of(submission("S1", LETTER), submission("S2", LETTER));
    assertEquals(List.of(), CampaignDetector.defaults().detect(pair));
    assertEquals(List.of(Campaign.create(1, List.of("S1", "S2"))), CampaignDetector.of(0.9, 2).detect(pair));
    assertThrows(InvalidValueException.class, () -> CampaignDetector.of(0.5, 3));
    assertThrows(InvalidValueException.class, () -> CampaignDetector.of(0.9, 1));
  }

  @Test
  void aChainOfSmallEdits_doesNotDriftIntoOneCampaign() {
    // Each text differs from the one before by one word, but the fifth is far from the first.
    List<Submission> submissions = new ArrayList<>();
    String[] words = LETTER.split(" ");
    for (int i = 0; i < 12; i++) {
      String[] copy = words.clone();
      for (int j = 0; j < i; j++) {
        copy[j * 5] = "endret" + j;
      }
      submissions.add(submission("S" + i, String.join(" ", copy)));
    }
    List<Campaign> campaigns = CampaignDetector.of(0.9, 2).detect(submissions);
    for (Campaign campaign : campaigns) {
      String first = submissions.get(Integer.parseInt(campaign.submissionIds().get(0).substring(1))).text();
      for (String id : campaign.submissionIds()) {
        String text = submissions.get(Integer.parseInt(id.substring(1))).text();
        assertTrue(CampaignDetector.similarity(first, text) >= 0.9, campaign::toString);
      }
    }
    assertTrue(campaigns.size() >= 2, campaigns::toString);
  }

  /** The definition, by brute force: join the earliest group whose first text is similar enough. */
  private static List<List<String>> bruteForce(List<Submission> submissions, double threshold, int minimum) {
    List<Submission> leaders = new ArrayList<>();
    List<List<String>> groups = new ArrayList<>();
    for (Submission submission : submissions) {
      if (CampaignDetector.similarity(submission.text(), submission.text()) == 0.0) {
        continue;
      }
      int joined = -1;
      for (int g = 0; g < leaders.size() && joined < 0; g++) {
        if (CampaignDetector.similarity(submission.text(), leaders.get(g).text()) >= threshold - 1e-9) {
          joined = g;
        }
      }
      if (joined < 0) {
        leaders.add(submission);
        groups.add(new ArrayList<>(List.of(submission.id())));
      } else {
        groups.get(joined).add(submission.id());
      }
    }
    return groups.stream().filter(g -> g.size() >= minimum).toList();
  }

  private static final String[] VOCABULARY = ("skole barn buss vei elv skog benk lys park torg bibliotek hall"
      + " sykkel gang bolig støy natur eldre unge kveld").split(" ");

  /** Submissions drawn from a few templates with small edits, and some free texts. */
  private static final Generator<List<Submission>> SUBMISSIONS = (random, size) -> {
    List<List<String>> templates = new ArrayList<>();
    for (int t = 0; t < 1 + random.nextInt(3); t++) {
      templates.add(words(random, 10 + random.nextInt(40)));
    }
    List<Submission> submissions = new ArrayList<>();
    for (int i = 0; i < 5 * size + 3; i++) {
      List<String> text = random.nextInt(3) == 0 ? words(random, 1 + random.nextInt(30))
          : new ArrayList<>(templates.get(random.nextInt(templates.size())));
      for (int e = random.nextInt(3); e > 0 && !text.isEmpty(); e--) {
        text.set(random.nextInt(text.size()), VOCABULARY[random.nextInt(VOCABULARY.length)]);
      }
      submissions.add(submission("S" + i, text.isEmpty() ? "-" : String.join(" ", text)));
    }
    return submissions;
  };

  private static List<String> words(RandomGenerator random, int count) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add(VOCABULARY[random.nextInt(VOCABULARY.length)]);
    }
    return words;
  }

  @Test
  void detection_agreesWithTheDefinition() {
    PropertyCheck.forAll("campaigns as defined", 900L, 100, 20, SUBMISSIONS, submissions -> {
      for (CampaignDetector detector : List.of(CampaignDetector.defaults(), CampaignDetector.of(0.9, 2))) {
        List<List<String>> expected = bruteForce(submissions, detector.threshold(), detector.minimumSize());
        List<List<String>> actual = detector.detect(submissions).stream()
            .map(c -> (List<String>) c.submissionIds()).toList();
        assertEquals(expected, actual);
      }
    });
  }

  @Test
  void manySubmissions_areGroupedInLinearishTime() {
    List<Submission> submissions = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      String text = i % 4 == 0 ? LETTER : "Innspill nummer " + i + " om " + VOCABULARY[i % VOCABULARY.length]
          + " og " + VOCABULARY[(i / 7) % VOCABULARY.length] + " i kommunedel " + (i % 10);
      submissions.add(submission("S" + i, text));
    }
    long start = System.nanoTime();
    List<Campaign> campaigns = CampaignDetector.defaults().detect(submissions);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(2_500, campaigns.stream().filter(c -> c.submissionIds().get(0).equals("S0")).findFirst()
        .orElseThrow().size());
    assertTrue(millis < 30_000, () -> "took " + millis + " ms");
  }
}
