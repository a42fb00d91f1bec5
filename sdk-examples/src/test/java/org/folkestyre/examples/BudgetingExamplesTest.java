package org.folkestyre.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.folkestyre.toolkit.budgeting.BudgetingOutcome;
import org.junit.jupiter.api.Test;

class BudgetingExamplesTest {
  @Test
  void greedyFundsTheMajorityAndEqualSharesTheMinorityToo() {
    // Greedy: P1 (4 approvals) and P2 (3) use the whole 100,000. MES: each voter has 100,000/6;
    // P1 costs its 4 supporters 15,000 each (ρ = 1/4), then P2's supporters have 1,666.67 each
    // left, too little for 40,000, while P3's two supporters pay 15,000 each of their 16,666.67.
    assertEquals(Map.of("greedy", List.of("P1", "P2"), "mes", List.of("P1", "P3")),
        BudgetingExamples.greedyVersusEqualShares());
  }

  @Test
  void readsAPabulibFile() {
    BudgetingOutcome outcome = BudgetingExamples.fromPabulib(Path.of("src", "test", "resources", "pabulib",
        "Canada_Stanford_Dataset_PB_Dieppe_2018_vote_approvals.pb"));
    assertEquals(List.of("780", "792", "786", "791", "779", "788", "789"), outcome.selectedIds());
  }
}
