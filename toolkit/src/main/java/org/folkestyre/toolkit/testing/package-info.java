/**
 * Generators of the toolkit's values for property-based tests: pure functions of a
 * {@link java.util.random.RandomGenerator} and a size, usable from any test framework, that produce
 * valid values and, on request, values that break exactly one named rule.
 */
package org.folkestyre.toolkit.testing;
