package org.folkestyre.toolkit.method;

/** The editorial status of a method description. */
public enum MethodStatus {
  /** Not yet reviewed; vendor methods start here. */
  DRAFT,
  /** Published for use by a municipality. */
  PUBLISHED,
  /** Reviewed against its sources. */
  VERIFIED,
  /** Kept for history but no longer recommended. */
  DEPRECATED;
}
