package org.folkestyre.toolkit.recommend;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.toolkit.method.AccessBarrier;
import org.folkestyre.toolkit.method.Arena;
import org.folkestyre.toolkit.method.CostClass;
import org.folkestyre.toolkit.method.Iap2Level;
import org.folkestyre.toolkit.method.Mode;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Purpose;
import org.folkestyre.toolkit.method.TargetGroup;
import org.immutables.value.Value;

/**
 * What a municipality asks the {@link Recommender} — bestilling (NO), forespørgsel (DK): the goal,
 * the audience and the means.
 *
 * <p>The goal is a purpose, the IAP2 level promised to participants — chosen before the method, as
 * the first rule of thumb asks — an optional arena, and whether the goal is deliberation: an
 * informed public judgement that claims to speak for what informed citizens think. The audience is
 * one or more target groups, optionally an age range and the barriers its members face. The means
 * are the mode the municipality can run ({@link Mode#HYBRID} accepts every mode, {@link Mode#DIGITAL}
 * digital and hybrid methods, {@link Mode#IN_PERSON} in-person and hybrid methods), the highest cost
 * class it can afford and, optionally, the calendar days available.
 *
 * <p>Structural invariants are checked when it is built: at least one target group, ages between 0
 * and {@value ParticipationMethod#MAX_AGE} with the maximum not below the minimum, and at least one
 * calendar day. This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class RecommendationRequest {
  RecommendationRequest() {}

  /**
   * Returns what the participation is for.
   *
   * @return the purpose
   */
  public abstract Purpose purpose();

  /**
   * Returns the IAP2 level promised to participants: the influence they will have.
   *
   * @return the level
   */
  public abstract Iap2Level level();

  /**
   * Returns the arena the goal lies in.
   *
   * @return the arena, or empty for any arena
   */
  public abstract Optional<Arena> arena();

  /**
   * Returns whether the goal is deliberation — overveielse (NO), deliberation (DK): an informed
   * public judgement, which needs participants drawn by lot and at least a full day.
   *
   * @return whether the goal is deliberative; {@code false} unless set
   */
  @Value.Default
  public boolean deliberative() {
    return false;
  }

  /**
   * Returns the groups the participation is meant to reach.
   *
   * @return at least one target group
   */
  public abstract ImmutableSet<TargetGroup> audience();

  /**
   * Returns the youngest age in the audience.
   *
   * @return the age in years, or empty if there is no lower bound
   */
  public abstract OptionalInt minimumAge();

  /**
   * Returns the oldest age in the audience.
   *
   * @return the age in years, or empty if there is no upper bound
   */
  public abstract OptionalInt maximumAge();

  /**
   * Returns the barriers members of the audience face — behov for tilrettelegging (NO), behov for
   * tilgængelighed (DK).
   *
   * @return the accessibility needs, possibly none
   */
  public abstract ImmutableSet<AccessBarrier> accessibilityNeeds();

  /**
   * Returns the mode the municipality can run.
   *
   * @return the mode; {@link Mode#HYBRID} accepts every method
   */
  public abstract Mode mode();

  /**
   * Returns the highest cost class the municipality can afford.
   *
   * @return the budget class
   */
  public abstract CostClass maximumCost();

  /**
   * Returns the calendar days available before the result is needed.
   *
   * @return the days, at least 1, or empty if time is not limited
   */
  public abstract OptionalInt availableDays();

  /**
   * Returns the method modes this request accepts.
   *
   * @return every mode for {@link Mode#HYBRID}, else the mode asked for and {@link Mode#HYBRID}
   */
  public ImmutableSet<Mode> acceptedModes() {
    return mode() == Mode.HYBRID ? ImmutableSet.copyOf(Mode.values()) : ImmutableSet.of(mode(), Mode.HYBRID);
  }

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
    if (audience().isEmpty()) {
      throw new InvalidValueException("audience", audience(), "needs at least one target group");
    }
    age("minimumAge", minimumAge());
    age("maximumAge", maximumAge());
    if (minimumAge().isPresent() && maximumAge().isPresent() && maximumAge().getAsInt() < minimumAge().getAsInt()) {
      throw new InvalidValueException("maximumAge", maximumAge().getAsInt(),
          "must be at least the minimum age " + minimumAge().getAsInt());
    }
    if (availableDays().isPresent() && availableDays().getAsInt() < 1) {
      throw new InvalidValueException("availableDays", availableDays().getAsInt(), "must be at least 1");
    }
  }

  private static void age(String field, OptionalInt age) {
    if (age.isPresent() && (age.getAsInt() < 0 || age.getAsInt() > ParticipationMethod.MAX_AGE)) {
      throw new InvalidValueException(field, age.getAsInt(), "must be between 0 and " + ParticipationMethod.MAX_AGE);
    }
  }

  /** Builds a {@link RecommendationRequest}; obtain one with {@link RecommendationRequest#builder()}. */
  public static final class Builder extends ImmutableRecommendationRequest.Builder {
    Builder() {}
  }
}
