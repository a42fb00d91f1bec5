package org.folkestyre.core.internal.rules;

import com.google.common.collect.ImmutableMap;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.governance.Confidence;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.municipality.Municipality;

/** The size of the municipal council: kommuneloven § 5-5 (NO) and the styrelseslov (DK). */
public final class CouncilSizeRules {
  /** Id of the Norwegian rule that the council size is odd. */
  public static final String NO_ODD = "NO-KL-5-5-COUNCIL-ODD";
  /** Id of the Norwegian minimum council size by population. */
  public static final String NO_MIN = "NO-KL-5-5-COUNCIL-MIN";
  /** Id of the Danish rule that the council size is odd. */
  public static final String DK_ODD = "DK-KSL-COUNCIL-SIZE-ODD";
  /** Id of the Danish council size range: 9–31, at least 19 above 20,000 inhabitants, Copenhagen 55. */
  public static final String DK_SIZE = "DK-KSL-COUNCIL-SIZE";

  /** Kommunekode of Copenhagen, whose Borgerrepræsentation has 55 members. */
  public static final String COPENHAGEN_CODE = "101";
  /** Seats of Copenhagen's council. */
  public static final int COPENHAGEN_SIZE = 55;
  /** Danish population above which the council has at least 19 members. */
  public static final long DK_LARGE_POPULATION = 20_000;

  private static final long[] NO_BAND_UPPER = {5_000, 10_000, 50_000, 100_000};
  private static final int[] NO_BAND_MINIMUM = {11, 19, 27, 35, 43};

  private CouncilSizeRules() {}

  /**
   * Returns the legal minimum council size in Norway for a population (§ 5-5 second paragraph a–e).
   *
   * @param population the number of inhabitants
   * @return 11, 19, 27, 35 or 43
   */
  public static int norwegianMinimum(long population) {
    for (int i = 0; i < NO_BAND_UPPER.length; i++) {
      if (population <= NO_BAND_UPPER[i]) {
        return NO_BAND_MINIMUM[i];
      }
    }
    return NO_BAND_MINIMUM[NO_BAND_MINIMUM.length - 1];
  }

  /**
   * Returns the smallest and largest lawful Danish council size for a municipality.
   *
   * @param code the kommunekode
   * @param population the number of inhabitants
   * @return {minimum, maximum}
   */
  public static int[] danishRange(String code, long population) {
    if (COPENHAGEN_CODE.equals(code)) {
      return new int[] {COPENHAGEN_SIZE, COPENHAGEN_SIZE};
    }
    return new int[] {population > DK_LARGE_POPULATION ? 19 : 9, 31};
  }

