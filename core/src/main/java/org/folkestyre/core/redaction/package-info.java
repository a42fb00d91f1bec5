/**
 * Redaction of personal data from text before it is published: Norwegian fødselsnummer, D- and
 * H-numbers, Danish CPR numbers, telephone numbers and e-mail addresses are replaced; content of a
 * special category (health, religion and the like) and named third parties are flagged for a
 * person to review.
 *
 * <p>A {@link org.folkestyre.core.redaction.Redactor} scans a text once, left to right, in time
 * linear in its length, and returns a {@link org.folkestyre.core.redaction.RedactionResult}: the
 * redacted text, every {@link org.folkestyre.core.redaction.Finding} with its UTF-16 offsets into
 * the original and its {@link org.folkestyre.core.redaction.Certainty}, and whether a person must
 * review it. Detection never depends on a valid check digit: a mistyped number is still personal
 * data. Case numbers, dates, amounts, kommunenummer and postcodes are not personal data and are
 * left as they are. A {@link org.folkestyre.core.redaction.SubmissionText} carries a submission
 * through the publication states, in which withholding a text whole
 * ({@link org.folkestyre.core.redaction.PublicationState#WITHHELD}) is distinct from publishing it
 * redacted ({@link org.folkestyre.core.redaction.PublicationState#REDACTED}).
 *
 * <p>The rules and their legal anchors (offentleglova § 26 (5), databeskyttelsesloven § 11, GDPR
 * articles 9 and 10) are described in the guide's page on redaction.
 */
@FolkestyreStyle
package org.folkestyre.core.redaction;

import org.folkestyre.core.internal.FolkestyreStyle;
