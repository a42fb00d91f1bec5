/**
 * Access between the toolkit's own packages that is not part of its API: a reader in one package
 * may use a construction path that another package keeps package-private. Users must not touch
 * it; the package is not exported.
 */
package org.folkestyre.toolkit.internal.access;
