package org.folkestyre.toolkit.recommend;

/** What a {@link Reason} does to a method's place in a recommendation. */
public enum ReasonKind {
  /** A hard constraint the method breaks: it is excluded, whatever its score. */
  EXCLUSION,
  /** A strength that raises the method's score. */
  STRENGTH,
  /** A weakness or a gap in the description that lowers the score or calls for care. */
  WARNING,
  /** Something to know before using the method, without points. */
  NOTE;
}
