package org.folkestyre.toolkit.identity;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.immutables.value.Value;

/**
 * A person whose identity the embedding system has verified — verifisert person (NO), verificeret
 * person (DK): what Folkestyre needs to know about her to decide whether she may take part, and
 * nothing more.
 *
 * <p>The {@link #personKey()} identifies the person, not an account or a channel, so that a person
 * who votes online and again at a service desk is recognised as one. It is opaque: the embedding
 * system derives it, for instance as a keyed hash of the national identity number, and the library
 * only compares keys for equality. A key that looks like a fødselsnummer, D-nummer or CPR number is
 * rejected, because the library must never hold one.
 *
 * <p>The municipality of residence comes from the population register (folkeregisteret, CPR) or the
 * identity provider; the district and the birth date or age are present when the embedding system
 * knows them. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VerifiedIdentity {
  private static final Pattern NATIONAL_NUMBER = Pattern.compile("[0-9]{6}-?[0-9]{4,5}");
  private static final int MAX_KEY_LENGTH = 256;

  VerifiedIdentity() {}

  /**
   * Returns the opaque key of the person, stable for as long as an election lasts.
   *
   * @return the key: 1 to 256 characters, no spaces at either end, no control characters, not a
   *     national identity number
   */
  public abstract String personKey();

  /**
   * Returns how the identity was established.
   *
   * @return the scheme
   */
  public abstract IdentityScheme scheme();

  /**
   * Returns the eIDAS level of assurance of the identification.
   *
   * @return the level
   */
  public abstract AssuranceLevel assuranceLevel();

  /**
   * Returns the municipality the person lives in, according to the population register —
   * bostedskommune (NO), bopælskommune (DK).
   *
   * @return the municipality's code
   */
  public abstract MunicipalityCode municipality();

  /**
   * Returns the district the person lives in, when known — kommunedel (NO), lokalområde (DK).
   *
   * @return the district's name as the election spells it, or empty
   */
  public abstract Optional<String> district();

  /**
   * Returns the person's date of birth, when known.
   *
   * @return the date of birth, or empty
   */
  public abstract Optional<LocalDate> birthDate();

  /**
   * Returns the person's age in whole years on the day of verification, when the scheme gives an age
   * but not a date of birth.
   *
   * @return the age, 0 to 150, or empty; never present together with {@link #birthDate()}
   */
  public abstract OptionalInt age();

  /**
   * Returns a reference to the member of staff who registered the person, for {@link
   * IdentityScheme#STAFF_ASSISTED staff-assisted} registration.
   *
   * @return the staff reference, present exactly for staff-assisted registration
   */
  public abstract Optional<String> registeredBy();

  /**
   * Returns the person's age in whole years on a day.
   *
   * <p>From a date of birth, the age grows on each birthday; a person born on 29 February is one year
   * older on 1 March in a common year. A recorded {@link #age()} is returned as it is.
   *
   * @param day the day, such as an election's reference date
   * @return the age, or empty if neither a date of birth nor an age is known
   */
  public OptionalInt ageOn(LocalDate day) {
    if (birthDate().isPresent()) {
      LocalDate born = birthDate().get();
      int years = day.getYear() - born.getYear();
      LocalDate birthday = born.getMonthValue() == 2 && born.getDayOfMonth() == 29 && !Year.isLeap(day.getYear())
          ? LocalDate.of(day.getYear(), 3, 1)
          : born.withYear(day.getYear());
      if (day.isBefore(birthday)) {
        years--;
      }
      return OptionalInt.of(Math.max(0, years));
    }
    return age();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    String key = personKey();
    if (key.isEmpty() || !key.strip().equals(key) || key.length() > MAX_KEY_LENGTH) {
      throw new InvalidValueException("identity.personKey", "(" + key.length() + " characters)",
          "must be 1 to " + MAX_KEY_LENGTH + " characters without spaces at either end");
    }
    if (key.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
      throw new InvalidValueException("identity.personKey", "(hidden)", "must not contain control or format characters");
    }
    if (NATIONAL_NUMBER.matcher(key).matches()) {
      throw new InvalidValueException("identity.personKey", "(hidden)",
          "must be an opaque key, never a national identity number (fødselsnummer, D-nummer, CPR-nummer)");
    }
    district().ifPresent(d -> {
      if (d.isBlank()) {
        throw new InvalidValueException("identity.district", d, "must not be blank; leave it out instead");
      }
    });
    if (age().isPresent() && (age().getAsInt() < 0 || age().getAsInt() > 150)) {
      throw new InvalidValueException("identity.age", age().getAsInt(), "must be between 0 and 150");
    }
    if (age().isPresent() && birthDate().isPresent()) {
      throw new InvalidValueException("identity.age", age().getAsInt(),
          "give either a date of birth or an age, not both");
    }
    if (scheme() == IdentityScheme.STAFF_ASSISTED && registeredBy().isEmpty()) {
      throw new InvalidValueException("identity.registeredBy", "", "staff-assisted registration names the member of staff");
    }
    if (scheme() != IdentityScheme.STAFF_ASSISTED && registeredBy().isPresent()) {
      throw new InvalidValueException("identity.registeredBy", registeredBy().get(),
          "only staff-assisted registration names a member of staff");
    }
    registeredBy().ifPresent(r -> {
      if (r.isBlank()) {
        throw new InvalidValueException("identity.registeredBy", r, "must not be blank");
      }
    });
  }

  @Override
  public String toString() {
    return "VerifiedIdentity{scheme=" + scheme() + ", assuranceLevel=" + assuranceLevel() + ", municipality="
        + municipality() + ", district=" + district().orElse("?") + "}";
  }

  /** Builds a {@link VerifiedIdentity}. */
  public static final class Builder extends ImmutableVerifiedIdentity.Builder {
    Builder() {}
  }
}
