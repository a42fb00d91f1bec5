package org.folkestyre.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.folkestyre.core.Language;
import org.folkestyre.toolkit.grant.Applicant;
import org.folkestyre.toolkit.grant.ApplicantKind;
import org.folkestyre.toolkit.grant.Assessment;
import org.folkestyre.toolkit.grant.Election;
import org.folkestyre.toolkit.grant.ElectionKind;
import org.folkestyre.toolkit.grant.GrantAllocation;
import org.folkestyre.toolkit.grant.GrantAllocator;
import org.folkestyre.toolkit.grant.GrantApplication;
import org.folkestyre.toolkit.grant.GrantPool;
import org.folkestyre.toolkit.grant.GrantRound;
import org.folkestyre.toolkit.grant.HolbaekVotePromotion;
import org.folkestyre.toolkit.grant.PoolReport;
import org.folkestyre.toolkit.method.TargetGroup;

/**
 * Holbæk's pool for vote promotion run for the general election of 18 June 2015, the first
 * election after the Democracy Experimentarium recommended DKK 75,000 for every election: the
 * example of docs/grant-pools.md and a step of {@code folkestyre tour}.
 *
 * <p>The pool, criteria and figures are Holbæk's; the six applications are invented to show every
 * kind of decision. The regions between {@code tag::} and {@code end::} comments are the Java
 * blocks of docs/grant-pools.md, word for word.
 */
public final class VotePromotionPool {
  /** The Danish general election (folketingsvalg) of 18 June 2015. */
  public static final Election GENERAL_ELECTION_2015 = Election.of(ElectionKind.NATIONAL, LocalDate.of(2015, 6, 18));

  private VotePromotionPool() {}

  /**
   * Returns the round: the pool with six applications, all assessed.
   *
   * @return the round
   */
  public static GrantRound round() {
    // tag::grant-pool[]
    GrantPool pool = HolbaekVotePromotion.pool("holbaek-valgfremme-fv2015",
        HolbaekVotePromotion.recommendation(), List.of(GENERAL_ELECTION_2015));   // DKK 75,000
    // end::grant-pool[]
    // tag::grant-application[]
    GrantApplication cafe = GrantApplication.builder()
        .id("H1")
        .applicant(Applicant.of("Ungdomsklubben Fjordlyst", ApplicantKind.ASSOCIATION))
        .project("Valgcafé for unge")
        .amountRequested(3_000_000)                       // øre: DKK 30,000
        .addTargetGroup(TargetGroup.YOUTH)
        .received(LocalDate.of(2015, 5, 29))
        .build();
    Assessment cafeAssessment = Assessment.builder()
        .applicationId("H1")
        .putCriteriaMet("promotes-voting", true)
        .putCriteriaMet("for-this-election", true)
        .putPoint("reaches-low-turnout-groups", 5)        // weight 3
        .putPoint("citizens-as-senders", 4)               // weight 2
        .putPoint("civic-resources", 3)                   // weight 1
        .putPoint("voting-habit", 4)                      // weight 1: score 15 + 8 + 3 + 4 = 30
        .build();
    // end::grant-application[]
    List<GrantApplication> applications = new ArrayList<>(List.of(cafe,
        application("H2", "Foreningen Nydansk Netværk", ApplicantKind.ASSOCIATION, "Stemmeguide på flere sprog",
            25_000, 15_000, LocalDate.of(2015, 5, 30), TargetGroup.IMMIGRANTS),
        application("H3", "Karen Jensen", ApplicantKind.RESIDENT, "Valgdebat på varmestuen", 28_000, 10_000,
            LocalDate.of(2015, 5, 31), TargetGroup.SOCIALLY_VULNERABLE),
        application("H4", "Trykkeriet ApS", ApplicantKind.BUSINESS, "Valgplakatkonkurrence", 10_000, 10_000,
            LocalDate.of(2015, 6, 1), TargetGroup.YOUTH),
        application("H5", "Peter Hansen", ApplicantKind.RESIDENT, "Sommerfest på torvet", 15_000, 15_000,
            LocalDate.of(2015, 6, 1), TargetGroup.YOUTH),
        application("H6", "Bofællesskabet Solsikken", ApplicantKind.ASSOCIATION, "Følgeskab til valgstedet",
            10_000, 10_000, LocalDate.of(2015, 6, 2), TargetGroup.SOCIALLY_VULNERABLE, TargetGroup.ELDERLY)));
    List<Assessment> assessments = List.of(cafeAssessment,
        assessment("H2", true, 5, 5, 2, 2), assessment("H3", true, 4, 3, 3, 2), assessment("H4", true, 2, 1, 1, 1),
        assessment("H5", false, 1, 3, 2, 0), assessment("H6", true, 2, 2, 2, 2));
    return GrantRound.of(pool, applications, assessments);
  }

  /**
   * Prints the report of the round in Danish.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // tag::grant-allocate[]
    GrantAllocation allocation = GrantAllocator.allocate(round());
    PoolReport report = allocation.report();
    System.out.print(report.toText(Language.DA));
    // end::grant-allocate[]
  }

  private static GrantApplication application(String id, String applicant, ApplicantKind kind, String project,
      long kroner, long minimumKroner, LocalDate received, TargetGroup... groups) {
    return GrantApplication.builder().id(id).applicant(Applicant.of(applicant, kind)).project(project)
        .amountRequested(kroner * 100).minimumAmount(minimumKroner * 100).addTargetGroups(groups)
        .received(received).build();
  }

  private static Assessment assessment(String id, boolean promotesVoting, int reach, int senders, int resources,
      int habit) {
    return Assessment.builder().applicationId(id)
        .putCriteriaMet("promotes-voting", promotesVoting).putCriteriaMet("for-this-election", true)
        .putPoint("reaches-low-turnout-groups", reach).putPoint("citizens-as-senders", senders)
        .putPoint("civic-resources", resources).putPoint("voting-habit", habit).build();
  }
}
