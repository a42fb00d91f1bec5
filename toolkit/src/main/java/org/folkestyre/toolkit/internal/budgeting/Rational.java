package org.folkestyre.toolkit.internal.budgeting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An exact rational number {@code num / den} in lowest terms with a positive denominator.
 *
 * <p>Every decision of the budgeting rules compares rationals, never floating point, so equal
 * quantities compare equal exactly (which is what tie detection needs). Small values are held in
 * two {@code long}s and computed with overflow checks; a result that does not fit moves to {@link
 * BigInteger}s, so the arithmetic is exact at any size. Immutable.
 */
public final class Rational implements Comparable<Rational> {
  /** Zero. */
  public static final Rational ZERO = new Rational(0, 1);
  /** One. */
  public static final Rational ONE = new Rational(1, 1);

  /** The value when {@link #big} is false. */
  private final long num;
  private final long den;
  /** The value when {@link #big} is true. */
  private final BigInteger bigNum;
  private final BigInteger bigDen;
  private final boolean big;

  private Rational(long num, long den) {
    this.num = num;
    this.den = den;
    this.bigNum = null;
    this.bigDen = null;
    this.big = false;
  }

  private Rational(BigInteger num, BigInteger den) {
    this.num = 0;
    this.den = 0;
    this.bigNum = num;
    this.bigDen = den;
    this.big = true;
  }

  /**
   * Returns the integer {@code value}.
   *
   * @param value the value
   * @return the rational
   */
  public static Rational of(long value) {
    return value == 0 ? ZERO : new Rational(value, 1);
  }

