package org.folkestyre.toolkit.activity;

import com.google.common.collect.ImmutableList;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.governance.RulePack;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.toolkit.internal.rules.ActivityRules;

/**
 * The rules of participation activities on district budgets — Drammen's local policy for the
 * money each district has for participation activities (midler til medvirkningsaktivitet, NOK
 * 50,000 per district in 2020), as a {@link RulePack} with the id {@value #ID}.
 *
 * <p>Every rule is checked on an {@link ActivityPlan}: validate a plan with
 * {@code Validator.of(List.of(ActivityRulePack.pack())).validate(plan, ValidationContext.asOf(date))}.
 * The catalogue in the guide's rules page lists each rule with its source.
 */
public final class ActivityRulePack {
  /** Id of the pack. */
  public static final String ID = "DRAMMEN-ACTIVITIES";
  /** Id of the rule that the activities drawing on a budget do not overspend it. */
  public static final String BUDGET = "DRAMMEN-ACTIVITY-BUDGET";
  /** Id of the rule that an activity has a budget to draw on: its district's, or the municipal one, for its year. */
  public static final String FUNDED = "DRAMMEN-ACTIVITY-FUNDED";
  /** Id of the rule that a district's activity is the responsibility of the district's local coordinator. */
  public static final String COORDINATOR = "DRAMMEN-ACTIVITY-COORDINATOR";
  /** Id of the rule that a report with inputs records the feedback given to participants. */
  public static final String FEEDBACK = "DRAMMEN-ACTIVITY-FEEDBACK";

  private static final RulePack PACK = RulePack.of(ID, LocalizedText.of(
          "Drammens medvirkningsaktiviteter", "Drammens medverknadsaktivitetar",
          "Drammens aktiviteter for borgerinddragelse", "Drammen's participation activities"),
      Jurisdiction.NORWAY_ID,
      ImmutableList.of(ActivityRules.WITHIN_BUDGET, ActivityRules.HAS_BUDGET, ActivityRules.DISTRICT_COORDINATOR,
          ActivityRules.FEEDBACK_GIVEN));

  private ActivityRulePack() {}

  /**
   * Returns the pack.
   *
   * @return the pack of activity rules, for {@link org.folkestyre.core.governance.Validator#of(java.util.List)}
   */
  public static RulePack pack() {
    return PACK;
  }
}