  public static final Rule<Municipality> NORWAY_ODD = Rule.builder(NO_ODD, Municipality.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 5-5", "andre ledd"))
      .title(LocalizedText.of(
          "Oddetall medlemmer i kommunestyret",
          "Oddetal medlemmer i kommunestyret",
          "Ulige antal medlemmer i kommunestyret",
          "Odd number of council members"))
      .explanation(LocalizedText.of(
          "Kommunestyret fastsetter selv antallet medlemmer, og antallet skal være et oddetall.",
          "Kommunestyret fastset sjølv talet på medlemmer, og talet skal vere eit oddetal.",
          "Kommunestyret fastsætter selv sit medlemstal, og tallet skal være ulige.",
          "The municipal council fixes its own size, which must be an odd number."))
      .message(LocalizedText.of(
          "Kommunestyret har {size} medlemmer; antallet skal være et oddetall.",
          "Kommunestyret har {size} medlemmer; talet skal vere eit oddetal.",
          "Kommunestyret har {size} medlemmer; tallet skal være ulige.",
          "The municipal council has {size} members; the number must be odd."))
      .check((municipality, context, findings) -> {
        if (municipality.councilSize() % 2 == 0) {
          findings.report("councilSize", ImmutableMap.of("size", municipality.councilSize()));
        }
      });

  public static final Rule<Municipality> NORWAY_MINIMUM = Rule.builder(NO_MIN, Municipality.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 5-5", "andre ledd bokstav a–e"))
      .title(LocalizedText.of(
          "Minste antall medlemmer i kommunestyret",
          "Minste tal på medlemmer i kommunestyret",
          "Mindste antal medlemmer i kommunestyret",
          "Minimum council size"))
      .explanation(LocalizedText.of(
          "Kommunestyret skal ha minst 11 medlemmer når folketallet ikke er over 5 000, 19 når det ikke er over"
              + " 10 000, 27 når det ikke er over 50 000, 35 når det ikke er over 100 000, og 43 over 100 000.",
          "Kommunestyret skal ha minst 11 medlemmer når folketalet ikkje er over 5 000, 19 når det ikkje er over"
              + " 10 000, 27 når det ikkje er over 50 000, 35 når det ikkje er over 100 000, og 43 over 100 000.",
          "Kommunestyret skal have mindst 11 medlemmer ved højst 5 000 indbyggere, 19 ved højst 10 000, 27 ved"
              + " højst 50 000, 35 ved højst 100 000 og 43 ved over 100 000 indbyggere.",
          "The council must have at least 11 members for a population of at most 5,000, 19 for at most 10,000,"
              + " 27 for at most 50,000, 35 for at most 100,000, and 43 above 100,000."))
      .message(LocalizedText.of(
          "Kommunestyret har {size} medlemmer, men med {population} innbyggere skal det ha minst {minimum}.",
          "Kommunestyret har {size} medlemmer, men med {population} innbyggjarar skal det ha minst {minimum}.",
          "Kommunestyret har {size} medlemmer, men med {population} indbyggere skal det have mindst {minimum}.",
          "The municipal council has {size} members, but with {population} inhabitants it must have at least"
              + " {minimum}."))
      .check((municipality, context, findings) -> {
        long population = municipality.population().count();
        int minimum = norwegianMinimum(population);
        if (municipality.councilSize() < minimum) {
          findings.report("councilSize", ImmutableMap.of(
              "size", municipality.councilSize(), "population", population, "minimum", minimum));
        }
      });

  public static final Rule<Municipality> DENMARK_ODD = Rule.builder(DK_ODD, Municipality.class)
      .confidence(Confidence.SECONDARY)
      .citation(Sources.styrelsesloven("§ 5", "(paragrafnummer ikke verificeret)"))
      .title(LocalizedText.of(
          "Oddetall medlemmer i kommunalbestyrelsen",
          "Oddetal medlemmer i kommunalbestyrelsen",
          "Ulige antal medlemmer i kommunalbestyrelsen",
          "Odd number of council members"))
      .explanation(LocalizedText.of(
          "Kommunalbestyrelsens medlemstall fastsettes i styrelsesvedtekten og skal være et oddetall.",
          "Medlemstalet i kommunalbestyrelsen blir fastsett i styrelsesvedtekta og skal vere eit oddetal.",
          "Kommunalbestyrelsens medlemstal fastsættes i styrelsesvedtægten og skal være ulige.",
          "The council's size is fixed in the municipality's bylaw (styrelsesvedtægt) and must be odd."))
      .message(LocalizedText.of(
          "Kommunalbestyrelsen har {size} medlemmer; antallet skal være et oddetall.",
          "Kommunalbestyrelsen har {size} medlemmer; talet skal vere eit oddetal.",
          "Kommunalbestyrelsen har {size} medlemmer; tallet skal være ulige.",
          "The municipal council has {size} members; the number must be odd."))
      .check((municipality, context, findings) -> {
        if (municipality.councilSize() % 2 == 0) {
          findings.report("councilSize", ImmutableMap.of("size", municipality.councilSize()));
        }
      });

  public static final Rule<Municipality> DENMARK_SIZE = Rule.builder(DK_SIZE, Municipality.class)
      .confidence(Confidence.SECONDARY)
      .citation(Sources.styrelsesloven("§ 5", "(paragrafnummer ikke verificeret)"))
      .title(LocalizedText.of(
          "Størrelsen på kommunalbestyrelsen",
          "Storleiken på kommunalbestyrelsen",
          "Kommunalbestyrelsens størrelse",
          "Council size"))
      .explanation(LocalizedText.of(
          "Kommunalbestyrelsen har mellom 9 og 31 medlemmer, minst 19 i kommuner med over 20 000 innbyggere;"
              + " Københavns Borgerrepræsentation har 55.",
          "Kommunalbestyrelsen har mellom 9 og 31 medlemmer, minst 19 i kommunar med over 20 000 innbyggjarar;"
              + " Københavns Borgerrepræsentation har 55.",
          "Kommunalbestyrelsen har mellem 9 og 31 medlemmer, mindst 19 i kommuner med over 20 000 indbyggere;"
              + " Københavns Borgerrepræsentation har 55.",
          "The council has between 9 and 31 members, at least 19 in municipalities of over 20,000 inhabitants;"
              + " Copenhagen's Borgerrepræsentation has 55."))
      .message(LocalizedText.of(
          "Kommunalbestyrelsen har {size} medlemmer; med {population} innbyggere skal den ha mellom {minimum}"
              + " og {maximum}.",
          "Kommunalbestyrelsen har {size} medlemmer; med {population} innbyggjarar skal han ha mellom {minimum}"
              + " og {maximum}.",
          "Kommunalbestyrelsen har {size} medlemmer; med {population} indbyggere skal den have mellem {minimum}"
              + " og {maximum}.",
          "The municipal council has {size} members; with {population} inhabitants it must have between"
              + " {minimum} and {maximum}."))
      .check((municipality, context, findings) -> {
        long population = municipality.population().count();
        int[] range = danishRange(municipality.code().value(), population);
        int size = municipality.councilSize();
        if (size < range[0] || size > range[1]) {
          findings.report("councilSize", ImmutableMap.of(
              "size", size, "population", population, "minimum", range[0], "maximum", range[1]));
        }
      });
}
