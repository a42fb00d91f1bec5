package org.folkestyre.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.toolkit.grant.GrantAllocation;
import org.folkestyre.toolkit.grant.GrantAllocator;
import org.folkestyre.toolkit.grant.GrantPoolRules;
import org.folkestyre.toolkit.grant.GrantRound;
import org.junit.jupiter.api.Test;

/** Runs {@link VotePromotionPool}, the example of docs/grant-pools.md. */
class VotePromotionPoolTest {

  @Test
  void printsTheDanishReport() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      VotePromotionPool.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String report = captured.toString(StandardCharsets.UTF_8);
    assertTrue(report.startsWith("Pulje til valgfremme – folketingsvalg 2015-06-18\nPulje: DKK 75.000\n"), report);
    assertTrue(report.contains("Bevilget: DKK 75.000 (2 bevilget, 1 delvist bevilget, 3 afslået)"), report);
  }

  @Test
  void theRoundAndItsAllocationBreakNoRule() {
    GrantRound round = VotePromotionPool.round();
    Validator validator = Validator.of(List.of(GrantPoolRules.pack()));
    ValidationContext context = ValidationContext.asOf(LocalDate.of(2015, 6, 5));
    assertEquals(List.of(), validator.validate(round, context).violations());
    GrantAllocation allocation = GrantAllocator.allocate(round);
    assertEquals(List.of(), validator.validate(allocation, context).violations());
    // 30,000 + 25,000 + 20,000 of the 75,000.
    assertEquals(7_500_000, allocation.totalAwarded());
  }
}
