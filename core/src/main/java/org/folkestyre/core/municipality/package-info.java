/**
 * Municipalities and their districts: codes with their history, population, mergers, and each
 * district's hub, local coordinator and participation budget.
 *
 * <p>Every type here checks its structural invariants at construction and throws
 * {@link org.folkestyre.core.InvalidValueException} naming the field, the value and the rule.
 * Governance rules, such as the legal minimum size of a council, are not checked here: build any
 * municipality and ask {@link org.folkestyre.core.governance.Validator} what is wrong with it.
 */
@FolkestyreStyle
package org.folkestyre.core.municipality;

import org.folkestyre.core.internal.FolkestyreStyle;
