package org.folkestyre.core.meeting;

import org.folkestyre.core.LocalizedText;

/**
 * The kind of an agenda item — sakstype (NO), sagstype (DK): whether the body discusses, is briefed,
 * decides, elects or appoints.
 *
 * <p>Holbæk's minutes label each item "Drøftelse", "Orientering" or "Beslutning"; Norwegian
 * minutes use drøftingssak, orienteringssak and vedtakssak. Each kind carries its name in the four
 * languages.
 */
public enum ItemKind {
  /** A discussion without a decision — drøftingssak (NO), drøftelse (DK). */
  DISCUSSION(LocalizedText.of("drøftingssak", "drøftingssak", "drøftelse", "discussion")),
  /** A briefing the body takes note of — orienteringssak (NO), orientering (DK). */
  ORIENTATION(LocalizedText.of("orienteringssak", "orienteringssak", "orientering", "briefing")),
  /** A matter the body decides — vedtakssak (NO), beslutning (DK). */
  DECISION(LocalizedText.of("vedtakssak", "vedtakssak", "beslutning", "decision")),
  /** An election of persons to offices or bodies — valgsak (NO), valg (DK). */
  ELECTION(LocalizedText.of("valgsak", "valsak", "valg", "election")),
  /** An appointment to a post — ansettelsessak (NO), ansættelse (DK). */
  APPOINTMENT(LocalizedText.of("ansettelsessak", "tilsetjingssak", "ansættelse", "appointment"));

  private final LocalizedText names;

  ItemKind(LocalizedText names) {
    this.names = names;
  }

  /**
   * Returns the kind's name in every language.
   *
   * @return the names, such as vedtakssak / vedtakssak / beslutning / decision
   */
  public LocalizedText names() {
    return names;
  }

  /**
   * Returns whether items of this kind end in a decision: decisions, elections and appointments.
   *
   * @return true for {@link #DECISION}, {@link #ELECTION} and {@link #APPOINTMENT}
   */
  public boolean isDecision() {
    return this == DECISION || this == ELECTION || this == APPOINTMENT;
  }
}
