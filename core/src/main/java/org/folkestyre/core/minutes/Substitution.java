package org.folkestyre.core.minutes;

import org.immutables.value.Value;

/**
 * A substitute who attended in an absent member's place — møtende varamedlem (NO), stedfortræder
 * (DK).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Substitution {
  Substitution() {}

  /**
   * Returns the person who attended.
   *
   * @return the substitute, a member for the minutes' purposes
   */
  public abstract MinutesPerson substitute();

  /**
   * Returns the member the substitute stood in for.
   *
   * @return the absent member
   */
  public abstract MinutesPerson member();

  static Substitution of(MinutesPerson substitute, MinutesPerson member) {
    return ImmutableSubstitution.builder().substitute(substitute).member(member).build();
  }

  Substitution forPublic() {
    return of(substitute().forPublic(), member().forPublic());
  }

  @Override
  public String toString() {
    return substitute() + " for " + member();
  }
}
