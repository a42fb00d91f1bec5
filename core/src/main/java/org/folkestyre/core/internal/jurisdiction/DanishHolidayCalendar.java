package org.folkestyre.core.internal.jurisdiction;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.jurisdiction.PublicHoliday;

/**
 * The public holidays of Denmark: the helligdage of the folkekirke as helligdagsloven and
 * lukkeloven use them. Store bededag was abolished as a holiday from 2024 (lov om konsekvenser
 * ved afskaffelsen af store bededag som helligdag, adopted 28 February 2023), so it is a
 * holiday up to and including 2023 only. Grundlovsdag (5 June) and juleaftensdag are not
 * helligdage. Local names are in Danish.
 */
final class DanishHolidayCalendar extends AbstractHolidayCalendar {
  /** The last year in which store bededag was a public holiday. */
  static final int LAST_YEAR_OF_STORE_BEDEDAG = 2023;

  /** The table of helligdage, in the order of docs/jurisdictions.md. */
  private static final ImmutableList<HolidayRule> RULES = ImmutableList.of(
      HolidayRule.fixed(1, 1,
          LocalizedText.of("Nyttårsdag", "Nyttårsdag", "Nytårsdag", "New Year's Day")),
      HolidayRule.easter(-3,
          LocalizedText.of("Skjærtorsdag", "Skjærtorsdag", "Skærtorsdag", "Maundy Thursday")),
      HolidayRule.easter(-2,
          LocalizedText.of("Langfredag", "Langfredag", "Langfredag", "Good Friday")),
      HolidayRule.easter(0,
          LocalizedText.of("1. påskedag", "1. påskedag", "Påskedag", "Easter Sunday")),
      HolidayRule.easter(1,
          LocalizedText.of("2. påskedag", "2. påskedag", "2. påskedag", "Easter Monday")),
      HolidayRule.easter(26,
          LocalizedText.of("Store bededag", "Store bededag", "Store bededag",
              "General Prayer Day")).untilYear(LAST_YEAR_OF_STORE_BEDEDAG),
      HolidayRule.easter(39,
          LocalizedText.of("Kristi himmelfartsdag", "Kristi himmelfartsdag",
              "Kristi himmelfartsdag", "Ascension Day")),
      HolidayRule.easter(49,
          LocalizedText.of("1. pinsedag", "1. pinsedag", "Pinsedag", "Whit Sunday")),
      HolidayRule.easter(50,
          LocalizedText.of("2. pinsedag", "2. pinsedag", "2. pinsedag", "Whit Monday")),
      HolidayRule.fixed(12, 25,
          LocalizedText.of("1. juledag", "1. juledag", "Juledag", "Christmas Day")),
      HolidayRule.fixed(12, 26,
          LocalizedText.of("2. juledag", "2. juledag", "2. juledag", "Boxing Day")));

  /** The one instance. */
  static final DanishHolidayCalendar INSTANCE = new DanishHolidayCalendar();

  private DanishHolidayCalendar() {}

  @Override
  List<PublicHoliday> computeHolidays(int year) {
    return HolidayRule.applyAll(RULES, year, Language.DA);
  }
}
