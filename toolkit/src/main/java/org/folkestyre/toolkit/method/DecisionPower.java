package org.folkestyre.toolkit.method;

/** Who decides: the formal force of what participants produce, kept apart from the IAP2 level. */
public enum DecisionPower {
  /** Participants receive information and decide nothing. */
  NONE,
  /** Participants advise; the authority decides. */
  ADVISORY,
  /** Participants can oblige the authority to consider a matter, as with a citizens' initiative. */
  AGENDA_SETTING,
  /** Participants and the authority decide or deliver together. */
  CO_DECISION,
  /** The participants' decision binds the authority, as in participatory budgeting within its pot. */
  BINDING;
}
