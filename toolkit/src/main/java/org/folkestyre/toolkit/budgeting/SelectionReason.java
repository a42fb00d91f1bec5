package org.folkestyre.toolkit.budgeting;

import org.folkestyre.core.LocalizedText;

/**
 * Why a project was or was not funded, as a results report states it — begrunnelse (NO),
 * begrundelse (DK).
 */
public enum SelectionReason {
  /** The project was selected for funding. */
  SELECTED(LocalizedText.of("valgt", "vald", "valgt", "selected")),
  /** The project was not selected because it costs more than the budget left over. */
  NOT_ENOUGH_BUDGET_LEFT(LocalizedText.of("ikke nok igjen av budsjettet", "ikkje nok att av budsjettet",
      "ikke nok tilbage af budgettet", "not enough budget left")),
  /** The project would have fitted the budget left over, but had too little support under the rule. */
  NOT_ENOUGH_SUPPORT(LocalizedText.of("ikke nok oppslutning", "ikkje nok oppslutnad", "ikke nok opbakning",
      "not enough support")),
  /** No ballot named the project. */
  NO_SUPPORT(LocalizedText.of("ingen stemmer", "ingen røyster", "ingen stemmer", "no votes")),
  /** The project was not selected for another reason the rule or the municipality gave. */
  NOT_SELECTED(LocalizedText.of("ikke valgt", "ikkje vald", "ikke valgt", "not selected"));

  private final LocalizedText label;

  SelectionReason(LocalizedText label) {
    this.label = label;
  }

  /**
   * Returns the reason as a short phrase.
   *
   * @return the phrase in four languages
   */
  public LocalizedText label() {
    return label;
  }
}
