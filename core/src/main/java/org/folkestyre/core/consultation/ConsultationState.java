package org.folkestyre.core.consultation;

import com.google.common.collect.ImmutableSet;
import org.folkestyre.core.LocalizedText;

/**
 * Where a consultation is in its life.
 *
 * <p>The legal moves are DRAFT → OPEN → CLOSED → SUMMARISED → PUBLISHED, and WITHDRAWN from any
 * state before PUBLISHED. No state moves back; PUBLISHED and WITHDRAWN are final.
 */
public enum ConsultationState {
  /** Being prepared, not yet announced. */
  DRAFT(LocalizedText.of("utkast", "utkast", "udkast", "draft")),
  /** Announced: the documents are available and submissions are invited. */
  OPEN(LocalizedText.of("åpen", "open", "åben", "open")),
  /** The deadline has passed; submissions are being processed. */
  CLOSED(LocalizedText.of("avsluttet", "avslutta", "afsluttet", "closed")),
  /** Every submission has been considered and the summary written. */
  SUMMARISED(LocalizedText.of("oppsummert", "oppsummert", "opsummeret", "summarised")),
  /** The summary is published and participants have had their replies. */
  PUBLISHED(LocalizedText.of("publisert", "publisert", "offentliggjort", "published")),
  /** Called off. */
  WITHDRAWN(LocalizedText.of("trukket tilbake", "trekt tilbake", "trukket tilbage", "withdrawn"));

  private final LocalizedText names;

  ConsultationState(LocalizedText names) {
    this.names = names;
  }

  /**
   * Returns the state's name in every language.
   *
   * @return the names
   */
  public LocalizedText names() {
    return names;
  }

  /**
   * Returns the states a consultation in this state may move to.
   *
   * @return the next states, empty for a final state
   */
  public ImmutableSet<ConsultationState> allowedNext() {
    switch (this) {
      case DRAFT:
        return ImmutableSet.of(OPEN, WITHDRAWN);
      case OPEN:
        return ImmutableSet.of(CLOSED, WITHDRAWN);
      case CLOSED:
        return ImmutableSet.of(SUMMARISED, WITHDRAWN);
      case SUMMARISED:
        return ImmutableSet.of(PUBLISHED, WITHDRAWN);
      default:
        return ImmutableSet.of();
    }
  }

  /**
   * Returns whether a consultation in this state may move to another.
   *
   * @param next the state to move to
   * @return true if the move is legal
   */
  public boolean canMoveTo(ConsultationState next) {
    return allowedNext().contains(next);
  }

  /**
   * Returns whether the consultation is summarised or published: the states in which every
   * included submission must have its disposition.
   *
   * @return true for {@link #SUMMARISED} and {@link #PUBLISHED}
   */
  public boolean isSummarised() {
    return this == SUMMARISED || this == PUBLISHED;
  }
}
