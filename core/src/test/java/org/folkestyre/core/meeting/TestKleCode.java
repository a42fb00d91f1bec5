package org.folkestyre.core.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.testing.CaseNumberGenerators;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestKleCode {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # text          | main | group | subject | facet | level
      00            | 0    | -     | -       | -     | 1
      00.22         | 0    | 22    | -       | -     | 2
      00.22.04      | 0    | 22    | 4       | -     | 3
      00.22.04P35   | 0    | 22    | 4       | P35   | 3
      00.22.04-P35  | 0    | 22    | 4       | P35   | 3
      27.00.00-G01  | 27   | 0     | 0       | G01   | 3
      15.20.00      | 15   | 20    | 0       | -     | 3
      81P35         | 81   | -     | -       | P35   | 1
      05.04.06-Ø12  | 5    | 4     | 6       | Ø12   | 3
      ' 00.22.02 '  | 0    | 22    | 2       | -     | 3
      """)
  void parse_validCodes(String text, int main, Integer group, Integer subject, String facet, int level) {
    KleCode code = KleCode.parse(text);
    assertEquals(main, code.mainGroup());
    assertEquals(group == null ? OptionalInt.empty() : OptionalInt.of(group), code.group());
    assertEquals(subject == null ? OptionalInt.empty() : OptionalInt.of(subject), code.subject());
    assertEquals(Optional.ofNullable(facet), code.facet());
    assertEquals(level, code.level());
    assertEquals(text, code.toString());
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"''", "0.22.04", "00.22.04.01", "00.22.04P3", "00.22.04p35", "00-22-04", "00.22.04--P35",
    "00.22.04 P35", "P35", "00.2", "27.00-G01-170", "００.22", "00.22.04P350", "00.", ".22"})
  void parse_invalidCodes_nameTheTextAndTheShape(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> KleCode.parse(text));
    assertEquals("kleCode", e.field());
    assertEquals(text, e.value());
    assertTrue(e.rule().startsWith("a KLE code is one to three groups of two digits"), e.rule());
  }

  @Test
  void equality_isByParts() {
    assertEquals(KleCode.parse("00.22.04P35"), KleCode.parse("00.22.04-P35"));
    assertEquals(KleCode.parse("00.22.04P35").hashCode(), KleCode.parse("00.22.04-P35").hashCode());
    assertNotEquals(KleCode.parse("15.20"), KleCode.parse("15.20.00"));
    assertNotEquals(KleCode.parse("00.22.04"), KleCode.parse("00.22.04-P35"));
  }

  @Test
  void withoutFacet_keepsTheGroupsAsWritten() {
    assertEquals("00.22.04", KleCode.parse("00.22.04-P35").withoutFacet().text());
    assertEquals("00.22.04", KleCode.parse("00.22.04P35").withoutFacet().text());
    assertEquals("81", KleCode.parse("81P35").withoutFacet().text());
    KleCode plain = KleCode.parse("00.22.04");
    assertSame(plain, plain.withoutFacet());
  }

  @Test
  void generatedCodes_reparseToEqualCodes() {
    PropertyCheck.forAll("KLE round trip", 1L, 300, 10, CaseNumberGenerators.kleCodes(), code -> {
      KleCode again = KleCode.parse(code.toString());
      assertEquals(code, again);
      assertEquals(code.text(), again.text());
      assertEquals(code.withoutFacet(), again.withoutFacet());
    });
  }
}
