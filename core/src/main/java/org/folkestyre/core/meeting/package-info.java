/**
 * Meetings of municipal bodies: the meeting and its state, attendance, the agenda with its items,
 * attachments, recusals and votes, the counting of votes by jurisdiction, and a body's yearly plan.
 *
 * <p>Structural invariants are checked at construction ({@link org.folkestyre.core.InvalidValueException});
 * the procedure rules of kommuneloven chapter 11 and of the styrelseslov (quorum, majority, closed
 * items, minutes) are governance rules, checked by {@link org.folkestyre.core.governance.Validator}
 * on {@link org.folkestyre.core.meeting.MeetingRecord}.
 */
@FolkestyreStyle
package org.folkestyre.core.meeting;

import org.folkestyre.core.internal.FolkestyreStyle;
