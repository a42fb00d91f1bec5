package org.folkestyre.core.minutes;

import com.google.common.collect.ImmutableMap;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.meeting.ClosureGround;
import org.folkestyre.core.meeting.MeetingState;
import org.folkestyre.core.meeting.VoteOption;
import org.folkestyre.core.meeting.VoteResult;

/** The fixed words of minutes in bokmål, nynorsk, Danish and English, and the formats of dates and times. */
final class MinutesTexts {
  static final LocalizedText MINUTES = LocalizedText.of("Møteprotokoll", "Møteprotokoll", "Referat", "Minutes");
  static final LocalizedText BODY = LocalizedText.of("Organ", "Organ", "Organ", "Body");
  static final LocalizedText MEETING_NUMBER =
      LocalizedText.of("Møtenummer", "Møtenummer", "Mødenummer", "Meeting number");
  static final LocalizedText DATE = LocalizedText.of("Møtedato", "Møtedato", "Mødedato", "Date");
  static final LocalizedText PLACE = LocalizedText.of("Møtested", "Møtestad", "Mødested", "Place");
  static final LocalizedText REMOTE =
      LocalizedText.of("fjernmøte", "fjernmøte", "virtuelt møde", "remote meeting");
  static final LocalizedText STATUS = LocalizedText.of("Status", "Status", "Status", "Status");
  static final LocalizedText VERSION = LocalizedText.of("Versjon", "Versjon", "Udgave", "Version");
  static final LocalizedText PUBLIC_VERSION =
      LocalizedText.of("Offentlig versjon", "Offentleg versjon", "Offentlig udgave", "Public version");
  static final LocalizedText INTERNAL_VERSION = LocalizedText.of(
      "Intern versjon – inneholder opplysninger som er unntatt offentlighet",
      "Intern versjon – inneheld opplysningar som er unnatekne frå offentlegheit",
      "Intern udgave – indeholder oplysninger, der ikke er offentlige",
      "Internal version – contains information exempt from public access");

  static final LocalizedText ATTENDANCE = LocalizedText.of("Fremmøte", "Frammøte", "Fremmøde", "Attendance");
  static final LocalizedText PRESENT = LocalizedText.of("Til stede", "Til stades", "Til stede", "Present");
  static final LocalizedText ABSENT = LocalizedText.of("Forfall", "Forfall", "Fraværende", "Absent");
  static final LocalizedText SUBSTITUTES = LocalizedText.of(
      "Møtende varamedlemmer", "Møtande varamedlemmer", "Stedfortrædere", "Substitutes");
  static final LocalizedText STANDS_IN_FOR = LocalizedText.of(
      "{substitute} (for {member})", "{substitute} (for {member})", "{substitute} (for {member})",
      "{substitute} (for {member})");
  static final LocalizedText NOT_RECORDED =
      LocalizedText.of("Ikke registrert.", "Ikkje registrert.", "Ikke registreret.", "Not recorded.");
  static final LocalizedText NAME_WITHHELD = LocalizedText.of(
      "en person som ikke er medlem av organet (navnet publiseres ikke)",
      "ein person som ikkje er medlem av organet (namnet vert ikkje publisert)",
      "en person, der ikke er medlem af organet (navnet offentliggøres ikke)",
      "a person who is not a member of the body (name not published)");

  static final LocalizedText NAMES_WITHHELD = LocalizedText.of(
      "{count} personer som ikke er medlemmer av organet (navnene publiseres ikke)",
      "{count} personar som ikkje er medlemmer av organet (namna vert ikkje publiserte)",
      "{count} personer, der ikke er medlemmer af organet (navnene offentliggøres ikke)",
      "{count} persons who are not members of the body (names not published)");

