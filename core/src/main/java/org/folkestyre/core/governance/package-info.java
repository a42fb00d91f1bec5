/**
 * The governance-rule engine: rules with stable ids and legal citations, rule packs per
 * jurisdiction and local policy, and a validator that reports every violation with a
 * localized explanation.
 *
 * <p>A governance rule never throws: a user must be able to build a council that is too small in
 * order to ask what is wrong with it. {@link org.folkestyre.core.governance.Validator#validate}
 * returns a {@link org.folkestyre.core.governance.ValidationReport} listing each
 * {@link org.folkestyre.core.governance.Violation}: the rule id, the path of the offending
 * element, the values involved, the citation and the explanation in nb, nn, da and en.
 */
@FolkestyreStyle
package org.folkestyre.core.governance;

import org.folkestyre.core.internal.FolkestyreStyle;
