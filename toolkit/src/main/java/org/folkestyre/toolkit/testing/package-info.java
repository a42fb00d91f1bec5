/**
 * Generators of the toolkit's domain objects for property-based tests: pure functions of a
 * {@link java.util.random.RandomGenerator} and a size, usable from any test framework through
 * {@link org.folkestyre.core.testing.Generator} and {@link org.folkestyre.core.testing.PropertyCheck}.
 */
package org.folkestyre.toolkit.testing;
