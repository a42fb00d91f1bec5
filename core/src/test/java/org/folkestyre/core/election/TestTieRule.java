package org.folkestyre.core.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;

class TestTieRule {

  @Test
  void forJurisdiction_builtIns() {
    assertEquals(TieRule.NORWAY, TieRule.forJurisdiction(Jurisdiction.norway()));
    assertEquals(TieRule.DENMARK, TieRule.forJurisdiction(Jurisdiction.denmark()));
    assertTrue(TieRule.NORWAY.prefersLargerVoteTotal());
    assertFalse(TieRule.DENMARK.prefersLargerVoteTotal());
  }

  @Test
  void forJurisdiction_other_isRejectedNamingIt() {
    Jurisdiction other = Jurisdiction.builder().from(Jurisdiction.norway()).id("SE").build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> TieRule.forJurisdiction(other));
    assertEquals("jurisdiction", e.field());
    assertEquals(other.id(), e.value());
  }
}
