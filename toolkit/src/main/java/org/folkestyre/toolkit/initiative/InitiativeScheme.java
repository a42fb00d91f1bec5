package org.folkestyre.toolkit.initiative;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.governance.Citation;
import org.folkestyre.core.internal.Names;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.immutables.value.Value;

/**
 * The rules an initiative is collected and decided under — ordning for innbyggerforslag (NO),
 * ordning for borgerforslag (DK): the threshold, the collection window, who may sign and how soon
 * the council must decide.
 *
 * <p>Norway's scheme is statutory (kommuneloven § 12-1): 2 % of the inhabitants, but 300
 * signatures in a municipality and 500 in a county always suffice; residents only, with no age
 * limit; no collection window; a decision within 6 months of submission; no proposal with the same
 * content as an earlier one in the same council term. Get it with {@link #norwegianMunicipality()}
 * or {@link #norwegianCounty()}; its parameters cannot be changed.
 *
 * <p>Denmark has no statutory municipal scheme (the 50,000-signature borgerforslag is for the
 * Folketing only); a municipality may adopt its own, such as Copenhagen's 5,000 supporters within
 * 180 days. Build one with {@link #danishMunicipal(String, Citation, Threshold, int)} or
 * {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InitiativeScheme {
  /** Norway's statutory share: 2 % of the inhabitants (kommuneloven § 12-1 første ledd). */
  public static final int NORWEGIAN_PERCENT = 2;
  /** The signatures that always suffice in a Norwegian municipality. */
  public static final long NORWEGIAN_MUNICIPALITY_CAP = 300;
  /** The signatures that always suffice in a Norwegian county. */
  public static final long NORWEGIAN_COUNTY_CAP = 500;
  /** The time the Norwegian council has to decide: 6 months from submission (§ 12-1 andre ledd). */
  public static final Period NORWEGIAN_DECISION_PERIOD = Period.ofMonths(6);

  private static final URI KOMMUNELOVEN = URI.create("https://lovdata.no/dokument/NL/lov/2018-06-22-83");

  InitiativeScheme() {}

  /**
   * Returns where the scheme's rules come from.
   *
   * @return the kind; {@link SchemeKind#LOCAL} unless set
   */
  @Value.Default
  public SchemeKind kind() {
    return SchemeKind.LOCAL;
  }

  /**
   * Returns the scheme's name.
   *
   * @return the name, such as {@code "Københavnerforslag"}
   */
  public abstract String name();

  /**
   * Returns the jurisdiction of the municipalities that use the scheme.
   *
   * @return the jurisdiction
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the support an initiative needs.
   *
   * @return the threshold
   */
  public abstract Threshold threshold();

  /**
   * Returns the number of days signatures may be collected, counting the opening day as day 1.
   *
   * @return the number of days, such as 180, or empty for no limit
   */
  public abstract Optional<Integer> collectionDays();

  /**
   * Returns how long the council has to decide after the initiative is submitted.
   *
   * @return the period, such as 6 months, or empty if the scheme sets none
   */
  public abstract Optional<Period> decisionPeriod();

  /**
   * Returns whether only residents of the area may sign.
   *
   * @return true if signers must be residents; true unless set
   */
  @Value.Default
  public boolean residentsOnly() {
    return true;
  }

  /**
   * Returns the source of the scheme: the act, or the municipality's decision.
   *
   * @return the citation
   */
  public abstract Citation citation();

  /**
   * Returns Norway's statutory scheme for initiatives to a municipality's council.
   *
   * @return the scheme: 2 % capped at 300, residents only, decision within 6 months
   */
  public static InitiativeScheme norwegianMunicipality() {
    return norwegian(SchemeKind.NORWEGIAN_MUNICIPALITY, "Innbyggerforslag (kommune)", NORWEGIAN_MUNICIPALITY_CAP);
  }

  /**
   * Returns Norway's statutory scheme for initiatives to a county's council (fylkesting).
   *
   * @return the scheme: 2 % capped at 500, residents only, decision within 6 months
   */
  public static InitiativeScheme norwegianCounty() {
    return norwegian(SchemeKind.NORWEGIAN_COUNTY, "Innbyggerforslag (fylkeskommune)", NORWEGIAN_COUNTY_CAP);
  }

  /**
   * Returns Norway's statutory scheme for an area: the municipal or the county one.
   *
   * @param area a Norwegian municipality or county
   * @return the scheme
   * @throws InvalidValueException if the area is not Norwegian
   */
  public static InitiativeScheme norwegian(InitiativeArea area) {
    if (!area.jurisdiction().equals(Jurisdiction.norway())) {
      throw new InvalidValueException("area", area, "is not Norwegian; kommuneloven § 12-1 applies in Norway only");
    }
    return area.level() == AreaLevel.COUNTY ? norwegianCounty() : norwegianMunicipality();
  }

  private static InitiativeScheme norwegian(SchemeKind kind, String name, long cap) {
    return builder().kind(kind).name(name).jurisdiction(Jurisdiction.norway())
        .threshold(Threshold.percentOfInhabitants(NORWEGIAN_PERCENT).withCap(cap))
        .decisionPeriod(NORWEGIAN_DECISION_PERIOD).residentsOnly(true)
        .citation(Citation.law("kommuneloven", "LOV-2018-06-22-83", "§ 12-1", "", KOMMUNELOVEN))
        .build();
  }

  /**
   * Obtains a Danish municipality's own borgerforslag scheme: residents only, a number of
   * signatures or a share, collected within a number of days, with no decision deadline (add one
   * with {@code builder().from(scheme).decisionPeriod(...)}).
   *
   * @param name the scheme's name, such as {@code "Københavnerforslag"}
   * @param decision the municipality's decision that set it up, a local-policy citation
   * @param threshold the support needed, such as 5,000 signatures
   * @param collectionDays the days signatures may be collected, at least 1, such as 180
   * @return the scheme
   */
  public static InitiativeScheme danishMunicipal(String name, Citation decision, Threshold threshold,
      int collectionDays) {
    return builder().name(name).jurisdiction(Jurisdiction.denmark()).threshold(threshold)
        .collectionDays(collectionDays).citation(decision).build();
  }

  /**
   * Returns a new builder, for a local scheme.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the level of area the scheme is for.
   *
   * @return {@link AreaLevel#COUNTY} for Norway's county scheme, otherwise {@link AreaLevel#MUNICIPALITY}
   */
  public AreaLevel level() {
    return kind() == SchemeKind.NORWEGIAN_COUNTY ? AreaLevel.COUNTY : AreaLevel.MUNICIPALITY;
  }

  /**
   * Returns whether this is Norway's statutory scheme (kommuneloven § 12-1).
   *
   * @return true for the municipal and the county scheme
   */
  public boolean isStatutory() {
    return kind() != SchemeKind.LOCAL;
  }

  /**
   * Returns whether the same content may be proposed only once in a council term.
   *
   * @return true for Norway's statutory scheme (kommuneloven § 12-1 tredje ledd)
   */
  public boolean forbidsRepeatInTerm() {
    return isStatutory();
  }

  /**
   * Returns the last day signatures may be given, for a collection that opens on a date.
   *
   * @param opened the day collection opens, which counts as day 1
   * @return the last day, {@code opened + (days − 1)}, or empty with no collection window
   */
  public Optional<LocalDate> lastCollectionDay(LocalDate opened) {
    return collectionDays().map(days -> opened.plusDays(days - 1L));
  }

  /**
   * Returns the last day the council may decide an initiative submitted on a date.
   *
   * <p>The period is added in calendar months as {@link LocalDate#plus(java.time.temporal.TemporalAmount)}
   * does: from a day the target month lacks, the deadline is that month's last day, so an
   * initiative submitted on 31 August 2025 must be decided by 28 February 2026. The deadline is not
   * moved off weekends or holidays: it is the last day for the decision, not for a filing.
   *
   * @param submitted the day the initiative was submitted to the council
   * @return the deadline, or empty if the scheme sets no decision period
   */
  public Optional<LocalDate> decisionDeadline(LocalDate submitted) {
    return decisionPeriod().map(submitted::plus);
  }

  @Value.Check
  InitiativeScheme normalize() {
    if (collectionDays().isPresent() && collectionDays().get() < 1) {
      throw new InvalidValueException("scheme.collectionDays", collectionDays().get(), "must be at least 1");
    }
    if (decisionPeriod().isPresent() && (decisionPeriod().get().isNegative() || decisionPeriod().get().isZero())) {
      throw new InvalidValueException("scheme.decisionPeriod", decisionPeriod().get(), "must be positive");
    }
    if (isStatutory()) {
      checkStatutory();
    } else if (citation().kind() != Citation.Kind.LOCAL_POLICY) {
      throw new InvalidValueException("scheme.citation", citation(),
          "a local scheme cites the municipality's own decision (a local-policy citation)");
    }
    String name = Names.normalize("scheme.name", name());
    return name.equals(name()) ? this : builder().from(this).name(name).build();
  }

  private void checkStatutory() {
    long cap = kind() == SchemeKind.NORWEGIAN_COUNTY ? NORWEGIAN_COUNTY_CAP : NORWEGIAN_MUNICIPALITY_CAP;
    boolean statutory = jurisdiction().equals(Jurisdiction.norway())
        && threshold().equals(Threshold.percentOfInhabitants(NORWEGIAN_PERCENT).withCap(cap))
        && collectionDays().isEmpty() && decisionPeriod().equals(Optional.of(NORWEGIAN_DECISION_PERIOD))
        && residentsOnly() && citation().kind() == Citation.Kind.LAW;
    if (!statutory) {
      throw new InvalidValueException("scheme", name(), "the parameters of " + kind()
          + " are fixed by kommuneloven § 12-1; use InitiativeScheme.norwegianMunicipality() or norwegianCounty()");
    }
  }

  @Override
  public String toString() {
    return name() + " (" + threshold() + collectionDays().map(d -> " within " + d + " days").orElse("") + ")";
  }

  /** Builds a local {@link InitiativeScheme}: name, jurisdiction, threshold and citation are required. */
  public static final class Builder extends ImmutableInitiativeScheme.Builder {
    Builder() {}
  }
}
