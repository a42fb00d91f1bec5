package org.folkestyre.toolkit.testing;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.Money;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.toolkit.grant.Applicant;
import org.folkestyre.toolkit.grant.ApplicantKind;
import org.folkestyre.toolkit.grant.Assessment;
import org.folkestyre.toolkit.grant.AssessmentCriterion;
import org.folkestyre.toolkit.grant.DecisionOutcome;
import org.folkestyre.toolkit.grant.Election;
import org.folkestyre.toolkit.grant.ElectionKind;
import org.folkestyre.toolkit.grant.EligibilityCriterion;
import org.folkestyre.toolkit.grant.GrantAllocation;
import org.folkestyre.toolkit.grant.GrantAllocator;
import org.folkestyre.toolkit.grant.GrantApplication;
import org.folkestyre.toolkit.grant.GrantDecision;
import org.folkestyre.toolkit.grant.GrantPool;
import org.folkestyre.toolkit.grant.GrantPoolRules;
import org.folkestyre.toolkit.grant.GrantRound;
import org.folkestyre.toolkit.method.TargetGroup;

/**
 * Generators of grant pools, rounds and allocations for property tests.
 *
 * <p>A generated round meets every rule of {@link GrantPoolRules#pack()}: each application asks for
 * at most the pool, is assessed and names one of the pool's target groups; it also holds
 * applicants the pool is not open to and applications failing a criterion or the minimum score, so
 * that every path of {@link GrantAllocator} is taken. The size bounds the number of applications
 * (at most {@code size + 3}) and the budget (at most {@code 1,000 × (size + 1)} kroner); small
 * sizes give small amounts, few dates and few points, and therefore many ties, which is what a test
 * of the tie-break needs. {@link #breakingRound(String)} and {@link #breakingAllocation(String)}
 * produce values that break exactly one named rule.
 */
public final class GrantGenerators {
  private static final ImmutableSet<String> ROUND_RULES = ImmutableSet.of(GrantPoolRules.APPLICATION_WITHIN_POOL,
      GrantPoolRules.APPLICATION_ASSESSED, GrantPoolRules.TARGET_GROUP);
  private static final ImmutableSet<String> ALLOCATION_RULES = ImmutableSet.of(GrantPoolRules.AWARDS_WITHIN_POOL,
      GrantPoolRules.AWARD_WITHIN_REQUEST, GrantPoolRules.EVERY_APPLICATION_DECIDED);
  private static final List<TargetGroup> GROUPS = List.of(TargetGroup.YOUTH, TargetGroup.SOCIALLY_VULNERABLE,
      TargetGroup.IMMIGRANTS, TargetGroup.FIRST_TIME_VOTERS);
  private static final LocalDate ELECTION_DAY = LocalDate.of(2015, 6, 18);

  private GrantGenerators() {}

  /**
   * Returns the ids of the rules {@link #breakingRound(String)} and
   * {@link #breakingAllocation(String)} can break.
   *
   * @return the rule ids
   */
  public static ImmutableSet<String> breakableRules() {
    return ImmutableSet.<String>builder().addAll(ROUND_RULES).addAll(ALLOCATION_RULES).build();
  }

  /**
   * Returns a generator of pools in Danish kroner for one election, with one to four target groups,
   * up to two eligibility and three assessment criteria, a minimum score (often 0) and partial
   * awards on or off.
   *
   * @return the generator
   */
  public static Generator<GrantPool> pools() {
    return GrantGenerators::pool;
  }

  /**
   * Returns a generator of rounds that meet every grant-pool rule.
   *
   * @return the generator
   */
  public static Generator<GrantRound> rounds() {
    return (random, size) -> round(random, size, pool(random, size));
  }

  /**
   * Returns a generator of rounds on a given pool that meet every grant-pool rule.
   *
   * @param pool the pool
   * @return the generator
   */
  public static Generator<GrantRound> rounds(GrantPool pool) {
    return (random, size) -> round(random, size, pool);
  }

  /**
   * Returns a generator of allocations made by {@link GrantAllocator} on generated rounds.
   *
   * @return the generator
   */
  public static Generator<GrantAllocation> allocations() {
    return rounds().map(GrantAllocator::allocate);
  }

