/**
 * Seeded generators of the toolkit's values for property-based tests, one class per area, such as
 * {@link org.folkestyre.toolkit.testing.BudgetingGenerators}.
 *
 * <p>Each generator is a {@link org.folkestyre.core.testing.Generator}: a pure function of a
 * {@link java.util.random.RandomGenerator} and a size, so a seed replays the same value. Run them
 * with {@link org.folkestyre.core.testing.PropertyCheck} or any test framework.
 */
package org.folkestyre.toolkit.testing;
