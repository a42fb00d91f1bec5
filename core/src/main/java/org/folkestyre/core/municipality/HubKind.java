package org.folkestyre.core.municipality;

/**
 * The kind of place a district's hub is (seed: "biblioteket, skolen, helseinstitusjonen,
 * bydelshuset, Frivilligsentralen").
 */
public enum HubKind {
  /** A library — bibliotek. */
  LIBRARY,
  /** A school — skole. */
  SCHOOL,
  /** A health institution — helseinstitusjon. */
  HEALTH_INSTITUTION,
  /** A community house — bydelshus, grendehus; medborgerhus (DK). */
  COMMUNITY_HOUSE,
  /** A volunteer centre — frivilligsentral. */
  VOLUNTEER_CENTRE,
  /** Any other meeting place. */
  OTHER
}
