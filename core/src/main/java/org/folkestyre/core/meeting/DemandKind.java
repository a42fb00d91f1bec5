package org.folkestyre.core.meeting;

/**
 * What members of a body demanded under kommuneloven §§ 11-2 and 11-3: a meeting, or an item on the
 * agenda.
 */
public enum DemandKind {
  /** A meeting of the body — krav om møte, kommuneloven § 11-2 første ledd. */
  MEETING,
  /** An item on the agenda — krav om at en sak føres opp på sakslisten, kommuneloven § 11-3 første ledd. */
  AGENDA_ITEM
}
