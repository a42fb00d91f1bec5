package org.folkestyre.toolkit.method;

/**
 * A rough class of what a method costs the municipality, staff time included; the thresholds are a
 * proposal of the project's research, not taken from a source.
 */
public enum CostClass {
  /** Under about EUR 5,000 in external cost and under 5 staff days. */
  LOW,
  /** About EUR 5,000–50,000 or 5–40 staff days. */
  MEDIUM,
  /** Over about EUR 50,000 or over 40 staff days. */
  HIGH;
}
