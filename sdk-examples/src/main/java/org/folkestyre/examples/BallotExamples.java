package org.folkestyre.examples;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.folkestyre.core.Language;
import org.folkestyre.core.audit.AuditLog;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.toolkit.budgeting.Amount;
import org.folkestyre.toolkit.budgeting.BallotBox;
import org.folkestyre.toolkit.budgeting.BallotConstraints;
import org.folkestyre.toolkit.budgeting.BallotReceipt;
import org.folkestyre.toolkit.budgeting.BallotSubmission;
import org.folkestyre.toolkit.budgeting.BallotType;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.Eligibility;
import org.folkestyre.toolkit.budgeting.Project;
import org.folkestyre.toolkit.budgeting.ResultsReport;
import org.folkestyre.toolkit.budgeting.VotingWindow;
import org.folkestyre.toolkit.identity.AssuranceLevel;
import org.folkestyre.toolkit.identity.IdentityScheme;
import org.folkestyre.toolkit.identity.VerifiedIdentity;
import org.folkestyre.toolkit.identity.spi.IdentityProvider;

/**
 * The code behind the snippets of the guide's ballots page: each region between {@code tag::NAME[]}
 * and {@code end::NAME[]} appears word for word in {@code docs/ballots.md}, and a test runs it.
 */
public final class BallotExamples {
  private BallotExamples() {}

  // tag::identity-provider[]
  /** The embedding system's side: its ID-porten client finished a log-in and stored the result. */
  public static final class IdPortenSessions implements IdentityProvider {
    private final Map<String, VerifiedIdentity> bySession = new ConcurrentHashMap<>();

    /**
     * Records a finished log-in under the embedding system's own session id.
     *
     * @param sessionId the session id
     * @param identity what the log-in and the population register said
     */
    public void loggedIn(String sessionId, VerifiedIdentity identity) {
      bySession.put(sessionId, identity);
    }

    @Override
    public IdentityScheme scheme() {
      return IdentityScheme.ID_PORTEN;
    }

    @Override
    public Optional<VerifiedIdentity> resolve(String sessionId) {
      return Optional.ofNullable(bySession.get(sessionId));
    }
  }
  // end::identity-provider[]

  /**
   * The result of the example: the receipts of three submissions and the report.
   *
   * @param receipts the receipts, in the order submitted
   * @param report the results report
   */
  public record Outcome(List<BallotReceipt> receipts, ResultsReport report) {}

  /**
   * Opens a ballot box for a participatory budget in Drammen, takes three ballots and reports the
   * results of a selection.
   *
   * @param clock the clock of the ballot box
   * @return the receipts and the report
   */
  public static Outcome drammen(Clock clock) {
    IdPortenSessions sessions = new IdPortenSessions();
    MunicipalityCode drammen = MunicipalityCode.of(Jurisdiction.norway(), "3005");
    sessions.loggedIn("session-41", VerifiedIdentity.builder().personKey("hmac:9f2c41")
        .scheme(IdentityScheme.ID_PORTEN).assuranceLevel(AssuranceLevel.SUBSTANTIAL).municipality(drammen)
        .district("Konnerud").birthDate(LocalDate.of(2009, 9, 1)).build());
    // tag::ballot-box[]
    BudgetingElection election = BudgetingElection.builder()
        .budget(Amount.of(150_000))
        .ballotType(BallotType.APPROVAL)
        .constraints(BallotConstraints.builder().minProjects(1).maxProjects(3)
            .maxTotalCost(Amount.of(150_000)).build())
        .addProjects(
            Project.builder().id("K1").cost(Amount.of(20_000)).name("Benker i lysløypa").district("Konnerud").build(),
            Project.builder().id("S1").cost(Amount.of(45_000)).name("Skatepark").district("Strømsø").build(),
            Project.builder().id("F1").cost(Amount.of(50_000)).name("Gapahuk").district("Fjell").build())
        .build();
    Eligibility eligibility = Eligibility.builder()
        .municipality(drammen)
        .minimumAge(16)
        .otherDistricts(1)                               // own district plus one more
        .minimumAssurance(AssuranceLevel.SUBSTANTIAL)
        .build();
    ZoneId oslo = ZoneId.of("Europe/Oslo");
    VotingWindow window = VotingWindow.of(ZonedDateTime.of(2026, 5, 4, 9, 0, 0, 0, oslo),
        ZonedDateTime.of(2026, 5, 18, 12, 0, 0, 0, oslo));
    BallotBox box = BallotBox.open("pb-drammen-2026", election, eligibility, window, clock, AuditLog.create(clock));

    VerifiedIdentity voter = sessions.resolve("session-41").orElseThrow();
    BallotReceipt first = box.cast(voter, BallotSubmission.of(List.of("K1", "S1", "F1")));
    BallotReceipt second = box.cast(voter, BallotSubmission.of(List.of("K1", "S1")));
    BallotReceipt third = box.cast(voter, BallotSubmission.of(List.of("K1")));
    for (BallotReceipt receipt : List.of(first, second, third)) {
      System.out.println(receipt.number() + ": " + (receipt.isAccepted() ? "godkjent" : receipt.rejections().get(0)
          .message(Language.NB)));
    }
    // end::ballot-box[]
    // tag::results-report[]
    ResultsReport report = ResultsReport.of(box.election(), Set.of("K1", "S1"));
    report.projects().forEach(p -> System.out.println(p.projectId() + " " + p.votes() + " " + p.cost() + " "
        + p.reason().label().get(Language.NB)));
    report.districts().forEach(d -> System.out.println(d.district().orElse("hele kommunen") + ": " + d.spent()));
    System.out.println(report.satisfiedShareFraction() + " = " + report.satisfiedSharePercent() + " %");
    // end::results-report[]
    return new Outcome(List.of(first, second, third), report);
  }
}
