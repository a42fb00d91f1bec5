/**
 * The JSON form that {@code folkestyre ical} and {@code folkestyre oparl} read: a municipality's
 * committees with their meetings, agendas and cases ({@link
 * org.folkestyre.examples.cli.interchange.InterchangeJson}), and its conversion into the
 * library's {@link org.folkestyre.core.interchange.Proceedings} ({@link
 * org.folkestyre.examples.cli.interchange.InterchangeForm}). docs/cli.md documents it.
 */
package org.folkestyre.examples.cli.interchange;
