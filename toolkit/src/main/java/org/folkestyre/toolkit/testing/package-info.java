/**
 * Seeded generators of the toolkit's domain objects for property-based tests of code that uses
 * Folkestyre.
 *
 * <p>Each generator is an {@link org.folkestyre.core.testing.Generator}: a pure function of a
 * {@link java.util.random.RandomGenerator} and a size, so the same seed and size always give the
 * same value. Generators produce valid objects or, on request, objects that break exactly one
 * named governance rule. Run them with {@link org.folkestyre.core.testing.PropertyCheck}; nothing
 * here depends on a test framework.
 */
package org.folkestyre.toolkit.testing;
