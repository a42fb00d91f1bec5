package org.folkestyre.toolkit.method;

/** A measure that lowers a barrier to taking part (universell utforming). */
public enum AccessSupport {
  /** A step-free venue. */
  STEP_FREE_VENUE,
  /** A hearing loop. */
  HEARING_LOOP,
  /** A sign-language interpreter. */
  SIGN_INTERPRETER,
  /** Speech-to-text interpreting. */
  SPEECH_TO_TEXT,
  /** Captions on video and streams. */
  CAPTIONS,
  /** Audio description of visual material. */
  AUDIO_DESCRIPTION,
  /** Easy-read versions. */
  EASY_READ,
  /** Plain language (klarspråk). */
  PLAIN_LANGUAGE,
  /** Translated invitations and material. */
  TRANSLATED_MATERIALS,
  /** A spoken-language interpreter. */
  SPOKEN_INTERPRETER,
  /** Digital parts that meet WCAG 2.1 level AA. */
  WCAG_2_1_AA,
  /** A way to take part without digital tools. */
  OFFLINE_ALTERNATIVE,
  /** Payment for participants' time. */
  REMUNERATION,
  /** Travel costs covered. */
  TRAVEL_COSTS,
  /** Childcare offered. */
  CHILDCARE,
  /** Several or flexible times. */
  FLEXIBLE_TIMING,
  /** Meeting people where they already are. */
  GO_TO_PEOPLE,
  /** Small groups. */
  SMALL_GROUPS,
  /** Personal assistants and companions welcome. */
  ASSISTANT_WELCOME,
  /** Material sent in advance. */
  MATERIALS_IN_ADVANCE;
}
