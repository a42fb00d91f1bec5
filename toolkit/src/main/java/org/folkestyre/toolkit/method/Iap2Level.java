package org.folkestyre.toolkit.method;

/**
 * A level of the IAP2 spectrum of public participation: the promise a method makes to the public,
 * from least to most influence.
 */
public enum Iap2Level {
  /** Balanced information that helps people understand the problem: we will keep you informed. */
  INFORM,
  /** Feedback on analyses, alternatives or decisions: we will listen and report back how your input was used. */
  CONSULT,
  /** Working with the public throughout so that their concerns are reflected in the alternatives. */
  INVOLVE,
  /** A partnership in every step, including the choice of the preferred solution. */
  COLLABORATE,
  /** The final decision lies with the public: we will implement what you decide. */
  EMPOWER;
}
