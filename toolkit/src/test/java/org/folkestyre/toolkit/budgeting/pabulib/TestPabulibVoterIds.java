package org.folkestyre.toolkit.budgeting.pabulib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.budgeting.Ballot;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Voter ids are unique however they are written: the reader skips looking up ids that are numbers in
 * increasing order, and must still find a repeat once they are not.
 */
class TestPabulibVoterIds {
  private static final String HEAD = "META\nkey;value\nbudget;100\nvote_type;approval\n"
      + "PROJECTS\nproject_id;cost\n1;60\n2;40\nVOTES\nvoter_id;vote\n";

  private static BudgetingElection read(List<String> ids) {
    StringBuilder text = new StringBuilder(HEAD);
    ids.forEach(id -> text.append(id).append(";1\n"));
    return PabulibReader.read(new StringReader(text.toString()), "ids.pb");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "1 2 3 2|14", "1 2 10 9 10|15", "1 2 010 3 2|15", "7 5 7|13", "a 1 2 a|14", "1 01 1|13", "0 0|12",
      "999999999999999999 1000000000000000000 999999999999999999|13"})
  void findsTheRepeatedVoterIdOnItsLine(String ids, long line) {
    PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> read(List.of(ids.split(" "))));
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(true, e.problem().contains("appears twice"), e.getMessage());
  }

  @Test
  void keepsEveryDistinctIdInOrder() {
    Generator<List<String>> ids = (random, size) -> {
      List<String> out = new ArrayList<>();
      long next = random.nextInt(3);
      for (int i = 0; i <= size * 3; i++) {
        // Mostly increasing numbers, sometimes a step back, a leading zero or a name.
        switch (random.nextInt(8)) {
          case 0 -> out.add(String.valueOf(random.nextInt(20)));
          case 1 -> out.add("0" + random.nextInt(20));
          case 2 -> out.add("v" + random.nextInt(20));
          default -> out.add(String.valueOf(next += 1 + random.nextInt(3)));
        }
      }
      return out;
    };
    PropertyCheck.forAll("voter ids", 17L, 400, 10, ids, list -> {
      Set<String> distinct = new LinkedHashSet<>(list);
      if (distinct.size() == list.size()) {
        assertEquals(list, read(list).ballots().stream().map(Ballot::voter).map(v -> v.id()).toList());
      } else {
        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> read(list));
        Set<String> seen = new LinkedHashSet<>();
        int firstRepeat = 0;
        while (seen.add(list.get(firstRepeat))) {
          firstRepeat++;
        }
        assertEquals(11 + firstRepeat, e.line(), e.getMessage());
      }
    });
  }
}
