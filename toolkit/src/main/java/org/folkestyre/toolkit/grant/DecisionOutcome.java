package org.folkestyre.toolkit.grant;

import org.folkestyre.core.LocalizedText;

/** What an application was granted — vedtak (NO), afgørelse (DK). */
public enum DecisionOutcome {
  /** Granted the amount asked for — innvilget (NO), bevilget (DK). */
  AWARDED(LocalizedText.of("innvilget", "innvilga", "bevilget", "awarded")),
  /** Granted less than was asked for — delvis innvilget (NO), delvist bevilget (DK). */
  PARTIAL(LocalizedText.of("delvis innvilget", "delvis innvilga", "delvist bevilget", "partly awarded")),
  /** Not granted — avslått (NO), afslået (DK). */
  REJECTED(LocalizedText.of("avslått", "avslått", "afslået", "rejected"));

  private final LocalizedText names;

  DecisionOutcome(LocalizedText names) {
    this.names = names;
  }

  /**
   * Returns the outcome's name in every language.
   *
   * @return the names
   */
  public LocalizedText names() {
    return names;
  }
}
