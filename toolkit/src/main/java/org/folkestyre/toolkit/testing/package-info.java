/**
 * Seeded generators of the toolkit's values, for property-based tests of code that uses Folkestyre.
 *
 * <p>Like {@link org.folkestyre.core.testing.Generator}s in core, every generator is a pure function
 * of a {@link java.util.random.RandomGenerator} and a size, and depends on no test framework. Run
 * them with {@link org.folkestyre.core.testing.PropertyCheck}.
 */
package org.folkestyre.toolkit.testing;
