/**
 * Citizen initiatives — innbyggerforslag (NO), borgerforslag (DK): proposals residents put on the
 * council's agenda by collecting signatures.
 *
 * <p>A {@link org.folkestyre.toolkit.initiative.CitizenInitiative} is addressed to the council of an
 * {@link org.folkestyre.toolkit.initiative.InitiativeArea} (a municipality, or a Norwegian county)
 * under an {@link org.folkestyre.toolkit.initiative.InitiativeScheme}: Norway's statutory scheme of
 * kommuneloven § 12-1, or a scheme a municipality has adopted for itself, as Danish municipalities
 * do. A {@link org.folkestyre.toolkit.initiative.SignatureCollector} gathers signatures safely from
 * many threads and counts each person once; {@link org.folkestyre.toolkit.initiative.InitiativeStatus}
 * shows the progress against the threshold and the council's decision deadline. The governance
 * rules are in {@link org.folkestyre.toolkit.initiative.InitiativeRulePacks}.
 *
 * <p>Nulls are rejected everywhere with a {@link java.lang.NullPointerException}; structural
 * invariants with an {@link org.folkestyre.core.InvalidValueException}. All value types are
 * immutable and thread-safe.
 */
@FolkestyreStyle
package org.folkestyre.toolkit.initiative;

import org.folkestyre.core.internal.FolkestyreStyle;
