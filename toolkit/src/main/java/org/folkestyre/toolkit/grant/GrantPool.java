package org.folkestyre.toolkit.grant;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.folkestyre.core.internal.Names;
import org.folkestyre.toolkit.method.TargetGroup;
import org.immutables.value.Value;

/**
 * One round of a grant pool — tilskuddsordning / pulje (NO), pulje (DK): the money for one
 * election (or one election year), who may apply, the conditions and the criteria applications are
 * scored on.
 *
 * <p>Holbæk's pool for vote promotion (pulje til valgfremme, see {@link HolbaekVotePromotion})
 * holds DKK 75,000 for an election; residents and associations may apply; projects should reach
 * the voters with low turnout: young people, the socially vulnerable and new citizens
 * (nydanskere). Build a round from a {@link FundingScheme} with
 * {@link Builder#funding(FundingScheme, Collection)}, or set the budget directly.
 *
 * <p>Structural invariants checked at construction: the budget is more than 0; at least one kind
 * of applicant may apply; criterion ids are unique within their list; the minimum score is
 * reachable. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GrantPool {
  GrantPool() {}

  /**
   * Returns the pool's id.
   *
   * @return the id, such as {@code "holbaek-valgfremme-fv2015"}
   */
  public abstract String id();

  /**
   * Returns the pool's name.
   *
   * @return the name, such as "Pulje til valgfremme"
   */
  public abstract String name();

  /**
   * Returns the currency of every amount of the pool.
   *
   * @return the currency, such as {@link Money#DKK}
   */
  public abstract Currency currency();

  /**
   * Returns the elections this round of the pool is for.
   *
   * @return at least one election, in date order
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Election> elections();

  /**
   * Returns how much the pool holds for applicants, in øre.
   *
   * @return the budget, more than 0
   */
  public abstract long budget();

  /**
   * Returns the amounts set aside beside the pool for this round; applicants cannot get them.
   *
   * @return the earmarks, possibly none
   */
  public abstract ImmutableList<Earmark> earmarks();

  /**
   * Returns the kinds of applicant who may apply — hvem kan søke (NO), hvem kan søge (DK).
   *
   * @return at least one kind
   */
  public abstract ImmutableSet<ApplicantKind> eligibleApplicants();

  /**
   * Returns the groups the pool means to reach, such as young people and new citizens.
   *
   * @return the target groups, possibly none for an open pool
   */
  public abstract ImmutableSet<TargetGroup> targetGroups();

  /**
   * Returns the conditions every application must meet.
   *
   * @return the eligibility criteria, possibly none
   */
  public abstract ImmutableList<EligibilityCriterion> eligibility();

  /**
   * Returns the criteria applications are scored on.
   *
   * @return the assessment criteria, possibly none (every score is then 0 and the tie-break ranks)
   */
  public abstract ImmutableList<AssessmentCriterion> assessment();

  /**
   * Returns the lowest score an application may have and still be funded; 0 unless set.
   *
   * @return the minimum score, from 0 to {@link #maxScore()}
   */
  @Value.Default
  public long minimumScore() {
    return 0;
  }

  /**
   * Returns whether the pool may fund part of a project when what remains is less than was asked
   * but at least the project's minimum ({@link GrantApplication#minimumAmount()}); true unless set.
   *
   * @return whether partial awards are made
   */
  @Value.Default
  public boolean partialAwards() {
    return true;
  }

  /**
   * Returns the highest score an application can get.
   *
   * @return the sum of the criteria's {@link AssessmentCriterion#maxScore()}
   */
  public long maxScore() {
    return assessment().stream().mapToLong(AssessmentCriterion::maxScore).sum();
  }

  /**
   * Returns the budget as money.
   *
   * @return the budget in the pool's currency
   */
  public Money budgetMoney() {
    return Money.ofMinor(currency(), budget());
  }

  /**
   * Returns the eligibility criterion with an id.
   *
   * @param id the id
   * @return the criterion, or empty
   */
  public Optional<EligibilityCriterion> eligibilityCriterion(String id) {
    return eligibility().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Returns the assessment criterion with an id.
   *
   * @param id the id
   * @return the criterion, or empty
   */
  public Optional<AssessmentCriterion> assessmentCriterion(String id) {
    return assessment().stream().filter(c -> c.id().equals(id)).findFirst();
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
    Names.normalize("id", id());
    Names.normalize("name", name());
    if (elections().isEmpty()) {
      throw new InvalidValueException("elections", elections(), "a pool runs for at least one election");
    }
    if (budget() <= 0) {
      throw new InvalidValueException("budget", budget(), "a pool holds more than 0 øre");
    }
    if (eligibleApplicants().isEmpty()) {
      throw new InvalidValueException("eligibleApplicants", eligibleApplicants(),
          "at least one kind of applicant may apply");
    }
    unique("eligibility", eligibility(), EligibilityCriterion::id);
    unique("assessment", assessment(), AssessmentCriterion::id);
    if (minimumScore() < 0 || minimumScore() > maxScore()) {
      throw new InvalidValueException("minimumScore", minimumScore(),
          "must be from 0 to the pool's highest score, " + maxScore());
    }
  }

  private static <T> void unique(String field, List<T> criteria, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    for (T criterion : criteria) {
      if (!seen.add(id.apply(criterion))) {
        throw new InvalidValueException(field, id.apply(criterion), "criterion ids must be unique in a pool");
      }
    }
  }

  @Override
  public String toString() {
    return id() + " " + budgetMoney() + " " + elections();
  }

  /** Builds a {@link GrantPool}; obtain one with {@link GrantPool#builder()}. */
  public static final class Builder extends ImmutableGrantPool.Builder {
    Builder() {}

    /**
     * Sets the elections, the budget and the earmarks of this round from a funding scheme.
     *
     * @param scheme the scheme
     * @param elections the elections this round is for, at least one
     * @return this builder
     * @throws InvalidValueException if the scheme funds none of these elections, or as
     *     {@link FundingScheme#budgetFor(Collection)}
     */
    public Builder funding(FundingScheme scheme, Collection<Election> elections) {
      long budget = scheme.budgetFor(elections);
      if (budget == 0) {
        throw new InvalidValueException("elections", elections, "the scheme funds none of these elections");
      }
      addAllElections(elections);
      budget(budget);
      addAllEarmarks(scheme.earmarksFor(elections));
      return this;
    }
  }
}
