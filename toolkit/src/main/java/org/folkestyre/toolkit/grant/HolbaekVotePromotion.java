package org.folkestyre.toolkit.grant;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.EnumSet;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.Money;
import org.folkestyre.toolkit.method.TargetGroup;

/**
 * Holbæk's pool for vote promotion — pulje til valgfremme: the funding alternatives, who may apply,
 * the target groups and the criteria, as the municipality's Democracy Experimentarium discussed
 * them on 24 March 2015 (item 120, case 15/10481).
 *
 * <p>The finance committee proposed {@link #proposal()} or {@link #alternative()}; the
 * experimentarium recommended {@link #recommendation()}, the same amount for every election,
 * because voting is a habit and a high turnout at one election helps the next. Residents and
 * associations may apply "in the years when elections are held", so that they, not the
 * municipality, are the senders of the message. The council had in 2013 aimed vote promotion at
 * young people, the socially vulnerable and new citizens (nydanskere). The guidelines with the
 * criteria were still to be written with representatives of the low-turnout groups; the criteria
 * here restate the aims the minutes give, and their weights are this library's example, not
 * Holbæk's.
 */
public final class HolbaekVotePromotion {
  /** One Danish krone in øre. */
  private static final long KRONE = 100;

  /** The pool's name. */
  public static final String NAME = "Pulje til valgfremme";

  private HolbaekVotePromotion() {}

  /**
   * Returns the finance committee's proposal: DKK 100,000 in years with a municipal election and DKK
   * 50,000 in years with a general election, a European Parliament election or a referendum.
   *
   * @return the scheme, per election year
   */
  public static FundingScheme proposal() {
    return FundingScheme.builder().basis(FundingBasis.PER_ELECTION_YEAR)
        .putAmount(ElectionKind.MUNICIPAL, 100_000 * KRONE)
        .putAmount(ElectionKind.NATIONAL, 50_000 * KRONE)
        .putAmount(ElectionKind.EUROPEAN_PARLIAMENT, 50_000 * KRONE)
        .putAmount(ElectionKind.REFERENDUM, 50_000 * KRONE)
        .build();
  }

  /**
   * Returns the finance committee's alternative: DKK 70,000 in municipal-election years and DKK
   * 20,000 in other election years, with DKK 30,000 set aside for postal voting at places of
   * education (brevstemmevalg på uddannelsessteder). The minutes do not say how often the 30,000
   * is set aside; this scheme reads it as once per election year, like the pool.
   *
   * @return the scheme, per election year
   */
  public static FundingScheme alternative() {
    return FundingScheme.builder().basis(FundingBasis.PER_ELECTION_YEAR)
        .putAmount(ElectionKind.MUNICIPAL, 70_000 * KRONE)
        .putAmount(ElectionKind.NATIONAL, 20_000 * KRONE)
        .putAmount(ElectionKind.EUROPEAN_PARLIAMENT, 20_000 * KRONE)
        .putAmount(ElectionKind.REFERENDUM, 20_000 * KRONE)
        .addEarmark(Earmark.of("brevstemmevalg på uddannelsessteder", 30_000 * KRONE))
        .build();
  }

  /**
   * Returns the experimentarium's recommendation of 24 March 2015: DKK 75,000 for every election.
   *
   * @return the scheme, per election
   */
  public static FundingScheme recommendation() {
    return FundingScheme.perElection(75_000 * KRONE, EnumSet.allOf(ElectionKind.class));
  }

  /**
   * Returns who may apply: residents and associations (borgere og foreninger).
   *
   * @return the kinds of applicant
   */
  public static ImmutableSet<ApplicantKind> eligibleApplicants() {
    return ImmutableSet.of(ApplicantKind.RESIDENT, ApplicantKind.ASSOCIATION);
  }

