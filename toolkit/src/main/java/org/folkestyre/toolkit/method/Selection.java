package org.folkestyre.toolkit.method;

/** How participants come to take part, in three coarse classes; {@link Recruitment} says how in detail. */
public enum Selection {
  /** Anyone who wants to comes: self-selection. */
  OPEN,
  /** Chosen or invited groups: by invitation, appointment, election or through intermediaries. */
  TARGETED,
  /** Drawn by lot from a population, usually stratified: sortition (loddtrekning). */
  RANDOM;
}
