package org.folkestyre.toolkit.governance;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePack;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.toolkit.activity.ActivityRulePack;
import org.folkestyre.toolkit.grant.GrantPoolRules;
import org.folkestyre.toolkit.initiative.InitiativeRulePacks;
import org.folkestyre.toolkit.method.MethodValidation;

/**
 * Every rule pack of the participation toolkit — the toolkit's regelsett (NO) or regelsæt (DK),
 * beside core's {@link RulePacks}.
 *
 * <p>Core knows nothing of the toolkit, so these packs are not among {@link RulePacks#available()}.
 * Each is defined by its area and can be had from there as well; this class lists them all, in a
 * fixed order: {@value MethodValidation#PACK_ID} (participation methods),
 * {@value ActivityRulePack#ID} (activities on district budgets), {@value InitiativeRulePacks#NORWAY}
 * and {@value InitiativeRulePacks#DENMARK} (citizens' initiatives) and
 * {@value GrantPoolRules#PACK_ID} (grant pools). New packs are appended. Use them beside core's:
 * {@code Validator.of(List.of(RulePacks.of("NO-KL"), ToolkitRulePacks.of("NO-KL-INITIATIVES")))}.
 */
public final class ToolkitRulePacks {
  private static final ImmutableList<RulePack> PACKS = ImmutableList.<RulePack>builder()
      .add(MethodValidation.pack())
      .add(ActivityRulePack.pack())
      .addAll(InitiativeRulePacks.available())
      .add(GrantPoolRules.pack())
      .build();

  private ToolkitRulePacks() {}

  /**
   * Returns every pack of the toolkit.
   *
   * @return the packs, in the order of this class's description
   */
  public static ImmutableList<RulePack> available() {
    return PACKS;
  }

  /**
   * Looks up a toolkit pack by id, ignoring case.
   *
   * @param id the pack id, such as {@code "GRANT-POOL"}
   * @return the pack, or empty if the toolkit has none with that id
   */
  public static Optional<RulePack> find(String id) {
    String key = Objects.requireNonNull(id, "id").strip().toUpperCase(Locale.ROOT);
    return PACKS.stream().filter(pack -> pack.id().equals(key)).findFirst();
  }

  /**
   * Obtains a toolkit pack by id, ignoring case.
   *
   * @param id the pack id, such as {@code "GRANT-POOL"}
   * @return the pack
   * @throws InvalidValueException if the toolkit has no pack with that id; the message lists the
   *     toolkit's packs
   */
  public static RulePack of(String id) {
    return find(id).orElseThrow(() -> new InvalidValueException("rule pack", id,
        "is not known; available: " + String.join(", ", PACKS.stream().map(RulePack::id).toList())));
  }

  /**
   * Returns every rule of every toolkit pack, each once, in pack order.
   *
   * @return the rules
   */
  public static ImmutableList<Rule<?>> allRules() {
    return Validator.of(PACKS).rules();
  }
}