  static final LocalizedText CONTENTS = LocalizedText.of("Saksliste", "Saksliste", "Indholdsfortegnelse", "Contents");
  static final LocalizedText NO_ITEMS = LocalizedText.of("Ingen saker.", "Ingen saker.", "Ingen punkter.", "No items.");
  static final LocalizedText ITEM = LocalizedText.of("Sak {number}", "Sak {number}", "Punkt {number}", "Item {number}");
  static final LocalizedText CASE_NUMBER = LocalizedText.of("Saksnummer", "Saksnummer", "Sagsnummer", "Case number");
  static final LocalizedText KIND = LocalizedText.of("Sakstype", "Sakstype", "Sagstype", "Case type");
  static final LocalizedText RECOMMENDATION =
      LocalizedText.of("Innstilling", "Innstilling", "Indstilling", "Recommendation");
  static final LocalizedText DESCRIPTION =
      LocalizedText.of("Saksframstilling", "Saksframstilling", "Sagsfremstilling", "Description");
  static final LocalizedText DECISION = LocalizedText.of("Vedtak", "Vedtak", "Beslutning", "Decision");
  static final LocalizedText VOTES = LocalizedText.of("Votering", "Votering", "Afstemning", "Votes");
  static final LocalizedText ATTACHMENTS = LocalizedText.of("Vedlegg", "Vedlegg", "Bilag", "Attachments");
  static final LocalizedText RECUSALS =
      LocalizedText.of("Inhabilitet", "Ugildskap", "Inhabilitet", "Disqualification");
  static final LocalizedText ADDED_LATE = LocalizedText.of(
      "Saken står ikke på den utsendte sakslisten.", "Saka står ikkje på den utsende sakslista.",
      "Punktet er optaget på dagsordenen efter udsendelsen.", "The item was added after the agenda was sent out.");

  static final LocalizedText CLOSED_MEETING = LocalizedText.of("Lukket møte", "Lukka møte", "Lukket møde", "Closed meeting");
  static final LocalizedText CLOSED_MARK = LocalizedText.of("lukket møte", "lukka møte", "lukket møde", "closed meeting");
  static final LocalizedText WITHHELD_TITLE =
      LocalizedText.of("Unntatt offentlighet", "Unnateke frå offentlegheit", "Lukket punkt", "Closed item");
  static final LocalizedText CLOSED_ON = LocalizedText.of(
      "Saken ble behandlet i lukket møte med hjemmel i {ground}.",
      "Saka vart handsama i lukka møte med heimel i {ground}.",
      "Punktet blev behandlet for lukkede døre med hjemmel i {ground}.",
      "The item was handled behind closed doors under {ground}.");
  static final LocalizedText CLOSED_WITHOUT_GROUND = LocalizedText.of(
      "Saken ble behandlet i lukket møte; protokollen oppgir ingen hjemmel.",
      "Saka vart handsama i lukka møte; protokollen oppgjev ingen heimel.",
      "Punktet blev behandlet for lukkede døre; referatet angiver ingen hjemmel.",
      "The item was handled behind closed doors; the minutes give no legal ground.");
  static final LocalizedText CONTENT_WITHHELD = LocalizedText.of(
      "Innholdet er unntatt offentlighet.", "Innhaldet er unnateke frå offentlegheit.",
      "Indholdet er ikke offentligt.", "Its content is not public.");
  static final LocalizedText SEE_ALSO = LocalizedText.of("jf.", "jf.", "jf.", "see");

  static final LocalizedText EXEMPT_ATTACHMENT = LocalizedText.of(
      "Vedlegg unntatt offentlighet", "Vedlegg unnateke frå offentlegheit", "Bilag undtaget fra aktindsigt",
      "Attachment exempt from public access");
  static final LocalizedText EXEMPT_MARK = LocalizedText.of(
      "unntatt offentlighet", "unnateke frå offentlegheit", "undtaget fra aktindsigt", "exempt from public access");
  static final LocalizedText BYTES = LocalizedText.of("{size} byte", "{size} byte", "{size} bytes", "{size} bytes");

  static final LocalizedText STEPPED_ASIDE = LocalizedText.of(
      "trådte selv til side", "gjekk sjølv frå", "trådte selv ud", "stepped aside unasked");

