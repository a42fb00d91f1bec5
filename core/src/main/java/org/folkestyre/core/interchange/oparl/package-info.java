/**
 * OParl 1.1 JSON export and import of meetings, cases and minutes: {@link
 * org.folkestyre.core.interchange.oparl.OParlExporter}, {@link
 * org.folkestyre.core.interchange.oparl.OParlExport} and {@link
 * org.folkestyre.core.interchange.oparl.OParlImporter}.
 *
 * <p>Beware the name clash: an OParl {@code Consultation} is one handling of a case by a body
 * (Beratung; a step of the saksgang or sagsgang, {@link org.folkestyre.core.meeting.CaseStep}),
 * not a public hearing (høring, høring).
 *
 * <p><b>Needs Jackson:</b> the classes of this package use {@code jackson-databind}, an optional
 * dependency of core ({@code requires static} in the module descriptor). Add
 * {@code com.fasterxml.jackson.core:jackson-databind} to use them; nothing else in core needs it.
 * No method accepts or returns {@code null}.
 */
package org.folkestyre.core.interchange.oparl;
