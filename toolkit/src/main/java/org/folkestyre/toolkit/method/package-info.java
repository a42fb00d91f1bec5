/**
 * Participation methods — medvirkningsmetoder: the schema of a method and the built-in catalogue.
 *
 * <p>A {@link org.folkestyre.toolkit.method.ParticipationMethod} describes one way of involving
 * citizens: what it is for, how much influence it promises, who it suits, how it is run and what it
 * costs. {@link org.folkestyre.toolkit.method.MethodCatalogue#builtIn()} holds the methods that ship
 * with Folkestyre. Structural invariants are checked at construction
 * ({@link org.folkestyre.core.InvalidValueException}).
 */
@FolkestyreStyle
package org.folkestyre.toolkit.method;

import org.folkestyre.core.internal.FolkestyreStyle;
