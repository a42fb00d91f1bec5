/**
 * Consultations — høring and offentlig ettersyn (NO), høring and offentlig fremlæggelse (DK): the
 * legal kinds with their minimum periods, deadline arithmetic, the lifecycle of a consultation,
 * the submissions it receives through its channels, the municipality's disposition of each, the
 * detection of campaigns, the summary and the replies to those who took part.
 *
 * <p>The design follows the lesson of Drammen's merger committee: participation motivates only if
 * the municipality plans it well, summarises it well and is loyal to the input it gets. Nothing a
 * consultation receives is dropped silently: a late submission is recorded as late and waits for
 * the municipality's explicit decision to include or exclude it, and every included submission
 * gets a {@link org.folkestyre.core.consultation.Disposition} with a reason.
 *
 * <p>Structural errors (closing before opening, an illegal move of the lifecycle, a disposition for
 * a submission that does not exist) throw {@link org.folkestyre.core.InvalidValueException}. A
 * closing date earlier than the law allows, or a summary published while a submission lacks its
 * disposition, is a governance matter: the {@link org.folkestyre.core.governance.Validator}
 * reports it as a violation. docs/consultations.md explains the whole workflow.
 */
@FolkestyreStyle
package org.folkestyre.core.consultation;

import org.folkestyre.core.internal.FolkestyreStyle;
