/**
 * Structured minutes — møtebok or møteprotokoll (NO), referat (DK) — built from a
 * {@link org.folkestyre.core.meeting.MeetingRecord}, in a public or an internal
 * {@link org.folkestyre.core.minutes.View}, and rendered as Markdown, HTML or plain text by
 * {@link org.folkestyre.core.minutes.MinutesRenderer}.
 *
 * <p>What the public view leaves out is decided here, in the model, and not by a renderer: the
 * content of items handled behind closed doors (kommuneloven § 11-5, kommunestyrelsesloven § 10),
 * exempt attachments (offentleglova, offentlighedsloven) and the names of persons who are not
 * members of the body. A renderer only prints what the minutes it is given still hold, so a new
 * format cannot leak what the view removed. {@link org.folkestyre.core.minutes.Minutes} explains
 * the rules in full.
 */
@FolkestyreStyle
package org.folkestyre.core.minutes;

import org.folkestyre.core.internal.FolkestyreStyle;
