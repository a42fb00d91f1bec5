package org.folkestyre.core.spi;

/**
 * Delivers the replies to those who took part in a consultation: through SvarUT or Digital Post,
 * e-mail or letter, as the embedding system does it.
 *
 * <p>The library composes each reply in full ({@link org.folkestyre.core.consultation.Feedback});
 * the implementation only finds the address behind {@link FeedbackMessage#submitter()} and sends
 * the message. It is called once per submitter, in order, from the caller's thread. This
 * interface is injected, not loaded through {@link java.util.ServiceLoader}.
 */
@FunctionalInterface
public interface FeedbackDelivery {
  /**
   * Delivers one reply.
   *
   * @param message the finished reply
   */
  void deliver(FeedbackMessage message);
}
