package org.folkestyre.toolkit.method;

/** A phase of a planning or decision process in which a method is used, after the steps of the Norwegian plan- og bygningsloven. */
public enum PlanningPhase {
  /** Needs and agenda: planstrategi, oppstart. */
  AGENDA,
  /** Scope and questions: planprogram. */
  PROGRAMME,
  /** The knowledge base and mapping: kunnskapsgrunnlag. */
  KNOWLEDGE,
  /** Ideas and alternatives. */
  IDEAS,
  /** Assessing options and drafting a proposal. */
  PROPOSAL,
  /** Hearing and public display: høring og offentlig ettersyn. */
  HEARING,
  /** The decision. */
  DECISION,
  /** Carrying out the decision. */
  IMPLEMENTATION,
  /** Evaluating the result. */
  EVALUATION,
  /** A standing arrangement across all phases. */
  CONTINUOUS;
}
