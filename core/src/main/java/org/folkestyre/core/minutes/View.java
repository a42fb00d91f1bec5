package org.folkestyre.core.minutes;

/**
 * Who the minutes are for: the public, or the body and its secretariat.
 *
 * <p>The public view is what a municipality may publish — offentlig versjon (NO), offentlig
 * udgave (DK); the internal view holds everything the meeting record holds. See
 * {@link Minutes} for exactly what the public view leaves out.
 */
public enum View {
  /**
   * For publication: without the content of closed items, without exempt attachments' titles and
   * details, without the names of persons who are not members of the body, and with only the legal
   * ground of a recusal.
   */
  PUBLIC,
  /** For the body and its secretariat: everything the meeting record holds. */
  INTERNAL
}
