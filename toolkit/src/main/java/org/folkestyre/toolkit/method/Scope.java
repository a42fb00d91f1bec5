package org.folkestyre.toolkit.method;

/** The geographical scope a method's result bears on, after Participedia's scope of influence. */
public enum Scope {
  /** A unit or service of the municipality. */
  ORGANISATION,
  /** A neighbourhood or district: kommunedel (NO), lokalområde (DK). */
  NEIGHBOURHOOD,
  /** The whole municipality: kommune. */
  MUNICIPALITY,
  /** Several municipalities, a county or region: fylke (NO), region (DK). */
  REGION,
  /** The whole country. */
  NATIONAL,
  /** No geographical scope. */
  NO_GEOGRAPHY;
}
