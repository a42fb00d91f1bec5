package org.folkestyre.core.election;

import java.util.Objects;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * How a seat is decided when two or more lists have the same highest quotient — stemmelikhet
 * (NO), stemmelighed (DK).
 *
 * <p>A tie only matters when there are fewer seats left than tied lists: when all of them will
 * win a seat anyway, no lot is drawn, and the tied seats are listed in the order the rule gives,
 * then by list name. The lot itself comes from a {@link org.folkestyre.core.spi.LotSource}.
 */
public enum TieRule {
  /**
   * Norway: the list with the larger vote total wins; if the totals are equal too, a lot decides
   * (kommuneloven § 7-6 first paragraph for committee elections; for council elections
   * valgloven 2002 §§ 11-4 and 11-12 as Valgdirektoratet's guidance states them).
   */
  NORWAY,
  /**
   * Denmark: a lot decides at once, whatever the vote totals (kommunal- og regionalvalgloven
   * § 81 stk. 2, applied to the alliance stages by §§ 82 and 83).
   */
  DENMARK;

  /**
   * Returns the tie rule of a jurisdiction's municipal elections.
   *
   * @param jurisdiction Norway or Denmark
   * @return {@link #NORWAY} or {@link #DENMARK}
   * @throws InvalidValueException if the jurisdiction is neither Norway nor Denmark; choose a
   *     rule explicitly for other jurisdictions
   */
  public static TieRule forJurisdiction(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    switch (jurisdiction.id()) {
      case Jurisdiction.NORWAY_ID:
        return NORWAY;
      case Jurisdiction.DENMARK_ID:
        return DENMARK;
      default:
        throw new InvalidValueException("jurisdiction", jurisdiction.id(),
            "has no built-in tie rule for seat allocation; known: " + Jurisdiction.NORWAY_ID + ", "
                + Jurisdiction.DENMARK_ID + "; choose TieRule.NORWAY or TieRule.DENMARK explicitly");
    }
  }

  /**
   * Returns whether equal quotients are first decided by the larger vote total.
   *
   * @return true for {@link #NORWAY}
   */
  public boolean prefersLargerVoteTotal() {
    return this == NORWAY;
  }
}
