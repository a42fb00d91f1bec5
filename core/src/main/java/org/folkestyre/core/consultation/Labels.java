package org.folkestyre.core.consultation;

import static org.folkestyre.core.LocalizedText.of;

import org.folkestyre.core.LocalizedText;

/** The labels of summaries and replies in four languages. */
final class Labels {
  private Labels() {}

  static final LocalizedText SUMMARY = of("Oppsummering av høringen", "Oppsummering av høyringa",
      "Opsummering af høringen", "Consultation summary");
  static final LocalizedText CONSULTATION = of("Høring", "Høyring", "Høring", "Consultation");
  static final LocalizedText KIND = of("Type", "Type", "Type", "Kind");
  static final LocalizedText PERIOD = of("Høringsperiode", "Høyringsperiode", "Høringsperiode", "Period");
  static final LocalizedText STATE = of("Status", "Status", "Status", "State");
  static final LocalizedText RECEIVED = of("Mottatte innspill", "Mottekne innspel", "Modtagne høringssvar",
      "Submissions received");
  static final LocalizedText ON_TIME = of("innen fristen", "innan fristen", "inden fristen", "on time");
  static final LocalizedText LATE_INCLUDED = of("for sent, tatt med", "for seint, teke med", "for sent, taget med",
      "late, included");
  static final LocalizedText LATE_EXCLUDED = of("for sent, holdt utenfor", "for seint, halde utanfor",
      "for sent, holdt uden for", "late, excluded");
  static final LocalizedText LATE_UNDECIDED = of("for sent, ikke avgjort", "for seint, ikkje avgjort",
      "for sent, ikke afgjort", "late, not yet decided");
  static final LocalizedText BY_DISTRICT = of("Etter kommunedel", "Etter kommunedel", "Efter lokalområde",
      "By district");
  static final LocalizedText NO_DISTRICT = of("(uten kommunedel)", "(utan kommunedel)", "(uden lokalområde)",
      "(no district)");
  static final LocalizedText BY_CHANNEL = of("Etter kanal", "Etter kanal", "Efter kanal", "By channel");
  static final LocalizedText BY_RESPONDENT = of("Etter avsender", "Etter avsendar", "Efter afsender", "By respondent");
  static final LocalizedText BY_OUTCOME = of("Etter behandling", "Etter handsaming", "Efter behandling",
      "By disposition");
  static final LocalizedText AWAITING = of("ikke behandlet ennå", "ikkje handsama enno", "endnu ikke behandlet",
      "awaiting disposition");
  static final LocalizedText THEMES = of("Temaer", "Tema", "Temaer", "Themes");
  static final LocalizedText COUNT = of("antall", "tal", "antal", "count");
  static final LocalizedText CAMPAIGNS = of("Kampanjer", "Kampanjar", "Kampagner", "Campaigns");
  static final LocalizedText CAMPAIGN = of("Kampanje {number}: {count} innspill ({ids})",
      "Kampanje {number}: {count} innspel ({ids})", "Kampagne {number}: {count} høringssvar ({ids})",
      "Campaign {number}: {count} submissions ({ids})");
  static final LocalizedText CAMPAIGN_NOTE = of("Innspill i en kampanje telles hver for seg.",
      "Innspel i ein kampanje blir talde kvar for seg.", "Høringssvar i en kampagne tælles hver for sig.",
      "Submissions of a campaign are counted one by one.");
  static final LocalizedText CHANGES = of("Endringer etter innspillene", "Endringar etter innspela",
      "Ændringer efter høringssvarene", "Changes made");
  static final LocalizedText NONE = of("Ingen.", "Ingen.", "Ingen.", "None.");
  static final LocalizedText MORE = of("og {count} til", "og {count} til", "og {count} mere", "and {count} more");

  static final LocalizedText REPLY_SUBJECT = of("Svar på innspill: {subject}", "Svar på innspel: {subject}",
      "Svar på høringssvar: {subject}", "Reply to your submission: {subject}");
  static final LocalizedText REPLY_THANKS = of("Takk for innspillet ditt til «{subject}».",
      "Takk for innspelet ditt til «{subject}».", "Tak for dit høringssvar til »{subject}«.",
      "Thank you for your submission on \u201c{subject}\u201d.");
  static final LocalizedText REPLY_THANKS_MANY = of("Takk for de {count} innspillene dine til «{subject}».",
      "Takk for dei {count} innspela dine til «{subject}».", "Tak for dine {count} høringssvar til »{subject}«.",
      "Thank you for your {count} submissions on \u201c{subject}\u201d.");
  static final LocalizedText REPLY_ITEM = of("Innspill {id}, mottatt {date}: {outcome}.",
      "Innspel {id}, motteke {date}: {outcome}.", "Høringssvar {id}, modtaget {date}: {outcome}.",
      "Submission {id}, received {date}: {outcome}.");
  static final LocalizedText REPLY_REASON = of("Begrunnelse: {reason}", "Grunngiving: {reason}", "Begrundelse: {reason}",
      "Reason: {reason}");
  static final LocalizedText REPLY_CHANGES = of("Endringer: {changes}", "Endringar: {changes}", "Ændringer: {changes}",
      "Changes: {changes}");
  static final LocalizedText REPLY_LATE_INCLUDED = of("Innspillet kom etter fristen {closes}, men ble tatt med.",
      "Innspelet kom etter fristen {closes}, men vart teke med.",
      "Høringssvaret kom efter fristen {closes}, men blev taget med.",
      "It arrived after the deadline of {closes} but was included.");
  static final LocalizedText REPLY_LATE_EXCLUDED = of("Innspill {id}, mottatt {date}: kom etter fristen {closes} og"
          + " ble ikke tatt med i behandlingen. Det er arkivert.",
      "Innspel {id}, motteke {date}: kom etter fristen {closes} og vart ikkje teke med i handsaminga. Det er arkivert.",
      "Høringssvar {id}, modtaget {date}: kom efter fristen {closes} og blev ikke taget med i behandlingen. Det er"
          + " journaliseret.",
      "Submission {id}, received {date}: arrived after the deadline of {closes} and was not considered. It is kept"
          + " on record.");
  static final LocalizedText REPLY_CLOSING = of("Oppsummeringen av høringen viser hva alle innspillene førte til.",
      "Oppsummeringa av høyringa viser kva alle innspela førte til.",
      "Opsummeringen af høringen viser, hvad alle høringssvar førte til.",
      "The consultation summary shows what all submissions led to.");
}
