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
      ChurchHolidays.NEW_YEARS_DAY,
      ChurchHolidays.MAUNDY_THURSDAY,
      ChurchHolidays.GOOD_FRIDAY,
      ChurchHolidays.EASTER_SUNDAY,
      ChurchHolidays.EASTER_MONDAY,
      HolidayRule.easter(26,
          LocalizedText.of("Store bededag", "Store bededag", "Store bededag",
              "General Prayer Day")).untilYear(LAST_YEAR_OF_STORE_BEDEDAG),
      ChurchHolidays.ASCENSION_DAY,
      ChurchHolidays.WHIT_SUNDAY,
      ChurchHolidays.WHIT_MONDAY,
      ChurchHolidays.CHRISTMAS_DAY,
      ChurchHolidays.BOXING_DAY);

  /** The one instance. */
  static final DanishHolidayCalendar INSTANCE = new DanishHolidayCalendar();

  private DanishHolidayCalendar() {}

  @Override
  List<PublicHoliday> computeHolidays(int year) {
    return HolidayRule.applyAll(RULES, year, Language.DA);
  }
}
