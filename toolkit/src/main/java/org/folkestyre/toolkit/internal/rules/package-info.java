/**
 * Internal: the toolkit's governance rules, one class per area. Not part of the API; each area
 * exposes its rule pack through a public class in its own package.
 */
package org.folkestyre.toolkit.internal.rules;
