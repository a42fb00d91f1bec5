package org.folkestyre.toolkit.grant;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;

/**
 * Decides every application of a round by score within what remains of the pool — tildeling etter
 * rangering (NO), fordeling efter prioritering (DK).
 *
 * <p>The procedure, in full:
 * <ol>
 *   <li>An application from a kind of applicant the pool is not open to is rejected
 *       ({@link DecisionReason#APPLICANT_NOT_ELIGIBLE}); then one that fails an eligibility
 *       criterion, naming the first in the pool's order ({@link DecisionReason#CRITERION_NOT_MET});
 *       then one scoring below the pool's minimum ({@link DecisionReason#BELOW_MINIMUM_SCORE}).</li>
 *   <li>The others are ranked: higher score first; on equal scores the smaller amount asked for
 *       (so that the pool reaches more projects); then the earlier date received; then the
 *       application id in {@link String#compareTo} order. Ids are unique, so the ranking is total
 *       and does not depend on the order the applications are listed in.</li>
 *   <li>In rank order, an application asking no more than what remains is awarded in full; one
 *       asking more is given all that remains if the pool makes partial awards and that is at least
 *       the project's minimum; otherwise it is rejected ({@link DecisionReason#POOL_EXHAUSTED})
 *       and the next is considered, so a smaller application further down may still be funded.</li>
 * </ol>
 *
 * <p>Guarantees, each tested over generated rounds: the total awarded never exceeds the budget;
 * every application gets exactly one decision; the outcome does not depend on the order of the
 * applications; and an application's award never falls when its score rises, everything else
 * unchanged (a higher score can only move it up the ranking, ahead of fewer awards, and the amount
 * an application gets is a non-decreasing function of what remains at its turn). Raising one
 * application's score can lower another's award. This class is thread-safe.
 */
public final class GrantAllocator {
  private GrantAllocator() {}

  /**
   * Decides every application of a round.
   *
   * @param round the round, with every application assessed and none asking more than the pool
   * @return the decisions, ranked applications first in rank order
   * @throws InvalidValueException if an application is not assessed, or asks for more than the
   *     whole pool (which no ranking could grant; reject it by hand with
   *     {@link GrantDecision#byDecision} or have the applicant reduce it)
   */
  public static GrantAllocation allocate(GrantRound round) {
    Objects.requireNonNull(round, "round");
    GrantPool pool = round.pool();
    for (GrantApplication application : round.applications()) {
      if (application.amountRequested() > pool.budget()) {
        throw new InvalidValueException("applications[" + application.id() + "].amountRequested",
            Amounts.format(application.amountRequested(), pool.currency(), Language.EN),
            "asks for more than the whole pool of " + Amounts.format(pool.budget(), pool.currency(), Language.EN)
                + " (" + GrantPoolRules.APPLICATION_WITHIN_POOL + "); a pool never awards more than it holds");
      }
      if (round.assessment(application.id()).isEmpty()) {
        throw new InvalidValueException("applications[" + application.id() + "]", application.id(),
            "is not assessed; every application is assessed before allocation ("
                + GrantPoolRules.APPLICATION_ASSESSED + ")");
      }
    }
    List<GrantDecision> unranked = new ArrayList<>();
    List<GrantApplication> ranked = new ArrayList<>();
    List<GrantApplication> byReceipt = new ArrayList<>(round.applications());
    byReceipt.sort(Comparator.comparing(GrantApplication::received).thenComparing(GrantApplication::id));
    for (GrantApplication application : byReceipt) {
      long score = round.score(application.id()).orElseThrow();
      Optional<GrantDecision> rejection = screen(pool, round.assessment(application.id()).orElseThrow(),
          application, score);
      if (rejection.isPresent()) {
        unranked.add(rejection.get());
      } else {
        ranked.add(application);
      }
    }
    ranked.sort(Comparator.<GrantApplication>comparingLong(a -> -round.score(a.id()).orElseThrow())
        .thenComparingLong(GrantApplication::amountRequested)
        .thenComparing(GrantApplication::received)
        .thenComparing(GrantApplication::id));
    ImmutableList.Builder<GrantDecision> decisions = ImmutableList.builder();
    long remaining = pool.budget();
    for (int i = 0; i < ranked.size(); i++) {
      GrantApplication application = ranked.get(i);
      long score = round.score(application.id()).orElseThrow();
      GrantDecision.Builder decision = GrantDecision.builder();
      decision.applicationId(application.id()).rank(i + 1).score(score)
          .putValue("rank", String.valueOf(i + 1)).putValue("score", String.valueOf(score))
          .putValue("requested", String.valueOf(application.amountRequested()));
      if (application.amountRequested() <= remaining) {
        decision.outcome(DecisionOutcome.AWARDED).amountAwarded(application.amountRequested())
            .reason(DecisionReason.AWARDED_IN_FULL);
        remaining -= application.amountRequested();
      } else if (pool.partialAwards() && remaining >= application.minimumAmount()) {
        decision.outcome(DecisionOutcome.PARTIAL).amountAwarded(remaining)
            .reason(DecisionReason.PARTIAL_REMAINDER).putValue("awarded", String.valueOf(remaining));
        remaining = 0;
      } else {
        long needed = pool.partialAwards() ? application.minimumAmount() : application.amountRequested();
        decision.outcome(DecisionOutcome.REJECTED).amountAwarded(0).reason(DecisionReason.POOL_EXHAUSTED)
            .putValue("remaining", String.valueOf(remaining)).putValue("needed", String.valueOf(needed));
      }
      decisions.add(decision.build());
    }
    return GrantAllocation.of(round, decisions.addAll(unranked).build());
  }

  private static Optional<GrantDecision> screen(GrantPool pool, Assessment assessment, GrantApplication application,
      long score) {
    GrantDecision.Builder decision = GrantDecision.builder();
    decision.applicationId(application.id()).outcome(DecisionOutcome.REJECTED).amountAwarded(0).score(score);
    if (!pool.eligibleApplicants().contains(application.applicant().kind())) {
      return Optional.of(decision.reason(DecisionReason.APPLICANT_NOT_ELIGIBLE)
          .putValue("kind", application.applicant().kind().name())
          .putValue("eligible", pool.eligibleApplicants().stream().sorted().map(Enum::name)
              .collect(Collectors.joining(", ")))
          .build());
    }
    for (EligibilityCriterion criterion : pool.eligibility()) {
      if (!assessment.criteriaMet().get(criterion.id())) {
        return Optional.of(decision.reason(DecisionReason.CRITERION_NOT_MET)
            .putValue("criterion", criterion.id()).build());
      }
    }
    if (score < pool.minimumScore()) {
      return Optional.of(decision.reason(DecisionReason.BELOW_MINIMUM_SCORE)
          .putValue("score", String.valueOf(score)).putValue("minimum", String.valueOf(pool.minimumScore()))
          .build());
    }
    return Optional.empty();
  }
}
