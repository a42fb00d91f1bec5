package org.folkestyre.toolkit.method;

/** The general type of a method, after Participedia's method types. */
public enum MethodType {
  /** Collaborative approaches. */
  COLLABORATIVE,
  /** Community development, organising and mobilisation. */
  COMMUNITY,
  /** Deliberative and dialogic process in the OECD sense: weighing evidence to find common ground. */
  DELIBERATIVE,
  /** Direct democracy. */
  DIRECT,
  /** Evaluation, oversight and social auditing. */
  EVALUATION,
  /** Experiential and immersive education. */
  EXPERIENTIAL,
  /** Informal conversation spaces. */
  INFORMAL,
  /** Internal management of an organisation. */
  INTERNAL,
  /** Long-term civic bodies. */
  LONG_TERM,
  /** Participant-led meetings. */
  PARTICIPANT_LED,
  /** Participatory arts. */
  PARTICIPATORY_ARTS,
  /** Planning. */
  PLANNING,
  /** Protest. */
  PROTEST,
  /** Public budgeting. */
  PUBLIC_BUDGETING,
  /** Public meetings. */
  PUBLIC_MEETINGS,
  /** Research and data collection. */
  RESEARCH;
}
