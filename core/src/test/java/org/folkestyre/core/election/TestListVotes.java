package org.folkestyre.core.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestListVotes {

  @Test
  void of_normalisesTheNameToNfc() {
    ListVotes decomposed = ListVotes.of(" Ho\u0308yre ", 10); // o + combining diaeresis
    assertEquals("H\u00f6yre", decomposed.list());
    assertEquals(ListVotes.of("H\u00f6yre", 10), decomposed);
    assertEquals(10, decomposed.votes());
    assertEquals(Optional.empty(), decomposed.alliance());
    assertEquals(List.of(), decomposed.alliancePath());
  }

  @Test
  void of_zeroVotesAllowed_negativeRejected() {
    assertEquals(0, ListVotes.of("A", 0).votes());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ListVotes.of("A", -1));
    assertEquals("votes", e.field());
    assertEquals("-1", e.value());
    assertThrows(InvalidValueException.class, () -> ListVotes.of("A", 5).withVotes(-5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "\t"})
  void of_blankName_isRejected(String name) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ListVotes.of(name, 1));
    assertEquals("list", e.field());
  }

  @ParameterizedTest
  @CsvSource({"VF1, VF1, 1", "' VF1 / LF2 ', VF1/LF2, 2", "' Valgforbund Øst/ Listeforbund Vest', Valgforbund Øst/Listeforbund Vest, 2"})
  void of_alliancePaths(String path, String normalised, int levels) {
    ListVotes votes = ListVotes.of("A", 1, path);
    assertEquals(Optional.of(normalised), votes.alliance());
    assertEquals(levels, votes.alliancePath().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void of_blankAlliance_meansStandAlone(String path) {
    assertEquals(ListVotes.of("A", 1), ListVotes.of("A", 1, path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"VF1/", "/LF2", "VF1//LF2", "VF1/ /LF2", "VF1/LF2/X"})
  void of_badAlliancePaths_areRejected(String path) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ListVotes.of("A", 1, path));
    assertEquals("alliance", e.field());
    assertEquals(path, e.value());
    assertTrue(e.getMessage().contains("VF1/LF2"), e.getMessage());
  }

  @Test
  void withList_keepsVotesAndAlliance() {
    ListVotes renamed = ListVotes.of("A", 7, "VF1/LF1").withList("B");
    assertEquals(ListVotes.of("B", 7, "VF1/LF1"), renamed);
    assertEquals("B=7 [VF1/LF1]", renamed.toString());
  }
}
