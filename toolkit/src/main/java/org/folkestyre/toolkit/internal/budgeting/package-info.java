/**
 * Internal: exact rational arithmetic and the participatory-budgeting algorithms behind {@link
 * org.folkestyre.toolkit.budgeting.BudgetingRule}. Not exported; may change without notice.
 */
package org.folkestyre.toolkit.internal.budgeting;
