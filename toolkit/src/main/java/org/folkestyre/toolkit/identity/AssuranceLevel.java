package org.folkestyre.toolkit.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * How sure the identity provider is that a person is who she claims to be: the three levels of
 * assurance of eIDAS (Regulation (EU) No 910/2014, article 8) — sikkerhetsnivå (NO), sikringsniveau
 * (DK).
 *
 * <p>In Norway, ID-porten's MinID is substantial (nivå 3) and BankID, Buypass and Commfides are high
 * (nivå 4); in Denmark, MitID is issued at low, substantial or high. Levels are ordered: {@code HIGH}
 * satisfies a requirement of {@code SUBSTANTIAL}.
 */
public enum AssuranceLevel {
  /** eIDAS low: limited confidence, such as a self-registered account. */
  LOW,
  /** eIDAS substantial: substantial confidence, such as MinID or MitID substantial. */
  SUBSTANTIAL,
  /** eIDAS high: high confidence, such as BankID or MitID high. */
  HIGH;

  /**
   * Returns the level's id, as eIDAS names it in lower case.
   *
   * @return {@code "low"}, {@code "substantial"} or {@code "high"}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns whether this level meets a required level.
   *
   * @param required the least level required
   * @return true if this level is the required one or higher
   */
  public boolean isAtLeast(AssuranceLevel required) {
    return compareTo(required) >= 0;
  }

  /**
   * Finds the level with an id.
   *
   * @param id {@code low}, {@code substantial} or {@code high}; case is ignored
   * @return the level, or empty if none has that id
   */
  public static Optional<AssuranceLevel> fromId(String id) {
    for (AssuranceLevel level : values()) {
      if (level.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
