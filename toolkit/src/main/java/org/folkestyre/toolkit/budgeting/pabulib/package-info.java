/**
 * The Pabulib {@code .pb} format — the open file format of the Pabulib library of
 * participatory-budgeting data: a streaming reader and a writer for {@link
 * org.folkestyre.toolkit.budgeting.BudgetingElection}.
 *
 * <p>{@link org.folkestyre.toolkit.budgeting.pabulib.PabulibReader} reads a file line by line and
 * reports every problem as a {@link org.folkestyre.toolkit.budgeting.pabulib.PabulibFormatException}
 * naming the source, the line and the problem; {@link
 * org.folkestyre.toolkit.budgeting.pabulib.PabulibWriter} writes an election back so that reading
 * it gives an equal election. {@link org.folkestyre.toolkit.budgeting.pabulib.PabulibReader#readBallots(java.nio.file.Path)}
 * reads the ballots of a file leniently, as submitted, so that every invalid one can be reported
 * ({@link org.folkestyre.toolkit.budgeting.pabulib.PabulibBallots}). No method accepts or returns
 * {@code null}.
 */
@FolkestyreStyle
package org.folkestyre.toolkit.budgeting.pabulib;

import org.folkestyre.core.internal.FolkestyreStyle;
