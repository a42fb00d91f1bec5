package org.folkestyre.core.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * A political focus area of a master plan — satsingsområde (NO), indsatsområde (DK) — with the
 * sustainable development goals it is tied to, one main goal and its sub-goals.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class FocusArea {
  FocusArea() {}

  /**
   * Returns the focus area's name.
   *
   * @return the name, such as {@code "Deltakende innbyggere"}
   */
  public abstract String name();

  /**
   * Returns the sustainable development goals the area is tied to.
   *
   * @return the goals, possibly none
   */
  public abstract ImmutableSet<SustainableDevelopmentGoal> goals();

  /**
   * Returns the main goal — hovedmål.
   *
   * @return the main goal
   */
  public abstract String mainGoal();

  /**
   * Returns the sub-goals — delmål.
   *
   * @return the sub-goals, in order
   */
  public abstract ImmutableList<SubGoal> subGoals();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Names.normalize("focusArea.name", name());
    Names.normalize("focusArea.mainGoal", mainGoal());
  }

  /** Builds a {@link FocusArea}: name and main goal are required. */
  public static final class Builder extends ImmutableFocusArea.Builder {
    Builder() {}
  }
}
