package org.folkestyre.toolkit.budgeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * When ballots may be cast — avstemningsperiode (NO), afstemningsperiode (DK): from an opening
 * instant, inclusive, to a closing instant, exclusive, with the time zone the municipality announces
 * them in.
 *
 * <p>The instants are what counts; the zone is for display and for the calendar day on which a
 * ballot is cast (the day a voter's age is taken on when the election states no reference date).
 * A window announced in local time across a change to or from summer time is still exact, because
 * it is stored as instants. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VotingWindow {
  private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  VotingWindow() {}

  /**
   * Returns the first instant at which a ballot is accepted.
   *
   * @return the opening instant, inclusive
   */
  @Value.Parameter
  public abstract Instant opens();

  /**
   * Returns the first instant at which no ballot is accepted any more.
   *
   * @return the closing instant, exclusive
   */
  @Value.Parameter
  public abstract Instant closes();

  /**
   * Returns the time zone the window is announced in, such as {@code Europe/Oslo}.
   *
   * @return the zone
   */
  @Value.Parameter
  public abstract ZoneId zone();

  /**
   * Obtains a window from two instants and a zone.
   *
   * @param opens the opening instant, inclusive
   * @param closes the closing instant, exclusive, after {@code opens}
   * @param zone the zone it is announced in
   * @return the window
   * @throws InvalidValueException if it does not close after it opens
   */
  public static VotingWindow of(Instant opens, Instant closes, ZoneId zone) {
    return ImmutableVotingWindow.of(opens, closes, zone);
  }

  /**
   * Obtains a window from two local date-times in the same zone, as a municipality announces it.
   *
   * @param opens when voting opens, inclusive
   * @param closes when voting closes, exclusive
   * @return the window, in the zone of {@code opens}
   * @throws InvalidValueException if the zones differ or it does not close after it opens
   */
  public static VotingWindow of(ZonedDateTime opens, ZonedDateTime closes) {
    if (!opens.getZone().equals(closes.getZone())) {
      throw new InvalidValueException("window.closes", closes, "must be in the zone of opens, " + opens.getZone());
    }
    return of(opens.toInstant(), closes.toInstant(), opens.getZone());
  }

  /**
   * Returns whether a ballot cast at an instant is inside the window.
   *
   * @param instant the instant
   * @return true if {@code opens <= instant < closes}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(opens()) && instant.isBefore(closes());
  }

  /**
   * Returns whether the window is open now, by a clock.
   *
   * @param clock the clock
   * @return true if the clock's instant is inside the window
   */
  public boolean isOpen(Clock clock) {
    return contains(clock.instant());
  }

  /**
   * Returns the calendar day of an instant in the window's zone.
   *
   * @param instant the instant
   * @return the local date
   */
  public LocalDate dayOf(Instant instant) {
    return instant.atZone(zone()).toLocalDate();
  }

  /**
   * Returns the opening time in the window's zone, as {@code yyyy-MM-dd HH:mm}.
   *
   * @return the opening time for display
   */
  public String opensForDisplay() {
    return DISPLAY.format(opens().atZone(zone()));
  }

  /**
   * Returns the closing time in the window's zone, as {@code yyyy-MM-dd HH:mm}.
   *
   * @return the closing time for display
   */
  public String closesForDisplay() {
    return DISPLAY.format(closes().atZone(zone()));
  }

  @Value.Check
  void check() {
    if (!closes().isAfter(opens())) {
      throw new InvalidValueException("window.closes", closes(), "must be after opens " + opens());
    }
  }

  @Override
  public String toString() {
    return "[" + opensForDisplay() + ", " + closesForDisplay() + ") " + zone();
  }
}
