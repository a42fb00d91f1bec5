package org.folkestyre.toolkit.budgeting;

import org.folkestyre.core.LocalizedText;

/**
 * Why a ballot was rejected: a stable, machine-readable code with a text for the voter in bokmål,
 * nynorsk, Danish and English — avvisningsgrunn (NO), afvisningsgrund (DK).
 *
 * <p>The codes are part of the public contract: an embedding system may store them and map them to
 * its own screens, so a code is never renamed or removed, only added. Each text holds named
 * placeholders that a {@link BallotRejection}'s details fill in; no text repeats a project id or
 * any other value the voter typed, only positions, counts, amounts and the election's own settings.
 */
public enum RejectionCode {
  /** The ballot was cast before the voting window opened or after it closed. */
  OUTSIDE_VOTING_WINDOW(LocalizedText.of(
      "Avstemningen er ikke åpen: den varer fra {opens} til {closes}.",
      "Røystinga er ikkje open: ho varer frå {opens} til {closes}.",
      "Afstemningen er ikke åben: den løber fra {opens} til {closes}.",
      "Voting is not open: the vote runs from {opens} to {closes}.")),
  /** The identity was verified at a lower eIDAS level than the election requires. */
  ASSURANCE_TOO_LOW(LocalizedText.of(
      "Innloggingen din har sikkerhetsnivå {level}; denne avstemningen krever minst {required}.",
      "Innlogginga di har tryggleiksnivå {level}; denne røystinga krev minst {required}.",
      "Dit login har sikringsniveau {level}; denne afstemning kræver mindst {required}.",
      "Your identification has the eIDAS assurance level {level}; this vote requires at least {required}.")),
  /** The voter does not live in the municipality that holds the election. */
  INELIGIBLE_VOTER(LocalizedText.of(
      "Bare innbyggere i kommune {municipality} kan stemme i denne avstemningen.",
      "Berre innbyggjarar i kommune {municipality} kan røyste i denne røystinga.",
      "Kun borgere med bopæl i kommune {municipality} kan stemme i denne afstemning.",
      "Only residents of municipality {municipality} may vote in this election.")),
  /** The voter lives in a district whose residents may not vote in this election. */
  INELIGIBLE_DISTRICT(LocalizedText.of(
      "Bare innbyggere i {districts} kan stemme i denne avstemningen.",
      "Berre innbyggjarar i {districts} kan røyste i denne røystinga.",
      "Kun borgere med bopæl i {districts} kan stemme i denne afstemning.",
      "Only residents of {districts} may vote in this election.")),
  /** The voter is younger than the election's minimum age on its reference day. */
  UNDER_MINIMUM_AGE(LocalizedText.of(
      "Du må være minst {minimumAge} år den {date} for å stemme.",
      "Du må vere minst {minimumAge} år den {date} for å røyste.",
      "Du skal være mindst {minimumAge} år den {date} for at stemme.",
      "You must be at least {minimumAge} years old on {date} to vote.")),
  /** The election depends on the voter's age or district, and the identity does not say it. */
  ELIGIBILITY_UNKNOWN(LocalizedText.of(
      "Stemmeretten i denne avstemningen avhenger av alderen din eller kommunedelen du bor i, og det er ikke"
          + " kjent; be kommunens servicetorg om hjelp.",
      "Røysteretten i denne røystinga er avhengig av alderen din eller kommunedelen du bur i, og det er ikkje"
          + " kjent; be servicetorget i kommunen om hjelp.",
      "Stemmeretten i denne afstemning afhænger af din alder eller det lokalområde, du bor i, og det kendes"
          + " ikke; bed kommunens borgerservice om hjælp.",
      "The right to vote in this election depends on your age or the district you live in, and that is not"
          + " known; ask the municipality's service desk for help.")),
  /** The ballot names projects in more districts than the voter's own district and the number allowed. */
  TOO_MANY_DISTRICTS(LocalizedText.of(
      "Du kan stemme på prosjekter i din egen kommunedel og høyst {otherDistricts} til; denne stemmeseddelen"
          + " har prosjekter i {count} andre kommunedeler.",
      "Du kan røyste på prosjekt i din eigen kommunedel og høgst {otherDistricts} til; denne røystesetelen har"
          + " prosjekt i {count} andre kommunedelar.",
      "Du kan stemme på projekter i dit eget lokalområde og højst {otherDistricts} mere; denne stemmeseddel har"
          + " projekter i {count} andre lokalområder.",
      "You may vote for projects in your own district and at most {otherDistricts} more; this ballot has"
          + " projects in {count} other districts.")),
  /** The person has already cast a ballot that was accepted; only that one counts. */
  SECOND_BALLOT(LocalizedText.of(
      "Du har allerede stemt i denne avstemningen; bare den første godkjente stemmeseddelen din teller.",
      "Du har alt røysta i denne røystinga; berre den første godkjende røystesetelen din tel.",
      "Du har allerede stemt i denne afstemning; kun din første godkendte stemmeseddel tæller.",
      "You have already voted in this election; only your first accepted ballot counts.")),
  /** A choice on the ballot is not a project of the election. */
  UNKNOWN_PROJECT(LocalizedText.of(
      "Valg nr. {position} på stemmeseddelen er ikke et prosjekt i denne avstemningen.",
      "Val nr. {position} på røystesetelen er ikkje eit prosjekt i denne røystinga.",
      "Valg nr. {position} på stemmesedlen er ikke et projekt i denne afstemning.",
      "Choice {position} on the ballot is not a project of this election.")),
  /** A choice on the ballot repeats an earlier one. */
  DUPLICATE_PROJECT(LocalizedText.of(
      "Valg nr. {position} gjentar et tidligere valg; et prosjekt kan bare velges én gang.",
      "Val nr. {position} gjentek eit tidlegare val; eit prosjekt kan berre veljast éin gong.",
      "Valg nr. {position} gentager et tidligere valg; et projekt kan kun vælges én gang.",
      "Choice {position} repeats an earlier choice; a project can be chosen only once.")),
  /** The ballot's points do not match its choices: points on a ballot without points, or a count that differs. */
  MALFORMED_BALLOT(LocalizedText.of(
      "Stemmeseddelen har {points} poengtall for {projects} prosjekter; en stemmeseddel av typen {type} skal ha"
          + " {expected}.",
      "Røystesetelen har {points} poengtal for {projects} prosjekt; ein røystesetel av typen {type} skal ha"
          + " {expected}.",
      "Stemmesedlen har {points} pointtal for {projects} projekter; en stemmeseddel af typen {type} skal have"
          + " {expected}.",
      "The ballot has {points} numbers of points for {projects} projects; a {type} ballot needs {expected}.")),
  /** The ballot names fewer projects than the election requires (Pabulib {@code min_length}). */
  TOO_FEW_PROJECTS(LocalizedText.of(
      "Velg minst {minimum} prosjekter; stemmeseddelen har {count}.",
      "Vel minst {minimum} prosjekt; røystesetelen har {count}.",
      "Vælg mindst {minimum} projekter; stemmesedlen har {count}.",
      "Choose at least {minimum} projects; the ballot has {count}.")),
  /** The ballot names more projects than the election allows (Pabulib {@code max_length}, or one for choose-1). */
  TOO_MANY_PROJECTS(LocalizedText.of(
      "Velg høyst {maximum} prosjekter; stemmeseddelen har {count}.",
      "Vel høgst {maximum} prosjekt; røystesetelen har {count}.",
      "Vælg højst {maximum} projekter; stemmesedlen har {count}.",
      "Choose at most {maximum} projects; the ballot has {count}.")),
  /**
   * The projects on the ballot cost more together than a ballot may spend (Pabulib {@code max_sum_cost} or
   * the maximum share of the budget).
   */
  OVER_BUDGET(LocalizedText.of(
      "De valgte prosjektene koster {total} til sammen; stemmeseddelen kan bruke høyst {limit}.",
      "Dei valde prosjekta kostar {total} til saman; røystesetelen kan bruke høgst {limit}.",
      "De valgte projekter koster {total} tilsammen; stemmesedlen må højst bruge {limit}.",
      "The chosen projects cost {total} together; the ballot may spend at most {limit}.")),
  /**
   * The projects on the ballot cost less together than a ballot must spend (Pabulib {@code min_sum_cost} or
   * the minimum share of the budget).
   */
  UNDER_MINIMUM_SPEND(LocalizedText.of(
      "De valgte prosjektene koster {total} til sammen; stemmeseddelen må bruke minst {limit}.",
      "Dei valde prosjekta kostar {total} til saman; røystesetelen må bruke minst {limit}.",
      "De valgte projekter koster {total} tilsammen; stemmesedlen skal bruge mindst {limit}.",
      "The chosen projects cost {total} together; the ballot must spend at least {limit}.")),
  /** The ballot gives more points than allowed, to one project or in total (Pabulib {@code max_points}, {@code max_sum_points}). */
  OVER_POINTS(LocalizedText.of(
      "For mange poeng: {points}, der høyst {limit} er tillatt.",
      "For mange poeng: {points}, der høgst {limit} er tillate.",
      "For mange point: {points}, hvor højst {limit} er tilladt.",
      "Too many points: {points}, where at most {limit} are allowed.")),
  /**
   * The ballot gives fewer points than required, to one project or in total (Pabulib {@code min_points},
   * {@code min_sum_points}; on a cumulative ballot no project gets fewer than 0).
   */
  UNDER_POINTS(LocalizedText.of(
      "For få poeng: {points}, der minst {limit} kreves.",
      "For få poeng: {points}, der minst {limit} krevst.",
      "For få point: {points}, hvor mindst {limit} kræves.",
      "Too few points: {points}, where at least {limit} are required."));

  private final LocalizedText text;

  RejectionCode(LocalizedText text) {
    this.text = text;
  }

  /**
   * Returns the text for the voter, with placeholders such as {@code {position}} not yet filled.
   *
   * @return the text template in four languages
   */
  public LocalizedText template() {
    return text;
  }
}
