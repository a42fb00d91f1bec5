package org.folkestyre.toolkit.initiative;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePack;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.toolkit.internal.rules.InitiativeRules;

/**
 * The rule packs of citizen initiatives: Norway's statutory innbyggerforslag and Danish
 * municipalities' own borgerforslag schemes.
 *
 * <p>The Norwegian rules rest on kommuneloven like core's {@code NO-KL} pack, but core knows
 * nothing of the toolkit, so they form a pack of their own, {@value #NORWAY}, to use beside it:
 *
 * <pre>{@code
 * Validator validator = Validator.of(List.of(RulePacks.of("NO-KL"), InitiativeRulePacks.norway()));
 * ValidationReport report = validator.validate(initiative, ValidationContext.asOf(today));
 * }</pre>
 *
 * <p>Denmark has no statutory municipal scheme; {@value #DENMARK} checks an initiative against the
 * scheme its municipality adopted (threshold, collection window, residence, deadline), as set in
 * its {@link InitiativeScheme}.
 */
public final class InitiativeRulePacks {
  /** Id of the Norwegian pack (kommuneloven § 12-1). */
  public static final String NORWAY = "NO-KL-INITIATIVES";
  /** Id of the Danish pack (municipalities' own borgerforslag schemes), a local policy. */
  public static final String DENMARK = "DK-BORGERFORSLAG";

  /** Rule id: enough signatures, 2 % capped at 300 or 500 (§ 12-1 første ledd). */
  public static final String THRESHOLD = "NO-KL-12-1-THRESHOLD";
  /** Rule id: only residents of the municipality or county sign (§ 12-1 første ledd). */
  public static final String RESIDENTS = "NO-KL-12-1-RESIDENTS";
  /** Rule id: the council decides within 6 months of submission (§ 12-1 andre ledd). */
  public static final String DEADLINE = "NO-KL-12-1-DEADLINE";
  /** Rule id: no initiative with the same content in the same term (§ 12-1 tredje ledd). */
  public static final String NO_REPEAT = "NO-KL-12-1-NO-REPEAT";
  /** Rule id: enough support within the collection window of the municipality's scheme. */
  public static final String DK_THRESHOLD = "DK-BORGERFORSLAG-THRESHOLD";
  /** Rule id: only residents support, when the municipality's scheme requires it. */
  public static final String DK_RESIDENTS = "DK-BORGERFORSLAG-RESIDENTS";
  /** Rule id: the council decides within the deadline of the municipality's scheme, if it sets one. */
  public static final String DK_DEADLINE = "DK-BORGERFORSLAG-DEADLINE";

  private static final RulePack NORWEGIAN_PACK = RulePack.of(NORWAY, LocalizedText.of(
          "Kommuneloven: innbyggerforslag", "Kommunelova: innbyggjarforslag", "Den norske kommunelov: innbyggerforslag",
          "Norwegian Local Government Act: citizens' initiatives"), Jurisdiction.NORWAY_ID,
      ImmutableList.of(InitiativeRules.NO_THRESHOLD, InitiativeRules.NO_RESIDENTS, InitiativeRules.NO_DEADLINE,
          InitiativeRules.NO_REPEAT));
  private static final RulePack DANISH_PACK = RulePack.of(DENMARK, LocalizedText.of(
          "Danske kommuners ordninger for borgerforslag", "Danske kommunars ordningar for borgarforslag",
          "Kommunale ordninger for borgerforslag", "Danish municipal citizens' initiative schemes"),
      Jurisdiction.DENMARK_ID,
      ImmutableList.of(InitiativeRules.DK_THRESHOLD, InitiativeRules.DK_RESIDENTS, InitiativeRules.DK_DEADLINE));
  private static final ImmutableList<RulePack> ALL = ImmutableList.of(NORWEGIAN_PACK, DANISH_PACK);

  private InitiativeRulePacks() {}

  /**
   * Returns the Norwegian pack, {@value #NORWAY}.
   *
   * @return the pack
   */
  public static RulePack norway() {
    return NORWEGIAN_PACK;
  }

  /**
   * Returns the Danish pack, {@value #DENMARK}.
   *
   * @return the pack
   */
  public static RulePack denmark() {
    return DANISH_PACK;
  }

  /**
   * Returns both packs: Norway's first.
   *
   * @return the packs
   */
  public static ImmutableList<RulePack> available() {
    return ALL;
  }

  /**
   * Returns the pack for a jurisdiction.
   *
   * @param jurisdiction Norway or Denmark
   * @return the pack
   * @throws InvalidValueException if the jurisdiction has none
   */
  public static RulePack forJurisdiction(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return ALL.stream().filter(p -> p.jurisdictionId().orElseThrow().equals(jurisdiction.id())).findFirst()
        .orElseThrow(() -> new InvalidValueException("jurisdiction", jurisdiction.id(),
            "has no citizen-initiative rules; available: " + NORWAY + ", " + DENMARK));
  }

  /**
   * Obtains a pack by id, ignoring case.
   *
   * @param id the id, such as {@code "NO-KL-INITIATIVES"}
   * @return the pack
   * @throws InvalidValueException if no pack has that id
   */
  public static RulePack of(String id) {
    Objects.requireNonNull(id, "id");
    String key = id.strip().toUpperCase(Locale.ROOT);
    return ALL.stream().filter(p -> p.id().equals(key)).findFirst().orElseThrow(() ->
        new InvalidValueException("rule pack", id, "is not known; available: " + NORWAY + ", " + DENMARK));
  }

  /**
   * Returns every rule of both packs, in pack order.
   *
   * @return the rules
   */
  public static ImmutableList<Rule<?>> allRules() {
    return ALL.stream().flatMap(p -> p.rules().stream()).collect(ImmutableList.toImmutableList());
  }
}
