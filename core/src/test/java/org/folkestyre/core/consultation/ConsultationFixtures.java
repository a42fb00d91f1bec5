package org.folkestyre.core.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.folkestyre.core.Language;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/** Consultations and submissions the consultation tests share. */
final class ConsultationFixtures {
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private ConsultationFixtures() {}

  /** A clock fixed at an instant. */
  static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  /** Drammen's samfunnsdel as a kommuneplan consultation, 24 March to 5 May 2026, still a draft. */
  static Consultation samfunnsdel() {
    return Consultation.builder()
        .id("21/01234")
        .subject("Kommuneplanens samfunnsdel 2021–2040")
        .jurisdiction(Jurisdiction.norway())
        .kind(ConsultationKind.NO_KOMMUNEPLAN)
        .opens(LocalDate.of(2026, 3, 24))
        .closes(LocalDate.of(2026, 5, 5))
        .addChannels(Channel.DIALOGUE_MEETING, Channel.ONLINE_MEETING, Channel.PODCAST, Channel.DIGITAL_FORM)
        .build();
  }

  /** The samfunnsdel, opened on its first day. */
  static Consultation openSamfunnsdel() {
    return samfunnsdel().moveTo(ConsultationState.OPEN, at("2026-03-24T08:00:00Z"));
  }

  /** A submission by a resident through the digital form. */
  static Submission submission(String id, String received, String text) {
    return Submission.builder().id(id).respondent(RespondentKind.RESIDENT).channel(Channel.DIGITAL_FORM)
        .received(Instant.parse(received)).text(text).submitter("contact-" + id).build();
  }

  static final String LETTER = "Vi som bor på Fjell ber kommunen om å bevare skogen mellom skolen og idrettsbanen."
      + " Skogen er en viktig lekeplass for barna og turområde for mange eldre. Vi ber om at arealet blir"
      + " grøntområde i kommuneplanen.";

  /**
   * The samfunnsdel, summarised: eight submissions through five channels, a campaign of three
   * letters, one late submission included and one excluded, every included one answered.
   */
  static Consultation answered() {
    Submission s1 = Submission.builder().from(submission("S1", "2026-03-30T10:00:00Z",
        "Lag en gang- og sykkelvei langs elva.")).district("Konnerud").language(Language.NB).build();
    Submission s2 = Submission.builder().id("S2").respondent(RespondentKind.ORGANISATION)
        .channel(Channel.DIALOGUE_MEETING).district("Strømsø").received(java.time.Instant.parse("2026-04-08T17:00:00Z"))
        .text("Næringsforeningen ønsker sykkelvei og universell utforming i sentrum.").submitter("org-9")
        .language(Language.EN).build();
    Submission s3 = Submission.builder().from(submission("S3", "2026-04-10T08:00:00Z", LETTER)).district("Fjell")
        .submitter("contact-campaign").build();
    Submission s4 = Submission.builder().from(submission("S4", "2026-04-10T09:00:00Z", LETTER.toUpperCase(
        java.util.Locale.ROOT))).district("Fjell").submitter(java.util.Optional.empty()).build();
    Submission s5 = Submission.builder().from(submission("S5", "2026-04-11T09:00:00Z", LETTER + " Hilsen nabo."))
        .district("fjell").submitter("CONTACT-CAMPAIGN").build();
    Submission s6 = Submission.builder().id("S6").respondent(RespondentKind.ANONYMOUS).channel(Channel.PODCAST)
        .received(java.time.Instant.parse("2026-04-20T12:00:00Z")).text("Ungdommene vil ha et sted å være på kveldstid.")
        .build();
    Submission s7 = Submission.builder().id("S7").respondent(RespondentKind.COUNCIL).channel(Channel.COUNCIL_STATEMENT)
        .received(java.time.Instant.parse("2026-05-06T09:00:00Z")).text("Rådet ber om at skolene får heis.")
        .submitter("council-disabilities").build();
    Submission s8 = Submission.builder().from(submission("S8", "2026-05-12T09:00:00Z", "Jeg kom for sent.")).channel(
        Channel.LETTER_OR_EMAIL).build();
    return openSamfunnsdel()
        .receiveAll(List.of(s1, s2, s3, s4, s5, s6))
        .moveTo(ConsultationState.CLOSED, at("2026-05-06T06:00:00Z"))
        .receiveAll(List.of(s7, s8))
        .decideLate("S7", LateDecision.INCLUDE)
        .decideLate("S8", LateDecision.EXCLUDE)
        .disposeAll(List.of(
            Disposition.of("S1", DispositionOutcome.ADOPTED, "Sykkelveien tas inn i planen.",
                List.of("Kapittel 4.2: ny gang- og sykkelvei langs elva")),
            Disposition.of("S2", DispositionOutcome.PARTLY_ADOPTED, "Sykkelveien tas inn; sentrum planlegges for seg.",
                List.of("Kapittel 4.2: ny gang- og sykkelvei langs elva", "Kapittel 5: universell utforming")),
            Disposition.withoutChange("S3", DispositionOutcome.NOT_ADOPTED, "Arealet er regulert til skole."),
            Disposition.withoutChange("S4", DispositionOutcome.NOT_ADOPTED, "Arealet er regulert til skole."),
            Disposition.withoutChange("S5", DispositionOutcome.NOT_ADOPTED, "Arealet er regulert til skole."),
            Disposition.withoutChange("S6", DispositionOutcome.NOTED, "Tas med i arbeidet med møteplasser."),
            Disposition.withoutChange("S7", DispositionOutcome.OUTSIDE_SUBJECT, "Gjelder skolebygg, ikke planen.")))
        .moveTo(ConsultationState.SUMMARISED, at("2026-06-01T10:00:00Z"));
  }
}
