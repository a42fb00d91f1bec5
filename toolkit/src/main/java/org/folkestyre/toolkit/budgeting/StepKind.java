package org.folkestyre.toolkit.budgeting;

/** What happened in one step of a budgeting rule. */
public enum StepKind {
  /** A project was selected for funding. */
  SELECTED,
  /** A project was passed over because it no longer fits into what is left of the budget. */
  SKIPPED,
  /** The Method of Equal Shares gave a project up: its supporters cannot pay for it together. */
  DROPPED,
  /** A project was never a candidate, for example because nobody approves it. */
  NOT_A_CANDIDATE,
  /** The rule broke a tie between projects equal by its measure. */
  TIE_BROKEN,
  /** The per-voter budget of the Method of Equal Shares was raised and the method run again. */
  BUDGET_INCREASED,
  /** A completion began: another rule continues from the outcome so far. */
  COMPLETION,
  /** The rule stopped. */
  STOPPED
}
