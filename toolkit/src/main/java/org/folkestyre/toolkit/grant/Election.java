package org.folkestyre.toolkit.grant;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One election or referendum on one day — valg (NO, DK), such as the Danish general election
 * (folketingsvalg) of 18 June 2015.
 *
 * <p>A grant pool for vote promotion runs for an election, or for all elections of a year; this
 * class names which. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Election implements Comparable<Election> {
  Election() {}

  /**
   * Returns the kind of election.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract ElectionKind kind();

  /**
   * Returns election day — valgdagen.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Obtains an election.
   *
   * @param kind the kind
   * @param date election day
   * @return the election
   */
  public static Election of(ElectionKind kind, LocalDate date) {
    return ImmutableElection.of(kind, date);
  }

  /**
   * Orders elections by date, then by kind.
   *
   * @param other the other election
   * @return negative, zero or positive as this one comes before, with or after the other
   */
  @Override
  public int compareTo(Election other) {
    int byDate = date().compareTo(other.date());
    return byDate != 0 ? byDate : kind().compareTo(other.kind());
  }

  @Override
  public String toString() {
    return kind() + " " + date();
  }
}
