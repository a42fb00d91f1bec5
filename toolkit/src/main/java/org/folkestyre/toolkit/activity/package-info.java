/**
 * Participation activities on district budgets — medvirkningsaktiviteter: planned uses of a
 * participation method in a district (kommunedel) or in the whole municipality, with dates, a
 * responsible coordinator and a cost in øre, drawn on an annual participation budget; the report
 * after an activity; and the planned and spent amounts per district and year.
 *
 * <p>An {@link org.folkestyre.toolkit.activity.ActivityPlan} can be built freely and checked with
 * the rules of {@link org.folkestyre.toolkit.activity.ActivityRulePack}, or grown through
 * {@link org.folkestyre.toolkit.activity.ActivityPlan#withActivity(Activity)} and
 * {@link org.folkestyre.toolkit.activity.ActivityPlan#withReport(String, ActivityReport)}, which
 * refuse to overspend a budget. Structural invariants (dates in order, amounts not negative) are
 * checked at construction with {@link org.folkestyre.core.InvalidValueException}. No method
 * accepts or returns {@code null}.
 */
@FolkestyreStyle
package org.folkestyre.toolkit.activity;

import org.folkestyre.core.internal.FolkestyreStyle;
