package org.folkestyre.toolkit.grant;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.folkestyre.toolkit.method.TargetGroup;

/**
 * A round of Holbæk's pool for vote promotion (DKK 75,000, the recommendation of 24 March 2015) for
 * the general election of 18 June 2015, with six invented applications whose scores and outcomes
 * the tests work out by hand.
 */
final class HolbaekRound {
  static final Election FV2015 = Election.of(ElectionKind.NATIONAL, LocalDate.of(2015, 6, 18));
  static final long KR = 100;

  private HolbaekRound() {}

  static GrantPool pool() {
    return HolbaekVotePromotion.pool("holbaek-valgfremme-fv2015", HolbaekVotePromotion.recommendation(),
        List.of(FV2015));
  }

  static GrantApplication application(String id, String applicant, ApplicantKind kind, String project,
      long kroner, long minimumKroner, LocalDate received, TargetGroup... groups) {
    return GrantApplication.builder().id(id).applicant(Applicant.of(applicant, kind)).project(project)
        .amountRequested(kroner * KR).minimumAmount(minimumKroner * KR).addTargetGroups(groups)
        .received(received).build();
  }

  static List<GrantApplication> applications() {
    return List.of(
        application("H1", "Ungdomsklubben Fjordlyst", ApplicantKind.ASSOCIATION, "Valgcafé for unge", 30_000,
            30_000, LocalDate.of(2015, 5, 29), TargetGroup.YOUTH),
        application("H2", "Foreningen Nydansk Netværk", ApplicantKind.ASSOCIATION, "Stemmeguide på flere sprog",
            25_000, 15_000, LocalDate.of(2015, 5, 30), TargetGroup.IMMIGRANTS),
        application("H3", "Karen Jensen", ApplicantKind.RESIDENT, "Valgdebat på varmestuen", 28_000, 10_000,
            LocalDate.of(2015, 5, 31), TargetGroup.SOCIALLY_VULNERABLE),
        application("H4", "Trykkeriet ApS", ApplicantKind.BUSINESS, "Valgplakatkonkurrence", 10_000, 10_000,
            LocalDate.of(2015, 6, 1), TargetGroup.YOUTH),
        application("H5", "Peter Hansen", ApplicantKind.RESIDENT, "Sommerfest på torvet", 15_000, 15_000,
            LocalDate.of(2015, 6, 1), TargetGroup.YOUTH),
        application("H6", "Bofællesskabet Solsikken", ApplicantKind.ASSOCIATION, "Følgeskab til valgstedet",
            10_000, 10_000, LocalDate.of(2015, 6, 2), TargetGroup.SOCIALLY_VULNERABLE, TargetGroup.ELDERLY));
  }

  /** Points on reach (×3), senders (×2), resources (×1) and habit (×1); both conditions met unless named. */
  static Assessment assessment(String id, int reach, int senders, int resources, int habit, String... failed) {
    Set<String> fails = Set.of(failed);
    return Assessment.builder().applicationId(id)
        .putCriteriaMet("promotes-voting", !fails.contains("promotes-voting"))
        .putCriteriaMet("for-this-election", !fails.contains("for-this-election"))
        .putPoint("reaches-low-turnout-groups", reach).putPoint("citizens-as-senders", senders)
        .putPoint("civic-resources", resources).putPoint("voting-habit", habit).build();
  }

  static List<Assessment> assessments() {
    return List.of(
        assessment("H1", 5, 4, 3, 4),   // 15 + 8 + 3 + 4 = 30
        assessment("H2", 5, 5, 2, 2),   // 15 + 10 + 2 + 2 = 29
        assessment("H3", 4, 3, 3, 2),   // 12 + 6 + 3 + 2 = 23
        assessment("H4", 2, 1, 1, 1),   // 6 + 2 + 1 + 1 = 10, but a business may not apply
        assessment("H5", 1, 3, 2, 0, "promotes-voting"),
        assessment("H6", 2, 2, 2, 2));  // 6 + 4 + 2 + 2 = 14
  }

  static GrantRound round() {
    return GrantRound.of(pool(), applications(), assessments());
  }
}
