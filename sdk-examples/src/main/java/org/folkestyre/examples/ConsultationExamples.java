package org.folkestyre.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.folkestyre.core.Language;
import org.folkestyre.core.consultation.Channel;
import org.folkestyre.core.consultation.Consultation;
import org.folkestyre.core.consultation.ConsultationKind;
import org.folkestyre.core.consultation.ConsultationState;
import org.folkestyre.core.consultation.ConsultationSummary;
import org.folkestyre.core.consultation.Deadlines;
import org.folkestyre.core.consultation.Disposition;
import org.folkestyre.core.consultation.DispositionOutcome;
import org.folkestyre.core.consultation.Feedback;
import org.folkestyre.core.consultation.RespondentKind;
import org.folkestyre.core.consultation.Submission;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * The code behind the snippet of the guide's consultations page: the region between
 * {@code tag::consultation[]} and {@code end::consultation[]} appears word for word in
 * {@code docs/consultations.md}, and a test runs it.
 */
public final class ConsultationExamples {
  private ConsultationExamples() {}

  /**
   * The result of the example: the validation of the summarised consultation and its summary.
   *
   * @param report the validation report, without violations
   * @param summary the summary
   */
  public record Outcome(ValidationReport report, ConsultationSummary summary) {}

  /**
   * Runs a kommuneplan consultation from opening to summary, with one submission, and hands the
   * reply to a delivery that prints it.
   *
   * @param clock the clock that timestamps the moves of the lifecycle
   * @return the validation report and the summary
   */
  public static Outcome samfunnsdel(Clock clock) {
    // tag::consultation[]
    Jurisdiction norway = Jurisdiction.norway();
    LocalDate opens = LocalDate.of(2026, 3, 24);
    Consultation consultation = Consultation.builder()
        .id("21/01234")
        .subject("Kommuneplanens samfunnsdel 2021–2040")
        .jurisdiction(norway)
        .kind(ConsultationKind.NO_KOMMUNEPLAN)
        .opens(opens)
        .closes(Deadlines.earliestClose(ConsultationKind.NO_KOMMUNEPLAN, opens, norway.holidayCalendar()))
        .addChannels(Channel.DIALOGUE_MEETING, Channel.ONLINE_MEETING, Channel.PODCAST, Channel.DIGITAL_FORM)
        .build()
        .moveTo(ConsultationState.OPEN, clock);

    consultation = consultation.receive(Submission.builder()
        .id("S1").respondent(RespondentKind.RESIDENT).channel(Channel.DIGITAL_FORM).district("Konnerud")
        .received(Instant.parse("2026-03-30T10:00:00Z")).text("Lag en gang- og sykkelvei langs elva.")
        .submitter("contact-17").build());
    consultation = consultation
        .dispose(Disposition.of("S1", DispositionOutcome.ADOPTED, "Sykkelveien tas inn i planen.",
            List.of("Kapittel 4.2: ny gang- og sykkelvei langs elva")))
        .moveTo(ConsultationState.CLOSED, clock)
        .moveTo(ConsultationState.SUMMARISED, clock);

    ValidationReport report = Validator.forJurisdiction(norway, RulePacks.DRAMMEN_PARTICIPATION)
        .validate(consultation, ValidationContext.asOf(LocalDate.now(clock)));
    ConsultationSummary summary = ConsultationSummary.of(consultation);
    System.out.println(summary.toMarkdown(Language.NB));
    Feedback.deliver(consultation, reply -> System.out.println(reply.title() + "\n\n" + reply.body()));
    // end::consultation[]
    return new Outcome(report, summary);
  }
}
