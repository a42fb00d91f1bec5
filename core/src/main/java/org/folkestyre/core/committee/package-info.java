/**
 * Committees and their members: committee kinds per jurisdiction, persons, parties, memberships
 * with roles and representation, terms, and the set of a municipality's bodies.
 *
 * <p>Structural invariants are checked at construction ({@link org.folkestyre.core.InvalidValueException});
 * composition rules of kommuneloven and the styrelseslov are governance rules, checked by
 * {@link org.folkestyre.core.governance.Validator} on {@link org.folkestyre.core.committee.MunicipalBodies}.
 */
@FolkestyreStyle
package org.folkestyre.core.committee;

import org.folkestyre.core.internal.FolkestyreStyle;
