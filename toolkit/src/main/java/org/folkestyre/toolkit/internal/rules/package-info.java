/**
 * Internal: the toolkit's governance rules, one class per area. Not part of the API; may change in
 * any release. Each area exposes its rule packs through a public class in its own package.
 */
package org.folkestyre.toolkit.internal.rules;
