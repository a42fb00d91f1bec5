/**
 * Jurisdictions: the countries (and, later, counties) whose municipal law Folkestyre knows,
 * with their terms in four languages, their public holidays and working-day arithmetic.
 *
 * <p>{@link org.folkestyre.core.jurisdiction.Jurisdiction} is a registry in the manner of
 * {@link java.time.chrono.Chronology}: Norway and Denmark are built in, and further
 * jurisdictions are added through {@link org.folkestyre.core.spi.JurisdictionProvider}
 * without touching this library.
 */
@FolkestyreStyle
package org.folkestyre.core.jurisdiction;

import org.folkestyre.core.internal.FolkestyreStyle;
