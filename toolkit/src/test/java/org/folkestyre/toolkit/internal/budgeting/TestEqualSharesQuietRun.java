package org.folkestyre.toolkit.internal.budgeting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.budgeting.TieBreaking;
import org.folkestyre.toolkit.testing.BudgetingGenerators;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The run without steps, which decides most comparisons in floating point and computes exactly only
 * close calls, against the fully exact run that records steps: the same projects at every budget.
 */
class TestEqualSharesQuietRun {
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void quietRunSelectsWhatTheExactRunSelects(boolean costUtility) {
    PropertyCheck.forAll("quiet MES = exact MES", 11L, 400, 12, BudgetingGenerators.approvalElections(), e -> {
      ApprovalProfile profile = ApprovalProfile.of(e);
      Rational share = profile.voters == 0 ? profile.budget : profile.budget.dividedBy(profile.voters);
      // The raises of Add1, and small fractions of a unit, which make budgets that differ in the last digits.
      for (Rational perVoter : new Rational[] {share, share.plus(Rational.ONE), share.plus(Rational.of(7)),
          share.plus(Rational.ONE.dividedBy(3)), share.times(2).dividedBy(3)}) {
        EqualShares.Run exact = EqualShares.run(profile, costUtility, perVoter, TieBreaking.lexicographic(),
            new ArrayList<>());
        EqualShares.Run quiet = EqualShares.run(profile, costUtility, perVoter, TieBreaking.lexicographic(), null);
        assertArrayEquals(exact.selected, quiet.selected, "per voter " + perVoter);
        assertEquals(exact.totalCost, quiet.totalCost, "per voter " + perVoter);
      }
    });
  }
}
