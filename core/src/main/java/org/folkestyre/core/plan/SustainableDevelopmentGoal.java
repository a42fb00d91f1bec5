package org.folkestyre.core.plan;

import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.LocalizedText;

/**
 * The 17 UN Sustainable Development Goals — FNs bærekraftsmål (NO), verdensmålene (DK) — that a
 * master plan's focus areas are tied to.
 */
public enum SustainableDevelopmentGoal {
  /** Goal 1: No poverty. */
  NO_POVERTY(1, LocalizedText.of("Utrydde fattigdom", "Utrydde fattigdom", "Afskaf fattigdom", "No poverty")),
  /** Goal 2: Zero hunger. */
  ZERO_HUNGER(2, LocalizedText.of("Utrydde sult", "Utrydde svolt", "Stop sult", "Zero hunger")),
  /** Goal 3: Good health and well-being. */
  GOOD_HEALTH(3, LocalizedText.of("God helse og livskvalitet", "God helse og livskvalitet", "Sundhed og trivsel", "Good health and well-being")),
  /** Goal 4: Quality education. */
  QUALITY_EDUCATION(4, LocalizedText.of("God utdanning", "God utdanning", "Kvalitetsuddannelse", "Quality education")),
  /** Goal 5: Gender equality. */
  GENDER_EQUALITY(5, LocalizedText.of("Likestilling mellom kjønnene", "Likestilling mellom kjønna", "Ligestilling mellem kønnene", "Gender equality")),
  /** Goal 6: Clean water and sanitation. */
  CLEAN_WATER(6, LocalizedText.of("Rent vann og gode sanitærforhold", "Reint vatn og gode sanitærforhold", "Rent vand og sanitet", "Clean water and sanitation")),
  /** Goal 7: Affordable and clean energy. */
  CLEAN_ENERGY(7, LocalizedText.of("Ren energi for alle", "Rein energi for alle", "Bæredygtig energi", "Affordable and clean energy")),
  /** Goal 8: Decent work and economic growth. */
  DECENT_WORK(8, LocalizedText.of("Anstendig arbeid og økonomisk vekst", "Anstendig arbeid og økonomisk vekst", "Anstændige jobs og økonomisk vækst", "Decent work and economic growth")),
  /** Goal 9: Industry, innovation and infrastructure. */
  INDUSTRY_INNOVATION(9, LocalizedText.of("Innovasjon og infrastruktur", "Innovasjon og infrastruktur", "Industri, innovation og infrastruktur", "Industry, innovation and infrastructure")),
  /** Goal 10: Reduced inequalities. */
  REDUCED_INEQUALITIES(10, LocalizedText.of("Mindre ulikhet", "Mindre ulikskap", "Mindre ulighed", "Reduced inequalities")),
  /** Goal 11: Sustainable cities and communities. */
  SUSTAINABLE_CITIES(11, LocalizedText.of("Bærekraftige byer og lokalsamfunn", "Berekraftige byar og lokalsamfunn", "Bæredygtige byer og lokalsamfund", "Sustainable cities and communities")),
  /** Goal 12: Responsible consumption and production. */
  RESPONSIBLE_CONSUMPTION(12, LocalizedText.of("Ansvarlig forbruk og produksjon", "Ansvarleg forbruk og produksjon", "Ansvarligt forbrug og produktion", "Responsible consumption and production")),
  /** Goal 13: Climate action. */
  CLIMATE_ACTION(13, LocalizedText.of("Stoppe klimaendringene", "Stoppe klimaendringane", "Klimaindsats", "Climate action")),
  /** Goal 14: Life below water. */
  LIFE_BELOW_WATER(14, LocalizedText.of("Livet i havet", "Livet i havet", "Livet i havet", "Life below water")),
  /** Goal 15: Life on land. */
  LIFE_ON_LAND(15, LocalizedText.of("Livet på land", "Livet på land", "Livet på land", "Life on land")),
  /** Goal 16: Peace, justice and strong institutions. */
  PEACE_JUSTICE(16, LocalizedText.of("Fred, rettferdighet og velfungerende institusjoner", "Fred, rettferd og velfungerande institusjonar", "Fred, retfærdighed og stærke institutioner", "Peace, justice and strong institutions")),
  /** Goal 17: Partnerships for the goals. */
  PARTNERSHIPS(17, LocalizedText.of("Samarbeid for å nå målene", "Samarbeid for å nå måla", "Partnerskaber for handling", "Partnerships for the goals"));

  private final int number;
  private final LocalizedText names;

  SustainableDevelopmentGoal(int number, LocalizedText names) {
    this.number = number;
    this.names = names;
  }

  /**
   * Returns the goal's number, 1 to 17.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Returns the goal's short name in every language.
   *
   * @return the names
   */
  public LocalizedText names() {
    return names;
  }

  /**
   * Obtains a goal by its number.
   *
   * @param number the number, 1 to 17
   * @return the goal
   * @throws InvalidValueException if the number is not 1 to 17
   */
  public static SustainableDevelopmentGoal ofNumber(int number) {
    if (number < 1 || number > values().length) {
      throw new InvalidValueException("sustainableDevelopmentGoal", number, "must be 1 to 17");
    }
    return values()[number - 1];
  }
}