  /**
   * Returns a generator of rounds that break exactly the named rule of a round.
   *
   * @param ruleId {@code GRANT-APPLICATION-WITHIN-POOL}, {@code GRANT-APPLICATION-ASSESSED} or
   *     {@code GRANT-TARGET-GROUP}
   * @return the generator
   * @throws InvalidValueException if the rule is not one of these
   */
  public static Generator<GrantRound> breakingRound(String ruleId) {
    if (!ROUND_RULES.contains(ruleId)) {
      throw new InvalidValueException("ruleId", ruleId, "is not a rule of a round; breakable: " + ROUND_RULES);
    }
    return (random, size) -> {
      GrantRound round = round(random, size, pool(random, size));
      if (round.applications().isEmpty()) {
        round = GrantRound.of(round.pool(), List.of(application(random, size, round.pool(), 0)), List.of());
        round = GrantRound.of(round.pool(), round.applications(), List.of(assessment(random, round.pool(),
            round.applications().get(0))));
      }
      int victim = random.nextInt(round.applications().size());
      List<GrantApplication> applications = new ArrayList<>(round.applications());
      List<Assessment> assessments = new ArrayList<>(round.assessments());
      GrantApplication target = applications.get(victim);
      if (ruleId.equals(GrantPoolRules.APPLICATION_WITHIN_POOL)) {
        long over = round.pool().budget() + 1 + random.nextInt(100_000);
        applications.set(victim, GrantApplication.builder().from(target).amountRequested(over)
            .minimumAmount(Math.min(target.minimumAmount(), over)).build());
      } else if (ruleId.equals(GrantPoolRules.APPLICATION_ASSESSED)) {
        assessments.removeIf(a -> a.applicationId().equals(target.id()));
      } else {
        applications.set(victim, GrantApplication.builder().from(target).targetGroups(List.of(TargetGroup.ELDERLY))
            .build());
      }
      return GrantRound.of(round.pool(), applications, assessments);
    };
  }

  /**
   * Returns a generator of allocations that break exactly the named rule of an allocation.
   *
   * @param ruleId {@code GRANT-AWARDS-WITHIN-POOL}, {@code GRANT-AWARD-WITHIN-REQUEST} or
   *     {@code GRANT-EVERY-APPLICATION-DECIDED}
   * @return the generator
   * @throws InvalidValueException if the rule is not one of these
   */
  public static Generator<GrantAllocation> breakingAllocation(String ruleId) {
    if (!ALLOCATION_RULES.contains(ruleId)) {
      throw new InvalidValueException("ruleId", ruleId,
          "is not a rule of an allocation; breakable: " + ALLOCATION_RULES);
    }
    return (random, size) -> {
      GrantPool pool = pool(random, size);
      List<GrantApplication> applications = new ArrayList<>();
      int count = 2 + random.nextInt(size + 2);
      for (int i = 0; i < count; i++) {
        applications.add(application(random, size, pool, i));
      }
      if (ruleId.equals(GrantPoolRules.AWARDS_WITHIN_POOL)) {
        // Two applications asking for the whole pool, both granted in full.
        for (int i = 0; i < 2; i++) {
          applications.set(i, GrantApplication.builder().from(applications.get(i)).amountRequested(pool.budget())
              .minimumAmount(1).build());
        }
      } else if (ruleId.equals(GrantPoolRules.AWARD_WITHIN_REQUEST)) {
        applications.set(0, GrantApplication.builder().from(applications.get(0))
            .amountRequested(1 + random.nextLong(pool.budget() - 1)).minimumAmount(1).build());
      }
      List<Assessment> assessments = applications.stream().map(a -> assessment(random, pool, a)).toList();
      GrantRound round = GrantRound.of(pool, applications, assessments);
      List<GrantDecision> decisions = new ArrayList<>();
      if (ruleId.equals(GrantPoolRules.AWARDS_WITHIN_POOL)) {
        for (GrantApplication application : applications) {
          decisions.add(GrantDecision.byDecision(application.id(), DecisionOutcome.AWARDED,
              application.amountRequested(), "granted in full"));
        }
      } else if (ruleId.equals(GrantPoolRules.AWARD_WITHIN_REQUEST)) {
        GrantApplication first = applications.get(0);
        decisions.add(GrantDecision.byDecision(first.id(), DecisionOutcome.AWARDED, first.amountRequested() + 1,
            "granted a little more than asked"));
        for (GrantApplication application : applications.subList(1, applications.size())) {
          decisions.add(GrantDecision.byDecision(application.id(), DecisionOutcome.REJECTED, 0, "not granted"));
        }
      } else {
        decisions.addAll(GrantAllocator.allocate(round).decisions());
        decisions.remove(random.nextInt(decisions.size()));
      }
      return GrantAllocation.of(round, decisions);
    };
  }

