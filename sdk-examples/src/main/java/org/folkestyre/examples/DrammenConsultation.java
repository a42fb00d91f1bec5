package org.folkestyre.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.folkestyre.core.consultation.Channel;
import org.folkestyre.core.consultation.Consultation;
import org.folkestyre.core.consultation.ConsultationKind;
import org.folkestyre.core.consultation.ConsultationState;
import org.folkestyre.core.consultation.Deadlines;
import org.folkestyre.core.consultation.Disposition;
import org.folkestyre.core.consultation.DispositionOutcome;
import org.folkestyre.core.consultation.RespondentKind;
import org.folkestyre.core.consultation.Submission;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * A consultation on Drammen's community part of the master plan, as the tour runs it: sample
 * submissions through the four channels of the seed (dialogue meetings, online one-to-one
 * meetings, a youth podcast and the digital form), every one given a disposition, then summarised.
 *
 * <p>The subject, the plan period and the channels are Drammen's; the dates, submissions and
 * dispositions are samples.
 */
public final class DrammenConsultation {
  /** The day the sample consultation opens. */
  public static final LocalDate OPENS = LocalDate.of(2021, 9, 6);
  /** The clock the lifecycle is timestamped with: 1 December 2021 in Oslo. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2021-12-01T09:00:00Z"), ZoneId.of("Europe/Oslo"));

  private DrammenConsultation() {}

  /**
   * Runs the consultation from opening to summary.
   *
   * @return the summarised consultation
   */
  public static Consultation samfunnsdel2021() {
    Jurisdiction norway = Jurisdiction.norway();
    Consultation consultation = Consultation.builder()
        .id("samfunnsdel-2021")
        .subject("Kommuneplanens samfunnsdel 2021–2040")
        .jurisdiction(norway)
        .kind(ConsultationKind.NO_KOMMUNEPLAN)
        .opens(OPENS)
        .closes(Deadlines.earliestClose(ConsultationKind.NO_KOMMUNEPLAN, OPENS, norway.holidayCalendar()))
        .addChannels(Channel.DIALOGUE_MEETING, Channel.ONLINE_MEETING, Channel.PODCAST, Channel.DIGITAL_FORM)
        .build()
        .moveTo(ConsultationState.OPEN, CLOCK);
    Object[][] samples = {
        {"D1", RespondentKind.RESIDENT, Channel.DIALOGUE_MEETING, "Konnerud og Skoger vest",
            "Vi trenger flere møteplasser i kommunedelen."},
        {"D2", RespondentKind.ORGANISATION, Channel.DIALOGUE_MEETING, "Bragernes og Øren",
            "Frivilligsentralen vil være knutepunkt for nærmiljøet."},
        {"O1", RespondentKind.RESIDENT, Channel.ONLINE_MEETING, "Svelvik sentrum, Ebbestad og Berger",
            "Bedre kollektivtilbud mellom Svelvik og Drammen sentrum."},
        {"P1", RespondentKind.ANONYMOUS, Channel.PODCAST, null,
            "Ungdommene vil ha et sted å være på kveldstid."},
        {"P2", RespondentKind.ANONYMOUS, Channel.PODCAST, null,
            "Skolene bør lære oss mer om klima og bærekraft."},
        {"F1", RespondentKind.RESIDENT, Channel.DIGITAL_FORM, "Mjøndalen, Åsen og Steinberg",
            "Lag en gang- og sykkelvei langs elva."},
        {"F2", RespondentKind.BUSINESS, Channel.DIGITAL_FORM, "Strømsø nedenfor Vestfoldbanen; Grønland,"
            + " Marienlyst, Brandengen og Tangen", "Næringslivet trenger flere lærlingplasser i kommunen."},
        {"F3", RespondentKind.COUNCIL, Channel.DIGITAL_FORM, null,
            "Rådet for personer med funksjonsnedsettelse ber om universell utforming i alle nye bygg."},
    };
    for (int i = 0; i < samples.length; i++) {
      Object[] s = samples[i];
      Submission.Builder submission = Submission.builder().id((String) s[0]).respondent((RespondentKind) s[1])
          .channel((Channel) s[2]).received(Instant.parse("2021-09-" + (10 + i) + "T10:00:00Z"))
          .text((String) s[4]);
      if (s[3] != null) {
        submission.district((String) s[3]);
      }
      consultation = consultation.receive(submission.build());
    }
    return consultation
        .dispose(Disposition.of("D1", DispositionOutcome.ADOPTED, "Møteplasser er en strategi under delmålet om"
            + " deltakende innbyggere.", List.of("Deltakende innbyggere: ny strategi om møteplasser")))
        .dispose(Disposition.of("D2", DispositionOutcome.NOTED, "Knutepunktene velges i hver kommunedel.",
            List.of()))
        .dispose(Disposition.of("O1", DispositionOutcome.PARTLY_ADOPTED, "Kollektivtrafikk omtales; rutene er"
            + " fylkeskommunens.", List.of("Attraktive byer og tettsteder: kollektivtilbud mellom tettstedene")))
        .dispose(Disposition.of("P1", DispositionOutcome.ADOPTED, "Møteplasser for unge tas inn.",
            List.of("God oppvekst og godt liv: møteplasser for unge")))
        .dispose(Disposition.of("P2", DispositionOutcome.OUTSIDE_SUBJECT, "Læreplanene er statlige.", List.of()))
        .dispose(Disposition.of("F1", DispositionOutcome.ADOPTED, "Sykkelveien tas inn.",
            List.of("Klima- og miljøvennlig utvikling: gang- og sykkelvei langs elva")))
        .dispose(Disposition.of("F2", DispositionOutcome.NOTED, "Følges opp i næringsplanen.", List.of()))
        .dispose(Disposition.of("F3", DispositionOutcome.ADOPTED, "Universell utforming blir et prinsipp.",
            List.of("Mangfold og inkludering: universell utforming")))
        .moveTo(ConsultationState.CLOSED, CLOCK)
        .moveTo(ConsultationState.SUMMARISED, CLOCK);
  }
}
