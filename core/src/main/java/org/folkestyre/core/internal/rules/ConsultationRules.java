package org.folkestyre.core.internal.rules;

import static org.folkestyre.core.LocalizedText.of;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.consultation.Consultation;
import org.folkestyre.core.consultation.ConsultationKind;
import org.folkestyre.core.consultation.Deadlines;
import org.folkestyre.core.consultation.Submission;
import org.folkestyre.core.consultation.SubmissionStatus;
import org.folkestyre.core.governance.Citation;
import org.folkestyre.core.governance.Confidence;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.Severity;

/**
 * The rules of consultations: the legal minimum periods of plan- og bygningsloven,
 * utredningsinstruksen and the Danish planlov, and the local-policy rules of loyalty to the input
 * from Drammen's participation processes. Each period rule checks only consultations of its kinds.
 */
public final class ConsultationRules {
  /** Id: planprogram of a kommuneplan, plan- og bygningsloven § 11-13. */
  public static final String NO_PLANPROGRAM_ID = "NO-PBL-11-13-KP-PLANPROGRAM";
  /** Id: planprogram of a reguleringsplan, plan- og bygningsloven § 12-9. */
  public static final String NO_REGULERINGSPLAN_PLANPROGRAM_ID = "NO-PBL-12-9-RP-PLANPROGRAM";
  /** Id: kommuneplan, plan- og bygningsloven § 11-14. */
  public static final String NO_KOMMUNEPLAN_ID = "NO-PBL-11-14-KP-HEARING";
  /** Id: reguleringsplan, plan- og bygningsloven § 12-10. */
  public static final String NO_REGULERINGSPLAN_ID = "NO-PBL-12-10-RP-HEARING";
  /** Id: state hearings, never below 6 weeks (utredningsinstruksen). */
  public static final String NO_STATE_ID = "NO-UTREDNINGSINSTRUKS";
  /** Id: state hearings, normally 3 months (utredningsinstruksen). */
  public static final String NO_STATE_NORMAL_ID = "NO-UTREDNINGSINSTRUKS-NORMAL";
  /** Id: Danish plan proposals, planloven § 24. */
  public static final String DK_ID = "DK-PLANL-24-HEARING";
  /** Id: no summary while an included submission lacks its disposition. */
  public static final String LOYALTY_ID = "CONSULTATION-LOYALTY";
  /** Id: no summary while a late submission waits for the decision to include or exclude it. */
  public static final String LATE_DECISION_ID = "CONSULTATION-LATE-DECISION";

  private ConsultationRules() {}

  private static final LocalizedText DEADLINE_NOTE = of(
      " Fristen er åpningsdagen pluss perioden; faller den på en lørdag, søndag eller helligdag, gjelder neste virkedag.",
      " Fristen er opningsdagen pluss perioden; fell han på ein laurdag, sundag eller heilagdag, gjeld neste yrkedag.",
      " Fristen er åbningsdagen plus perioden; falder den på en lørdag, søndag eller helligdag, gælder næste hverdag.",
      " The deadline is the opening day plus the period; when that falls on a Saturday, Sunday or public holiday,"
          + " the next working day applies.");

  private static final LocalizedText PERIOD_MESSAGE = of(
      "Høringsfristen {closes} er tidligere enn den tidligste lovlige fristen {earliest}: en høring av typen {kind}"
          + " som åpner {opens}, skal ha minst {weeks} uker.",
      "Høyringsfristen {closes} er tidlegare enn den tidlegaste lovlege fristen {earliest}: ei høyring av typen {kind}"
          + " som opnar {opens}, skal ha minst {weeks} veker.",
      "Høringsfristen {closes} ligger før den tidligste lovlige frist {earliest}: en høring af typen {kind}, der"
          + " åbner {opens}, skal have mindst {weeks} uger.",
      "The deadline {closes} is earlier than the earliest legal deadline {earliest}: a consultation of kind {kind}"
          + " opening {opens} needs at least {weeks} weeks.");

