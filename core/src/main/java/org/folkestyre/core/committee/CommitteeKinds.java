package org.folkestyre.core.committee;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * The built-in committee kinds of Norway and Denmark.
 *
 * <p>Names are given in each language as a reader of that language would call the body; where
 * the neighbour country has a different institution, its own word follows in brackets.
 */
public final class CommitteeKinds {
  /** The municipal council — kommunestyre (bystyre in cities). */
  public static final CommitteeKind NO_COUNCIL = CommitteeKind.of("NO-COUNCIL", "NO",
      LocalizedText.of("kommunestyre", "kommunestyre", "kommunalbestyrelse (norsk: kommunestyre)", "municipal council"), true, true);
  /** The executive committee — formannskap (kommuneloven § 5-6). */
  public static final CommitteeKind NO_EXECUTIVE = CommitteeKind.of("NO-EXECUTIVE", "NO",
      LocalizedText.of("formannskap", "formannskap", "økonomiudvalg (norsk: formannskap)", "executive committee"), true, true);
  /** A standing committee — hovedutvalg or utvalg (kommuneloven § 5-7). */
  public static final CommitteeKind NO_STANDING = CommitteeKind.of("NO-STANDING", "NO",
      LocalizedText.of("hovedutvalg", "hovudutval", "stående udvalg (norsk: hovedutvalg)", "standing committee"), true, true);
  /** A district committee with delegated power — kommunedelsutvalg (kommuneloven § 5-8). */
  public static final CommitteeKind NO_DISTRICT = CommitteeKind.of("NO-DISTRICT", "NO",
      LocalizedText.of("kommunedelsutvalg", "kommunedelsutval", "lokaludvalg (norsk: kommunedelsutvalg)", "district committee"), true, true);
  /** A council committee without decision power — komité (kommuneloven § 5-9). */
  public static final CommitteeKind NO_COUNCIL_COMMITTEE = CommitteeKind.of("NO-COUNCIL-COMMITTEE", "NO",
      LocalizedText.of("komité", "komité", "komité (norsk: komité)", "council committee"), true, false);
  /** The control committee — kontrollutvalg (kommuneloven § 23-1). */
  public static final CommitteeKind NO_CONTROL = CommitteeKind.of("NO-CONTROL", "NO",
      LocalizedText.of("kontrollutvalg", "kontrollutval", "kontroludvalg (norsk: kontrollutvalg)", "control committee"), true, true);
  /** The joint employer–employee committee — partssammensatt utvalg (kommuneloven § 5-11). */
  public static final CommitteeKind NO_ADMINISTRATION = CommitteeKind.of("NO-ADMINISTRATION", "NO",
      LocalizedText.of("partssammensatt utvalg", "partssamansett utval", "partssammensat udvalg", "joint consultation committee"), true, true);
  /** The council for older people — eldreråd, an advisory participation body (kommuneloven § 5-12). */
  public static final CommitteeKind NO_OLDER_PEOPLE = CommitteeKind.of("NO-OLDER-PEOPLE", "NO",
      LocalizedText.of("eldreråd", "eldreråd", "ældreråd (norsk: eldreråd)", "council for older people"), false, false);
  /** The council for people with disabilities — råd for personer med funksjonsnedsettelse (kommuneloven § 5-12). */
  public static final CommitteeKind NO_DISABILITIES = CommitteeKind.of("NO-DISABILITIES", "NO",
      LocalizedText.of("råd for personer med funksjonsnedsettelse", "råd for personar med funksjonsnedsetjing", "handicapråd (norsk: råd for personer med funksjonsnedsettelse)", "council for people with disabilities"), false, false);
  /** The youth council — ungdomsråd (kommuneloven § 5-12). */
  public static final CommitteeKind NO_YOUTH = CommitteeKind.of("NO-YOUTH", "NO",
      LocalizedText.of("ungdomsråd", "ungdomsråd", "ungdomsråd", "youth council"), false, false);
  /** A working committee that prepares matters — arbeidsutvalg. */
  public static final CommitteeKind NO_WORKING = CommitteeKind.of("NO-WORKING", "NO",
      LocalizedText.of("arbeidsutvalg", "arbeidsutval", "arbejdsudvalg (norsk: arbeidsutvalg)", "working committee"), true, false);
  /** The joint committee of a merger — fellesnemnd (inndelingslova § 26). */
  public static final CommitteeKind NO_MERGER = CommitteeKind.of("NO-MERGER", "NO",
      LocalizedText.of("fellesnemnd", "fellesnemnd", "sammenlægningsudvalg (norsk: fellesnemnd)", "joint committee of a merger"), true, true);
  /** A district's local committee — nærutvalg; in Drammen not an elected body. */
  public static final CommitteeKind NO_LOCAL = CommitteeKind.of("NO-LOCAL", "NO",
      LocalizedText.of("nærutvalg", "nærutval", "lokaludvalg (norsk: nærutvalg)", "local committee"), false, false);
  /** The municipal council — kommunalbestyrelse (byråd). */
  public static final CommitteeKind DK_COUNCIL = CommitteeKind.of("DK-COUNCIL", "DK",
      LocalizedText.of("kommunestyre (dansk: kommunalbestyrelse)", "kommunestyre (dansk: kommunalbestyrelse)", "kommunalbestyrelse", "municipal council"), true, true);
  /** The finance committee — økonomiudvalg, chaired by the mayor (styrelsesloven § 18). */
  public static final CommitteeKind DK_FINANCE = CommitteeKind.of("DK-FINANCE", "DK",
      LocalizedText.of("formannskap (dansk: økonomiudvalg)", "formannskap (dansk: økonomiudvalg)", "økonomiudvalg", "finance committee"), true, true);
  /** A standing committee — stående udvalg (styrelsesloven § 17). */
  public static final CommitteeKind DK_STANDING = CommitteeKind.of("DK-STANDING", "DK",
      LocalizedText.of("hovedutvalg (dansk: stående udvalg)", "hovudutval (dansk: stående udvalg)", "stående udvalg", "standing committee"), true, true);
  /** A temporary advisory committee that may include non-members — § 17, stk. 4-udvalg. */
  public static final CommitteeKind DK_SPECIAL = CommitteeKind.of("DK-SPECIAL", "DK",
      LocalizedText.of("rådgivende utvalg (dansk: § 17, stk. 4-udvalg)", "rådgjevande utval (dansk: § 17, stk. 4-udvalg)", "§ 17, stk. 4-udvalg", "advisory committee"), false, false);
  /** The council for older people — ældreråd. */
  public static final CommitteeKind DK_OLDER_PEOPLE = CommitteeKind.of("DK-OLDER-PEOPLE", "DK",
      LocalizedText.of("eldreråd (dansk: ældreråd)", "eldreråd (dansk: ældreråd)", "ældreråd", "council for older people"), false, false);
  /** The disability council — handicapråd. */
  public static final CommitteeKind DK_DISABILITIES = CommitteeKind.of("DK-DISABILITIES", "DK",
      LocalizedText.of("råd for personer med funksjonsnedsettelse (dansk: handicapråd)", "råd for personar med funksjonsnedsetjing (dansk: handicapråd)", "handicapråd", "disability council"), false, false);
  /** A local committee or council of an area — lokaludvalg or lokalråd. */
  public static final CommitteeKind DK_LOCAL = CommitteeKind.of("DK-LOCAL", "DK",
      LocalizedText.of("nærutvalg (dansk: lokaludvalg)", "nærutval (dansk: lokaludvalg)", "lokaludvalg", "local committee"), false, false);
  /** A project committee, such as Holbæk's Demokratieksperimentarium. */
  public static final CommitteeKind DK_PROJECT = CommitteeKind.of("DK-PROJECT", "DK",
      LocalizedText.of("prosjektutvalg (dansk: projektudvalg)", "prosjektutval (dansk: projektudvalg)", "projektudvalg", "project committee"), false, false);

