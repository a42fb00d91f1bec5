package org.folkestyre.toolkit.method;

/** A barrier a method puts in the way of taking part (universell utforming). */
public enum AccessBarrier {
  /** Getting to and around the venue. */
  MOBILITY,
  /** Hearing what is said. */
  HEARING,
  /** Seeing the material. */
  VISION,
  /** Understanding, reading and writing. */
  COGNITION_LITERACY,
  /** Command of the majority language. */
  MAJORITY_LANGUAGE,
  /** Digital equipment and skills. */
  DIGITAL_ACCESS,
  /** Having the time, at the times offered. */
  TIME_AVAILABILITY,
  /** Travel and lost earnings. */
  COST,
  /** Care for children or relatives. */
  CARE_DUTIES,
  /** Speaking in front of others. */
  PUBLIC_SPEAKING,
  /** Trust in the municipality. */
  TRUST;
}
