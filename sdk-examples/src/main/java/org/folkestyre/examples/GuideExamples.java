package org.folkestyre.examples;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.folkestyre.core.Language;
import org.folkestyre.core.audit.AuditLog;
import org.folkestyre.core.audit.AuditVerification;
import org.folkestyre.core.committee.MunicipalBodies;
import org.folkestyre.core.election.AllocationMethod;
import org.folkestyre.core.election.ListVotes;
import org.folkestyre.core.election.SeatAllocation;
import org.folkestyre.core.election.SeatAllocator;
import org.folkestyre.core.election.TieRule;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.plan.FiscalPolicy;
import org.folkestyre.core.spi.LotSource;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.redaction.Finding;
import org.folkestyre.core.redaction.PublicationState;
import org.folkestyre.core.redaction.RedactionResult;
import org.folkestyre.core.redaction.Redactor;
import org.folkestyre.core.redaction.SubmissionText;
import org.folkestyre.core.redaction.WithholdingReason;
import org.folkestyre.core.testing.MunicipalityGenerators;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.core.testing.ReferenceData;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.ParticipationMethod;

/**
 * The code behind the snippets of the guide's pages: each region between {@code tag::NAME[]} and
 * {@code end::NAME[]} appears word for word as a Java block in {@code docs/}, and a test runs every
 * method of this class.
 */
public final class GuideExamples {
  private GuideExamples() {}

  /**
   * Validates Drammen against kommuneloven and its own neighbourhood-democracy scheme.
   *
   * @return the violations, none for the reference data
   */
  public static List<Violation> localPolicy() {
    // tag::local-policy[]
    Municipality drammen = ReferenceData.drammen2020();
    Validator validator = Validator.forJurisdiction(Jurisdiction.norway(), RulePacks.DRAMMEN_NEIGHBOURHOOD);
    ValidationReport report = validator.validate(drammen, ValidationContext.asOf(LocalDate.of(2021, 3, 1)));
    for (Violation violation : report.violations()) {
      System.out.println(violation.path() + ": " + violation.message(Language.EN));
    }
    // end::local-policy[]
    return report.violations();
  }

  /**
   * Validates Drammen's reference bodies.
   *
   * @return the violations, none for the reference data
   */
  public static List<Violation> committees() {
    // tag::committees[]
    MunicipalBodies bodies = ReferenceData.drammenBodies2019();
    ValidationReport report = Validator.forJurisdiction(Jurisdiction.norway(), RulePacks.DRAMMEN_NEIGHBOURHOOD)
        .validate(bodies, ValidationContext.asOf(LocalDate.of(2020, 6, 1)));
    report.violations().forEach(v -> System.out.println(v.ruleId() + " " + v.path() + ": " + v.message(Language.NB)));
    // end::committees[]
    return report.violations();
  }

  /**
   * Keeps an audit trail of a consultation and verifies it.
   *
   * @param clock the clock that timestamps the entries
   * @return the verification, valid
   */
  public static AuditVerification audit(Clock clock) {
    // tag::audit[]
    AuditLog log = AuditLog.create(clock);
    log.append("horing-2026-1", "opened", Map.of("kind", "kommuneplan"));
    log.append("horing-2026-1", "submission-received", Map.of("submission", "s1", "channel", "digital-form"),
        Optional.of("person-ref-1"));
    AuditVerification check = AuditLog.verify(log.entries());
    // end::audit[]
    return check;
  }

  /**
   * Completes Drammen's fiscal policy with a later, higher self-financing share and a debt ceiling.
   *
   * @return the policy
   */
  public static FiscalPolicy fiscalPolicy() {
    // tag::fiscal-policy[]
    FiscalPolicy policy = FiscalPolicy.builder().from(FiscalPolicy.drammen2020())
        .putSelfFinancingMinimum(Year.of(2024), new BigDecimal("20"))
        .debtCeilingPercent(new BigDecimal("100"))
        .build();
    // end::fiscal-policy[]
    return policy;
  }

