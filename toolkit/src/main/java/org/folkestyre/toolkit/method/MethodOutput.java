package org.folkestyre.toolkit.method;

/** What a method produces. */
public enum MethodOutput {
  /** Information spread to the public. */
  INFORMATION_DISSEMINATED,
  /** A log of questions and answers. */
  QA_LOG,
  /** Opinion data, such as survey answers. */
  OPINION_DATA,
  /** Qualitative insights into experiences and needs. */
  QUALITATIVE_INSIGHTS,
  /** A list of ideas. */
  IDEA_LIST,
  /** A prioritised list. */
  PRIORITISED_LIST,
  /** Geo-referenced data, such as map pins and routes. */
  GEO_DATA,
  /** A report with recommendations. */
  RECOMMENDATIONS_REPORT,
  /** A consensus statement. */
  CONSENSUS_STATEMENT,
  /** The result of a vote. */
  VOTE_RESULT,
  /** An action plan. */
  ACTION_PLAN,
  /** A solution designed or delivered together. */
  CO_PRODUCED_SOLUTION,
  /** Projects chosen for funding. */
  FUNDED_PROJECTS,
  /** A case the council must consider. */
  FORMAL_CASE_TO_COUNCIL,
  /** A formal statement: uttalelse (NO), udtalelse (DK). */
  FORMAL_STATEMENT,
  /** Relationships and networks. */
  RELATIONSHIPS_NETWORKS;
}
