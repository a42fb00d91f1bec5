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
      HolidayRule.fixed(5, 1,
          LocalizedText.of("Offentlig høytidsdag", "Offentleg høgtidsdag",
              "Offentlig højtidsdag (1. maj)", "Labour Day (1 May)")),
      HolidayRule.fixed(5, 17,
          LocalizedText.of("Grunnlovsdag", "Grunnlovsdag", "Norges grundlovsdag",
              "Constitution Day")),
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
  static final NorwegianHolidayCalendar INSTANCE = new NorwegianHolidayCalendar();

  private NorwegianHolidayCalendar() {}

  @Override
  List<PublicHoliday> computeHolidays(int year) {
    return HolidayRule.applyAll(RULES, year, Language.NB);
  }
}
