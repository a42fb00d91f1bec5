package org.folkestyre.core.internal.jurisdiction;

import org.folkestyre.core.LocalizedText;

/** The holidays of the church year that Norway and Denmark share, with their names in four languages. */
final class ChurchHolidays {
  /** New Year's Day. */
  static final HolidayRule NEW_YEARS_DAY = HolidayRule.fixed(1, 1,
      LocalizedText.of("Nyttårsdag", "Nyttårsdag", "Nytårsdag", "New Year's Day"));

  /** Maundy Thursday. */
  static final HolidayRule MAUNDY_THURSDAY = HolidayRule.easter(-3,
      LocalizedText.of("Skjærtorsdag", "Skjærtorsdag", "Skærtorsdag", "Maundy Thursday"));

  /** Good Friday. */
  static final HolidayRule GOOD_FRIDAY = HolidayRule.easter(-2,
      LocalizedText.of("Langfredag", "Langfredag", "Langfredag", "Good Friday"));

  /** Easter Sunday. */
  static final HolidayRule EASTER_SUNDAY = HolidayRule.easter(0,
      LocalizedText.of("1. påskedag", "1. påskedag", "Påskedag", "Easter Sunday"));

  /** Easter Monday. */
  static final HolidayRule EASTER_MONDAY = HolidayRule.easter(1,
      LocalizedText.of("2. påskedag", "2. påskedag", "2. påskedag", "Easter Monday"));

  /** Ascension Day. */
  static final HolidayRule ASCENSION_DAY = HolidayRule.easter(39,
      LocalizedText.of("Kristi himmelfartsdag", "Kristi himmelfartsdag",
          "Kristi himmelfartsdag", "Ascension Day"));

  /** Whit Sunday. */
  static final HolidayRule WHIT_SUNDAY = HolidayRule.easter(49,
      LocalizedText.of("1. pinsedag", "1. pinsedag", "Pinsedag", "Whit Sunday"));

  /** Whit Monday. */
  static final HolidayRule WHIT_MONDAY = HolidayRule.easter(50,
      LocalizedText.of("2. pinsedag", "2. pinsedag", "2. pinsedag", "Whit Monday"));

  /** Christmas Day. */
  static final HolidayRule CHRISTMAS_DAY = HolidayRule.fixed(12, 25,
      LocalizedText.of("1. juledag", "1. juledag", "Juledag", "Christmas Day"));

  /** Boxing Day. */
  static final HolidayRule BOXING_DAY = HolidayRule.fixed(12, 26,
      LocalizedText.of("2. juledag", "2. juledag", "2. juledag", "Boxing Day"));

  private ChurchHolidays() {}
}
