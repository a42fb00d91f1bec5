package org.folkestyre.toolkit.budgeting;

import static org.folkestyre.toolkit.budgeting.Fixtures.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.folkestyre.core.audit.AuditLog;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.testing.BallotGenerators;
import org.folkestyre.toolkit.testing.BallotGenerators.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestBallotProperties {
  private static BallotBox boxFor(Scenario s) {
    Clock clock = Clock.fixed(s.castAt(), ZoneOffset.UTC);
    return BallotBox.open("pb-property", s.election(), s.eligibility(), s.window(), clock, AuditLog.create(clock));
  }

  @Test
  void property_aGeneratedValidBallotIsAccepted() {
    PropertyCheck.forAll("a valid ballot is accepted", 20_260_501L, 400, 20, BallotGenerators.valid(), s -> {
      BallotReceipt receipt = boxFor(s).cast(s.identity(), s.submission());
      assertTrue(receipt.isAccepted(), receipt::toString);
    });
  }

  @ParameterizedTest
  @EnumSource(value = RejectionCode.class, names = "SECOND_BALLOT", mode = EnumSource.Mode.EXCLUDE)
  void property_breakingOneRuleGivesExactlyThatRejection(RejectionCode code) {
    PropertyCheck.forAll("breaking " + code + " alone", 20_260_502L + code.ordinal(), 150, 20,
        BallotGenerators.breaking(code), s -> {
          BallotBox box = boxFor(s);
          BallotReceipt receipt = box.cast(s.identity(), s.submission());
          assertEquals(List.of(code), codes(receipt.rejections()).stream().distinct().toList(), receipt::toString);
          assertEquals(1, box.rejectedBallots().size());
          assertEquals(0, box.acceptedBallots().size());
        });
  }

  @Test
  void property_aSecondBallotOfTheSamePersonIsRejectedForThatAlone() {
    PropertyCheck.forAll("the second ballot is rejected", 20_260_503L, 200, 20, BallotGenerators.valid(), s -> {
      BallotBox box = boxFor(s);
      assertTrue(box.cast(s.identity(), s.submission()).isAccepted());
      assertEquals(List.of(RejectionCode.SECOND_BALLOT), codes(box.cast(s.identity(), s.submission()).rejections()));
      assertEquals(1, box.election().ballots().size());
    });
  }

  @Test
  void property_acceptedBallotsValidateAgainWhenReadBack() {
    PropertyCheck.forAll("the box's election validates", 20_260_504L, 200, 20, BallotGenerators.valid(), s -> {
      BallotBox box = boxFor(s);
      box.cast(s.identity(), s.submission());
      assertEquals(List.of(), BallotValidator.of(box.election(), s.eligibility()).validateAll());
    });
  }

  @Test
  void breakingTheSecondBallotAloneIsNotAGeneratorsJob() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> BallotGenerators.breaking(RejectionCode.SECOND_BALLOT));
    assertEquals(RejectionCode.values().length - 1, BallotGenerators.breakableCodes().size());
  }
}
