package org.folkestyre.core.governance;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;

/**
 * A governance rule: a stable id, the source it rests on, and a check of one kind of object.
 *
 * <p>Ids are stable strings users may store and filter on, such as {@code NO-KL-5-5-COUNCIL-MIN}
 * for kommuneloven § 5-5's minimum council size. Each rule explains itself in nb, nn, da and en:
 * {@link #explanation()} states the rule in general, and {@link #message()} is the template of a
 * concrete violation, whose placeholders ({@code {size}}) are filled with the values a check
 * reports. This class is immutable and thread-safe if its check is.
 *
 * @param <T> the type of object the rule checks, such as {@link org.folkestyre.core.municipality.Municipality}
 */
public final class Rule<T> {
  /**
   * The check a rule performs: inspects a subject and reports each violation it finds.
   *
   * @param <T> the subject type
   */
  @FunctionalInterface
  public interface Check<T> {
    /**
     * Checks one subject.
     *
     * @param subject the object to check
     * @param context the date and other facts of the validation
     * @param findings where violations are reported
     */
    void check(T subject, ValidationContext context, Findings findings);
  }

  private final String id;
  private final Class<T> subjectType;
  private final Severity severity;
  private final Confidence confidence;
  private final Citation citation;
  private final LocalizedText title;
  private final LocalizedText explanation;
  private final LocalizedText message;
  private final Check<T> check;

  private Rule(Builder<T> builder) {
    this.id = builder.id;
    this.subjectType = builder.subjectType;
    this.severity = Objects.requireNonNull(builder.severity, "severity");
    this.confidence = Objects.requireNonNull(builder.confidence, "confidence");
    this.citation = Objects.requireNonNull(builder.citation, "citation");
    this.title = Objects.requireNonNull(builder.title, "title");
    this.explanation = Objects.requireNonNull(builder.explanation, "explanation");
    this.message = Objects.requireNonNull(builder.message, "message");
    this.check = Objects.requireNonNull(builder.check, "check");
  }

  private static String requireId(String id) {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[A-Z0-9]+(-[A-Z0-9]+)+")) {
      throw new InvalidValueException("id", id, "a rule id is upper-case words joined by '-', such as NO-KL-5-5-COUNCIL-MIN");
    }
    return id;
  }

  /**
   * Starts a rule.
   *
   * @param id the stable id, upper-case words joined by {@code -}
   * @param subjectType the type of object the rule checks
   * @param <T> the subject type
   * @return a builder
   * @throws InvalidValueException if the id is not upper-case words joined by {@code -}
   */
  public static <T> Builder<T> builder(String id, Class<T> subjectType) {
    return new Builder<>(id, subjectType);
  }

  /**
   * Returns the stable id.
   *
   * @return the id, such as {@code "NO-KL-5-5-COUNCIL-MIN"}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the type of object the rule checks.
   *
   * @return the subject type
   */
  public Class<T> subjectType() {
    return subjectType;
  }

  /**
   * Returns how serious a violation is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns how well the rule's source is verified.
   *
   * @return the confidence
   */
  public Confidence confidence() {
    return confidence;
  }

  /**
   * Returns the source the rule rests on.
   *
   * @return the citation
   */
  public Citation citation() {
    return citation;
  }

  /**
   * Returns a short title.
   *
   * @return the title, such as "Minimum council size" in English
   */
  public LocalizedText title() {
    return title;
  }

  /**
   * Returns what the rule requires, in general terms.
   *
   * @return the explanation
   */
  public LocalizedText explanation() {
    return explanation;
  }

  /**
   * Returns the template of a violation's message, with placeholders such as {@code {size}}.
   *
   * @return the message template
   */
  public LocalizedText message() {
    return message;
  }

  /**
   * Checks an object and returns every violation found.
   *
   * @param subject the object to check
   * @param context the facts of the validation
   * @return the violations, empty if the object complies
   */
  public ImmutableList<Violation> apply(T subject, ValidationContext context) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(context, "context");
    Findings findings = new Findings(this);
    check.check(subject, context, findings);
    return findings.violations();
  }

  @Override
  public String toString() {
    return id + " (" + citation + "): " + title.get(Language.EN);
  }

  /**
   * Builds a {@link Rule}; every property is required.
   *
   * @param <T> the subject type
   */
  public static final class Builder<T> {
    private final String id;
    private final Class<T> subjectType;
    private Severity severity = Severity.ERROR;
    private Confidence confidence;
    private Citation citation;
    private LocalizedText title;
    private LocalizedText explanation;
    private LocalizedText message;
    private Check<T> check;

    private Builder(String id, Class<T> subjectType) {
      this.id = requireId(id);
      this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
    }

    /**
     * Sets the severity; {@link Severity#ERROR} unless set.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder<T> severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Sets how well the source is verified.
     *
     * @param confidence the confidence
     * @return this builder
     */
    public Builder<T> confidence(Confidence confidence) {
      this.confidence = confidence;
      return this;
    }

    /**
     * Sets the source.
     *
     * @param citation the citation
     * @return this builder
     */
    public Builder<T> citation(Citation citation) {
      this.citation = citation;
      return this;
    }

    /**
     * Sets the short title.
     *
     * @param title the title in every language
     * @return this builder
     */
    public Builder<T> title(LocalizedText title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the general explanation.
     *
     * @param explanation the explanation in every language
     * @return this builder
     */
    public Builder<T> explanation(LocalizedText explanation) {
      this.explanation = explanation;
      return this;
    }

    /**
     * Sets the violation message template.
     *
     * @param message the template in every language, with placeholders such as {@code {size}}
     * @return this builder
     */
    public Builder<T> message(LocalizedText message) {
      this.message = message;
      return this;
    }

    /**
     * Sets the check and builds the rule.
     *
     * @param check the check
     * @return the rule
     * @throws NullPointerException if a property is missing
     */
    public Rule<T> check(Check<T> check) {
      this.check = check;
      return new Rule<>(this);
    }
  }
}
