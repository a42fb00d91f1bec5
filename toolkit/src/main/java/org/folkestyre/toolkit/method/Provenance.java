package org.folkestyre.toolkit.method;

/** Where a method description comes from. */
public enum Provenance {
  /** Shipped with Folkestyre in the built-in catalogue. */
  BUILT_IN,
  /** Added by a vendor through a plug-in. */
  VENDOR,
  /** Written by a municipality for its own use. */
  MUNICIPALITY;
}
