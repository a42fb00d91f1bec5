/**
 * The audit trail: an append-only, hash-chained log of what happens to a consultation or any other
 * subject, and its verification.
 *
 * <p>Each entry's hash covers its own fields and the hash of the entry before it, so editing,
 * removing, inserting or reordering any entry is detected, and the verification says which entry
 * and how. Personal data never enters the chain: an entry may carry an opaque reference to data
 * kept elsewhere, which can be erased without breaking the chain.
 */
@FolkestyreStyle
package org.folkestyre.core.audit;

import org.folkestyre.core.internal.FolkestyreStyle;
