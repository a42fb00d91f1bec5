package org.folkestyre.toolkit.initiative;

/** Where the rules of an {@link InitiativeScheme} come from. */
public enum SchemeKind {
  /** Norway's statutory innbyggerforslag to a municipality: kommuneloven § 12-1, 300 signatures always suffice. */
  NORWEGIAN_MUNICIPALITY,
  /** Norway's statutory innbyggerforslag to a county: kommuneloven § 12-1, 500 signatures always suffice. */
  NORWEGIAN_COUNTY,
  /** A scheme a municipality has adopted for itself, such as a Danish municipality's borgerforslag. */
  LOCAL
}