  /**
   * Returns {@code num / den} in lowest terms.
   *
   * @param num the numerator
   * @param den the denominator, not zero
   * @return the rational
   */
  public static Rational of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (num.signum() == 0) {
      return ZERO;
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE)) {
      num = num.divide(g);
      den = den.divide(g);
    }
    // Small exactly when both fit in a long and the numerator is not Long.MIN_VALUE (whose negation overflows),
    // so that every value has one representation.
    if (num.bitLength() <= 63 && den.bitLength() <= 63 && num.longValue() != Long.MIN_VALUE) {
      return new Rational(num.longValue(), den.longValue());
    }
    return new Rational(num, den);
  }

  /** Returns {@code num / den} in lowest terms, for a positive or negative den other than 0 and Long.MIN_VALUE. */
  private static Rational ofLongs(long num, long den) {
    if (num == 0) {
      return ZERO;
    }
    if (num == Long.MIN_VALUE || den == Long.MIN_VALUE) {
      return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }
    if (den < 0) {
      num = -num;
      den = -den;
    }
    long g = gcd(Math.abs(num), den);
    if (g != 1) {
      num /= g;
      den /= g;
    }
    return new Rational(num, den);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /**
   * Returns an exact decimal as a rational.
   *
   * @param value the decimal
   * @return the rational, such as 18719316/25 for 748772.64
   */
  public static Rational of(BigDecimal value) {
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  private BigInteger bn() {
    return big ? bigNum : BigInteger.valueOf(num);
  }

  private BigInteger bd() {
    return big ? bigDen : BigInteger.valueOf(den);
  }

  /**
   * Returns the sum.
   *
   * @param o the other addend
   * @return {@code this + o}
   */
  public Rational plus(Rational o) {
    if (signum() == 0) {
      return o;
    }
    if (o.signum() == 0) {
      return this;
    }
    if (!big && !o.big) {
      try {
        if (den == o.den) {
          return ofLongs(Math.addExact(num, o.num), den);
        }
        return ofLongs(Math.addExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)),
            Math.multiplyExact(den, o.den));
      } catch (ArithmeticException overflow) {
        // fall through to BigInteger
      }
    }
    return of(bn().multiply(o.bd()).add(o.bn().multiply(bd())), bd().multiply(o.bd()));
  }

  /**
   * Returns the difference.
   *
   * @param o the subtrahend
   * @return {@code this - o}
   */
  public Rational minus(Rational o) {
    if (o.signum() == 0) {
      return this;
    }
    if (!big && !o.big) {
      try {
        if (den == o.den) {
          return ofLongs(Math.subtractExact(num, o.num), den);
        }
        return ofLongs(Math.subtractExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)),
            Math.multiplyExact(den, o.den));
      } catch (ArithmeticException overflow) {
        // fall through to BigInteger
      }
    }
    return of(bn().multiply(o.bd()).subtract(o.bn().multiply(bd())), bd().multiply(o.bd()));
  }

  /**
   * Returns the product with an integer.
   *
   * @param k the factor
   * @return {@code this * k}
   */
  public Rational times(long k) {
    if (k == 1) {
      return this;
    }
    if (!big) {
      try {
        long g = gcd(Math.abs(k), den);
        return ofLongs(Math.multiplyExact(num, k / g), den / g);
      } catch (ArithmeticException overflow) {
        // fall through to BigInteger
      }
    }
    return of(bn().multiply(BigInteger.valueOf(k)), bd());
  }

  /**
   * Returns the product.
   *
   * @param o the factor
   * @return {@code this * o}
   */
  public Rational times(Rational o) {
    if (!big && !o.big) {
      try {
        return ofLongs(Math.multiplyExact(num, o.num), Math.multiplyExact(den, o.den));
      } catch (ArithmeticException overflow) {
        // fall through to BigInteger
      }
    }
    return of(bn().multiply(o.bn()), bd().multiply(o.bd()));
  }

  /**
   * Returns the quotient by an integer.
   *
   * @param k the divisor, not zero
   * @return {@code this / k}
   */
  public Rational dividedBy(long k) {
    if (k == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (k == 1) {
      return this;
    }
    if (!big) {
      try {
        long g = gcd(Math.abs(num), Math.abs(k));
        return ofLongs(num / g, Math.multiplyExact(den, k / g));
      } catch (ArithmeticException overflow) {
        // fall through to BigInteger
      }
    }
    return of(bn(), bd().multiply(BigInteger.valueOf(k)));
  }

  /**
   * Returns the quotient.
   *
   * @param o the divisor, not zero
   * @return {@code this / o}
   */
  public Rational dividedBy(Rational o) {
    if (o.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (!big && !o.big) {
      try {
        return ofLongs(Math.multiplyExact(num, o.den), Math.multiplyExact(den, o.num));
      } catch (ArithmeticException overflow) {
        // fall through to BigInteger
      }
    }
    return of(bn().multiply(o.bd()), bd().multiply(o.bn()));
  }

  /**
   * Returns the sign.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return big ? bigNum.signum() : Long.signum(num);
  }

  /**
   * Returns the smaller of two rationals.
   *
   * @param o the other
   * @return the smaller; this one when equal
   */
  public Rational min(Rational o) {
    return compareTo(o) <= 0 ? this : o;
  }

  /**
   * Returns the value rounded half-up to a number of decimal places, for display only.
   *
   * @param scale the decimal places
   * @return the rounded decimal
   */
  public BigDecimal toBigDecimal(int scale) {
    return new BigDecimal(bn()).divide(new BigDecimal(bd()), scale, RoundingMode.HALF_UP);
  }

  /**
   * Returns an approximation for filtering comparisons: within a relative error of 2<sup>-50</sup>
   * of the exact value, or NaN when the value is too large or too small (but not zero) to promise that.
   *
   * @return the approximate value, or NaN
   */
  public double approximate() {
    if (!big) {
      return (double) num / den;
    }
    // Keep 120 leading bits of each part (a relative error of 2^-119), divide, and scale back.
    int shiftNum = Math.max(0, bigNum.abs().bitLength() - 120);
    int shiftDen = Math.max(0, bigDen.bitLength() - 120);
    double value = Math.scalb(bigNum.shiftRight(shiftNum).doubleValue() / bigDen.shiftRight(shiftDen).doubleValue(),
        shiftNum - shiftDen);
    double size = Math.abs(value);
    return size >= 0x1p-900 && size <= 0x1p900 ? value : Double.NaN;
  }

  /**
   * Compares two rationals given approximations of them from {@link #approximate()}: by the
   * approximations when they are clearly apart, else exactly. The result is always exact.
   *
   * @param a the first rational
   * @param approxA its approximation
   * @param b the second rational
   * @param approxB its approximation
   * @return the exact comparison of {@code a} and {@code b}
   */
  public static int compare(Rational a, double approxA, Rational b, double approxB) {
    double scale = Math.abs(approxA) + Math.abs(approxB);
    // The approximations are within 2^-50 relative of the values; a gap above 2^-40 of their sum decides.
    if (scale > 1e-290 && scale < Double.MAX_VALUE) {
      double gap = approxA - approxB;
      double tolerance = scale * 0x1p-40;
      if (gap > tolerance) {
        return 1;
      }
      if (gap < -tolerance) {
        return -1;
      }
    }
    return a.compareTo(b);
  }

  @Override
  public int compareTo(Rational o) {
    int s = signum() - o.signum();
    if (s != 0) {
      return s > 0 ? 1 : -1;
    }
    if (!big && !o.big) {
      if (den == o.den) {
        return Long.compare(num, o.num);
      }
      long hi1 = Math.multiplyHigh(num, o.den);
      long lo1 = num * o.den;
      long hi2 = Math.multiplyHigh(o.num, den);
      long lo2 = o.num * den;
      int c = Long.compare(hi1, hi2);
      return c != 0 ? c : Long.compareUnsigned(lo1, lo2);
    }
    return bn().multiply(o.bd()).compareTo(o.bn().multiply(bd()));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Rational r) || big != r.big) {
      return false;
    }
    return big ? bigNum.equals(r.bigNum) && bigDen.equals(r.bigDen) : num == r.num && den == r.den;
  }

  @Override
  public int hashCode() {
    return big ? 31 * bigNum.hashCode() + bigDen.hashCode() : Long.hashCode(num * 31 + den);
  }

  /**
   * Returns the value as a plain decimal when it has one with at most six places.
   *
   * @return the decimal text, or empty if the value needs more places or has no finite decimal
   */
  public Optional<String> decimalText() {
    if (big) {
      BigDecimal rounded = toBigDecimal(6);
      return of(rounded).equals(this) ? Optional.of(rounded.stripTrailingZeros().toPlainString()) : Optional.empty();
    }
    if (den == 1) {
      return Optional.of(Long.toString(num));
    }
    // A reduced fraction has a decimal of at most six places exactly when its denominator divides 10^6.
    if (den > 1_000_000 || 1_000_000 % den != 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den)).toPlainString());
  }

  @Override
  public String toString() {
    return bd().equals(BigInteger.ONE) ? bn().toString() : bn() + "/" + bd();
  }
}