  /**
   * Allocates 8 seats by d'Hondt, the worked example of the seat-allocation page.
   *
   * @return the allocation: A 4, B 3, C 1, D 0
   */
  public static SeatAllocation seatAllocation() {
    // tag::seat-allocation[]
    List<ListVotes> votes = List.of(
        ListVotes.of("A", 100_000), ListVotes.of("B", 80_000),
        ListVotes.of("C", 30_000), ListVotes.of("D", 20_000));
    SeatAllocation result = SeatAllocator.create().allocate(
        votes, 8, AllocationMethod.dHondt(), TieRule.NORWAY, LotSource.seeded(2023));
    result.seats();      // {A=4, B=3, C=1, D=0}, in input order
    result.quotients();  // seat 1: A 100000.0000, seat 2: B 80000.0000, ... seat 8: A 25000.0000
    result.lots();       // [] - no tie had to be decided by lot
    // end::seat-allocation[]
    return result;
  }

  /** Runs a property over generated municipalities, as a test of one's own code would. */
  public static void propertyTest() {
    // tag::property-test[]
    Validator validator = Validator.forJurisdiction(Jurisdiction.norway());
    ValidationContext context = ValidationContext.asOf(LocalDate.of(2024, 6, 1));
    PropertyCheck.forAll("generated municipalities meet kommuneloven", 42L, 200, 20,
        MunicipalityGenerators.valid(Jurisdiction.norway(), Year.of(2024)),
        municipality -> {
          if (!validator.validate(municipality, context).isValid()) {
            throw new AssertionError("invalid: " + municipality);
          }
        });
    // end::property-test[]
  }

  /**
   * Looks up a built-in participation method and prints its bokmål name and decision power.
   *
   * @return the method
   */
  public static ParticipationMethod participationMethod() {
    // tag::method[]
    MethodCatalogue catalogue = MethodCatalogue.builtIn();
    ParticipationMethod method = catalogue.of("participatory-budgeting");
    System.out.println(method.name(Language.NB)); // Innbyggerbudsjett / medvirkningsbudsjett
    System.out.println(method.decisionPower()); // BINDING
    // end::method[]
    return method;
  }

  /**
   * Redacts a submission's text and lists what was found.
   *
   * @return the result
   */
  public static RedactionResult redaction() {
    // tag::redaction[]
    Redactor redactor = Redactor.create(); // Norway and Denmark, labels in bokmål
    RedactionResult result = redactor.redact("Ring meg på 912 34 567 eller skriv til kari@example.no om sak 13/37262.");
    System.out.println(result.text()); // Ring meg på [telefon] eller skriv til [e-post] om sak 13/37262.
    for (Finding finding : result.findings()) {
      System.out.println(finding.kind() + " " + finding.certainty() + " " + finding.start() + "-" + finding.end());
    }
    // end::redaction[]
    return result;
  }

  /**
   * Takes a flagged submission through review to publication, and withholds another.
   *
   * @return the two submissions: the published one, then the withheld one
   */
  public static List<SubmissionText> publication() {
    // tag::publication[]
    Redactor redactor = Redactor.create();
    SubmissionText submission = SubmissionText.received("Naboen min Per Hansen er syk. Ring meg på 91234567.")
        .redactedWith(redactor);
    if (submission.state() == PublicationState.NEEDS_REVIEW) {
      // a person reads the flags (a named third party, a health keyword) and decides
      submission = submission.approved();
    }
    submission.publishableText().ifPresent(System.out::println); // ... Ring meg på [telefon].

    SubmissionText withheld = SubmissionText.received("Et innspill om et rent privat forhold.")
        .withheld(WithholdingReason.PRIVATE_MATTER);
    System.out.println(withheld.publishableText().isPresent()); // false: nothing is published
    // end::publication[]
    return List.of(submission, withheld);
  }
}
