/**
 * Generators of the toolkit's values for property-based tests: pure functions of a
 * {@link java.util.random.RandomGenerator} and a size, usable from any test framework (see
 * {@link org.folkestyre.core.testing.Generator} and {@link org.folkestyre.core.testing.PropertyCheck}).
 */
package org.folkestyre.toolkit.testing;
