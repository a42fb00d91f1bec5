/**
 * Grant pools — tilskuddsordninger / puljer (NO), puljer / puljeordninger (DK): a budget that
 * residents and associations apply to, such as Holbæk's pool for vote promotion (pulje til
 * valgfremme).
 *
 * <p>A {@link org.folkestyre.toolkit.grant.FundingScheme} states how much a pool holds per election
 * or per election year; a {@link org.folkestyre.toolkit.grant.GrantPool} is one round of it, with
 * who may apply, the eligibility and assessment criteria and the target groups. A
 * {@link org.folkestyre.toolkit.grant.GrantRound} holds the pool with its
 * {@link org.folkestyre.toolkit.grant.GrantApplication applications} and
 * {@link org.folkestyre.toolkit.grant.Assessment assessments};
 * {@link org.folkestyre.toolkit.grant.GrantAllocator} ranks the applications by score and decides
 * every one of them, never awarding more than the pool holds; the
 * {@link org.folkestyre.toolkit.grant.GrantAllocation} it returns records each
 * {@link org.folkestyre.toolkit.grant.GrantDecision} with its reason and gives a
 * {@link org.folkestyre.toolkit.grant.PoolReport}. {@link org.folkestyre.toolkit.grant.HolbaekVotePromotion}
 * holds the figures and criteria of Holbæk's scheme, and {@link org.folkestyre.toolkit.grant.GrantPoolRules}
 * the governance rules.
 *
 * <p>Money is in øre (1/100 of a krone) as a {@code long}, in the currency of the pool. No method
 * accepts {@code null}; a missing value is an {@link java.util.Optional} return. Structural
 * invariants are checked at construction ({@link org.folkestyre.core.InvalidValueException}).
 */
@FolkestyreStyle
package org.folkestyre.toolkit.grant;

import org.folkestyre.core.internal.FolkestyreStyle;