  static final LocalizedText COUNTS = LocalizedText.of(
      "{inFavour} for, {against} mot", "{inFavour} for, {against} mot", "{inFavour} for, {against} imod",
      "{inFavour} for, {against} against");
  static final LocalizedText BLANK_COUNT = LocalizedText.of(
      "{blank} blanke", "{blank} blanke", "{blank} undlod at stemme", "{blank} blank");
  static final LocalizedText NO_RESULT = LocalizedText.of(
      "resultat ikke protokollert", "resultat ikkje protokollert", "resultat ikke noteret", "no result recorded");
  static final LocalizedText CHAIR_VOTE = LocalizedText.of(
      "møteleders stemme: {option}", "røysta til møteleiaren: {option}", "mødelederens stemme: {option}",
      "the chair's vote: {option}");
  static final LocalizedText CHAIR = LocalizedText.of("møteleder", "møteleiar", "mødeleder", "chair");

  private static final ImmutableMap<VoteOption, LocalizedText> OPTION_LABELS = ImmutableMap.of(
      VoteOption.FOR, LocalizedText.of("For", "For", "For", "For"),
      VoteOption.AGAINST, LocalizedText.of("Mot", "Mot", "Imod", "Against"),
      VoteOption.BLANK, LocalizedText.of("Blank", "Blank", "Undlod at stemme", "Blank"));

  private static final ImmutableMap<VoteOption, LocalizedText> OPTIONS = ImmutableMap.of(
      VoteOption.FOR, LocalizedText.of("for", "for", "for", "for"),
      VoteOption.AGAINST, LocalizedText.of("mot", "mot", "imod", "against"),
      VoteOption.BLANK, LocalizedText.of("blank", "blank", "undlod at stemme", "blank"));

  private static final ImmutableMap<VoteResult.Outcome, LocalizedText> OUTCOMES = ImmutableMap.of(
      VoteResult.Outcome.ADOPTED, LocalizedText.of("vedtatt", "vedteke", "vedtaget", "adopted"),
      VoteResult.Outcome.REJECTED, LocalizedText.of("falt", "fall", "forkastet", "rejected"));

  private static final ImmutableMap<VoteResult.Reason, LocalizedText> REASONS = ImmutableMap.of(
      VoteResult.Reason.CASTING_VOTE, LocalizedText.of("ved møteleders dobbeltstemme",
          "ved dobbelrøysta til møteleiaren", "ved mødelederens udslagsgivende stemme", "by the chair's casting vote"),
      VoteResult.Reason.TIE_FALLS, LocalizedText.of("ved stemmelikhet", "ved røystelikskap", "ved stemmelighed",
          "on a tie"),
      VoteResult.Reason.LOT, LocalizedText.of("ved loddtrekning", "ved loddtrekking", "ved lodtrækning", "by lot"));

  private static final ImmutableMap<Role, LocalizedText> ROLES = ImmutableMap.of(
      Role.CHAIR, LocalizedText.of("leder", "leiar", "formand", "chair"),
      Role.DEPUTY_CHAIR, LocalizedText.of("nestleder", "nestleiar", "næstformand", "deputy chair"),
      Role.DEPUTY_MEMBER, LocalizedText.of("varamedlem", "varamedlem", "stedfortræder", "deputy member"),
      Role.OBSERVER, LocalizedText.of("observatør", "observatør", "observatør", "observer"),
      Role.SECRETARY, LocalizedText.of("sekretær", "sekretær", "sekretær", "secretary"));

  private static final ImmutableMap<MeetingState, LocalizedText> STATES = ImmutableMap.of(
      MeetingState.PLANNED, LocalizedText.of("Planlagt", "Planlagt", "Planlagt", "Planned"),
      MeetingState.CONVENED, LocalizedText.of("Innkalt", "Innkalla", "Indkaldt", "Convened"),
      MeetingState.HELD, LocalizedText.of("Avholdt; protokollen er ikke godkjent",
          "Halde; protokollen er ikkje godkjend", "Afholdt; referatet er ikke godkendt",
          "Held; the minutes are not yet approved"),
      MeetingState.MINUTES_APPROVED, LocalizedText.of("Avholdt; protokollen er godkjent",
          "Halde; protokollen er godkjend", "Afholdt; referatet er godkendt", "Held; the minutes are approved"),
      MeetingState.CANCELLED, LocalizedText.of("Avlyst", "Avlyst", "Aflyst", "Cancelled"));

