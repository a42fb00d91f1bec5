package org.folkestyre.toolkit.budgeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestAmount {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"45000|45000", "400000.0|400000", "748772.64|748772.64", "748772,64|748772.64", "0.0|0", "007|7"})
  void parsesDecimalsExactly(String text, String expected) {
    assertEquals(expected, Amount.parse(text).toString());
  }

  @Test
  void equalValuesAreEqualWhateverTheirScale() {
    assertEquals(Amount.parse("400000.0"), Amount.of(400_000));
    assertEquals(Amount.of(400_000).hashCode(), Amount.parse("400000.00").hashCode());
    assertEquals(Amount.of(new BigDecimal("1E+3")), Amount.of(1000));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "1e5", "1.2.3", "+5", "1 000", "NaN", "-5"})
  void rejectsWhatIsNotANonNegativeDecimal(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Amount.parse(text));
    assertEquals("amount", e.field());
  }

  @Test
  void arithmeticIsExact() {
    assertEquals(Amount.parse("748772.64"), Amount.parse("748772.6").plus(Amount.parse("0.04")));
    assertEquals(Amount.parse("0.01"), Amount.parse("748772.64").minus(Amount.parse("748772.63")));
    assertThrows(InvalidValueException.class, () -> Amount.of(1).minus(Amount.of(2)));
    assertTrue(Amount.of(5).isWhole());
    assertFalse(Amount.parse("5.5").isWhole());
    assertEquals(180_000L, Amount.parse("180000.0").toLongExact());
    assertThrows(ArithmeticException.class, () -> Amount.parse("0.5").toLongExact());
  }
}
