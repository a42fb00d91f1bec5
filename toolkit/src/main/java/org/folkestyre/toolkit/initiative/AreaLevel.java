package org.folkestyre.toolkit.initiative;

/** The level of government an initiative is addressed to. */
public enum AreaLevel {
  /** A municipality — kommune (NO, DK); its council is the kommunestyre or kommunalbestyrelse. */
  MUNICIPALITY,
  /** A Norwegian county — fylkeskommune; its council is the fylkesting. */
  COUNTY
}
