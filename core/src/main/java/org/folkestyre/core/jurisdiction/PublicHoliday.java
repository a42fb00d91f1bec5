package org.folkestyre.core.jurisdiction;

import java.time.LocalDate;
import org.folkestyre.core.LocalizedText;
import org.immutables.value.Value;

/**
 * A public holiday on a date — helligdag or høytidsdag (NO), helligdag (DK).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublicHoliday implements Comparable<PublicHoliday> {
  PublicHoliday() {}

  /**
   * Returns the date of the holiday.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the name in the jurisdiction's own language, such as {@code "Grunnlovsdag"}.
   *
   * @return the local name
   */
  @Value.Parameter
  public abstract String localName();

  /**
   * Returns the name in every language.
   *
   * @return the names
   */
  @Value.Parameter
  public abstract LocalizedText names();

  /**
   * Obtains a holiday.
   *
   * @param date the date
   * @param localName the name in the jurisdiction's own language
   * @param names the name in every language
   * @return the holiday
   */
  public static PublicHoliday of(LocalDate date, String localName, LocalizedText names) {
    return ImmutablePublicHoliday.of(date, localName, names);
  }

  @Override
  public int compareTo(PublicHoliday other) {
    return date().compareTo(other.date());
  }

  @Override
  public String toString() {
    return date() + " " + localName();
  }
}
