package org.folkestyre.toolkit.grant;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * The caseworker's assessment of one application — vurdering (NO, DK): whether it meets each
 * eligibility criterion, and its points on each assessment criterion.
 *
 * <p>Whether the criteria are exactly those of the pool, and the points within their scales, is
 * checked when the assessment joins a {@link GrantRound}, so that no decision rests on a criterion
 * nobody looked at. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Assessment {
  Assessment() {}

  /**
   * Returns the id of the application assessed.
   *
   * @return the application id
   */
  public abstract String applicationId();

  /**
   * Returns, for each eligibility criterion, whether the application meets it.
   *
   * @return the findings by criterion id; a round requires every criterion of its pool
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, Boolean> criteriaMet();

  /**
   * Returns the points given on each assessment criterion.
   *
   * @return the points by criterion id; a round requires every criterion of its pool
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, Integer> points();

  /**
   * Returns the caseworker's note, if any.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

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
    Names.normalize("assessment.applicationId", applicationId());
    points().forEach((id, value) -> {
      if (value < 0) {
        throw new InvalidValueException("assessment." + applicationId() + ".points." + id, value,
            "points are 0 or more");
      }
    });
    note().ifPresent(n -> Names.normalize("assessment." + applicationId() + ".note", n));
  }

  /** Builds an {@link Assessment}; obtain one with {@link Assessment#builder()}. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
