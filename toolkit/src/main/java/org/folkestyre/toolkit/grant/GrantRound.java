package org.folkestyre.toolkit.grant;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One round of a grant pool with what came in — søknadsrunde (NO), ansøgningsrunde (DK): the pool,
 * every application received and the assessments made so far.
 *
 * <p>Structural invariants checked at construction: application ids are unique; each assessment
 * is of a known application, at most one per application, states every eligibility criterion of
 * the pool and gives points on every assessment criterion within its scale. Two things are left to
 * the governance rules so that a round can be built and asked what is wrong with it: an
 * application not yet assessed ({@code GRANT-APPLICATION-ASSESSED}) and one asking more than the
 * whole pool ({@code GRANT-APPLICATION-WITHIN-POOL}); {@link GrantAllocator} refuses both. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GrantRound {
  GrantRound() {}

  /**
   * Returns the pool.
   *
   * @return the pool
   */
  @Value.Parameter
  public abstract GrantPool pool();

  /**
   * Returns every application received, in the order given.
   *
   * @return the applications
   */
  @Value.Parameter
  public abstract ImmutableList<GrantApplication> applications();

  /**
   * Returns the assessments made.
   *
   * @return the assessments, at most one per application
   */
  @Value.Parameter
  public abstract ImmutableList<Assessment> assessments();

  /**
   * Obtains a round.
   *
   * @param pool the pool
   * @param applications every application received
   * @param assessments the assessments made
   * @return the round
   * @throws InvalidValueException if a structural invariant is broken
   */
  public static GrantRound of(GrantPool pool, Iterable<? extends GrantApplication> applications,
      Iterable<? extends Assessment> assessments) {
    return ImmutableGrantRound.of(pool, applications, assessments);
  }

  /**
   * Returns the application with an id.
   *
   * @param id the id
   * @return the application, or empty
   */
  public Optional<GrantApplication> application(String id) {
    return applications().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Returns the assessment of an application.
   *
   * @param applicationId the application's id
   * @return the assessment, or empty if the application is not yet assessed
   */
  public Optional<Assessment> assessment(String applicationId) {
    return assessments().stream().filter(a -> a.applicationId().equals(applicationId)).findFirst();
  }

  /**
   * Returns an application's score: the sum over the pool's criteria of weight × points.
   *
   * @param applicationId the application's id
   * @return the score, or empty if the application is not yet assessed
   */
  public OptionalLong score(String applicationId) {
    Optional<Assessment> assessment = assessment(applicationId);
    if (assessment.isEmpty()) {
      return OptionalLong.empty();
    }
    long score = 0;
    for (AssessmentCriterion criterion : pool().assessment()) {
      score += (long) criterion.weight() * assessment.get().points().get(criterion.id());
    }
    return OptionalLong.of(score);
  }

  @Value.Check
  void check() {
    Set<String> ids = new HashSet<>();
    for (GrantApplication application : applications()) {
      if (!ids.add(application.id())) {
        throw new InvalidValueException("applications", application.id(), "application ids must be unique in a round");
      }
    }
    Map<String, Assessment> seen = new HashMap<>();
    for (Assessment assessment : assessments()) {
      String id = assessment.applicationId();
      String field = "assessments[" + id + "]";
      if (!ids.contains(id)) {
        throw new InvalidValueException(field, id, "assesses no application of the round");
      }
      if (seen.put(id, assessment) != null) {
        throw new InvalidValueException(field, id, "an application is assessed at most once");
      }
      Set<String> eligibility = new HashSet<>();
      pool().eligibility().forEach(c -> eligibility.add(c.id()));
      if (!assessment.criteriaMet().keySet().equals(eligibility)) {
        throw new InvalidValueException(field + ".criteriaMet", assessment.criteriaMet().keySet(),
            "must state each of the pool's eligibility criteria " + eligibility + ", no more");
      }
      Set<String> scored = new HashSet<>();
      pool().assessment().forEach(c -> scored.add(c.id()));
      if (!assessment.points().keySet().equals(scored)) {
        throw new InvalidValueException(field + ".points", assessment.points().keySet(),
            "must give points on each of the pool's assessment criteria " + scored + ", no more");
      }
      for (AssessmentCriterion criterion : pool().assessment()) {
        int points = assessment.points().get(criterion.id());
        if (points > criterion.maxPoints()) {
          throw new InvalidValueException(field + ".points." + criterion.id(), points,
              "must be from 0 to " + criterion.maxPoints());
        }
      }
    }
  }
}
