package org.folkestyre.toolkit.method;

/** Whether a method meets in person, online or both. */
public enum Mode {
  /** Participants meet face to face. */
  IN_PERSON,
  /** Participants take part online. */
  DIGITAL,
  /** Participants can take part in person or online. */
  HYBRID;
}
