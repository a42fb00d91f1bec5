package org.folkestyre.toolkit.method;

/** Information participants receive to learn about the matter, after Participedia's learning resources. */
public enum LearningResource {
  /** Presentations by experts and witnesses. */
  EXPERT_PRESENTATIONS,
  /** Presentations by participants. */
  PARTICIPANT_PRESENTATIONS,
  /** Site visits. */
  SITE_VISITS,
  /** Teach-ins. */
  TEACH_INS,
  /** Video. */
  VIDEO,
  /** Written briefing material. */
  WRITTEN_BRIEFING;
}
