package org.folkestyre.core.governance;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.internal.rules.ConsultationRules;
import org.folkestyre.core.internal.rules.CouncilSizeRules;
import org.folkestyre.core.internal.rules.DanishCommitteeRules;
import org.folkestyre.core.internal.rules.DrammenRules;
import org.folkestyre.core.internal.rules.ElectionListRules;
import org.folkestyre.core.internal.rules.MeetingRules;
import org.folkestyre.core.internal.rules.NorwegianCommitteeRules;
import org.folkestyre.core.internal.rules.PlanRules;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * The built-in rule packs: Norway's kommuneloven, Denmark's styrelseslov, and local policies
 * municipalities opt into.
 *
 * <p>The statutory packs also carry the jurisdiction's other statutory rules: forvaltningsloven's
 * recusal rules and the minimum consultation periods of plan- og bygningsloven and
 * utredningsinstruksen ({@code NO-KL}) or of planloven ({@code DK-KSL}). New packs are appended.
 */
public final class RulePacks {
  /** Id of Norway's statutory pack (kommuneloven). */
  public static final String NORWAY = "NO-KL";
  /** Id of Denmark's statutory pack (lov om kommunernes styrelse). */
  public static final String DENMARK = "DK-KSL";
  /** Id of Drammen's rules for the structure of its master plan, a local policy. */
  public static final String DRAMMEN_MASTER_PLAN = "DRAMMEN-MASTER-PLAN";
  /** Id of Drammen's fiscal rules (handlingsregler), a local policy. */
  public static final String DRAMMEN_FISCAL = "DRAMMEN-FISCAL";
  /** Id of Drammen's neighbourhood-democracy pack (nærdemokratiordning), a local policy. */
  public static final String DRAMMEN_NEIGHBOURHOOD = "DRAMMEN-NEIGHBOURHOOD";
  /**
   * Id of Drammen's participation pack: loyalty to the input of consultations, a local policy any
   * municipality may opt into without the neighbourhood-democracy scheme.
   */
  public static final String DRAMMEN_PARTICIPATION = "DRAMMEN-PARTICIPATION";

