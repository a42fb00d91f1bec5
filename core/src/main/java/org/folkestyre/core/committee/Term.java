package org.folkestyre.core.committee;

import java.time.LocalDate;
import java.time.Period;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The period a body sits for — valgperiode (NO, DK): from its first day to the day after its last.
 *
 * <p>In Norway the electoral term is four years; in Denmark it starts on 1 January after the
 * election and lasts four years (kommunal- og regionalvalgloven § 6). This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Term {
  Term() {}

  /**
   * Returns the first day of the term.
   *
   * @return the start, inclusive
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * Returns the day after the last day of the term.
   *
   * @return the end, exclusive
   */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * Obtains a term.
   *
   * @param start the first day
   * @param end the day after the last day
   * @return the term
   * @throws InvalidValueException if the term does not end after it starts
   */
  public static Term of(LocalDate start, LocalDate end) {
    return ImmutableTerm.of(start, end);
  }

  /**
   * Obtains a four-year term starting on a date, as a Norwegian electoral term.
   *
   * @param start the first day, such as the date the council was constituted
   * @return the term
   */
  public static Term fourYearsFrom(LocalDate start) {
    return of(start, start.plusYears(4));
  }

  /**
   * Obtains the Danish electoral term after an election: 1 January of the next year, four years.
   *
   * @param electionYear the year of the election, such as 2021
   * @return the term, such as 2022-01-01 to 2026-01-01
   */
  public static Term danishAfterElection(int electionYear) {
    return fourYearsFrom(LocalDate.of(electionYear + 1, 1, 1));
  }

  /**
   * Returns the length of the term.
   *
   * @return the period from start to end
   */
  public Period length() {
    return Period.between(start(), end());
  }

  /**
   * Returns whether the term is longer than a number of years.
   *
   * @param years the number of years
   * @return true if the term ends after {@code start + years}
   */
  public boolean isLongerThanYears(int years) {
    return end().isAfter(start().plusYears(years));
  }

  @Value.Check
  void check() {
    if (!end().isAfter(start())) {
      throw new InvalidValueException("term.end", end(), "must be after the start " + start());
    }
  }

  @Override
  public String toString() {
    return "[" + start() + ", " + end() + ")";
  }
}
