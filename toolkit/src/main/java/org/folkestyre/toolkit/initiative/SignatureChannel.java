package org.folkestyre.toolkit.initiative;

/**
 * How a signature was given — underskrift (NO), underskrift/støtte (DK). One person counts once
 * whatever the channels they used.
 */
public enum SignatureChannel {
  /** Online with an electronic identity, such as minsak.no with ID-porten (NO) or MitID (DK). */
  ELECTRONIC,
  /** On a paper list, checked against the population register. */
  PAPER,
  /** Given with the help of the municipality's staff, such as at a service desk. */
  ASSISTED
}
