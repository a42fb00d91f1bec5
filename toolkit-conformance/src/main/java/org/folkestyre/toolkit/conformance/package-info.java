/**
 * Conformance kit for vendors' plug-ins: extend
 * {@link org.folkestyre.toolkit.conformance.MethodProviderConformance} in a test and return the
 * provider from {@code provider()}; every check the contract asks for then runs as a JUnit 5 test.
 * No method of this package accepts or returns {@code null}.
 */
package org.folkestyre.toolkit.conformance;
