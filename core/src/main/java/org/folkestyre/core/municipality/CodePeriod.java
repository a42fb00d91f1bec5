package org.folkestyre.core.municipality;

import java.time.LocalDate;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A municipality code with the period it was valid: Drammen had {@code 0602} until 2019,
 * {@code 3005} from 1 January 2020 and {@code 3301} from 1 January 2024.
 *
 * <p>The period starts on {@link #validFrom()} and ends before {@link #validUntil()}, or is still
 * open. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CodePeriod {
  CodePeriod() {}

  /**
   * Returns the code.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract MunicipalityCode code();

  /**
   * Returns the first day the code was valid.
   *
   * @return the first day, inclusive
   */
  @Value.Parameter
  public abstract LocalDate validFrom();

  /**
   * Returns the first day the code was no longer valid, if the period has ended.
   *
   * @return the end, exclusive, or empty while the code is in use
   */
  @Value.Parameter
  public abstract Optional<LocalDate> validUntil();

  /**
   * Obtains a period that is still open.
   *
   * @param code the code
   * @param validFrom the first day the code is valid
   * @return the period
   */
  public static CodePeriod from(MunicipalityCode code, LocalDate validFrom) {
    return ImmutableCodePeriod.of(code, validFrom, Optional.empty());
  }

  /**
   * Obtains a period that has ended.
   *
   * @param code the code
   * @param validFrom the first day the code was valid
   * @param validUntil the first day it was no longer valid
   * @return the period
   * @throws InvalidValueException if the period ends on or before its start
   */
  public static CodePeriod of(MunicipalityCode code, LocalDate validFrom, LocalDate validUntil) {
    return ImmutableCodePeriod.of(code, validFrom, Optional.of(validUntil));
  }

  /**
   * Returns whether the code was valid on a date.
   *
   * @param date the date
   * @return true if the date lies in the period
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(validFrom()) && validUntil().map(date::isBefore).orElse(true);
  }

  @Value.Check
  void check() {
    if (validUntil().isPresent() && !validUntil().get().isAfter(validFrom())) {
      throw new InvalidValueException(
          "validUntil", validUntil().get(), "must be after validFrom " + validFrom());
    }
  }

  @Override
  public String toString() {
    return code() + " [" + validFrom() + ", " + validUntil().map(LocalDate::toString).orElse("") + ")";
  }
}
