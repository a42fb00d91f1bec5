package org.folkestyre.toolkit.method;

/** How much a method depends on something, such as the majority language. */
public enum Dependency {
  /** Little: most people can take part without it. */
  LOW,
  /** Some: taking part is harder without it. */
  MEDIUM,
  /** Much: taking part is hard without it. */
  HIGH;
}
