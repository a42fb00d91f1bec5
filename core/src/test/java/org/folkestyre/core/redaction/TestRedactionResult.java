package org.folkestyre.core.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Redaction results: the views of their findings and their consistency rules. */
class TestRedactionResult {
  private static final String ORIGINAL = "Naboen Per ringer 91234567.";

  @Test
  void redactionsAndFlags_areSeparated() {
    RedactionResult result = Redactor.create().redact(ORIGINAL);
    assertEquals("Naboen Per ringer [telefon].", result.text());
    assertEquals(List.of(FindingKind.NAMED_THIRD_PARTY, FindingKind.PHONE),
        result.findings().stream().map(Finding::kind).toList());
    assertEquals(1, result.redactions().size());
    assertEquals(1, result.reviewFlags().size());
    assertTrue(result.needsReview());
    assertFalse(result.isUnchanged());
    assertEquals("RedactionResult{2 findings, needs review}", result.toString());
  }

  @Test
  void aBuiltResult_mustBeConsistent() {
    Finding phone = Finding.redaction(FindingKind.PHONE, 18, 26, Certainty.PROBABLE, "[telefon]");
    Finding name = Finding.namedThirdParty(7, 10);
    RedactionResult.builder().original(ORIGINAL).text("Naboen Per ringer [telefon].").addFindings(name, phone).build();
    InvalidValueException order = assertThrows(InvalidValueException.class, () -> RedactionResult.builder()
        .original(ORIGINAL).text("Naboen Per ringer [telefon].").addFindings(phone, name).build());
    assertEquals("redactionResult.findings[1].start", order.field());
    assertThrows(InvalidValueException.class, () -> RedactionResult.builder().original(ORIGINAL)
        .text("Naboen Per ringer 91234567.").addFinding(phone).build());
    assertThrows(InvalidValueException.class, () -> RedactionResult.builder().original("kort")
        .text("kort").addFindings(name, phone).build());
    Finding overlapping = Finding.redaction(FindingKind.PHONE, 20, 26, Certainty.PROBABLE, "[telefon]");
    assertThrows(InvalidValueException.class, () -> RedactionResult.builder().original(ORIGINAL)
        .text("Naboen Per ringer [telefon][telefon].").addFindings(phone, overlapping).build());
  }
}
