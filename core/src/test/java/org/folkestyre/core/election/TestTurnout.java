package org.folkestyre.core.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class TestTurnout {

  @Test
  void holbaek_2009to2013_rosePointSevenFourPoints() {
    // Seed 004: "fra 66,7 pct. til 71,4 pct."
    Turnout kv09 = Turnout.ofPercent("KV2009", Turnout.ALL_VOTERS, new BigDecimal("66.7"));
    Turnout kv13 = Turnout.ofPercent("KV2013", Turnout.ALL_VOTERS, new BigDecimal("71.4"));
    assertEquals(new BigDecimal("4.7"), kv13.changeSince(kv09));
    assertEquals(new BigDecimal("-4.7"), kv09.changeSince(kv13));
  }

  @Test
  void ofCounts_isExact() {
    Turnout turnout = Turnout.ofCounts("KV2023", "19-21", 3, 2);
    assertEquals(new BigDecimal("66.666667"), turnout.percent());
    assertEquals(new BigDecimal("50"), Turnout.ofCounts("KV2023", "all", 2, 1).percent());
    assertEquals(java.util.Optional.of(3L), turnout.eligible());
  }

  @Test
  void differentGroups_cannotBeCompared() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () ->
        Turnout.ofPercent("KV2013", "19-21", BigDecimal.TEN).changeSince(Turnout.ofPercent("KV2009", "all", BigDecimal.ONE)));
    assertEquals("group", e.field());
  }

  @Test
  void inconsistentFigures_rejected() {
    assertThrows(InvalidValueException.class, () -> Turnout.ofCounts("KV", "all", 10, 11));
    assertThrows(InvalidValueException.class, () -> Turnout.ofCounts("KV", "all", 0, 0));
    assertThrows(InvalidValueException.class, () -> Turnout.ofPercent("KV", "all", new BigDecimal("100.1")));
    assertThrows(InvalidValueException.class, () -> Turnout.ofPercent("KV", "all", new BigDecimal("-0.1")));
  }

  @Test
  void property_changesAddUpAcrossThreeElections() {
    SplittableRandom random = new SplittableRandom(2013L);
    for (int i = 0; i < 500; i++) {
      Turnout[] t = new Turnout[3];
      for (int j = 0; j < 3; j++) {
        long eligible = 1 + random.nextLong(1_000_000);
        t[j] = Turnout.ofCounts("E" + j, "all", eligible, random.nextLong(eligible + 1));
      }
      assertEquals(0, t[2].changeSince(t[0]).compareTo(t[2].changeSince(t[1]).add(t[1].changeSince(t[0]))),
          "seed 2013 try " + i);
    }
  }
}
