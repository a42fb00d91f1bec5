/**
 * Participatory budgeting — borgerbudsjett (NO), borgerbudget (DK): the election model and the
 * rules that turn ballots into a set of funded projects.
 *
 * <p>A {@link org.folkestyre.toolkit.budgeting.BudgetingElection} holds the budget, the projects,
 * the ballots and the constraints a ballot had to meet. A {@link
 * org.folkestyre.toolkit.budgeting.BudgetingRule} (greedy, the Method of Equal Shares and its
 * completions, sequential Phragmén) selects projects with exact arithmetic and returns a {@link
 * org.folkestyre.toolkit.budgeting.BudgetingOutcome} that explains every step. Ties are broken by a
 * pluggable {@link org.folkestyre.toolkit.budgeting.TieBreaking}. Amounts are exact decimals
 * ({@link org.folkestyre.toolkit.budgeting.Amount}), never floating point. Pabulib files are read
 * and written by {@code org.folkestyre.toolkit.budgeting.pabulib}.
 *
 * <p>No method accepts or returns {@code null}; absent values are {@code Optional}. Structural
 * invariants are checked at construction ({@link org.folkestyre.core.InvalidValueException});
 * whether a ballot keeps the election's constraints is a question for validation, not for the
 * constructor.
 */
@FolkestyreStyle
package org.folkestyre.toolkit.budgeting;

import org.folkestyre.core.internal.FolkestyreStyle;