  /**
   * Returns the groups with low turnout the pool means to reach: young people, the socially
   * vulnerable and new citizens.
   *
   * @return the target groups
   */
  public static ImmutableSet<TargetGroup> targetGroups() {
    return ImmutableSet.of(TargetGroup.YOUTH, TargetGroup.SOCIALLY_VULNERABLE, TargetGroup.IMMIGRANTS);
  }

  /**
   * Returns the conditions of the pool: the project aims to get more people to vote, and is carried
   * out for the election the round is for.
   *
   * @return the eligibility criteria
   */
  public static ImmutableList<EligibilityCriterion> eligibility() {
    return ImmutableList.of(
        EligibilityCriterion.of("promotes-voting", LocalizedText.of(
            "prosjektet skal få flere til å stemme", "prosjektet skal få fleire til å røyste",
            "projektet skal få flere til at stemme", "the project aims to get more people to vote")),
        EligibilityCriterion.of("for-this-election", LocalizedText.of(
            "prosjektet gjennomføres foran valget puljen gjelder", "prosjektet blir gjennomført før valet puljen"
                + " gjeld", "projektet gennemføres op til det valg, puljen gælder",
            "the project is carried out for the election the pool is for")));
  }

  /**
   * Returns the criteria applications are scored on, each from 0 to 5 points: reaching the groups
   * with low turnout (weight 3), residents and associations as senders of the message (weight 2),
   * bringing their resources and ideas into play (weight 1), and building the habit of voting
   * (weight 1).
   *
   * @return the assessment criteria; the highest score is 35
   */
  public static ImmutableList<AssessmentCriterion> assessment() {
    return ImmutableList.of(
        AssessmentCriterion.of("reaches-low-turnout-groups", LocalizedText.of(
            "når grupper med lav valgdeltakelse: unge, sosialt utsatte og innvandrere",
            "når grupper med låg valdeltaking: unge, sosialt utsette og innvandrarar",
            "når vælgergrupper med lav valgdeltagelse: unge, socialt udsatte og nydanskere",
            "reaches voters with low turnout: young people, the socially vulnerable and new citizens"), 3, 5),
        AssessmentCriterion.of("citizens-as-senders", LocalizedText.of(
            "innbyggere og foreninger står som avsender av budskapet",
            "innbyggjarar og foreiningar står som avsendar av bodskapen",
            "borgere og foreninger står som afsender af budskabet",
            "residents and associations are the senders of the message"), 2, 5),
        AssessmentCriterion.of("civic-resources", LocalizedText.of(
            "bringer innbyggernes og foreningenes ressurser og ideer i spill",
            "bringar ressursane og ideane til innbyggjarane og foreiningane i spel",
            "bringer borgernes og foreningernes ressourcer og idéer i spil",
            "brings residents' and associations' resources and ideas into play"), 1, 5),
        AssessmentCriterion.of("voting-habit", LocalizedText.of(
            "bygger vanen med å stemme, også ved neste valg", "byggjer vanen med å røyste, også ved neste val",
            "styrker vanen med at stemme, også ved næste valg", "builds the habit of voting, at the next election"
                + " too"), 1, 5));
  }

  /**
   * Returns a round of the pool for the given elections under a scheme, with Holbæk's applicants,
   * target groups and criteria, in Danish kroner, making partial awards.
   *
   * @param id the round's id, such as {@code "holbaek-valgfremme-fv2015"}
   * @param scheme the funding scheme, such as {@link #recommendation()}
   * @param elections the elections of the round, at least one
   * @return the pool
   * @throws org.folkestyre.core.InvalidValueException if the scheme funds none of the elections
   */
  public static GrantPool pool(String id, FundingScheme scheme, Collection<Election> elections) {
    GrantPool.Builder builder = GrantPool.builder();
    builder.funding(scheme, elections);
    return builder.id(id).name(NAME).currency(Money.DKK)
        .addAllEligibleApplicants(eligibleApplicants())
        .addAllTargetGroups(targetGroups())
        .addAllEligibility(eligibility())
        .addAllAssessment(assessment())
        .build();
  }
}
