package org.folkestyre.toolkit.grant;

import static org.folkestyre.toolkit.grant.HolbaekRound.KR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.folkestyre.core.Language;
import org.folkestyre.toolkit.method.TargetGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The report of Holbæk's round for the general election of 2015. */
class TestPoolReport {
  private final PoolReport report = GrantAllocator.allocate(HolbaekRound.round()).report();

  @Test
  void figures() {
    assertEquals(List.of(HolbaekRound.FV2015), List.copyOf(report.elections()));
    assertEquals(6, report.applications());
    // 30,000 + 25,000 + 28,000 + 10,000 + 15,000 + 10,000
    assertEquals(118_000 * KR, report.requested());
    assertEquals(75_000 * KR, report.awarded());
    assertEquals(0, report.remaining());
    assertEquals(Map.of(DecisionOutcome.AWARDED, 2, DecisionOutcome.PARTIAL, 1, DecisionOutcome.REJECTED, 3),
        report.outcomes());
    assertTrue(report.undecided().isEmpty());
  }

  @Test
  void figuresPerTargetGroup() {
    // The pool's groups in TargetGroup order, then the other group an application names.
    assertEquals(List.of(TargetGroup.YOUTH, TargetGroup.SOCIALLY_VULNERABLE, TargetGroup.IMMIGRANTS,
        TargetGroup.ELDERLY), report.targetGroups().stream().map(TargetGroupSummary::group).toList());
    TargetGroupSummary youth = report.targetGroups().get(0);         // H1, H4, H5
    assertEquals(3, youth.applications());
    assertEquals(55_000 * KR, youth.requested());
    assertEquals(30_000 * KR, youth.awarded());
    TargetGroupSummary vulnerable = report.targetGroups().get(1);    // H3, H6
    assertEquals(2, vulnerable.applications());
    assertEquals(38_000 * KR, vulnerable.requested());
    assertEquals(20_000 * KR, vulnerable.awarded());
    TargetGroupSummary immigrants = report.targetGroups().get(2);    // H2
    assertEquals(25_000 * KR, immigrants.awarded());
  }

  @Test
  void danishText() {
    String text = report.toText(Language.DA);
    for (String expected : new String[] {
        "Pulje til valgfremme – folketingsvalg 2015-06-18", "Pulje: DKK 75.000",
        "Ansøgninger: 6, ansøgt i alt DKK 118.000",
        "Bevilget: DKK 75.000 (2 bevilget, 1 delvist bevilget, 3 afslået)", "Tilbage: DKK 0",
        " 1. H1 Valgcafé for unge (Ungdomsklubben Fjordlyst, forening): ansøgt DKK 30.000, 30 point: bevilget"
            + " DKK 30.000",
        " -  H4 Valgplakatkonkurrence", "  nydanskere: ansøgninger 1, ansøgt DKK 25.000, bevilget DKK 25.000",
        " 4. H6 Følgeskab til valgstedet (Bofællesskabet Solsikken, forening): ansøgt DKK 10.000, 14 point: afslået\n"}) {
      assertTrue(text.contains(expected), () -> expected + " in\n" + text);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyLanguage(Language language) {
    String text = report.toText(language);
    assertTrue(!text.contains("{"), text);
    for (DecisionLine line : report.lines()) {
      assertTrue(text.contains(line.reason().get(language)), text);
    }
  }

  @Test
  void anAllocationByHandMayLeaveApplicationsUndecided() {
    GrantRound round = HolbaekRound.round();
    GrantAllocation partial = GrantAllocation.of(round, List.of(
        GrantDecision.byDecision("H1", DecisionOutcome.AWARDED, 30_000 * KR, "Udvalget bevilgede ansøgningen.")));
    PoolReport byHand = partial.report();
    assertEquals(List.of("H2", "H3", "H4", "H5", "H6"), byHand.undecided());
    assertEquals(6, byHand.applications());
    assertEquals(45_000 * KR, byHand.remaining());
    assertTrue(byHand.toText(Language.DA).contains("Afgørelse: Udvalget bevilgede ansøgningen."));
  }
}
