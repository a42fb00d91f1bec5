package org.folkestyre.core.meeting;

/**
 * What a body does with a case at one step of its path — the kind of handling (behandling (NO),
 * behandling (DK)).
 */
public enum CaseRole {
  /**
   * Prepares the case for another body with a recommendation — innstilling (NO), indstilling (DK).
   */
  PREPARING,
  /** Decides the case — vedtak (NO), beslutning or afgørelse (DK). */
  DECIDING,
  /**
   * Discusses the case without deciding it, to give direction — drøftingssak (NO), drøftelse (DK),
   * as in Holbæk's Demokratieksperimentarium.
   */
  DISCUSSING,
  /** Is informed of the case — orienteringssak or referatsak (NO), orientering (DK). */
  FOR_INFORMATION;

  /**
   * Returns whether the body decides the case at this step.
   *
   * @return true for {@link #DECIDING}
   */
  public boolean isDecision() {
    return this == DECIDING;
  }
}