  private static GrantPool pool(RandomGenerator random, int size) {
    long budget = 100L * (1 + random.nextLong(1_000L * (size + 1)));
    GrantPool.Builder pool = GrantPool.builder();
    pool.id("pool-" + random.nextInt(1000)).name("Pulje til valgfremme").currency(Money.DKK)
        .addElection(Election.of(ElectionKind.values()[random.nextInt(ElectionKind.values().length)], ELECTION_DAY))
        .budget(budget).partialAwards(random.nextBoolean());
    Set<ApplicantKind> kinds = EnumSet.noneOf(ApplicantKind.class);
    kinds.add(ApplicantKind.values()[random.nextInt(2)]);
    for (ApplicantKind kind : ApplicantKind.values()) {
      if (random.nextInt(3) == 0) {
        kinds.add(kind);
      }
    }
    pool.addAllEligibleApplicants(kinds);
    int groups = 1 + random.nextInt(GROUPS.size());
    pool.addAllTargetGroups(GROUPS.subList(0, groups));
    int conditions = random.nextInt(3);
    for (int i = 0; i < conditions; i++) {
      pool.addEligibility(EligibilityCriterion.of("condition-" + i, LocalizedText.ofAll("condition " + i)));
    }
    int criteria = random.nextInt(4);
    long maxScore = 0;
    for (int i = 0; i < criteria; i++) {
      int weight = 1 + random.nextInt(3);
      int points = 1 + random.nextInt(2 + size / 4);
      maxScore += (long) weight * points;
      pool.addAssessment(AssessmentCriterion.of("criterion-" + i, LocalizedText.ofAll("criterion " + i), weight,
          points));
    }
    pool.minimumScore(random.nextInt(3) == 0 ? random.nextLong(maxScore + 1) : 0);
    return pool.build();
  }

  private static GrantRound round(RandomGenerator random, int size, GrantPool pool) {
    int count = random.nextInt(size + 4);
    List<GrantApplication> applications = new ArrayList<>();
    List<Assessment> assessments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      GrantApplication application = application(random, size, pool, i);
      applications.add(application);
      assessments.add(assessment(random, pool, application));
    }
    return GrantRound.of(pool, applications, assessments);
  }

  private static GrantApplication application(RandomGenerator random, int size, GrantPool pool, int index) {
    long budget = pool.budget();
    long requested = random.nextInt(4) == 0 ? budget : 1 + random.nextLong(budget);
    requested = random.nextBoolean() ? Math.max(100, requested / 100 * 100) : requested;
    requested = Math.min(requested, budget);
    long minimum = random.nextBoolean() ? requested : 1 + random.nextLong(requested);
    Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
    List<TargetGroup> poolGroups = List.copyOf(pool.targetGroups());
    if (poolGroups.isEmpty()) {
      groups.add(GROUPS.get(random.nextInt(GROUPS.size())));
    } else {
      groups.add(poolGroups.get(random.nextInt(poolGroups.size())));
    }
    if (random.nextInt(4) == 0) {
      groups.add(TargetGroup.ELDERLY);
    }
    ApplicantKind kind = random.nextInt(5) == 0
        ? ApplicantKind.values()[random.nextInt(ApplicantKind.values().length)]
        : List.copyOf(pool.eligibleApplicants()).get(random.nextInt(pool.eligibleApplicants().size()));
    return GrantApplication.builder()
        .id(String.format(Locale.ROOT, "%c-%03d", (char) ('A' + random.nextInt(3)), index))
        .applicant(Applicant.of("Applicant " + index, kind))
        .project("Project " + index)
        .amountRequested(requested)
        .minimumAmount(minimum)
        .addAllTargetGroups(groups)
        .received(ELECTION_DAY.minusDays(30 + random.nextInt(1 + size / 3)))
        .build();
  }

  private static Assessment assessment(RandomGenerator random, GrantPool pool, GrantApplication application) {
    Assessment.Builder assessment = Assessment.builder();
    assessment.applicationId(application.id());
    for (EligibilityCriterion criterion : pool.eligibility()) {
      assessment.putCriteriaMet(criterion.id(), random.nextInt(6) != 0);
    }
    for (AssessmentCriterion criterion : pool.assessment()) {
      assessment.putPoint(criterion.id(), random.nextInt(criterion.maxPoints() + 1));
    }
    return assessment.build();
  }
}
