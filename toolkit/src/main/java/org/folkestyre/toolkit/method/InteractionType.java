package org.folkestyre.toolkit.method;

/** How participants interact, after Participedia's participant interactions. */
public enum InteractionType {
  /** Acting, drama or role play. */
  ACTING,
  /** Asking and answering questions. */
  ASK_AND_ANSWER,
  /** Discussion, dialogue or deliberation. */
  DISCUSSION,
  /** Expressing opinions or preferences only. */
  EXPRESS_OPINIONS,
  /** Formal testimony. */
  FORMAL_TESTIMONY,
  /** Informal social activities. */
  INFORMAL_SOCIAL,
  /** Listening or watching as a spectator. */
  LISTEN_WATCH,
  /** Negotiation and bargaining. */
  NEGOTIATION,
  /** Storytelling. */
  STORYTELLING,
  /** Teaching and instructing. */
  TEACHING,
  /** No interaction among participants. */
  NO_INTERACTION;
}
