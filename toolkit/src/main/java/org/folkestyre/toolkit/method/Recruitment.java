package org.folkestyre.toolkit.method;

/** A way of recruiting participants, after Participedia's recruitment methods with two local additions. */
public enum Recruitment {
  /** People choose to come (local addition). */
  SELF_SELECTION,
  /** People are invited, directly or through intermediaries (local addition). */
  INVITATION,
  /** A captive sample, such as a school class. */
  CAPTIVE,
  /** A random sample. */
  RANDOM,
  /** A stratified random sample: drawn by lot within quotas of age, gender, area and the like. */
  STRATIFIED,
  /** Members are appointed. */
  APPOINTMENT,
  /** Members are elected. */
  ELECTION;
}
