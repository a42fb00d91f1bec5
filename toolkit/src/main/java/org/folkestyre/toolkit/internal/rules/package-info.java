/**
 * Internal: the definitions of the toolkit's governance rules, one class per area. Each area
 * exposes its rule pack through a small public class in its own package, such as
 * {@code org.folkestyre.toolkit.method.MethodValidation}. Not part of the API; may change in any
 * release.
 */
package org.folkestyre.toolkit.internal.rules;
