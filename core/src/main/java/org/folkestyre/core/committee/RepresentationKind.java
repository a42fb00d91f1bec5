package org.folkestyre.core.committee;

/** Whom a member of a committee represents. */
public enum RepresentationKind {
  /** An elected politician — folkevalgt (NO), folkevalgt or kommunalbestyrelsesmedlem (DK). */
  ELECTED_OFFICIAL,
  /** A resident of the area — innbygger (NO), borger (DK). */
  RESIDENT,
  /** An association or organisation — lag og forening, brukerorganisasjon (NO), forening (DK). */
  ASSOCIATION,
  /** The municipality's employees — ansatte (NO), medarbejdere (DK). */
  EMPLOYEE,
  /** Anyone else. */
  OTHER
}
