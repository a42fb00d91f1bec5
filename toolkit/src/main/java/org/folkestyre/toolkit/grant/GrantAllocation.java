package org.folkestyre.toolkit.grant;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.immutables.value.Value;

/**
 * The decisions of one round of a grant pool — tildeling (NO), fordeling / bevillinger (DK).
 *
 * <p>{@link GrantAllocator#allocate(GrantRound)} returns one that decides every application once
 * and stays within the pool; one recorded by hand is checked by the governance rules
 * ({@code GRANT-AWARDS-WITHIN-POOL}, {@code GRANT-EVERY-APPLICATION-DECIDED},
 * {@code GRANT-AWARD-WITHIN-REQUEST}) rather than at construction, so that a committee's record can
 * be built and asked what is wrong with it. Only a decision on an application the round does not
 * hold is refused at construction. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GrantAllocation {
  GrantAllocation() {}

  /**
   * Returns the round decided.
   *
   * @return the round
   */
  @Value.Parameter
  public abstract GrantRound round();

  /**
   * Returns the decisions: from {@link GrantAllocator}, the ranked applications in rank order and
   * then those rejected before ranking, by date received and id.
   *
   * @return the decisions
   */
  @Value.Parameter
  public abstract ImmutableList<GrantDecision> decisions();

  /**
   * Obtains an allocation from decisions made by hand.
   *
   * @param round the round
   * @param decisions the decisions
   * @return the allocation
   */
  public static GrantAllocation of(GrantRound round, Iterable<? extends GrantDecision> decisions) {
    return ImmutableGrantAllocation.of(round, decisions);
  }

  /**
   * Returns the decision on an application.
   *
   * @param applicationId the application's id
   * @return the first decision on it, or empty
   */
  public Optional<GrantDecision> decision(String applicationId) {
    return decisions().stream().filter(d -> d.applicationId().equals(applicationId)).findFirst();
  }

  /**
   * Returns the total granted, in øre.
   *
   * @return the sum of the amounts awarded
   */
  public long totalAwarded() {
    return decisions().stream().mapToLong(GrantDecision::amountAwarded).reduce(0L, Math::addExact);
  }

  /**
   * Returns what is left of the pool, in øre.
   *
   * @return the budget less the total awarded; negative only for decisions that break
   *     {@code GRANT-AWARDS-WITHIN-POOL}
   */
  public long remaining() {
    return round().pool().budget() - totalAwarded();
  }

  /**
   * Returns the total granted as money.
   *
   * @return the total in the pool's currency
   */
  public Money totalAwardedMoney() {
    return Money.ofMinor(round().pool().currency(), totalAwarded());
  }

  @Value.Check
  void check() {
    for (int i = 0; i < decisions().size(); i++) {
      String id = decisions().get(i).applicationId();
      if (round().application(id).isEmpty()) {
        throw new InvalidValueException("decisions[" + i + "].applicationId", id, "decides no application of the round");
      }
    }
  }

  /**
   * Returns the report of the round.
   *
   * @return the report
   */
  public PoolReport report() {
    return PoolReport.of(this);
  }
}
