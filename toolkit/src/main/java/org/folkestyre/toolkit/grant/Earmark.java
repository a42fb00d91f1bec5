package org.folkestyre.toolkit.grant;

import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * An amount set aside in a funding scheme for one purpose the municipality runs itself, outside the
 * pool that residents apply to — øremerket beløp (NO), øremærket beløb (DK).
 *
 * <p>Holbæk's alternative proposal set aside DKK 30,000 for postal voting at places of education
 * (brevstemmevalg på uddannelsessteder) beside the pool. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Earmark {
  Earmark() {}

  /**
   * Returns what the amount is for.
   *
   * @return the purpose, such as "postal voting at places of education"
   */
  @Value.Parameter
  public abstract String purpose();

  /**
   * Returns the amount, in øre.
   *
   * @return the amount, more than 0
   */
  @Value.Parameter
  public abstract long amount();

  /**
   * Obtains an earmark.
   *
   * @param purpose what the amount is for
   * @param amount the amount in øre, more than 0
   * @return the earmark
   * @throws InvalidValueException if the purpose is blank or the amount not positive
   */
  public static Earmark of(String purpose, long amount) {
    return ImmutableEarmark.of(purpose, amount);
  }

  @Value.Check
  void check() {
    Names.normalize("purpose", purpose());
    if (amount() <= 0) {
      throw new InvalidValueException("amount", amount(), "an earmark holds more than 0 øre");
    }
  }
}
