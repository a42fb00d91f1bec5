/**
 * iCalendar (RFC 5545) feeds of a body's meetings: {@link
 * org.folkestyre.core.interchange.ical.MeetingCalendar}.
 *
 * <p>The serializer is Folkestyre's own and needs nothing beyond core. No method accepts or
 * returns {@code null}.
 */
package org.folkestyre.core.interchange.ical;
