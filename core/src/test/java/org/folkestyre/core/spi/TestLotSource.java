package org.folkestyre.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TestLotSource {
  private static final List<String> THREE = List.of("A", "B", "C");

  @Test
  void seeded_isTheDocumentedSplittableRandomSequence() {
    LotSource lots = LotSource.seeded(42);
    SplittableRandom reference = new SplittableRandom(42);
    for (int i = 0; i < 50; i++) {
      List<String> names = i % 2 == 0 ? THREE : List.of("A", "B");
      assertEquals(reference.nextInt(names.size()), lots.draw(names));
    }
  }

  @Test
  void seeded_sameSeedSameDraws_andEveryIndexReachable() {
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    LotSource a = LotSource.seeded(7);
    LotSource b = LotSource.seeded(7);
    for (int i = 0; i < 200; i++) {
      first.add(a.draw(THREE));
      second.add(b.draw(THREE));
    }
    assertEquals(first, second);
    assertTrue(first.containsAll(List.of(0, 1, 2)));
    assertTrue(first.stream().allMatch(i -> i >= 0 && i < 3));
  }

  @Test
  void seeded_emptyNames_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> LotSource.seeded(1).draw(List.of()));
  }
}
