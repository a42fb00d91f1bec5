/**
 * Exchanging meetings, cases and minutes with other systems: the {@link
 * org.folkestyre.core.interchange.Proceedings} of a municipality's bodies. An export is made for a
 * {@link org.folkestyre.core.minutes.View}, public or internal, as minutes are.
 *
 * <p>The formats live in subpackages: {@code oparl} reads and writes OParl 1.1 JSON (it needs
 * Jackson, an optional dependency of core), {@code ical} writes iCalendar feeds (it needs nothing
 * beyond core). No method accepts or returns {@code null}.
 */
@FolkestyreStyle
package org.folkestyre.core.interchange;

import org.folkestyre.core.internal.FolkestyreStyle;
