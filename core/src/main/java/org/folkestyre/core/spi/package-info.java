/**
 * What embedding systems and vendors implement: service-provider interfaces found through
 * {@link java.util.ServiceLoader}, both as {@code provides} in a module descriptor and as a
 * {@code META-INF/services} entry on the class path.
 */
package org.folkestyre.core.spi;
