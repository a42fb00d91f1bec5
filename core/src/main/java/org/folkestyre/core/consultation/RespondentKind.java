package org.folkestyre.core.consultation;

import org.folkestyre.core.LocalizedText;

/** Who sent a submission. */
public enum RespondentKind {
  /** A resident — innbygger (NO), borger (DK). */
  RESIDENT(LocalizedText.of("innbygger", "innbyggjar", "borger", "resident")),
  /** An organisation or association — organisasjon, lag og forening (NO), forening (DK). */
  ORGANISATION(LocalizedText.of("organisasjon", "organisasjon", "organisation", "organisation")),
  /** A business — næringsliv (NO), erhverv (DK). */
  BUSINESS(LocalizedText.of("næringsliv", "næringsliv", "erhverv", "business")),
  /** A council of the municipality, such as the council for people with disabilities, the eldreråd or the ungdomsråd. */
  COUNCIL(LocalizedText.of("råd", "råd", "råd", "council")),
  /** A district's local committee — nærutvalg (NO), lokaludvalg (DK). */
  LOCAL_COMMITTEE(LocalizedText.of("nærutvalg", "nærutval", "lokaludvalg", "local committee")),
  /** Someone who did not say who they are. */
  ANONYMOUS(LocalizedText.of("anonym", "anonym", "anonym", "anonymous"));

  private final LocalizedText names;

  RespondentKind(LocalizedText names) {
    this.names = names;
  }

  /**
   * Returns the stable id, as the JSON form writes it.
   *
   * @return the id, such as {@code "local-committee"}
   */
  public String id() {
    return Ids.of(this);
  }

  /**
   * Returns the kind's name in every language.
   *
   * @return the names
   */
  public LocalizedText names() {
    return names;
  }

  /**
   * Obtains a kind from its id, ignoring case; {@code _} is read as {@code -}.
   *
   * @param id the id, such as {@code "resident"}
   * @return the kind
   * @throws org.folkestyre.core.InvalidValueException if no kind has that id
   */
  public static RespondentKind ofId(String id) {
    return Ids.parse("respondent", id, values(), RespondentKind::id);
  }
}
