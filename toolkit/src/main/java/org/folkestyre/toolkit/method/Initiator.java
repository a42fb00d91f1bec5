package org.folkestyre.toolkit.method;

/** Who starts a method. */
public enum Initiator {
  /** The municipal administration. */
  ADMINISTRATION,
  /** Elected representatives. */
  POLITICIANS,
  /** Citizens themselves, as with a citizens' initiative. */
  CITIZENS,
  /** Organisations and associations. */
  CIVIL_SOCIETY;
}
