package org.folkestyre.toolkit.method;

/** How a method reaches its result, after Participedia's decision methods. */
public enum DecisionMethod {
  /** An opinion survey. */
  OPINION_SURVEY,
  /** Idea generation. */
  IDEA_GENERATION,
  /** General agreement or consensus. */
  GENERAL_AGREEMENT,
  /** Voting. */
  VOTING,
  /** No decision is reached. */
  NOT_APPLICABLE;
}
