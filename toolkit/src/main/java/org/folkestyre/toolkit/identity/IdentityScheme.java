package org.folkestyre.toolkit.identity;

/**
 * How a person's identity was established — innloggingsmetode (NO), identifikationsmetode (DK).
 *
 * <p>The scheme is recorded with each ballot's audit entry, so that a municipality can tell how many
 * voted online and how many at a service desk; the {@link AssuranceLevel} says how strong the
 * identification was.
 */
public enum IdentityScheme {
  /** Norway's common log-in service ID-porten, with MinID, BankID, Buypass or Commfides. */
  ID_PORTEN,
  /** Denmark's national electronic identity MitID, directly or through a broker. */
  MITID,
  /**
   * Registration by a member of staff who checked the person's identity document at a service desk,
   * a library or a polling booth — assistert registrering (NO), assisteret registrering (DK).
   */
  STAFF_ASSISTED,
  /** Another scheme, such as a foreign eIDAS identity or Freja eID+. */
  OTHER
}
