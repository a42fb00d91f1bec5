package org.folkestyre.examples;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.folkestyre.core.audit.AuditLog;
import org.folkestyre.core.governance.Citation;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.Population;
import org.folkestyre.core.testing.ReferenceData;
import org.folkestyre.toolkit.initiative.CitizenInitiative;
import org.folkestyre.toolkit.initiative.InitiativeArea;
import org.folkestyre.toolkit.initiative.InitiativeRulePacks;
import org.folkestyre.toolkit.initiative.InitiativeScheme;
import org.folkestyre.toolkit.initiative.InitiativeStatus;
import org.folkestyre.toolkit.initiative.Signature;
import org.folkestyre.toolkit.initiative.SignatureChannel;
import org.folkestyre.toolkit.initiative.SignatureCollector;
import org.folkestyre.toolkit.initiative.SignatureOutcome;
import org.folkestyre.toolkit.initiative.Threshold;

/**
 * The code behind the snippets of the guide's citizen-initiatives page: the regions between
 * {@code tag::initiative[]} and {@code end::initiative[]}, and {@code tag::borgerforslag[]} and
 * {@code end::borgerforslag[]}, appear word for word in {@code docs/citizen-initiatives.md}, and a
 * test runs them.
 */
public final class InitiativeExamples {
  private InitiativeExamples() {}

  /**
   * The result of the Norwegian example.
   *
   * @param status the status on the day of submission
   * @param report the validation on the day of submission
   * @param log the audit log of the collection
   */
  public record Outcome(InitiativeStatus status, ValidationReport report, AuditLog log) {}

  /**
   * Collects 300 signatures for an initiative in Drammen, one of them twice, and submits it.
   *
   * @param clock the clock of the audit log
   * @return the status, the validation and the log
   */
  public static Outcome drammen(Clock clock) {
    // tag::initiative[]
    LocalDate opened = LocalDate.of(2025, 3, 1);
    InitiativeArea drammen = InitiativeArea.of(ReferenceData.drammen2020(), opened);
    CitizenInitiative initiative = CitizenInitiative.builder()
        .id("2025-1")
        .title("Bevar Svelvik skole")
        .content("Kommunestyret bes bevare Svelvik skole som egen barneskole.")
        .proposer("proposer-7f3a")
        .area(drammen)
        .scheme(InitiativeScheme.norwegian(drammen))
        .opened(opened)
        .build();
    AuditLog log = AuditLog.create(clock);
    SignatureCollector collector = SignatureCollector.start(initiative, log);
    MunicipalityCode drammenCode = MunicipalityCode.of(Jurisdiction.norway(), "3301");
    for (int i = 0; i < 300; i++) {
      collector.sign(Signature.of("person-" + i, drammenCode, opened.plusDays(i / 10), SignatureChannel.ELECTRONIC));
    }
    Signature onPaper = Signature.of("person-0", drammenCode, opened.plusDays(40), SignatureChannel.PAPER);
    SignatureOutcome outcome = collector.sign(onPaper).outcome();   // DUPLICATE: recorded, counted once
    CitizenInitiative submitted = collector.submit(LocalDate.of(2025, 8, 31));
    InitiativeStatus status = submitted.status(LocalDate.of(2025, 8, 31));
    // status: 300 of 300 counted, 1 duplicate, decision due by 2026-02-28
    Validator validator = Validator.of(List.of(RulePacks.of("NO-KL"), InitiativeRulePacks.norway()));
    ValidationReport report = validator.validate(submitted, ValidationContext.asOf(LocalDate.of(2025, 8, 31)));
    // end::initiative[]
    if (outcome != SignatureOutcome.DUPLICATE) {
      throw new IllegalStateException("the paper signature should be a duplicate");
    }
    return new Outcome(status, report, log);
  }

  /**
   * Builds Copenhagen's scheme and an initiative under it.
   *
   * @return the initiative's status on its opening day
   */
  public static InitiativeStatus kobenhavn() {
    // tag::borgerforslag[]
    InitiativeScheme kobenhavnerforslag = InitiativeScheme.danishMunicipal("Københavnerforslag",
        Citation.localPolicy("Københavns Kommune, Borgerrepræsentationen", "ordning for Københavnerforslag"),
        Threshold.signatures(5_000), 180);
    InitiativeArea kobenhavn = InitiativeArea.municipality(MunicipalityCode.of(Jurisdiction.denmark(), "101"),
        "København", Population.of(0, LocalDate.of(2025, 1, 1)));
    CitizenInitiative forslag = CitizenInitiative.builder()
        .id("KBH-2025-4").title("Flere legepladser").content("Flere legepladser i lokalområdet")
        .proposer("proposer-kbh-19").area(kobenhavn).scheme(kobenhavnerforslag)
        .opened(LocalDate.of(2025, 1, 1))
        .build();
    InitiativeStatus status = forslag.status(LocalDate.of(2025, 1, 1));
    // status: 0 of 5000, collection closes after 2025-06-29
    // end::borgerforslag[]
    return status;
  }
}
