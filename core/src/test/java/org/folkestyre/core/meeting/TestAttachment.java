package org.folkestyre.core.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Attachments: checksums and exemption. */
class TestAttachment {
  private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

  @Test
  void of_computesSizeAndSha256() {
    Attachment attachment = Attachment.of("Budsjett 2025", "Application/PDF", ABC);
    assertEquals(Optional.of(3L), attachment.size());
    // FIPS 180-2 test vector for "abc"
    assertEquals(Optional.of("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), attachment.sha256());
    assertEquals(Optional.of("application/pdf"), attachment.mediaType());
    attachment.verify(ABC);
  }

  @Test
  void verify_rejectsOtherContent_namingTheAttachment() {
    Attachment attachment = Attachment.of("Budsjett 2025", "application/pdf", ABC);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> attachment.verify("abd".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("attachment 'Budsjett 2025'.sha256", e.field());
    assertTrue(e.getMessage().contains("does not match the recorded checksum"), e.getMessage());
  }

  @Test
  void verify_needsARecordedChecksum() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Attachment.titled("5 eksempler på samskabelse i Holbæk kommune").verify(ABC));
    assertTrue(e.field().contains("5 eksempler"), e.field());
  }

  @Test
  void checksumsAreNormalised_andChecked() {
    Attachment upper = Attachment.builder().title("A")
        .sha256("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD").build();
    upper.verify(ABC);
    assertThrows(InvalidValueException.class, () -> Attachment.builder().title("A").sha256("abc").build());
    assertThrows(InvalidValueException.class, () -> Attachment.builder().title("A").mediaType("pdf").build());
    assertThrows(InvalidValueException.class, () -> Attachment.builder().title("A").size(-1L).build());
  }

  @Test
  void exemption_hasAnOptionalGround_onlyWhenExempt() {
    Attachment exempt = Attachment.of("Lønnsoppgave", "application/pdf", ABC).withExemption("offentleglova § 25");
    assertTrue(exempt.exempt());
    assertEquals(Optional.of("offentleglova § 25"), exempt.exemptionGround());
    assertThrows(InvalidValueException.class,
        () -> Attachment.builder().title("A").exemptionGround("offentleglova § 13").build());
  }
}
