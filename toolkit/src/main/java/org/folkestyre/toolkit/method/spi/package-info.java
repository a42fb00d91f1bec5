/**
 * What vendors implement to add participation methods: the
 * {@link org.folkestyre.toolkit.method.spi.MethodProvider} found through
 * {@link java.util.ServiceLoader}, both as {@code provides} in a module descriptor and as a
 * {@code META-INF/services} entry on the class path.
 *
 * <p>{@link org.folkestyre.toolkit.method.MethodCatalogue#load()} reads every provider; the
 * conformance kit in {@code folkestyre-toolkit-conformance} checks a provider against the contract
 * stated here. No method of this package accepts or returns {@code null}.
 */
@FolkestyreStyle
package org.folkestyre.toolkit.method.spi;

import org.folkestyre.core.internal.FolkestyreStyle;
