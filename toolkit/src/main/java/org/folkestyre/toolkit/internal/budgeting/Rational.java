package org.folkestyre.toolkit.internal.budgeting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number {@code num / den} in lowest terms with a positive denominator.
 *
 * <p>Every decision of the budgeting rules compares rationals, never floating point, so equal
 * quantities compare equal exactly (which is what tie detection needs). Immutable.
 */
public final class Rational implements Comparable<Rational> {
  /** Zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  /** One. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger num;
  private final BigInteger den;
  private int hash;

  private Rational(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  /**
   * Returns the integer {@code value}.
   *
   * @param value the value
   * @return the rational
   */
  public static Rational of(long value) {
    return value == 0 ? ZERO : new Rational(BigInteger.valueOf(value), BigInteger.ONE);
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
    if (den.equals(BigInteger.ONE)) {
      return new Rational(num, den);
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE)) {
      num = num.divide(g);
      den = den.divide(g);
    }
    return new Rational(num, den);
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

  /**
   * Returns the sum.
   *
   * @param o the other addend
   * @return {@code this + o}
   */
  public Rational plus(Rational o) {
    if (num.signum() == 0) {
      return o;
    }
    if (o.num.signum() == 0) {
      return this;
    }
    if (den.equals(o.den)) {
      return of(num.add(o.num), den);
    }
    return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  /**
   * Returns the difference.
   *
   * @param o the subtrahend
   * @return {@code this - o}
   */
  public Rational minus(Rational o) {
    if (o.num.signum() == 0) {
      return this;
    }
    if (den.equals(o.den)) {
      return of(num.subtract(o.num), den);
    }
    return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
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
    return of(num.multiply(BigInteger.valueOf(k)), den);
  }

  /**
   * Returns the product.
   *
   * @param o the factor
   * @return {@code this * o}
   */
  public Rational times(Rational o) {
    return of(num.multiply(o.num), den.multiply(o.den));
  }

  /**
   * Returns the quotient by an integer.
   *
   * @param k the divisor, not zero
   * @return {@code this / k}
   */
  public Rational dividedBy(long k) {
    if (k == 1) {
      return this;
    }
    return of(num, den.multiply(BigInteger.valueOf(k)));
  }

  /**
   * Returns the quotient.
   *
   * @param o the divisor, not zero
   * @return {@code this / o}
   */
  public Rational dividedBy(Rational o) {
    return of(num.multiply(o.den), den.multiply(o.num));
  }

  /**
   * Returns the sign.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return num.signum();
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
    return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(Rational o) {
    if (den.equals(o.den)) {
      return num.compareTo(o.num);
    }
    int s = num.signum() - o.num.signum();
    if (s != 0) {
      return s > 0 ? 1 : -1;
    }
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 31 * num.hashCode() + den.hashCode();
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
  }
}
