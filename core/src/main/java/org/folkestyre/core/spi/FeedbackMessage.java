package org.folkestyre.core.spi;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.folkestyre.core.Language;
import org.immutables.value.Value;

/**
 * A finished reply to one submitter, saying what happened to each of their submissions, ready for
 * the embedding system to deliver through {@link FeedbackDelivery}. The library composes it
 * ({@link org.folkestyre.core.consultation.Feedback}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FeedbackMessage {
  FeedbackMessage() {}

  /**
   * Returns the embedding system's reference to the submitter, as the submissions gave it.
   *
   * @return the submitter reference
   */
  public abstract String submitter();

  /**
   * Returns the language the reply is written in.
   *
   * @return the language
   */
  public abstract Language language();

  /**
   * Returns the subject line.
   *
   * @return the subject, such as {@code "Svar på innspill: Kommuneplanens samfunnsdel 2021–2040"}
   */
  public abstract String title();

  /**
   * Returns the body: thanks, then each submission with its outcome, reason and changes.
   *
   * @return the body, paragraphs separated by blank lines
   */
  public abstract String body();

  /**
   * Returns the ids of the submissions the reply answers, in the order received.
   *
   * @return the ids, at least one
   */
  public abstract ImmutableList<String> submissionIds();

  /**
   * Obtains a message.
   *
   * @param submitter the submitter reference
   * @param language the language it is written in
   * @param title the subject line
   * @param body the body
   * @param submissionIds the ids of the submissions it answers, at least one
   * @return the message
   * @throws org.folkestyre.core.InvalidValueException if there is no submission id
   */
  public static FeedbackMessage of(String submitter, Language language, String title, String body,
      List<String> submissionIds) {
    return ImmutableFeedbackMessage.builder().submitter(submitter).language(language).title(title).body(body)
        .submissionIds(submissionIds).build();
  }

  @Value.Check
  void check() {
    if (submissionIds().isEmpty()) {
      throw new org.folkestyre.core.InvalidValueException("feedback.submissionIds", "[]",
          "a reply answers at least one submission");
    }
  }

  @Override
  public String toString() {
    return "reply to " + submitter() + " (" + language().tag() + ") on " + submissionIds();
  }
}
