package org.folkestyre.toolkit.method;

/** Whether a method has facilitators, after Participedia's facilitation field. */
public enum Facilitation {
  /** Facilitators lead the process. */
  FACILITATED,
  /** No facilitators. */
  NOT_FACILITATED,
  /** Facilitation does not apply, as for a referendum. */
  NOT_APPLICABLE;
}
