package org.folkestyre.core.consultation;

import static org.folkestyre.core.consultation.ConsultationFixtures.answered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.redaction.FindingKind;
import org.folkestyre.core.redaction.PublicationState;
import org.folkestyre.core.redaction.Redactor;
import org.folkestyre.core.redaction.WithholdingReason;
import org.folkestyre.core.testing.ConsultationGenerators;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.core.testing.RedactionGenerators;
import org.folkestyre.core.testing.RedactionGenerators.Document;
import org.junit.jupiter.api.Test;

/** Publishing the texts of a consultation's included submissions through redaction. */
class TestConsultationPublication {
  private static final Redactor REDACTOR = Redactor.create();

  /** The answered samfunnsdel with a synthetic fødselsnummer and an e-mail address in S1. */
  private static Consultation withPersonalData(String number) {
    Consultation answered = answered();
    return Consultation.builder().from(answered).submissions(answered.submissions().stream()
        .map(s -> s.id().equals("S1") ? Submission.builder().from(s).text("Lag en sykkelvei. Fødselsnummer " + number
            + ", e-post ola@example.com.").build() : s)
        .collect(Collectors.toList())).build();
  }

  @Test
  void everyIncludedSubmission_hasItsRedactedText_andTheExcludedNone() {
    String number = RedactionGenerators.norwegianNumbers(FindingKind.NO_FODSELSNUMMER).generate(new SplittableRandom(7), 1);
    Consultation consultation = withPersonalData(number);
    ConsultationPublication publication = ConsultationPublication.of(consultation, REDACTOR);
    assertEquals(List.of("S1", "S2", "S3", "S4", "S5", "S6", "S7"), List.copyOf(publication.texts().keySet()));
    assertEquals(consultation.includedSubmissions().size(), publication.texts().size());
    assertTrue(publication.text("S8").isEmpty());
    String s1 = publication.texts().get("S1").redaction().orElseThrow().text();
    assertFalse(s1.contains(number), s1);
    assertFalse(s1.contains("ola@example.com"), s1);
    publication.publishableTexts().values().forEach(text -> assertFalse(text.contains(number), text));
    assertEquals("Næringsforeningen ønsker sykkelvei og universell utforming i sentrum.",
        publication.publishableTexts().get("S2"));
  }

  @Test
  void withholding_byIdWithAReason_publishesNothingOfIt() {
    ConsultationPublication publication = ConsultationPublication.of(answered(), REDACTOR,
        Map.of("s6", WithholdingReason.PRIVATE_MATTER));
    assertEquals(PublicationState.WITHHELD, publication.state("S6").orElseThrow());
    assertEquals(WithholdingReason.PRIVATE_MATTER, publication.texts().get("S6").withholdingReason().orElseThrow());
    assertFalse(publication.publishableTexts().containsKey("S6"));
    assertEquals(List.of("S6"), publication.inState(PublicationState.WITHHELD));
    ConsultationPublication more = publication.withhold("S2", WithholdingReason.DEFAMATION);
    assertEquals(List.of("S2", "S6"), more.inState(PublicationState.WITHHELD));
    assertEquals(7, more.texts().size());
    assertThrows(InvalidValueException.class, () -> more.withhold("S2", WithholdingReason.DEFAMATION));
    assertThrows(InvalidValueException.class, () -> publication.withhold("S8", WithholdingReason.DEFAMATION));
    assertThrows(InvalidValueException.class, () -> publication.withhold("S99", WithholdingReason.DEFAMATION));
  }

  @Test
  void aTextNeedingReview_isPublishedOnlyOnceApproved() {
    Consultation answered = answered();
    Consultation flagged = Consultation.builder().from(answered).submissions(answered.submissions().stream()
        .map(s -> s.id().equals("S6") ? Submission.builder().from(s)
            .text("Sønnen min har diagnosen epilepsi og trenger et trygt sted å være.").build() : s)
        .collect(Collectors.toList())).build();
    ConsultationPublication publication = ConsultationPublication.of(flagged, REDACTOR);
    assertEquals(List.of("S6"), publication.inState(PublicationState.NEEDS_REVIEW));
    assertFalse(publication.publishableTexts().containsKey("S6"));
    ConsultationPublication approved = publication.approve("s6");
    assertEquals(PublicationState.REDACTED, approved.state("S6").orElseThrow());
    assertTrue(approved.publishableTexts().containsKey("S6"));
    assertThrows(InvalidValueException.class, () -> approved.approve("S6"));
  }

  /** A consultation whose submission texts embed personal data, with the documents behind them. */
  private record Case(Consultation consultation, Map<String, Document> documents, Map<String, WithholdingReason> withheld) {
    @Override
    public String toString() {
      return consultation + " " + documents + " withheld " + withheld.keySet();
    }
  }

  private static final Generator<Case> CASES = (random, size) -> {
    Consultation generated = ConsultationGenerators.valid().generate(random, size);
    boolean denmark = generated.jurisdiction().equals(Jurisdiction.denmark());
    Map<String, Document> documents = new LinkedHashMap<>();
    List<Submission> submissions = generated.submissions().stream().map(s -> {
      Language language = denmark ? Language.DA : random.nextBoolean() ? Language.NB : Language.NN;
      Document document = RedactionGenerators.documents(language).generate(random, random.nextInt(4));
      documents.put(s.id(), document);
      return Submission.builder().from(s).text(document.text()).build();
    }).collect(Collectors.toList());
    Consultation consultation = Consultation.builder().from(generated).submissions(submissions).build();
    Map<String, WithholdingReason> withheld = new LinkedHashMap<>();
    for (Submission included : consultation.includedSubmissions()) {
      if (random.nextInt(5) == 0) {
        withheld.put(included.id(), WithholdingReason.values()[random.nextInt(WithholdingReason.values().length)]);
      }
    }
    return new Case(consultation, documents, withheld);
  };

  @Test
  void property_noEmbeddedIdentifierIsPublished_andEveryIncludedSubmissionHasAState() {
    PropertyCheck.forAll("publication through redaction", 20261123L, 60, 8, CASES, c -> {
      ConsultationPublication publication = ConsultationPublication.of(c.consultation(), REDACTOR, c.withheld());
      List<String> included = c.consultation().includedSubmissions().stream().map(Submission::id).toList();
      assertEquals(included, List.copyOf(publication.texts().keySet()));
      for (String id : included) {
        PublicationState state = publication.state(id).orElseThrow();
        assertTrue(state == PublicationState.REDACTED || state == PublicationState.NEEDS_REVIEW
            || state == PublicationState.WITHHELD, id + " " + state);
        assertEquals(c.withheld().containsKey(id), state == PublicationState.WITHHELD, id);
      }
      publication.publishableTexts().forEach((id, text) -> {
        assertEquals(PublicationState.REDACTED, publication.state(id).orElseThrow());
        for (Document document : c.documents().values()) {
          for (RedactionGenerators.PersonalToken token : document.personal()) {
            assertFalse(text.contains(token.text()), () -> id + " publishes " + token + ":\n" + text);
          }
        }
      });
    });
  }
}
