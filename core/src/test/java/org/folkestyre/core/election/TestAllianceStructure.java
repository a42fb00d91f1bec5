package org.folkestyre.core.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class TestAllianceStructure {

  @Test
  void of_withoutAlliances_everyListIsATopLevelUnit() {
    AllianceStructure structure = AllianceStructure.of(List.of(ListVotes.of("B", 1), ListVotes.of("A", 2)));
    assertEquals(List.of("B", "A"), structure.topLevel());
    assertEquals(List.of("B", "A"), structure.lists());
    assertFalse(structure.hasAlliances());
    assertEquals(List.of(), structure.members("A"));
  }

  @Test
  void of_derivesTheTreeInOrderOfFirstAppearance() {
    AllianceStructure structure = AllianceStructure.of(List.of(
        ListVotes.of("A", 1),
        ListVotes.of("B", 1, "VF1/LF1"),
        ListVotes.of("C", 1, "LF2"),
        ListVotes.of("D", 1, "VF1"),
        ListVotes.of("E", 1, "VF1/LF1"),
        ListVotes.of("F", 1, "LF2")));
    assertEquals(List.of("A", "VF1", "LF2"), structure.topLevel());
    assertEquals(Map.of("VF1", List.of("LF1", "D"), "LF1", List.of("B", "E"), "LF2", List.of("C", "F")),
        structure.alliances());
    assertEquals(List.of("VF1", "LF1", "LF2"), List.copyOf(structure.alliances().keySet()));
    assertTrue(structure.hasAlliances());
    assertTrue(structure.isAlliance("LF1"));
    assertFalse(structure.isAlliance("B"));
  }

  private static InvalidValueException rejected(ListVotes... votes) {
    return assertThrows(InvalidValueException.class, () -> AllianceStructure.of(List.of(votes)));
  }

  @Test
  void of_nameAtTwoLevels_isRejected() {
    InvalidValueException e = rejected(ListVotes.of("A", 1, "VF1/LF2"), ListVotes.of("B", 1, "LF2"));
    assertEquals("alliance", e.field());
    assertEquals("LF2", e.value());
    assertTrue(e.getMessage().contains("two levels"), e.getMessage());
    assertTrue(rejected(ListVotes.of("A", 1, "LF2"), ListVotes.of("B", 1, "VF1/LF2")).getMessage().contains("two levels"));
    assertTrue(rejected(ListVotes.of("A", 1, "VF1/VF1")).getMessage().contains("two levels"));
    assertTrue(rejected(ListVotes.of("A", 1, "VF1/LF1"), ListVotes.of("B", 1, "LF1/X")).getMessage().contains("two levels"));
  }

  @Test
  void of_listeforbundInTwoValgforbund_isRejected() {
    InvalidValueException e = rejected(ListVotes.of("A", 1, "VF1/LF2"), ListVotes.of("B", 1, "VF3/LF2"));
    assertEquals("VF3/LF2", e.value());
    assertTrue(e.getMessage().contains("'VF1' and 'VF3'"), e.getMessage());
  }

  @Test
  void of_allianceNamedLikeAList_isRejected() {
    InvalidValueException e = rejected(ListVotes.of("A", 1), ListVotes.of("B", 1, "a"));
    assertEquals("alliance", e.field());
    assertTrue(e.getMessage().contains("also the name of a list"), e.getMessage());
  }

  @Test
  void of_allianceSpelledTwoWays_isRejected() {
    InvalidValueException e = rejected(ListVotes.of("A", 1, "VF1"), ListVotes.of("B", 1, "vf1"));
    assertTrue(e.getMessage().contains("'VF1'"), e.getMessage());
  }

  @Test
  void of_duplicateLists_areRejected() {
    InvalidValueException same = rejected(ListVotes.of("A", 1), ListVotes.of("A", 2));
    assertEquals("list", same.field());
    assertTrue(same.getMessage().contains("appears twice"), same.getMessage());
    InvalidValueException caseOnly = rejected(ListVotes.of("Høyre", 1), ListVotes.of("HØYRE", 2));
    assertTrue(caseOnly.getMessage().contains("differ only in case"), caseOnly.getMessage());
  }

  @Test
  void of_empty_isRejected() {
    assertEquals("votes", rejected().field());
  }
}
