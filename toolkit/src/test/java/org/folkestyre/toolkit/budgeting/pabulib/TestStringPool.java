package org.folkestyre.toolkit.budgeting.pabulib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.Test;

/** The reader's pool of strings behaves as a set of strings, found by ranges of characters. */
class TestStringPool {
  private static final Generator<List<String>> WORDS = (random, size) -> {
    List<String> words = new ArrayList<>();
    for (int i = 0; i <= size * 20; i++) {
      // Numbers close to each other, as voter ids are, and short names with Polish letters.
      words.add(random.nextBoolean() ? String.valueOf(1_401_204_000 + random.nextInt(size * 40 + 1))
          : "Ł" + (char) ('a' + random.nextInt(5)) + random.nextInt(3));
    }
    return words;
  };

  private static char[] inContext(String word) {
    return ("<;" + word + ";>").toCharArray();
  }

  @Test
  void addsEachStringOnceAndFindsItByRange() {
    PropertyCheck.forAll("string pool", 5L, 300, 40, WORDS, words -> {
      StringPool pool = new StringPool();
      Set<String> seen = new HashSet<>();
      for (String word : words) {
        char[] c = inContext(word);
        String added = pool.addNew(c, 2, 2 + word.length());
        assertEquals(seen.add(word), added != null, word);
        if (added != null) {
          assertEquals(word, added);
        }
        assertEquals(word, pool.get(c, 2, 2 + word.length()));
      }
      assertNull(pool.get("nowhere".toCharArray(), 0, 7));
    });
  }

  @Test
  void internsUpToItsLimitThenMakesNewStrings() {
    StringPool pool = new StringPool(2);
    String a = pool.intern(inContext("a"), 2, 3);
    assertSame(a, pool.intern(inContext("a"), 2, 3));
    pool.intern(inContext("b"), 2, 3);
    String c = pool.intern(inContext("c"), 2, 3);
    assertEquals("c", c);
    assertNull(pool.get(inContext("c"), 2, 3));
    assertSame(a, pool.intern(inContext("a"), 2, 3));
  }
}
