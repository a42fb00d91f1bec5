package org.folkestyre.toolkit.internal.budgeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.random.RandomGenerator;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.Test;

/** The long fast path of {@link Rational} against plain BigInteger fractions, near overflow included. */
class TestRational {
  private record Pair(BigInteger[] a, BigInteger[] b, long k) {
    @Override
    public String toString() {
      return a[0] + "/" + a[1] + ", " + b[0] + "/" + b[1] + ", k=" + k;
    }
  }

  private static BigInteger number(RandomGenerator random, boolean positive) {
    long v = switch (random.nextInt(5)) {
      case 0 -> random.nextInt(20);
      case 1 -> random.nextLong();
      case 2 -> Long.MAX_VALUE - random.nextInt(3);
      case 3 -> Long.MIN_VALUE + random.nextInt(3);
      default -> random.nextInt(1_000_000_000);
    };
    BigInteger b = BigInteger.valueOf(v);
    if (random.nextInt(6) == 0) {
      b = b.multiply(BigInteger.valueOf(random.nextLong()));
    }
    if (positive) {
      b = b.abs().add(BigInteger.ONE);
    }
    return b;
  }

  private static final Generator<Pair> PAIRS = (random, size) -> new Pair(
      new BigInteger[] {number(random, false), number(random, true)},
      new BigInteger[] {number(random, false), number(random, true)},
      random.nextBoolean() ? random.nextLong() : random.nextInt(100) - 50);

  private static Rational r(BigInteger[] f) {
    return Rational.of(f[0], f[1]);
  }

  private static String exact(BigInteger num, BigInteger den) {
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    if (g.signum() == 0) {
      return "0";
    }
    num = num.divide(g);
    den = den.divide(g);
    return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
  }

  @Test
  void agreesWithBigIntegerArithmetic() {
    PropertyCheck.forAll("rational arithmetic is exact", 3L, 3000, 10, PAIRS, p -> {
      BigInteger an = p.a()[0];
      BigInteger ad = p.a()[1];
      BigInteger bn = p.b()[0];
      BigInteger bd = p.b()[1];
      Rational a = r(p.a());
      Rational b = r(p.b());
      assertEquals(exact(an.multiply(bd).add(bn.multiply(ad)), ad.multiply(bd)), a.plus(b).toString());
      assertEquals(exact(an.multiply(bd).subtract(bn.multiply(ad)), ad.multiply(bd)), a.minus(b).toString());
      assertEquals(exact(an.multiply(bn), ad.multiply(bd)), a.times(b).toString());
      assertEquals(exact(an.multiply(BigInteger.valueOf(p.k())), ad), a.times(p.k()).toString());
      if (p.k() != 0) {
        assertEquals(exact(an, ad.multiply(BigInteger.valueOf(p.k()))), a.dividedBy(p.k()).toString());
      }
      if (bn.signum() != 0) {
        assertEquals(exact(an.multiply(bd), ad.multiply(bn)), a.dividedBy(b).toString());
      }
      assertEquals(an.multiply(bd).compareTo(bn.multiply(ad)), Integer.signum(a.compareTo(b)));
      assertEquals(a.plus(b).minus(b), a);
      assertEquals(a.plus(b).hashCode(), b.plus(a).hashCode());
    });
  }

  @Test
  void readsDecimalsExactly() {
    assertEquals("18719316/25", Rational.of(new BigDecimal("748772.64")).toString());
    assertEquals("400000", Rational.of(new BigDecimal("400000.0")).toString());
    assertThrows(ArithmeticException.class, () -> Rational.ONE.dividedBy(0));
    assertThrows(ArithmeticException.class, () -> Rational.ONE.dividedBy(Rational.ZERO));
  }

  @Test
  void approximatesWithinTheBoundAndComparesExactly() {
    PropertyCheck.forAll("approximations are close, filtered comparisons exact", 12L, 2000, 10, PAIRS, pair -> {
      Rational a = r(pair.a());
      Rational b = r(pair.b());
      // A huge factor makes some values too large or too small for a double: they must give NaN, not a wrong number.
      Rational c = pair.k() % 3 == 0 ? a.times(Rational.of(BigInteger.TWO.pow(1200), BigInteger.ONE)) : a;
      for (Rational x : new Rational[] {a, b, c, Rational.ONE.dividedBy(c.signum() == 0 ? Rational.ONE : c)}) {
        double approx = x.approximate();
        if (!Double.isNaN(approx)) {
          BigDecimal exact = exactValue(x);
          BigDecimal error = new BigDecimal(approx).subtract(exact).abs();
          assertTrue(error.compareTo(exact.abs().multiply(BigDecimal.valueOf(0x1p-50))) <= 0, x + " ≈ " + approx);
        }
      }
      assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(Rational.compare(a, a.approximate(), b, b.approximate())));
      assertEquals(0, Rational.compare(a, a.approximate(), a, a.approximate()));
    });
  }

  private static BigDecimal exactValue(Rational x) {
    String[] parts = x.toString().split("/");
    BigDecimal num = new BigDecimal(parts[0]);
    return parts.length == 1 ? num : num.divide(new BigDecimal(parts[1]), new MathContext(60));
  }

  @Test
  void decimalTextIsTheDecimalWithAtMostSixPlacesWhenThereIsOne() {
    Generator<BigInteger[]> fractions = (random, size) -> {
      // Denominators made of 2s and 5s have finite decimals, some within six places and some not.
      BigInteger den = random.nextBoolean()
          ? BigInteger.TWO.pow(random.nextInt(9)).multiply(BigInteger.valueOf(5).pow(random.nextInt(9)))
          : number(random, true);
      return new BigInteger[] {number(random, false), den};
    };
    PropertyCheck.forAll("decimal text", 31L, 2000, 10, fractions, f -> {
      Rational value = r(f);
      BigDecimal exactDecimal = new BigDecimal(f[0]).divide(new BigDecimal(f[1]), 6, java.math.RoundingMode.HALF_UP);
      boolean hasSixPlaces = new BigDecimal(f[0]).compareTo(exactDecimal.multiply(new BigDecimal(f[1]))) == 0;
      assertEquals(hasSixPlaces ? java.util.Optional.of(exactDecimal.stripTrailingZeros().toPlainString())
          : java.util.Optional.empty(), value.decimalText(), value.toString());
    });
  }
}