  private static final ImmutableList<CommitteeKind> ALL = ImmutableList.of(
      NO_COUNCIL,
      NO_EXECUTIVE,
      NO_STANDING,
      NO_DISTRICT,
      NO_COUNCIL_COMMITTEE,
      NO_CONTROL,
      NO_ADMINISTRATION,
      NO_OLDER_PEOPLE,
      NO_DISABILITIES,
      NO_YOUTH,
      NO_WORKING,
      NO_MERGER,
      NO_LOCAL,
      DK_COUNCIL,
      DK_FINANCE,
      DK_STANDING,
      DK_SPECIAL,
      DK_OLDER_PEOPLE,
      DK_DISABILITIES,
      DK_LOCAL,
      DK_PROJECT);

  private CommitteeKinds() {}

  /**
   * Returns every built-in kind, Norwegian first.
   *
   * @return the kinds
   */
  public static ImmutableList<CommitteeKind> all() {
    return ALL;
  }

  /**
   * Returns the built-in kinds of a jurisdiction.
   *
   * @param jurisdiction the jurisdiction
   * @return its kinds, possibly none for a jurisdiction a vendor added
   */
  public static ImmutableList<CommitteeKind> forJurisdiction(Jurisdiction jurisdiction) {
    return ALL.stream().filter(k -> k.jurisdictionId().equals(jurisdiction.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Obtains a built-in kind by id, ignoring case.
   *
   * @param id the id, such as {@code "NO-EXECUTIVE"}
   * @return the kind
   * @throws InvalidValueException if no built-in kind has that id
   */
  public static CommitteeKind of(String id) {
    Objects.requireNonNull(id, "id");
    String key = id.strip().toUpperCase(Locale.ROOT);
    return ALL.stream().filter(k -> k.id().equals(key)).findFirst().orElseThrow(() ->
        new InvalidValueException("committee kind", id, "is not known; available: "
            + String.join(", ", ALL.stream().map(CommitteeKind::id).toList())));
  }
}