  private static LocalizedText withNote(String nb, String nn, String da, String en) {
    return of(nb + DEADLINE_NOTE.get(Language.NB), nn + DEADLINE_NOTE.get(Language.NN),
        da + DEADLINE_NOTE.get(Language.DA), en + DEADLINE_NOTE.get(Language.EN));
  }

  private static Rule<Consultation> periodRule(String id, Confidence confidence, Citation citation,
      Set<ConsultationKind> kinds, LocalizedText title, LocalizedText explanation) {
    return Rule.builder(id, Consultation.class)
        .confidence(confidence)
        .citation(citation)
        .title(title)
        .explanation(explanation)
        .message(PERIOD_MESSAGE)
        .check((consultation, context, findings) -> {
          if (!kinds.contains(consultation.kind())) {
            return;
          }
          Optional<LocalDate> earliest = safely(() -> consultation.earliestLegalClose());
          if (earliest.isPresent() && consultation.closes().isBefore(earliest.get())) {
            findings.report("closes", ImmutableMap.of("closes", consultation.closes(), "earliest", earliest.get(),
                "kind", consultation.kind().id(), "opens", consultation.opens(),
                "weeks", consultation.kind().minimumPeriod().getDays() / 7));
          }
        });
  }

  /** Computes a deadline, or nothing when it would leave the calendar's years (the end of 2199). */
  private static Optional<LocalDate> safely(java.util.function.Supplier<LocalDate> deadline) {
    try {
      return Optional.of(deadline.get());
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  public static final Rule<Consultation> NO_PLANPROGRAM = periodRule(NO_PLANPROGRAM_ID, Confidence.VERIFIED_TEXT,
      Sources.planOgBygningsloven("§ 11-13", ""), ImmutableSet.of(ConsultationKind.NO_PLANPROGRAM),
      of("Høringsfrist for planprogram (kommuneplan)", "Høyringsfrist for planprogram (kommuneplan)",
          "Høringsfrist for planprogram (norsk kommuneplan)", "Hearing period of a master plan's planning programme"),
      withNote("Forslaget til planprogram for en kommuneplan sendes på høring og legges ut til offentlig ettersyn med"
              + " en frist for uttalelse på minst seks uker.",
          "Forslaget til planprogram for ein kommuneplan blir sendt på høyring og lagt ut til offentleg ettersyn med"
              + " ein frist for fråsegner på minst seks veker.",
          "Forslaget til planprogram for en norsk kommuneplan sendes i høring og fremlægges offentligt med en frist"
              + " for bemærkninger på mindst seks uger.",
          "The proposed planning programme of a master plan is sent on hearing and put on public display with a"
              + " deadline for comments of at least six weeks."));

  public static final Rule<Consultation> NO_REGULERINGSPLAN_PLANPROGRAM = periodRule(NO_REGULERINGSPLAN_PLANPROGRAM_ID,
      Confidence.VERIFIED_TEXT, Sources.planOgBygningsloven("§ 12-9", ""),
      ImmutableSet.of(ConsultationKind.NO_REGULERINGSPLAN_PLANPROGRAM),
      of("Høringsfrist for planprogram (reguleringsplan)", "Høyringsfrist for planprogram (reguleringsplan)",
          "Høringsfrist for planprogram (norsk reguleringsplan)", "Hearing period of a zoning plan's planning programme"),
      withNote("Forslaget til planprogram for en reguleringsplan som kan få vesentlige virkninger for miljø og"
              + " samfunn, sendes på høring og legges ut til offentlig ettersyn med en frist for uttalelse på minst seks"
              + " uker.",
          "Forslaget til planprogram for ein reguleringsplan som kan få vesentlege verknader for miljø og samfunn, blir"
              + " sendt på høyring og lagt ut til offentleg ettersyn med ein frist for fråsegner på minst seks veker.",
          "Forslaget til planprogram for en norsk reguleringsplan med væsentlige virkninger for miljø og samfund"
              + " sendes i høring og fremlægges offentligt med en frist for bemærkninger på mindst seks uger.",
          "The proposed planning programme of a zoning plan with significant effects on the environment and society"
              + " is sent on hearing and put on public display with a deadline for comments of at least six weeks."));

  public static final Rule<Consultation> NO_KOMMUNEPLAN = periodRule(NO_KOMMUNEPLAN_ID, Confidence.VERIFIED_TEXT,
      Sources.planOgBygningsloven("§ 11-14", ""), ImmutableSet.of(ConsultationKind.NO_KOMMUNEPLAN),
      of("Høringsfrist for kommuneplan", "Høyringsfrist for kommuneplan", "Høringsfrist for norsk kommuneplan",
          "Hearing period of a master plan"),
      withNote("Forslaget til kommuneplan, samfunnsdel eller arealdel, sendes på høring og legges ut til offentlig"
              + " ettersyn med en frist for uttalelse på minst seks uker.",
          "Forslaget til kommuneplan, samfunnsdel eller arealdel, blir sendt på høyring og lagt ut til offentleg"
              + " ettersyn med ein frist for fråsegner på minst seks veker.",
          "Forslaget til norsk kommuneplan, samfundsdel eller arealdel, sendes i høring og fremlægges offentligt med"
              + " en frist for bemærkninger på mindst seks uger.",
          "The proposed master plan, community part or land-use part, is sent on hearing and put on public display"
              + " with a deadline for comments of at least six weeks."));

  public static final Rule<Consultation> NO_REGULERINGSPLAN = periodRule(NO_REGULERINGSPLAN_ID,
      Confidence.VERIFIED_TEXT, Sources.planOgBygningsloven("§ 12-10", ""),
      ImmutableSet.of(ConsultationKind.NO_REGULERINGSPLAN),
      of("Høringsfrist for reguleringsplan", "Høyringsfrist for reguleringsplan", "Høringsfrist for norsk reguleringsplan",
          "Hearing period of a zoning plan"),
      withNote("Forslaget til reguleringsplan sendes på høring og legges ut til offentlig ettersyn med en frist for"
              + " merknader på minst seks uker.",
          "Forslaget til reguleringsplan blir sendt på høyring og lagt ut til offentleg ettersyn med ein frist for"
              + " merknader på minst seks veker.",
          "Forslaget til norsk reguleringsplan sendes i høring og fremlægges offentligt med en frist for bemærkninger"
              + " på mindst seks uger.",
          "The proposed zoning plan is sent on hearing and put on public display with a deadline for comments of at"
              + " least six weeks."));

  public static final Rule<Consultation> NO_STATE = periodRule(NO_STATE_ID, Confidence.SECONDARY,
      Sources.utredningsinstruksen("pkt. 3-3"), ImmutableSet.of(ConsultationKind.NO_STATE),
      of("Høringsfrist for statlige høringer", "Høyringsfrist for statlege høyringar",
          "Høringsfrist for norske statslige høringer", "Hearing period of state hearings"),
      withNote("Fristen for en statlig høring er normalt tre måneder og aldri kortere enn seks uker.",
          "Fristen for ei statleg høyring er normalt tre månader og aldri kortare enn seks veker.",
          "Fristen for en norsk statslig høring er normalt tre måneder og aldrig kortere end seks uger.",
          "The deadline of a state hearing is normally three months and never shorter than six weeks."));

  public static final Rule<Consultation> NO_STATE_NORMAL = Rule.builder(NO_STATE_NORMAL_ID, Consultation.class)
      .severity(Severity.WARNING)
      .confidence(Confidence.SECONDARY)
      .citation(Sources.utredningsinstruksen("pkt. 3-3"))
      .title(of("Normal frist for statlige høringer", "Normal frist for statlege høyringar",
          "Normal frist for norske statslige høringer", "Normal period of state hearings"))
      .explanation(of("En statlig høring har normalt tre måneders frist; en kortere frist, men aldri under seks uker,"
              + " krever særlige grunner.",
          "Ei statleg høyring har normalt tre månaders frist; ein kortare frist, men aldri under seks veker, krev"
              + " særlege grunnar.",
          "En norsk statslig høring har normalt tre måneders frist; en kortere frist, dog aldrig under seks uger,"
              + " kræver særlige grunde.",
          "A state hearing normally has three months; a shorter period, though never below six weeks, needs special"
              + " reasons."))
      .message(of("Høringsfristen {closes} gir kortere tid enn de normale tre månedene (som ville gitt fristen"
              + " {normal}); det krever særlige grunner.",
          "Høyringsfristen {closes} gjev kortare tid enn dei normale tre månadene (som ville gjeve fristen {normal});"
              + " det krev særlege grunnar.",
          "Høringsfristen {closes} giver kortere tid end de normale tre måneder (som ville have givet fristen"
              + " {normal}); det kræver særlige grunde.",
          "The deadline {closes} gives less than the normal three months (which would end on {normal}); that needs"
              + " special reasons."))
      .check((consultation, context, findings) -> {
        if (consultation.kind() != ConsultationKind.NO_STATE) {
          return;
        }
        Optional<LocalDate> earliest = safely(() -> consultation.earliestLegalClose());
        Optional<LocalDate> normal = safely(() -> Deadlines.normalClose(consultation.kind(), consultation.opens(),
            consultation.jurisdiction().holidayCalendar()));
        if (earliest.isPresent() && normal.isPresent() && !consultation.closes().isBefore(earliest.get())
            && consultation.closes().isBefore(normal.get())) {
          findings.report("closes", ImmutableMap.of("closes", consultation.closes(), "normal", normal.get(),
              "opens", consultation.opens()));
        }
      });

  public static final Rule<Consultation> DENMARK = periodRule(DK_ID, Confidence.VERIFIED_TEXT,
      Sources.planloven("§ 24"), ImmutableSet.of(ConsultationKind.DK_KOMMUNEPLAN,
          ConsultationKind.DK_KOMMUNEPLAN_MINOR, ConsultationKind.DK_LOKALPLAN, ConsultationKind.DK_LOKALPLAN_MINOR),
      of("Høringsfrist for danske planforslag", "Høyringsfrist for danske planforslag",
          "Offentlighedsperiode for planforslag", "Hearing period of Danish plan proposals"),
      withNote("Et dansk planforslag offentliggjøres med en frist for innsigelser og bemerkninger på minst åtte uker"
              + " for kommuneplaner, fire uker for mindre endringer av kommuneplanen og for lokalplaner, og to uker for"
              + " lokalplaner av mindre betydning.",
          "Eit dansk planforslag blir offentleggjort med ein frist for innvendingar og merknader på minst åtte veker"
              + " for kommuneplanar, fire veker for mindre endringar av kommuneplanen og for lokalplanar, og to veker"
              + " for lokalplanar av mindre betydning.",
          "Et planforslag offentliggøres med en frist for indsigelser og bemærkninger på mindst otte uger for"
              + " kommuneplaner, fire uger for mindre ændringer af kommuneplanen og for lokalplaner og to uger for"
              + " lokalplaner af mindre betydning.",
          "A Danish plan proposal is published with a deadline for objections and comments of at least eight weeks"
              + " for municipal plans, four weeks for minor changes of a municipal plan and for local plans, and two"
              + " weeks for local plans of minor importance."));

  public static final Rule<Consultation> LOYALTY = Rule.builder(LOYALTY_ID, Consultation.class)
      .confidence(Confidence.SECONDARY)
      .citation(Sources.drammenLoyaltyToInput())
      .title(of("Lojalitet til innspillene", "Lojalitet til innspela", "Loyalitet over for høringssvarene",
          "Loyalty to the input"))
      .explanation(of("En høring oppsummeres og publiseres først når hvert innspill som er tatt med, har fått sin"
              + " behandling: et utfall, en begrunnelse og hva det endret.",
          "Ei høyring blir oppsummert og publisert først når kvart innspel som er teke med, har fått handsaminga si:"
              + " eit utfall, ei grunngiving og kva det endra.",
          "En høring opsummeres og offentliggøres først, når hvert høringssvar, der er taget med, har fået sin"
              + " behandling: et udfald, en begrundelse og hvad det ændrede.",
          "A consultation is summarised and published only when every included submission has its disposition: an"
              + " outcome, a reason and what it changed."))
      .message(of("Høringen er oppsummert eller publisert, men innspill {submission} har ingen behandling.",
          "Høyringa er oppsummert eller publisert, men innspel {submission} har inga handsaming.",
          "Høringen er opsummeret eller offentliggjort, men høringssvar {submission} er ikke behandlet.",
          "The consultation is summarised or published, but submission {submission} has no disposition."))
      .check((consultation, context, findings) -> {
        if (!consultation.state().isSummarised()) {
          return;
        }
        for (int i = 0; i < consultation.submissions().size(); i++) {
          Submission submission = consultation.submissions().get(i);
          if (consultation.status(submission).isIncluded() && consultation.disposition(submission.id()).isEmpty()) {
            findings.report("submissions[" + i + "]", ImmutableMap.of("submission", submission.id(),
                "state", consultation.state()));
          }
        }
      });

  public static final Rule<Consultation> LATE_DECISION = Rule.builder(LATE_DECISION_ID, Consultation.class)
      .confidence(Confidence.SECONDARY)
      .citation(Sources.drammenLoyaltyToInput())
      .title(of("Avgjørelse om innspill som kom for sent", "Avgjerd om innspel som kom for seint",
          "Afgørelse om høringssvar, der kom for sent", "Decision on late submissions"))
      .explanation(of("Et innspill som kom etter fristen, blir registrert og aldri forkastet i stillhet: før høringen"
              + " oppsummeres, avgjør kommunen uttrykkelig om det tas med eller holdes utenfor.",
          "Eit innspel som kom etter fristen, blir registrert og aldri forkasta i det stille: før høyringa blir"
              + " oppsummert, avgjer kommunen uttrykkeleg om det blir teke med eller halde utanfor.",
          "Et høringssvar, der kom efter fristen, registreres og kasseres aldrig i stilhed: før høringen opsummeres,"
              + " afgør kommunen udtrykkeligt, om det tages med eller holdes uden for.",
          "A submission received after the deadline is recorded and never dropped silently: before the consultation"
              + " is summarised, the municipality decides explicitly whether to include or exclude it."))
      .message(of("Innspill {submission} kom {received}, etter fristen {closes}, og kommunen har ikke avgjort om det"
              + " skal tas med.",
          "Innspel {submission} kom {received}, etter fristen {closes}, og kommunen har ikkje avgjort om det skal"
              + " takast med.",
          "Høringssvar {submission} kom {received}, efter fristen {closes}, og kommunen har ikke afgjort, om det skal"
              + " tages med.",
          "Submission {submission} arrived on {received}, after the deadline {closes}, and the municipality has not"
              + " decided whether to include it."))
      .check((consultation, context, findings) -> {
        if (!consultation.state().isSummarised()) {
          return;
        }
        for (int i = 0; i < consultation.submissions().size(); i++) {
          Submission submission = consultation.submissions().get(i);
          if (consultation.status(submission) == SubmissionStatus.LATE_UNDECIDED) {
            findings.report("submissions[" + i + "]", ImmutableMap.of("submission", submission.id(),
                "received", submission.received().atZone(consultation.jurisdiction().zone()).toLocalDate(),
                "closes", consultation.closes()));
          }
        }
      });
}
