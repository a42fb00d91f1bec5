package org.folkestyre.core.governance;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * Applies the rules of one or more rule packs to an object and reports every violation.
 *
 * <p>A validator never throws for a broken governance rule: it returns a {@link ValidationReport}.
 * Rules are applied to subjects of their {@link Rule#subjectType() subject type}; other rules are
 * skipped. Typical use:
 *
 * <pre>{@code
 * Validator validator = Validator.forJurisdiction(Jurisdiction.norway(), "DRAMMEN-NEIGHBOURHOOD");
 * ValidationReport report = validator.validate(drammen, ValidationContext.asOf(LocalDate.of(2020, 6, 1)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Validator {
  private final ImmutableList<RulePack> packs;
  private final ImmutableList<Rule<?>> rules;

  private Validator(List<RulePack> packs) {
    this.packs = ImmutableList.copyOf(packs);
    Map<String, Rule<?>> byId = new LinkedHashMap<>();
    for (RulePack pack : packs) {
      for (Rule<?> rule : pack.rules()) {
        byId.putIfAbsent(rule.id(), rule);
      }
    }
    this.rules = ImmutableList.copyOf(byId.values());
  }

  /**
   * Obtains a validator for the given packs; a rule in several packs is applied once.
   *
   * @param packs the rule packs
   * @return the validator
   */
  public static Validator of(List<RulePack> packs) {
    return new Validator(packs);
  }

  /**
   * Obtains a validator for a jurisdiction's statutory packs plus the named local-policy packs.
   *
   * @param jurisdiction the jurisdiction whose {@link Jurisdiction#rulePackIds() packs} apply
   * @param localPolicyPackIds ids of local-policy packs the municipality has opted into
   * @return the validator
   * @throws org.folkestyre.core.InvalidValueException if a pack id is unknown
   */
  public static Validator forJurisdiction(Jurisdiction jurisdiction, String... localPolicyPackIds) {
    List<RulePack> packs = new ArrayList<>(RulePacks.forJurisdiction(jurisdiction));
    Arrays.stream(localPolicyPackIds).map(RulePacks::of).forEach(packs::add);
    return new Validator(packs);
  }

  /**
   * Returns the packs this validator applies.
   *
   * @return the packs
   */
  public ImmutableList<RulePack> packs() {
    return packs;
  }

  /**
   * Returns every rule this validator applies, in order, each once.
   *
   * @return the rules
   */
  public ImmutableList<Rule<?>> rules() {
    return rules;
  }

  /**
   * Validates an object against every rule written for its type.
   *
   * @param subject the object, such as a {@link org.folkestyre.core.municipality.Municipality}
   * @param context the facts of the validation, such as its date
   * @return the report with every violation
   */
  public ValidationReport validate(Object subject, ValidationContext context) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(context, "context");
    var report = ValidationReport.builder().asOf(context.asOf());
    for (Rule<?> rule : rules) {
      if (rule.subjectType().isInstance(subject)) {
        report.addRulesChecked(rule.id());
        report.addAllViolations(applyTo(rule, subject, context));
      }
    }
    return report.build();
  }

  private static <T> List<Violation> applyTo(Rule<T> rule, Object subject, ValidationContext context) {
    return rule.apply(rule.subjectType().cast(subject), context);
  }
}
