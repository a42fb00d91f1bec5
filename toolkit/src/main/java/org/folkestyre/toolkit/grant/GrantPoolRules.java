package org.folkestyre.toolkit.grant;

import com.google.common.collect.ImmutableList;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePack;
import org.folkestyre.toolkit.internal.rules.GrantRules;

/**
 * The governance rules of grant pools — regler for puljer: one pack, {@value #PACK_ID}, checking a
 * {@link GrantRound} before allocation and a {@link GrantAllocation} after it.
 *
 * <p>Run it with {@code Validator.of(List.of(GrantPoolRules.pack()))}. Its sources are Holbæk's pool
 * and the Danish forvaltningslov, but the checks hold for any pool, so the pack belongs to no
 * jurisdiction and a Norwegian municipality runs it the same way. The rules never throw; an
 * application above the pool is both a violation here (so that a round can be asked what is wrong
 * with it) and an error of {@link GrantAllocator#allocate} (which cannot decide it).
 */
public final class GrantPoolRules {
  /** Id of the pack. */
  public static final String PACK_ID = "GRANT-POOL";
  /** Id: an application asks for no more than the whole pool. */
  public static final String APPLICATION_WITHIN_POOL = GrantRules.APPLICATION_WITHIN_POOL;
  /** Id: every application is assessed before allocation. */
  public static final String APPLICATION_ASSESSED = GrantRules.APPLICATION_ASSESSED;
  /** Id: an application reaches at least one of the pool's target groups (a warning). */
  public static final String TARGET_GROUP = GrantRules.TARGET_GROUP;
  /** Id: the awards of a round together stay within the pool. */
  public static final String AWARDS_WITHIN_POOL = GrantRules.AWARDS_WITHIN_POOL;
  /** Id: no application is granted more than it asked for. */
  public static final String AWARD_WITHIN_REQUEST = GrantRules.AWARD_WITHIN_REQUEST;
  /** Id: every application is decided exactly once. */
  public static final String EVERY_APPLICATION_DECIDED = GrantRules.EVERY_APPLICATION_DECIDED;

  private static final RulePack PACK = RulePack.of(PACK_ID, LocalizedText.of("Regler for tilskuddspuljer",
      "Reglar for tilskotspuljer", "Regler for puljer", "Grant-pool rules"), GrantRules.ALL);

  private GrantPoolRules() {}

  /**
   * Returns the pack of grant-pool rules.
   *
   * @return the pack {@value #PACK_ID}
   */
  public static RulePack pack() {
    return PACK;
  }

  /**
   * Returns the rules of the pack.
   *
   * @return the rules, in pack order
   */
  public static ImmutableList<Rule<?>> rules() {
    return PACK.rules();
  }
}
