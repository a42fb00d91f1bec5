package org.folkestyre.toolkit.method;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePack;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.toolkit.internal.rules.MethodRules;

/**
 * The governance rules of participation methods: whether a method's parts fit together, such as a
 * collaborating method that gives participants no power, or a digital method without an offline
 * alternative.
 *
 * <p>The rules never throw; a method that breaks them can be built, and {@link #validate} reports
 * every violation with its rule id, source and explanation in four languages. The pack
 * {@value #PACK_ID} is not tied to a jurisdiction; add {@link #pack()} to a
 * {@link Validator} beside other packs, or call {@link #validate(ParticipationMethod)}. The rules
 * are listed in the project's rules catalogue.
 */
public final class MethodValidation {
  /** The id of the pack of method rules. */
  public static final String PACK_ID = MethodRules.PACK_ID;
  /** Id of the rule that every field the schema requires is described. */
  public static final String COMPLETE = MethodRules.COMPLETE_ID;
  /** Id of the rule that the fields the schema recommends are described (a warning). */
  public static final String RECOMMENDED_FIELDS = MethodRules.RECOMMENDED_ID;
  /** Id of the rule that random selection is recruited by a random or stratified sample. */
  public static final String RANDOM_RECRUITMENT = MethodRules.RANDOM_RECRUITMENT_ID;
  /** Id of the rule that a collaborating or empowering method gives participants some decision power. */
  public static final String COLLABORATION_POWER = MethodRules.POWER_ID;
  /** Id of the rule that a binding method states its legal basis or legal status. */
  public static final String BINDING_LEGAL_BASIS = MethodRules.BINDING_ID;
  /** Id of the rule that a digital or hybrid method lists WCAG 2.1 AA among its supports. */
  public static final String DIGITAL_WCAG = MethodRules.WCAG_ID;
  /** Id of the rule that a method that needs digital tools, unless hybrid, describes an offline alternative. */
  public static final String OFFLINE_ALTERNATIVE = MethodRules.OFFLINE_ID;
  /** Id of the rule that a deliberative method selects at random (a warning). */
  public static final String DELIBERATION_RANDOM = MethodRules.DELIBERATION_RANDOM_ID;
  /** Id of the rule that random deliberation lasts at least one full day. */
  public static final String DELIBERATION_FULL_DAY = MethodRules.DELIBERATION_DAY_ID;
  /** Id of the rule that random deliberation gives participants learning resources. */
  public static final String DELIBERATION_LEARNING = MethodRules.DELIBERATION_LEARNING_ID;

  private static final Validator VALIDATOR = Validator.of(List.of(MethodRules.PACK));

  private MethodValidation() {}

  /**
   * Returns the pack of method rules.
   *
   * @return the pack {@value #PACK_ID}
   */
  public static RulePack pack() {
    return MethodRules.PACK;
  }

  /**
   * Returns the rules of the pack, in catalogue order.
   *
   * @return the rules
   */
  public static ImmutableList<Rule<ParticipationMethod>> rules() {
    return MethodRules.ALL;
  }

  /**
   * Checks a method against every method rule, as of today in the system's default time zone.
   * The method rules do not depend on the date; the date only stamps the report.
   *
   * @param method the method
   * @return the report, with every violation
   */
  public static ValidationReport validate(ParticipationMethod method) {
    return validate(method, Clock.systemDefaultZone());
  }

  /**
   * Checks a method against every method rule, as of today according to a clock.
   *
   * @param method the method
   * @param clock the clock that dates the report
   * @return the report, with every violation
   */
  public static ValidationReport validate(ParticipationMethod method, Clock clock) {
    Objects.requireNonNull(method, "method");
    return VALIDATOR.validate(method, ValidationContext.asOf(LocalDate.now(clock)));
  }
}
