package org.folkestyre.toolkit.grant;

import org.folkestyre.core.LocalizedText;

/**
 * The kind of an election or referendum — valg / folkeavstemning (NO), valg / folkeafstemning (DK).
 *
 * <p>The constants are in order of precedence: a year with a municipal election counts as a
 * municipal-election year even if a referendum is held the same year (see
 * {@link FundingBasis#PER_ELECTION_YEAR}).
 */
public enum ElectionKind {
  /**
   * The local elections — kommunestyre- og fylkestingsvalg (NO), kommunal- og regionsrådsvalg (DK).
   */
  MUNICIPAL(LocalizedText.of("kommunestyrevalg", "kommunestyreval", "kommunalvalg", "municipal election")),
  /** The election of the national parliament — stortingsvalg (NO), folketingsvalg (DK). */
  NATIONAL(LocalizedText.of("stortingsvalg", "stortingsval", "folketingsvalg", "general election")),
  /** The election of the European Parliament — Europa-Parlamentsvalg (DK); Norway holds none. */
  EUROPEAN_PARLIAMENT(LocalizedText.of("europaparlamentsvalg", "europaparlamentsval", "Europa-Parlamentsvalg",
      "European Parliament election")),
  /** A referendum — folkeavstemning (NO), folkeafstemning (DK). */
  REFERENDUM(LocalizedText.of("folkeavstemning", "folkerøysting", "folkeafstemning", "referendum"));

  private final LocalizedText names;

  ElectionKind(LocalizedText names) {
    this.names = names;
  }

  /**
   * Returns the kind's name in every language, in lower case where the language writes it so.
   *
   * @return the names, such as "folketingsvalg" in Danish
   */
  public LocalizedText names() {
    return names;
  }
}