  private static final ImmutableList<RulePack> BUILT_IN = ImmutableList.of(
      RulePack.of(NORWAY, LocalizedText.of("Kommuneloven", "Kommunelova", "Den norske kommunelov",
              "Norwegian Local Government Act"), Jurisdiction.NORWAY_ID,
          ImmutableList.of(CouncilSizeRules.NORWAY_ODD, CouncilSizeRules.NORWAY_MINIMUM,
              NorwegianCommitteeRules.FORMANNSKAP_SIZE, NorwegianCommitteeRules.FORMANNSKAP_FROM_COUNCIL,
              NorwegianCommitteeRules.UTVALG_MIN, NorwegianCommitteeRules.KOMITE_MIN,
              NorwegianCommitteeRules.KOMITE_SUBSTITUTES, NorwegianCommitteeRules.MANDATORY_COUNCILS,
              NorwegianCommitteeRules.ELDRERAD_AGE, NorwegianCommitteeRules.UNGDOMSRAD_TERM,
              NorwegianCommitteeRules.UNGDOMSRAD_AGE, NorwegianCommitteeRules.MAYOR,
              NorwegianCommitteeRules.ELECTED_GENDER, NorwegianCommitteeRules.SUBSTITUTES,
              NorwegianCommitteeRules.AGREEMENT_GENDER, NorwegianCommitteeRules.AGREEMENT_SUBSTITUTES,
              NorwegianCommitteeRules.CONTROL_SIZE, NorwegianCommitteeRules.CONTROL_COUNCIL_MEMBER,
              NorwegianCommitteeRules.CONTROL_LEADER, NorwegianCommitteeRules.CONTROL_EXCLUDED,
              ElectionListRules.LIST_LENGTH, ElectionListRules.LIST_GENDER,
              MeetingRules.NO_QUORUM, MeetingRules.NO_MAJORITY, MeetingRules.NO_CASTING_VOTE,
              MeetingRules.NO_DUTY_TO_VOTE, MeetingRules.NO_CLOSED_GROUND, MeetingRules.NO_CLOSED_VOTE_OPEN,
              MeetingRules.NO_OFF_AGENDA, MeetingRules.NO_RECUSAL, MeetingRules.NO_MINUTES,
              ConsultationRules.NO_PLANPROGRAM, ConsultationRules.NO_REGULERINGSPLAN_PLANPROGRAM,
              ConsultationRules.NO_KOMMUNEPLAN, ConsultationRules.NO_REGULERINGSPLAN, ConsultationRules.NO_STATE,
              ConsultationRules.NO_STATE_NORMAL, MeetingRules.NO_MEETING_DEMAND, MeetingRules.NO_AGENDA_DEMAND)),
      RulePack.of(DENMARK, LocalizedText.of("Den danske kommunestyrelsesloven", "Den danske kommunestyrelseslova",
              "Lov om kommunernes styrelse", "Danish Local Government Act"), Jurisdiction.DENMARK_ID,
          ImmutableList.of(CouncilSizeRules.DENMARK_ODD, CouncilSizeRules.DENMARK_SIZE,
              DanishCommitteeRules.FINANCE_CHAIR, DanishCommitteeRules.FINANCE_COUNCIL_MEMBERS,
              DanishCommitteeRules.COMMITTEE_SIZE,
              MeetingRules.DK_QUORUM, MeetingRules.DK_MAJORITY, MeetingRules.DK_TIE, MeetingRules.DK_CLOSED,
              MeetingRules.DK_RECUSAL, ConsultationRules.DENMARK)),
      RulePack.of(DRAMMEN_NEIGHBOURHOOD, LocalizedText.of("Drammens nærdemokratiordning",
              "Drammens nærdemokratiordning", "Drammens nærdemokratiordning",
              "Drammen's neighbourhood-democracy scheme"), Jurisdiction.NORWAY_ID,
          ImmutableList.of(DrammenRules.TEN_DISTRICTS, DrammenRules.DISTRICT_HUB,
              DrammenRules.DISTRICT_COORDINATOR, DrammenRules.DISTRICT_BUDGET,
              DrammenRules.DISTRICT_LOCAL_COMMITTEE, DrammenRules.LOCAL_COMPOSITION, DrammenRules.LOCAL_MEETINGS,
              DrammenRules.MEETING_PLAN)),
      RulePack.of(DRAMMEN_MASTER_PLAN, LocalizedText.of("Drammens kommuneplan: struktur", "Drammens kommuneplan:"
              + " struktur", "Drammens kommuneplan: struktur", "Drammen's master plan: structure"), Jurisdiction.NORWAY_ID,
          ImmutableList.of(PlanRules.SUB_GOALS, PlanRules.STRATEGIES)),
      RulePack.of(DRAMMEN_FISCAL, LocalizedText.of("Drammens handlingsregler", "Drammens handlingsreglar",
              "Drammens økonomiske måltal", "Drammen's fiscal rules"), Jurisdiction.NORWAY_ID,
          ImmutableList.of(PlanRules.BALANCE, PlanRules.DEBT, PlanRules.RESERVES, PlanRules.INTEREST_RESERVE,
              PlanRules.SELF_FINANCING)),
      // Not tied to a jurisdiction: loyalty to the input is no Norwegian speciality.
      ImmutableRulePack.of(DRAMMEN_PARTICIPATION, LocalizedText.of("Drammens medvirkningsprinsipper",
              "Drammens medverknadsprinsipp", "Drammens principper for borgerinddragelse",
              "Drammen's participation principles"), Optional.empty(),
          ImmutableList.of(ConsultationRules.LOYALTY, ConsultationRules.LATE_DECISION)));

  private RulePacks() {}

  /**
   * Returns every built-in pack: statutory packs first, then local policies.
   *
   * @return the packs
   */
  public static ImmutableList<RulePack> available() {
    return BUILT_IN;
  }

  /**
   * Obtains a built-in pack by id, ignoring case.
   *
   * @param id the pack id, such as {@code "NO-KL"}
   * @return the pack
   * @throws InvalidValueException if no pack has that id
   */
  public static RulePack of(String id) {
    Objects.requireNonNull(id, "id");
    String key = id.strip().toUpperCase(Locale.ROOT);
    return BUILT_IN.stream().filter(p -> p.id().equals(key)).findFirst().orElseThrow(() ->
        new InvalidValueException("rule pack", id,
            "is not known; available: " + String.join(", ", BUILT_IN.stream().map(RulePack::id).toList())));
  }

  /**
   * Returns the statutory packs a jurisdiction names.
   *
   * @param jurisdiction the jurisdiction
   * @return its packs, in the order it names them
   * @throws InvalidValueException if the jurisdiction names a pack that does not exist
   */
  public static ImmutableList<RulePack> forJurisdiction(Jurisdiction jurisdiction) {
    return jurisdiction.rulePackIds().stream().map(RulePacks::of).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every rule of every built-in pack, each once, in pack order.
   *
   * @return the rules
   */
  public static ImmutableList<Rule<?>> allRules() {
    return Validator.of(BUILT_IN).rules();
  }
}
