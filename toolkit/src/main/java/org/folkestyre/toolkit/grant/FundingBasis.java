package org.folkestyre.toolkit.grant;

/**
 * What a funding scheme's amounts are counted per — bevilgningsgrunnlag (NO), bevillingsgrundlag (DK).
 */
public enum FundingBasis {
  /**
   * One amount for each election: two elections in a year give two pools, or one pool holding both
   * amounts. Holbæk's Democracy Experimentarium recommended this on 24 March 2015: DKK 75,000 for
   * every election.
   */
  PER_ELECTION,
  /**
   * One amount for each year with an election, set by the year's election of highest precedence
   * (the first in {@link ElectionKind}'s order): Holbæk's finance committee's proposal of DKK
   * 100,000 "in the years when a municipal election is held" and DKK 50,000 in years of a general
   * election, a European Parliament election or a referendum.
   */
  PER_ELECTION_YEAR
}
