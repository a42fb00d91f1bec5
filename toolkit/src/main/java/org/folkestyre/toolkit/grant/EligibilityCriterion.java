package org.folkestyre.toolkit.grant;

import org.folkestyre.core.LocalizedText;
import org.immutables.value.Value;

/**
 * A condition an application must meet to be considered at all — vilkår for tildeling (NO),
 * støttekriterium / betingelse (DK), such as "the project aims to get more people to vote".
 *
 * <p>The caseworker records in each {@link Assessment} whether the criterion is met; an application
 * that fails one is rejected with that reason. Who may apply is not a criterion but a property of
 * the pool ({@link GrantPool#eligibleApplicants()}), checked by the library. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class EligibilityCriterion {
  EligibilityCriterion() {}

  /**
   * Returns the criterion's id, unique in its pool.
   *
   * @return the id, kebab-case, such as {@code "promotes-voting"}
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the condition in every language.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract LocalizedText text();

  /**
   * Obtains a criterion.
   *
   * @param id the id, kebab-case
   * @param text the condition in every language
   * @return the criterion
   * @throws org.folkestyre.core.InvalidValueException if the id is not kebab-case
   */
  public static EligibilityCriterion of(String id, LocalizedText text) {
    return ImmutableEligibilityCriterion.of(id, text);
  }

  @Value.Check
  void check() {
    Criteria.checkId("eligibility.id", id());
  }

  @Override
  public String toString() {
    return id();
  }
}
