package org.folkestyre.core.committee;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * A person who sits on committees — representant (NO), medlem (DK).
 *
 * <p>The id is the embedding system's stable key; persons with the same id are the same person.
 * Gender and birth date are optional, but the rules that need them (gender balance, the age
 * rules of the elder and youth councils) report a member whose value is missing. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Person {
  Person() {}

  /**
   * Returns the stable id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the name, NFC-normalised, without control or bidi-override characters.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the gender, if recorded.
   *
   * @return the gender, or empty
   */
  public abstract Optional<Gender> gender();

  /**
   * Returns the birth date, if recorded.
   *
   * @return the birth date, or empty
   */
  public abstract Optional<LocalDate> birthDate();

  /**
   * Returns the person's age in whole years on a date, if the birth date is known.
   *
   * @param date the date
   * @return the age, or empty
   */
  public Optional<Integer> ageOn(LocalDate date) {
    return birthDate().map(birth -> Period.between(birth, date).getYears());
  }

  /**
   * Obtains a person with gender and birth date.
   *
   * @param id the stable id
   * @param name the name
   * @param gender the gender
   * @param birthDate the birth date
   * @return the person
   */
  public static Person of(String id, String name, Gender gender, LocalDate birthDate) {
    return builder().id(id).name(name).gender(gender).birthDate(birthDate).build();
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
  Person normalize() {
    String id = Names.normalize("person.id", id());
    String name = Names.normalize("person.name", name());
    if (birthDate().isPresent() && birthDate().get().getYear() < 1850) {
      throw new InvalidValueException("person.birthDate", birthDate().get(), "must be after 1850");
    }
    return id.equals(id()) && name.equals(name()) ? this : builder().from(this).id(id).name(name).build();
  }

  @Override
  public String toString() {
    return name();
  }

  /** Builds a {@link Person}: id and name are required. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
