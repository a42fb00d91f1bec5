package org.folkestyre.toolkit.method;

/** How much a method depends on digital tools. */
public enum DigitalDependency {
  /** No digital tools are needed. */
  NONE,
  /** Digital tools are one way among others. */
  OPTIONAL,
  /** Taking part needs digital tools. */
  REQUIRED;
}
