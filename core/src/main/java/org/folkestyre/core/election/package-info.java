/**
 * Seat allocation — mandatfordeling (NO), mandatfordeling (DK): turning list vote totals into
 * seats by a highest-averages method (d'Hondt, Sainte-Laguë, modified Sainte-Laguë) or by
 * largest remainders (Hare), with Danish electoral alliances allocated in stages.
 *
 * <p>{@link org.folkestyre.core.election.SeatAllocator} takes a list of
 * {@link org.folkestyre.core.election.ListVotes}, a number of seats, an
 * {@link org.folkestyre.core.election.AllocationMethod}, a
 * {@link org.folkestyre.core.election.TieRule} and a {@link org.folkestyre.core.spi.LotSource},
 * and returns a {@link org.folkestyre.core.election.SeatAllocation} that explains itself: the
 * quotient that won each seat, stage by stage, and every lot drawn. All arithmetic is exact:
 * quotients are compared by cross-multiplication, never as floating-point numbers.
 *
 * <p>Every type here checks its structural invariants at construction and throws
 * {@link org.folkestyre.core.InvalidValueException} naming the field, the value and the rule.
 * Every type is immutable and thread-safe unless it says otherwise; no method accepts or returns
 * {@code null}.
 */
@FolkestyreStyle
package org.folkestyre.core.election;

import org.folkestyre.core.internal.FolkestyreStyle;
