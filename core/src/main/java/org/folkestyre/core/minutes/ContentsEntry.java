package org.folkestyre.core.minutes;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A line of the minutes' table of contents — saksliste (NO), indholdsfortegnelse (DK).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContentsEntry {
  ContentsEntry() {}

  /**
   * Returns the item's place on the agenda, counted from 1.
   *
   * @return the position
   */
  public abstract int position();

  /**
   * Returns the item's number as written.
   *
   * @return the number
   */
  public abstract String number();

  /**
   * Returns the item's title.
   *
   * @return the title, or empty when the view withholds it
   */
  public abstract Optional<String> title();

  /**
   * Returns whether the item was handled behind closed doors.
   *
   * @return true if closed
   */
  public abstract boolean closed();

  static ContentsEntry of(MinutesItem item) {
    return ImmutableContentsEntry.builder().position(item.position()).number(item.number()).title(item.title())
        .closed(item.isClosed()).build();
  }

  @Override
  public String toString() {
    return number() + " " + title().orElse("(title withheld)");
  }
}
