/**
 * The shared vocabulary of Folkestyre: languages and localized text, money in minor units,
 * and the exception every constructor throws for a structurally invalid value.
 *
 * <p>Null rule for every package of this library: no method accepts {@code null} (it
 * throws {@link java.lang.NullPointerException} naming the parameter) and no method
 * returns {@code null}; absence is an empty {@link java.util.Optional} or an empty collection.
 */
@FolkestyreStyle
package org.folkestyre.core;

import org.folkestyre.core.internal.FolkestyreStyle;
