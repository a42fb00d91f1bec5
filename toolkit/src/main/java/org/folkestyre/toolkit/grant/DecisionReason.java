package org.folkestyre.toolkit.grant;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.regex.Pattern;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;

/**
 * Why an application was decided as it was — begrunnelse (NO), begrundelse (DK): a fixed text in
 * four languages with placeholders such as {@code {rank}}, filled from
 * {@link GrantDecision#values()}.
 *
 * <p>Amounts ({@code {requested}}, {@code {awarded}}, {@code {remaining}}, {@code {needed}}) are
 * stored in øre and shown in the pool's currency.
 */
public enum DecisionReason {
  /** Ranked high enough that the pool could give all that was asked for. */
  AWARDED_IN_FULL(DecisionOutcome.AWARDED, LocalizedText.of(
      "Innvilget som nr. {rank} i rangeringen med {score} poeng; det var nok igjen i puljen.",
      "Innvilga som nr. {rank} i rangeringa med {score} poeng; det var nok att i puljen.",
      "Bevilget som nr. {rank} i prioriteringen med {score} point; der var nok tilbage i puljen.",
      "Awarded as number {rank} in the ranking with {score} points; enough remained in the pool.")),
  /** Given what remained in the pool: less than asked for, but at least the project's minimum. */
  PARTIAL_REMAINDER(DecisionOutcome.PARTIAL, LocalizedText.of(
      "Nr. {rank} med {score} poeng: innvilget {awarded} av søkte {requested}, det som var igjen i puljen.",
      "Nr. {rank} med {score} poeng: innvilga {awarded} av søkte {requested}, det som var att i puljen.",
      "Nr. {rank} med {score} point: bevilget {awarded} af ansøgte {requested}, det der var tilbage i puljen.",
      "Number {rank} with {score} points: awarded {awarded} of the {requested} asked for, what remained in"
          + " the pool.")),
  /** The applicant is of a kind the pool is not open to. */
  APPLICANT_NOT_ELIGIBLE(DecisionOutcome.REJECTED, LocalizedText.of(
      "Avslått: puljen er åpen for {eligible}; søkeren er av typen «{kind}».",
      "Avslått: puljen er open for {eligible}; søkjaren er av typen «{kind}».",
      "Afslået: puljen kan søges af {eligible}; ansøgeren er af typen »{kind}«.",
      "Rejected: the pool is open to {eligible}; the applicant is of the kind '{kind}'.")),
  /** The application fails an eligibility criterion. */
  CRITERION_NOT_MET(DecisionOutcome.REJECTED, LocalizedText.of(
      "Avslått: søknaden oppfyller ikke vilkåret «{criterion}».",
      "Avslått: søknaden oppfyller ikkje vilkåret «{criterion}».",
      "Afslået: ansøgningen opfylder ikke kriteriet »{criterion}«.",
      "Rejected: the application does not meet the condition '{criterion}'.")),
  /** The application's score is below the pool's minimum. */
  BELOW_MINIMUM_SCORE(DecisionOutcome.REJECTED, LocalizedText.of(
      "Avslått: søknaden fikk {score} poeng, og puljen krever minst {minimum}.",
      "Avslått: søknaden fekk {score} poeng, og puljen krev minst {minimum}.",
      "Afslået: ansøgningen fik {score} point, og puljen kræver mindst {minimum}.",
      "Rejected: the application scored {score} points, and the pool requires at least {minimum}.")),
  /** Too little remained in the pool when the application's turn came. */
  POOL_EXHAUSTED(DecisionOutcome.REJECTED, LocalizedText.of(
      "Avslått: nr. {rank} med {score} poeng; da var det {remaining} igjen i puljen, mindre enn de {needed}"
          + " prosjektet trenger.",
      "Avslått: nr. {rank} med {score} poeng; då var det {remaining} att i puljen, mindre enn dei {needed}"
          + " prosjektet treng.",
      "Afslået: nr. {rank} med {score} point; da var der {remaining} tilbage i puljen, mindre end de {needed},"
          + " projektet behøver.",
      "Rejected: number {rank} with {score} points; by then {remaining} remained in the pool, less than the"
          + " {needed} the project needs.")),
  /**
   * Decided by the body responsible, with its own reason in {@code {note}}: for decisions recorded
   * by hand rather than by {@link GrantAllocator}. Any outcome.
   */
  BY_DECISION(null, LocalizedText.of(
      "Vedtak: {note}", "Vedtak: {note}", "Afgørelse: {note}", "Decision: {note}"));

  /** The values holding amounts in øre. */
  static final ImmutableSet<String> AMOUNTS = ImmutableSet.of("requested", "awarded", "remaining", "needed");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

  private final DecisionOutcome outcome;
  private final LocalizedText template;

  DecisionReason(DecisionOutcome outcome, LocalizedText template) {
    this.outcome = outcome;
    this.template = template;
  }

  /**
   * Returns the outcome this reason goes with.
   *
   * @return the outcome, or empty for {@link #BY_DECISION}, which goes with any
   */
  public Optional<DecisionOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * Returns the names of the placeholders of the reason's text, such as {@code rank}.
   *
   * @return the names; a decision with this reason holds a value for each
   */
  public ImmutableSet<String> placeholders() {
    return PLACEHOLDER.matcher(template.get(Language.EN)).results().map(m -> m.group(1))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the reason's text with its placeholders.
   *
   * @return the template in every language
   */
  public LocalizedText template() {
    return template;
  }
}
