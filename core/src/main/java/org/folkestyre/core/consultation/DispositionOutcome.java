package org.folkestyre.core.consultation;

import org.folkestyre.core.LocalizedText;

/** What the municipality did with a submission. */
public enum DispositionOutcome {
  /** The input was followed — tatt til følge (NO), imødekommet (DK). */
  ADOPTED(LocalizedText.of("tatt til følge", "teke til følgje", "imødekommet", "adopted")),
  /** The input was followed in part — delvis tatt til følge (NO), delvis imødekommet (DK). */
  PARTLY_ADOPTED(LocalizedText.of("delvis tatt til følge", "delvis teke til følgje", "delvis imødekommet",
      "partly adopted")),
  /** The input was considered and not followed — ikke tatt til følge (NO), ikke imødekommet (DK). */
  NOT_ADOPTED(LocalizedText.of("ikke tatt til følge", "ikkje teke til følgje", "ikke imødekommet", "not adopted")),
  /** The input asked for nothing to change, or informs later work — tatt til orientering (NO), taget til efterretning (DK). */
  NOTED(LocalizedText.of("tatt til orientering", "teke til orientering", "taget til efterretning", "noted")),
  /** The input concerns something outside the consultation's subject — utenfor temaet (NO), uden for emnet (DK). */
  OUTSIDE_SUBJECT(LocalizedText.of("utenfor høringens tema", "utanfor temaet for høyringa", "uden for høringens emne",
      "outside the subject"));

  private final LocalizedText names;

  DispositionOutcome(LocalizedText names) {
    this.names = names;
  }

  /**
   * Returns the stable id, as the JSON form writes it.
   *
   * @return the id, such as {@code "partly-adopted"}
   */
  public String id() {
    return Ids.of(this);
  }

  /**
   * Returns the outcome's name in every language.
   *
   * @return the names
   */
  public LocalizedText names() {
    return names;
  }

  /**
   * Returns whether the outcome changes what was consulted on, and so must name what it changed.
   *
   * @return true for {@link #ADOPTED} and {@link #PARTLY_ADOPTED}
   */
  public boolean changesSomething() {
    return this == ADOPTED || this == PARTLY_ADOPTED;
  }

  /**
   * Obtains an outcome from its id, ignoring case; {@code _} is read as {@code -}.
   *
   * @param id the id, such as {@code "not-adopted"}
   * @return the outcome
   * @throws org.folkestyre.core.InvalidValueException if no outcome has that id
   */
  public static DispositionOutcome ofId(String id) {
    return Ids.parse("outcome", id, values(), DispositionOutcome::id);
  }
}
