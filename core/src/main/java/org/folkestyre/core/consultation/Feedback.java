package org.folkestyre.core.consultation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.internal.Names;
import org.folkestyre.core.spi.FeedbackDelivery;
import org.folkestyre.core.spi.FeedbackMessage;

/**
 * Composes the replies to the people and bodies who took part in a consultation, and hands them
 * to the embedding system's {@link FeedbackDelivery}.
 *
 * <p>One reply goes to each submitter (submissions with the same {@link Submission#submitter()}
 * reference, ignoring case, share one reply), in the language of their first submission or else
 * the jurisdiction's primary language. It thanks them, and for each of their submissions gives
 * the outcome, the reason and the changes it led to; a late submission that was excluded is
 * answered too, saying so. Submissions without a submitter (anonymous input, notes from a dialogue
 * meeting) get no reply: the published summary answers them. Replies are composed only when
 * every included submission has its disposition and every late one its decision.
 */
public final class Feedback {
  private Feedback() {}

  /**
   * Composes the replies.
   *
   * @param consultation the consultation, with every submission answered
   * @return one reply per submitter, in the order of their first submission
   * @throws InvalidValueException if a submission still lacks its disposition or late decision
   */
  public static ImmutableList<FeedbackMessage> compose(Consultation consultation) {
    Objects.requireNonNull(consultation, "consultation");
    List<Submission> open = new ArrayList<>(consultation.awaitingDisposition());
    open.addAll(consultation.awaitingLateDecision());
    if (!open.isEmpty()) {
      throw new InvalidValueException("consultation", consultation.id(), open.size() + " submission(s) are not yet"
          + " answered (" + open.stream().limit(5).map(Submission::id).collect(Collectors.joining(", "))
          + (open.size() > 5 ? ", …" : "") + "); replies are composed once every submission has its disposition"
          + " and every late one its decision");
    }
    Map<String, List<Submission>> bySubmitter = new LinkedHashMap<>();
    for (Submission submission : consultation.submissions()) {
      submission.submitter().ifPresent(s ->
          bySubmitter.computeIfAbsent(Names.key(s), k -> new ArrayList<>()).add(submission));
    }
    ImmutableList.Builder<FeedbackMessage> messages = ImmutableList.builder();
    for (List<Submission> submissions : bySubmitter.values()) {
      messages.add(compose(consultation, submissions));
    }
    return messages.build();
  }

  /**
   * Composes the replies and hands each to the delivery, in order.
   *
   * @param consultation the consultation, with every submission answered
   * @param delivery the embedding system's delivery
   * @return the number of replies handed over
   * @throws InvalidValueException if a submission still lacks its disposition or late decision
   */
  public static int deliver(Consultation consultation, FeedbackDelivery delivery) {
    Objects.requireNonNull(delivery, "delivery");
    ImmutableList<FeedbackMessage> messages = compose(consultation);
    messages.forEach(delivery::deliver);
    return messages.size();
  }

  private static FeedbackMessage compose(Consultation consultation, List<Submission> submissions) {
    Submission first = submissions.get(0);
    Language language = first.language().orElse(consultation.jurisdiction().primaryLanguage());
    String subject = consultation.subject();
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(submissions.size() == 1
        ? Labels.REPLY_THANKS.format(Map.of("subject", subject)).get(language)
        : Labels.REPLY_THANKS_MANY.format(Map.of("subject", subject, "count", submissions.size())).get(language));
    for (Submission submission : submissions) {
      String date = submission.received().atZone(consultation.jurisdiction().zone()).toLocalDate().toString();
      SubmissionStatus status = consultation.status(submission);
      if (status == SubmissionStatus.LATE_EXCLUDED) {
        paragraphs.add(Labels.REPLY_LATE_EXCLUDED.format(Map.of("id", submission.id(), "date", date,
            "closes", consultation.closes())).get(language));
        continue;
      }
      Disposition disposition = consultation.disposition(submission.id()).orElseThrow();
      StringBuilder paragraph = new StringBuilder(Labels.REPLY_ITEM.format(Map.of("id", submission.id(), "date", date,
          "outcome", disposition.outcome().names().get(language))).get(language));
      if (status == SubmissionStatus.LATE_INCLUDED) {
        paragraph.append(' ').append(Labels.REPLY_LATE_INCLUDED.format(Map.of("closes", consultation.closes()))
            .get(language));
      }
      paragraph.append('\n').append(Labels.REPLY_REASON.format(Map.of("reason", disposition.reason())).get(language));
      if (!disposition.changes().isEmpty()) {
        paragraph.append('\n').append(Labels.REPLY_CHANGES.format(Map.of("changes",
            String.join("; ", disposition.changes()))).get(language));
      }
      paragraphs.add(paragraph.toString());
    }
    paragraphs.add(Labels.REPLY_CLOSING.get(language));
    return FeedbackMessage.of(first.submitter().orElseThrow(), language,
        Labels.REPLY_SUBJECT.format(Map.of("subject", subject)).get(language), String.join("\n\n", paragraphs) + "\n",
        submissions.stream().map(Submission::id).toList());
  }
}
