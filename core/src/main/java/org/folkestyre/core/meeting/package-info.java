/**
 * Meetings and the cases they handle: case numbers in the Norwegian and Danish schemes, KLE
 * codes, and cases with their path through the municipality's bodies.
 *
 * <p>A case number is kept as the exact text it was written in, together with the scheme it was
 * recognised as and its parsed parts; parsing never guesses between schemes that fit equally well
 * (see {@link org.folkestyre.core.meeting.CaseNumber#parse(String, CaseNumberContext)}). Structural
 * invariants are checked at construction ({@link org.folkestyre.core.InvalidValueException}); who
 * may prepare or decide a case is for the governance rules.
 */
@FolkestyreStyle
package org.folkestyre.core.meeting;

import org.folkestyre.core.internal.FolkestyreStyle;