  private static final ImmutableMap<ClosureGround, LocalizedText> GROUNDS = ImmutableMap.of(
      ClosureGround.NO_KL_11_5_2_A, LocalizedText.of("tjenstlige forhold for en ansatt",
          "tenestlege tilhøve for ein tilsett", "en ansats tjenstlige forhold", "an employee's service matters"),
      ClosureGround.NO_KL_11_5_2_B, LocalizedText.of("opplysninger underlagt lovbestemt taushetsplikt",
          "opplysningar underlagde lovfesta teieplikt", "oplysninger omfattet af lovbestemt tavshedspligt",
          "information subject to a statutory duty of confidentiality"),
      ClosureGround.NO_KL_11_5_3_A, LocalizedText.of("hensynet til personvern", "omsynet til personvern",
          "hensynet til privatlivets fred", "privacy"),
      ClosureGround.NO_KL_11_5_3_B, LocalizedText.of("tungtveiende offentlige interesser",
          "tungtvegande offentlege interesser", "tungtvejende offentlige interesser", "weighty public interests"),
      ClosureGround.DK_KSL_10, LocalizedText.of("fortrolige opplysninger, avgjort i den enkelte sak",
          "fortrulege opplysningar, avgjort i kvar einskild sak", "fortrolige oplysninger, besluttet i den enkelte sag",
          "confidential information, decided case by case"));

  private MinutesTexts() {}

  static String label(VoteOption option, Language language) {
    return OPTION_LABELS.get(option).get(language);
  }

  static String option(VoteOption option, Language language) {
    return OPTIONS.get(option).get(language);
  }

  static String outcome(VoteResult result, Language language) {
    String outcome = OUTCOMES.get(result.outcome()).get(language);
    LocalizedText reason = REASONS.get(result.reason());
    return reason == null ? outcome : outcome + " " + reason.get(language);
  }

  /** The role words printed after a member's name; an ordinary member has none. */
  static String role(Role role, Language language) {
    LocalizedText text = ROLES.get(role);
    return text == null ? "" : text.get(language);
  }

  static String state(MeetingState state, Language language) {
    return STATES.get(state).get(language);
  }

  /** The ground as the minutes cite it: the reference, what it covers and the access act's section. */
  static String ground(ClosureGround ground, Language language) {
    List<String> notes = new ArrayList<>();
    Optional.ofNullable(GROUNDS.get(ground)).ifPresent(covers -> notes.add(covers.get(language)));
    ground.accessReference().ifPresent(access -> notes.add(SEE_ALSO.get(language) + " " + access));
    return ground.reference() + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
  }

  /**
   * Formats a meeting's start and end as the language writes them: "24. mars 2015 kl. 17.00–19.00"
   * in the Nordic languages, "24 March 2015, 17:00–19:00" in English. The locale is the language's
   * own, never the JVM's default.
   */
  static String dateTime(ZonedDateTime start, Optional<ZonedDateTime> end, Language language) {
    boolean english = language == Language.EN;
    DateTimeFormatter date = DateTimeFormatter.ofPattern(english ? "d MMMM yyyy" : "d. MMMM yyyy", language.locale());
    DateTimeFormatter time = DateTimeFormatter.ofPattern(english ? "HH:mm" : "HH.mm", language.locale());
    String text = date.format(start) + (english ? ", " : " kl. ") + time.format(start);
    if (end.isPresent()) {
      ZonedDateTime until = end.get();
      text += until.toLocalDate().equals(start.toLocalDate()) ? "–" + time.format(until)
          : " – " + date.format(until) + (english ? ", " : " kl. ") + time.format(until);
    }
    return text;
  }

  /** Returns a text with its first letter in upper case in the language's locale. */
  static String capitalize(String text, Language language) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.offsetByCodePoints(0, 1);
    return text.substring(0, first).toUpperCase(language.locale()) + text.substring(first);
  }
}
