package org.folkestyre.toolkit.method;

import java.util.Optional;

/** The four levels of influence of the Norwegian circle of influence (innflytelsessirkelen) used by KMD and DOGA. */
public enum NorwegianInfluenceLevel {
  /** Level 1, informasjon: the public is informed. */
  INFORMATION,
  /** Level 2, innhenting av informasjon: the municipality gathers views and knowledge. */
  INFORMATION_GATHERING,
  /** Level 3, dialog: the municipality and the public talk the matter through. */
  DIALOGUE,
  /** Level 4, samarbeid: the public works with the municipality on the solution. */
  COLLABORATION;

  /**
   * Returns the level that matches an IAP2 level, after the project's crosswalk of participation
   * ladders: inform, consult, involve and collaborate map to levels 1 to 4; empower has no level.
   *
   * @param level the IAP2 level
   * @return the matching level, or empty for {@link Iap2Level#EMPOWER}
   */
  public static Optional<NorwegianInfluenceLevel> from(Iap2Level level) {
    return switch (level) {
      case INFORM -> Optional.of(INFORMATION);
      case CONSULT -> Optional.of(INFORMATION_GATHERING);
      case INVOLVE -> Optional.of(DIALOGUE);
      case COLLABORATE -> Optional.of(COLLABORATION);
      case EMPOWER -> Optional.empty();
    };
  }
}
