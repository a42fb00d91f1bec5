package org.folkestyre.core.internal.jurisdiction;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.jurisdiction.PublicHoliday;

/**
 * The public holidays of Norway: the helligdager of lov om helligdager og helligdagsfred
 * (LOV-1995-02-24-12) § 2 and the høytidsdager 1 and 17 May of lov om 1. og 17. mai som
 * høgtidsdager (LOV-1947-04-26-1). Sundays are holidays by law too, but are not listed: they
 * are never working days anyway. Local names are in bokmål.
 */
final class NorwegianHolidayCalendar extends AbstractHolidayCalendar {
  /** The holiday table of docs/jurisdictions.md, in its order; coinciding names join in it. */
  private static final ImmutableList<HolidayRule> RULES = ImmutableList.of(
      ChurchHolidays.NEW_YEARS_DAY,
      ChurchHolidays.MAUNDY_THURSDAY,
      ChurchHolidays.GOOD_FRIDAY,
      ChurchHolidays.EASTER_SUNDAY,
      ChurchHolidays.EASTER_MONDAY,
      HolidayRule.fixed(5, 1,
          LocalizedText.of("Offentlig høytidsdag", "Offentleg høgtidsdag",
              "Offentlig højtidsdag (1. maj)", "Labour Day (1 May)")),
      HolidayRule.fixed(5, 17,
          LocalizedText.of("Grunnlovsdag", "Grunnlovsdag", "Norges grundlovsdag",
              "Constitution Day")),
      ChurchHolidays.ASCENSION_DAY,
      ChurchHolidays.WHIT_SUNDAY,
      ChurchHolidays.WHIT_MONDAY,
      ChurchHolidays.CHRISTMAS_DAY,
      ChurchHolidays.BOXING_DAY);

  /** The one instance. */
  static final NorwegianHolidayCalendar INSTANCE = new NorwegianHolidayCalendar();

  private NorwegianHolidayCalendar() {}

  @Override
  List<PublicHoliday> computeHolidays(int year) {
    return HolidayRule.applyAll(RULES, year, Language.NB);
  }
}
