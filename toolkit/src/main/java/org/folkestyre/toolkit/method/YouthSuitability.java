package org.folkestyre.toolkit.method;

/** How well a method suits children and young people. */
public enum YouthSuitability {
  /** Not suited to young people. */
  NOT_SUITABLE,
  /** Can be adapted for young people. */
  ADAPTABLE,
  /** Designed for young people. */
  DESIGNED_FOR;
}
