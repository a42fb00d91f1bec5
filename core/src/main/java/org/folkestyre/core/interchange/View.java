package org.folkestyre.core.interchange;

/**
 * Who an export is for: the public, or the municipality's own systems — offentlig journal or
 * innsyn (NO), aktindsigt (DK), against the case system itself.
 *
 * <p>A {@link #PUBLIC} export leaves out what the public may not see: the content of agenda items
 * handled behind closed doors, attachments exempt from public access, and the personal data of
 * private persons. An {@link #INTERNAL} export carries everything the model holds.
 */
public enum View {
  /**
   * For anyone: leaves out the title, texts, attachments, recusals and votes of a closed item
   * (its number, kind, case number and legal ground for closing stay), every attachment exempt from
   * public access, every birth date, and the name and gender of each private person — one who
   * holds no seat as an elected official ({@link org.folkestyre.core.committee.RepresentationKind#ELECTED_OFFICIAL})
   * on any of the bodies exported, such as a resident on a local committee or a member of a youth
   * council.
   */
  PUBLIC,
  /** For the municipality's own systems: everything the model holds. */
  INTERNAL;

  /**
   * Returns whether this view shows what the public may not see.
   *
   * @return true for {@link #INTERNAL}
   */
  public boolean isInternal() {
    return this == INTERNAL;
  }
}
