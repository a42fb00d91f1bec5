package org.folkestyre.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TestMoney {

  @Test
  void ofMajor_fiftyThousandKroner_isFiveMillionOre() {
    Money budget = Money.ofMajor(Money.NOK, 50_000);
    assertEquals(5_000_000L, budget.minorUnits());
    assertEquals(new BigDecimal("50000.00"), budget.toMajor());
    assertEquals("NOK 50000.00", budget.toString());
  }

  @Test
  void plus_tenDistricts_isFiveHundredThousand() {
    Money total = Money.ofMinor(Money.NOK, 0);
    for (int i = 0; i < 10; i++) {
      total = total.plus(Money.ofMajor(Money.NOK, 50_000));
    }
    assertEquals(Money.ofMajor(Money.NOK, 500_000), total);
  }

  @Test
  void plus_otherCurrency_rejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Money.ofMajor(Money.NOK, 1).plus(Money.ofMajor(Money.DKK, 1)));
    assertEquals("currency", e.field());
    assertEquals("DKK", e.value());
  }

  @Test
  void ofMajor_overflow_rejected() {
    assertThrows(InvalidValueException.class, () -> Money.ofMajor(Money.NOK, Long.MAX_VALUE / 10));
  }

  @Test
  void property_plusIsExactAndCommutative() {
    SplittableRandom random = new SplittableRandom(20_200_101L);
    for (int i = 0; i < 1_000; i++) {
      long a = random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
      long b = random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
      Money x = Money.ofMinor(Money.DKK, a);
      Money y = Money.ofMinor(Money.DKK, b);
      assertEquals(x.plus(y), y.plus(x), "a=" + a + " b=" + b);
      assertEquals(a + b, x.plus(y).minorUnits(), "a=" + a + " b=" + b);
      assertEquals(Long.signum(a - b), Integer.signum(x.compareTo(y)), "a=" + a + " b=" + b);
    }
    assertTrue(Money.ofMinor(Money.NOK, 1).isPositive());
  }
}
