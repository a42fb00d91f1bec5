package org.folkestyre.toolkit.initiative;

import java.time.LocalDate;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.immutables.value.Value;

/**
 * One person's support for an initiative — underskrift (NO), støtteerklæring (DK).
 *
 * <p>The person is an opaque, stable key chosen by the embedding system, such as a peppered hash
 * of the national identity number; it is what signatures are deduplicated on, across channels. It
 * must not be the identity number itself: a key of 11 digits (a fødselsnummer's shape) or 10
 * digits (a CPR number's shape, with or without its hyphen) is rejected. The residence is the
 * municipality the person was registered in on the day of signing, from the population register.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Signature {
  Signature() {}

  /**
   * Returns the opaque key of the person who signed.
   *
   * @return the person key
   */
  @Value.Parameter
  public abstract String personKey();

  /**
   * Returns the code of the municipality the person was registered in when signing.
   *
   * @return the residence
   */
  @Value.Parameter
  public abstract MunicipalityCode residence();

  /**
   * Returns the day of signing.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns how the signature was given.
   *
   * @return the channel
   */
  @Value.Parameter
  public abstract SignatureChannel channel();

  /**
   * Obtains a signature.
   *
   * @param personKey the opaque key of the person, not an identity number
   * @param residence the municipality the person was registered in
   * @param date the day of signing
   * @param channel how it was given
   * @return the signature
   * @throws InvalidValueException if the key is blank or looks like an identity number
   */
  public static Signature of(String personKey, MunicipalityCode residence, LocalDate date, SignatureChannel channel) {
    return ImmutableSignature.of(personKey, residence, date, channel);
  }

  @Value.Check
  Signature normalize() {
    String key = Names.normalize("signature.personKey", personKey());
    if (key.matches("[0-9]{11}|[0-9]{10}|[0-9]{6}-[0-9]{4}")) {
      throw new InvalidValueException("signature.personKey", "(" + key.length() + " characters, withheld)",
          "looks like a national identity number; use an opaque key such as a peppered hash");
    }
    return key.equals(personKey()) ? this : ImmutableSignature.of(key, residence(), date(), channel());
  }

  @Override
  public String toString() {
    return "Signature[" + residence() + ", " + date() + ", " + channel() + "]";
  }
}
