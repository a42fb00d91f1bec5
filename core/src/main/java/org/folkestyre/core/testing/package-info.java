/**
 * Seeded generators for property-based tests of code that uses Folkestyre, and reference data
 * from real municipalities.
 *
 * <p>A {@link org.folkestyre.core.testing.Generator} is a pure function of a
 * {@link java.util.random.RandomGenerator} and a size: the same seed and size always give the
 * same value, and a smaller size gives a smaller value. Generators produce valid objects, or,
 * through {@link org.folkestyre.core.testing.MunicipalityGenerators#breaking(String, java.time.Year)}, objects that
 * break exactly one named rule. {@link org.folkestyre.core.testing.PropertyCheck} runs a property
 * over many seeds and reports a failing seed with the smallest failing size. Nothing here depends
 * on a test framework: failures are plain {@link java.lang.AssertionError}s.
 */
package org.folkestyre.core.testing;
