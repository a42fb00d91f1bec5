package org.folkestyre.core.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Findings: factories and their structural rules. */
class TestFinding {
  @Test
  void redaction_hasAReplacement() {
    Finding finding = Finding.redaction(FindingKind.PHONE, 5, 13, Certainty.PROBABLE, "[telefon]");
    assertEquals(8, finding.length());
    assertTrue(finding.isRedaction());
    assertEquals(Optional.of("[telefon]"), finding.replacement());
    assertEquals(Optional.empty(), finding.topic());
    assertEquals("91234567", finding.textIn("Ring 91234567."));
    assertEquals("PHONE[5, 13) probable → [telefon]", finding.toString());
  }

  @Test
  void reviewFlags_replaceNothing() {
    Finding name = Finding.namedThirdParty(0, 3);
    assertFalse(name.isRedaction());
    assertEquals(Optional.empty(), name.replacement());
    assertEquals(Certainty.PROBABLE, name.certainty());
    Finding keyword = Finding.specialCategory(SensitiveTopic.HEALTH, 4, 9);
    assertEquals(Optional.of(SensitiveTopic.HEALTH), keyword.topic());
    assertEquals("SPECIAL_CATEGORY[4, 9) probable (HEALTH)", keyword.toString());
  }

  @Test
  void structuralRules_areChecked() {
    InvalidValueException negative = assertThrows(InvalidValueException.class,
        () -> Finding.redaction(FindingKind.PHONE, -1, 3, Certainty.CERTAIN, "x"));
    assertEquals("finding.start", negative.field());
    InvalidValueException empty = assertThrows(InvalidValueException.class,
        () -> Finding.redaction(FindingKind.PHONE, 3, 3, Certainty.CERTAIN, "x"));
    assertEquals("finding.end", empty.field());
    assertThrows(InvalidValueException.class,
        () -> Finding.redaction(FindingKind.NAMED_THIRD_PARTY, 0, 3, Certainty.CERTAIN, "x"));
    assertThrows(InvalidValueException.class,
        () -> Finding.builder().kind(FindingKind.EMAIL).start(0).end(3).certainty(Certainty.CERTAIN).build());
    assertThrows(InvalidValueException.class, () -> Finding.builder().kind(FindingKind.SPECIAL_CATEGORY).start(0)
        .end(3).certainty(Certainty.PROBABLE).build());
    assertThrows(InvalidValueException.class, () -> Finding.builder().kind(FindingKind.NAMED_THIRD_PARTY).start(0)
        .end(3).certainty(Certainty.PROBABLE).topic(SensitiveTopic.HEALTH).build());
    assertThrows(InvalidValueException.class, () -> Finding.namedThirdParty(0, 9).textIn("short"));
  }

  @Test
  void overlaps_sharesACharacter() {
    Finding a = Finding.namedThirdParty(0, 5);
    assertTrue(a.overlaps(Finding.namedThirdParty(4, 6)));
    assertFalse(a.overlaps(Finding.namedThirdParty(5, 6)));
  }

  @Test
  void kinds_andCertainties() {
    assertTrue(FindingKind.DK_CPR.isNationalIdentityNumber());
    assertFalse(FindingKind.PHONE.isNationalIdentityNumber());
    assertTrue(FindingKind.SPECIAL_CATEGORY.isReviewFlag());
    assertEquals("certain", Certainty.CERTAIN.lowerCaseName());
    assertEquals("probable", Certainty.PROBABLE.lowerCaseName());
  }
}
