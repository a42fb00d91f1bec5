package org.folkestyre.toolkit.budgeting;

import java.util.Locale;
import java.util.Optional;

/** How a ballot expresses the voter's preferences — stemmeseddeltype. */
public enum BallotType {
  /** The voter approves any number of projects, equally. */
  APPROVAL("approval"),
  /** The voter approves at most one project; an approval ballot for every rule. */
  CHOOSE_ONE("choose-1"),
  /** The voter spreads points over projects (kumulativ stemmegivning). */
  CUMULATIVE("cumulative"),
  /** The voter ranks projects, best first. */
  ORDINAL("ordinal"),
  /** The voter gives each project a score, possibly negative. */
  SCORING("scoring");

  private final String id;

  BallotType(String id) {
    this.id = id;
  }

  /**
   * Returns the type's id, as Pabulib's {@code vote_type} spells it.
   *
   * @return the id, such as {@code "choose-1"}
   */
  public String id() {
    return id;
  }

  /**
   * Returns whether ballots of this type are approval ballots.
   *
   * @return true for {@link #APPROVAL} and {@link #CHOOSE_ONE}
   */
  public boolean isApproval() {
    return this == APPROVAL || this == CHOOSE_ONE;
  }

  /**
   * Returns whether ballots of this type carry points, one per project.
   *
   * @return true for {@link #CUMULATIVE} and {@link #SCORING}
   */
  public boolean hasPoints() {
    return this == CUMULATIVE || this == SCORING;
  }

  /**
   * Finds the type with an id.
   *
   * @param id the id, such as {@code "approval"}; case is ignored
   * @return the type, or empty if none has that id
   */
  public static Optional<BallotType> fromId(String id) {
    String lower = id.toLowerCase(Locale.ROOT);
    for (BallotType type : values()) {
      if (type.id.equals(lower)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
