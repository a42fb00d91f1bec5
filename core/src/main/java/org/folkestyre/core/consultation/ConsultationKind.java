package org.folkestyre.core.consultation;

import com.google.common.collect.ImmutableList;
import java.time.Period;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * The legal kind of a consultation, which fixes its minimum period: the least time between the
 * day it opens and the day comments are due.
 *
 * <p>Norway: planprogram (plan- og bygningsloven §§ 11-13 and 12-9), kommuneplan (§ 11-14) and
 * reguleringsplan (§ 12-10) at least 6 weeks; state hearings normally 3 months and never below
 * 6 weeks (utredningsinstruksen). Denmark (planloven § 24): kommuneplan 8 weeks, minor changes
 * of a kommuneplan 4, lokalplan 4, lokalplan of minor importance 2. A {@link #VOLUNTARY}
 * consultation has no legal minimum: the municipality sets its period. Each legal kind names the
 * governance rule that checks its period ({@link #ruleId()}), whose citation the rules catalogue
 * ({@link org.folkestyre.core.governance.RulePacks}) gives; {@link Deadlines} does the arithmetic.
 */
public enum ConsultationKind {
  /** Planprogram for a kommuneplan (plan- og bygningsloven § 11-13): at least 6 weeks. */
  NO_PLANPROGRAM("planprogram", Jurisdiction.NORWAY_ID, Period.ofWeeks(6), Period.ofWeeks(6),
      "NO-PBL-11-13-KP-PLANPROGRAM", LocalizedText.of("planprogram for kommuneplan", "planprogram for kommuneplan",
          "planprogram for kommuneplan (norsk)", "planning programme for a master plan")),
  /** Planprogram for a reguleringsplan with significant effects (plan- og bygningsloven § 12-9): at least 6 weeks. */
  NO_REGULERINGSPLAN_PLANPROGRAM("reguleringsplan-planprogram", Jurisdiction.NORWAY_ID, Period.ofWeeks(6),
      Period.ofWeeks(6), "NO-PBL-12-9-RP-PLANPROGRAM",
      LocalizedText.of("planprogram for reguleringsplan", "planprogram for reguleringsplan",
          "planprogram for reguleringsplan (norsk)", "planning programme for a zoning plan")),
  /** Kommuneplan, samfunnsdel or arealdel (plan- og bygningsloven § 11-14): at least 6 weeks. */
  NO_KOMMUNEPLAN("kommuneplan", Jurisdiction.NORWAY_ID, Period.ofWeeks(6), Period.ofWeeks(6),
      "NO-PBL-11-14-KP-HEARING", LocalizedText.of("kommuneplan", "kommuneplan", "kommuneplan (norsk)",
          "municipal master plan")),
  /** Reguleringsplan (plan- og bygningsloven § 12-10): at least 6 weeks. */
  NO_REGULERINGSPLAN("reguleringsplan", Jurisdiction.NORWAY_ID, Period.ofWeeks(6), Period.ofWeeks(6),
      "NO-PBL-12-10-RP-HEARING", LocalizedText.of("reguleringsplan", "reguleringsplan",
          "reguleringsplan (norsk)", "zoning plan")),
  /** A state hearing (utredningsinstruksen): normally 3 months, never below 6 weeks. */
  NO_STATE("state", Jurisdiction.NORWAY_ID, Period.ofWeeks(6), Period.ofMonths(3),
      "NO-UTREDNINGSINSTRUKS", LocalizedText.of("statlig høring", "statleg høyring", "statslig høring (norsk)",
          "state hearing")),
  /** Kommuneplan (planloven § 24): at least 8 weeks. */
  DK_KOMMUNEPLAN("kommuneplan", Jurisdiction.DENMARK_ID, Period.ofWeeks(8), Period.ofWeeks(8),
      "DK-PLANL-24-HEARING", LocalizedText.of("kommuneplan (dansk)", "kommuneplan (dansk)", "kommuneplan",
          "municipal plan")),
  /** A minor change of a kommuneplan, not against its main principles (planloven § 24): at least 4 weeks. */
  DK_KOMMUNEPLAN_MINOR("kommuneplan-minor", Jurisdiction.DENMARK_ID, Period.ofWeeks(4), Period.ofWeeks(4),
      "DK-PLANL-24-HEARING", LocalizedText.of("mindre endring av kommuneplan (dansk)",
          "mindre endring av kommuneplan (dansk)", "mindre ændring af kommuneplan",
          "minor change of a municipal plan")),
  /** Lokalplan (planloven § 24): at least 4 weeks. */
  DK_LOKALPLAN("lokalplan", Jurisdiction.DENMARK_ID, Period.ofWeeks(4), Period.ofWeeks(4),
      "DK-PLANL-24-HEARING", LocalizedText.of("lokalplan (dansk)", "lokalplan (dansk)", "lokalplan", "local plan")),
  /** Lokalplan of minor importance (planloven § 24): at least 2 weeks. */
  DK_LOKALPLAN_MINOR("lokalplan-minor", Jurisdiction.DENMARK_ID, Period.ofWeeks(2), Period.ofWeeks(2),
      "DK-PLANL-24-HEARING", LocalizedText.of("lokalplan av mindre betydning (dansk)",
          "lokalplan av mindre betydning (dansk)", "lokalplan af mindre betydning", "local plan of minor importance")),
  /** A consultation no law requires, in any jurisdiction: the municipality sets the period. */
  VOLUNTARY("voluntary", null, Period.ZERO, Period.ZERO, null,
      LocalizedText.of("frivillig høring", "frivillig høyring", "frivillig høring", "voluntary consultation"));

  private final String id;
  private final String jurisdictionId;
  private final Period minimumPeriod;
  private final Period normalPeriod;
  private final String ruleId;
  private final LocalizedText names;

  ConsultationKind(String id, String jurisdictionId, Period minimumPeriod, Period normalPeriod, String ruleId,
      LocalizedText names) {
    this.id = id;
    this.jurisdictionId = jurisdictionId;
    this.minimumPeriod = minimumPeriod;
    this.normalPeriod = normalPeriod;
    this.ruleId = ruleId;
    this.names = names;
  }

  /**
   * Returns the id the kind goes by within its jurisdiction, as the command line and the JSON form
   * take it.
   *
   * @return the id, such as {@code "kommuneplan"} or {@code "lokalplan-minor"}; unique within a
   *     jurisdiction, not across them
   */
  public String id() {
    return id;
  }

  /**
   * Returns the id of the jurisdiction whose law defines the kind.
   *
   * @return the jurisdiction id, such as {@code "NO"}, or empty for {@link #VOLUNTARY}
   */
  public Optional<String> jurisdictionId() {
    return Optional.ofNullable(jurisdictionId);
  }

  /**
   * Returns whether a consultation of this kind can be held in a jurisdiction.
   *
   * @param jurisdiction the jurisdiction
   * @return true if the kind is the jurisdiction's own, or {@link #VOLUNTARY}
   */
  public boolean appliesTo(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return jurisdictionId == null || jurisdictionId.equals(jurisdiction.id());
  }

  /**
   * Returns the least period the law allows between opening and the closing date.
   *
   * @return the period, such as 6 weeks; {@link Period#ZERO} for {@link #VOLUNTARY}
   */
  public Period minimumPeriod() {
    return minimumPeriod;
  }

  /**
   * Returns the period the law or its guidance expects in the normal case: 3 months for a state
   * hearing, otherwise the minimum period.
   *
   * @return the normal period, never shorter than {@link #minimumPeriod()}
   */
  public Period normalPeriod() {
    return normalPeriod;
  }

  /**
   * Returns whether the law fixes a minimum period for this kind.
   *
   * @return false only for {@link #VOLUNTARY}
   */
  public boolean hasLegalMinimum() {
    return ruleId != null;
  }

  /**
   * Returns the id of the governance rule that checks the minimum period.
   *
   * @return the rule id, such as {@code "NO-PBL-11-14-KP-HEARING"}, or empty for {@link #VOLUNTARY}
   */
  public Optional<String> ruleId() {
    return Optional.ofNullable(ruleId);
  }

  /**
   * Returns the kind's name in every language.
   *
   * @return the names, such as kommuneplan / kommuneplan / kommuneplan (norsk) / municipal master plan
   */
  public LocalizedText names() {
    return names;
  }

  /**
   * Returns the kinds with a legal minimum period in a jurisdiction, in the order of this enum.
   *
   * @param jurisdiction the jurisdiction
   * @return the kinds, such as planprogram, reguleringsplan-planprogram, kommuneplan,
   *     reguleringsplan and state for Norway; empty for a jurisdiction without built-in kinds
   */
  public static ImmutableList<ConsultationKind> legalKinds(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return Arrays.stream(values()).filter(k -> k.hasLegalMinimum() && k.appliesTo(jurisdiction))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Obtains a kind by its id within a jurisdiction, ignoring case and surrounding blanks.
   *
   * @param jurisdiction the jurisdiction
   * @param id the id, such as {@code "kommuneplan"}, or {@code "voluntary"}
   * @return the kind
   * @throws InvalidValueException if the jurisdiction has no kind with that id; the message lists
   *     the ids it has
   */
  public static ConsultationKind of(Jurisdiction jurisdiction, String id) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(id, "id");
    String key = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.appliesTo(jurisdiction) && k.id.equals(key)).findFirst()
        .orElseThrow(() -> new InvalidValueException("kind", id, "is not a consultation kind of " + jurisdiction.id()
            + "; kinds: " + Arrays.stream(values()).filter(k -> k.appliesTo(jurisdiction)).map(ConsultationKind::id)
                .collect(Collectors.joining(", "))));
  }
}
