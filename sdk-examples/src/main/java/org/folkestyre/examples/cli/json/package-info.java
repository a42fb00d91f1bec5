/**
 * The JSON forms of the {@code folkestyre} command line: the municipality a user writes for
 * {@code validate} ({@link org.folkestyre.examples.cli.json.MunicipalityJson}, converted by
 * {@link org.folkestyre.examples.cli.json.MunicipalityForm}), the meeting a user writes for
 * {@code minutes} ({@link org.folkestyre.examples.cli.json.MeetingRecordJson}, converted by
 * {@link org.folkestyre.examples.cli.json.MeetingForm}), the consultation a user writes for
 * {@code consultation summary} ({@link org.folkestyre.examples.cli.json.ConsultationJson}, converted by
 * {@link org.folkestyre.examples.cli.json.ConsultationForm}) and the shapes the commands print.
 *
 * <p>All of them are plain Java records that Jackson reads and writes; docs/cli.md documents
 * each shape. Absent optional values are {@code null} in the records and omitted in the JSON.
 */
package org.folkestyre.examples.cli.json;
