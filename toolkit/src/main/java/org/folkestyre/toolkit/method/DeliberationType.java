package org.folkestyre.toolkit.method;

/** The kind of talk a method fosters, after the OECD's evaluation glossary, which keeps deliberation apart from dialogue and debate. */
public enum DeliberationType {
  /** Weighing evidence and arguments to find common ground. */
  DELIBERATION,
  /** Seeking mutual understanding. */
  DIALOGUE,
  /** Arguing for positions. */
  DEBATE,
  /** Negotiating between interests. */
  BARGAINING,
  /** Stating views without exchange. */
  OPINION_GIVING,
  /** No exchange among participants. */
  NONE;
}
