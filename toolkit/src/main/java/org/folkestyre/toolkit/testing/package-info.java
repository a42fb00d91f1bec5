/**
 * Seeded generators of the toolkit's types for property-based tests of code that uses Folkestyre.
 *
 * <p>Like those of {@code org.folkestyre.core.testing}, each generator is a pure function of a
 * {@link java.util.random.RandomGenerator} and a size, and depends on no test framework; run them
 * with {@link org.folkestyre.core.testing.PropertyCheck}.
 */
package org.folkestyre.toolkit.testing;
