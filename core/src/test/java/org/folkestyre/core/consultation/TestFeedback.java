package org.folkestyre.core.consultation;

import static org.folkestyre.core.consultation.ConsultationFixtures.answered;
import static org.folkestyre.core.consultation.ConsultationFixtures.openSamfunnsdel;
import static org.folkestyre.core.consultation.ConsultationFixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.spi.FeedbackDelivery;
import org.folkestyre.core.spi.FeedbackMessage;
import org.junit.jupiter.api.Test;

/** Replies to participants, composed by the library and handed to the embedder's delivery. */
class TestFeedback {

  @Test
  void oneReplyPerSubmitter_inTheirLanguage() {
    List<FeedbackMessage> messages = Feedback.compose(answered());
    assertEquals(List.of("contact-S1", "org-9", "contact-campaign", "council-disabilities", "contact-S8"),
        messages.stream().map(FeedbackMessage::submitter).toList());
    assertEquals(List.of(Language.NB, Language.EN, Language.NB, Language.NB, Language.NB),
        messages.stream().map(FeedbackMessage::language).toList());
    assertEquals(List.of("S3", "S5"), messages.get(2).submissionIds(), "submitters are matched ignoring case");
  }

  @Test
  void aReply_givesOutcomeReasonAndChanges() {
    FeedbackMessage reply = Feedback.compose(answered()).get(1);
    assertEquals("Reply to your submission: Kommuneplanens samfunnsdel 2021–2040", reply.title());
    assertEquals("""
        Thank you for your submission on \u201cKommuneplanens samfunnsdel 2021–2040\u201d.

        Submission S2, received 2026-04-08: partly adopted.
        Reason: Sykkelveien tas inn; sentrum planlegges for seg.
        Changes: Kapittel 4.2: ny gang- og sykkelvei langs elva; Kapittel 5: universell utforming

        The consultation summary shows what all submissions led to.
        """, reply.body());
  }

  @Test
  void lateSubmissions_areAnsweredToo() {
    List<FeedbackMessage> messages = Feedback.compose(answered());
    assertTrue(messages.get(3).body().contains("Innspill S7, mottatt 2026-05-06: utenfor høringens tema. Innspillet kom"
        + " etter fristen 2026-05-05, men ble tatt med."), messages.get(3).body());
    assertTrue(messages.get(4).body().contains("Innspill S8, mottatt 2026-05-12: kom etter fristen 2026-05-05 og ble"
        + " ikke tatt med i behandlingen."), messages.get(4).body());
    assertTrue(messages.get(2).body().startsWith("Takk for de 2 innspillene dine til «Kommuneplanens samfunnsdel"),
        messages.get(2).body());
  }

  @Test
  void deliver_handsEveryReplyToTheEmbeddersDelivery() {
    List<FeedbackMessage> delivered = new ArrayList<>();
    FeedbackDelivery delivery = delivered::add;
    assertEquals(5, Feedback.deliver(answered(), delivery));
    assertEquals(Feedback.compose(answered()), delivered);
  }

  @Test
  void noReplies_whileASubmissionIsUnanswered() {
    Consultation open = openSamfunnsdel().receive(submission("S1", "2026-04-01T10:00:00Z", "Flere benker."));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Feedback.compose(open));
    assertTrue(e.getMessage().contains("1 submission(s) are not yet answered (S1)"), e::getMessage);
  }
}
