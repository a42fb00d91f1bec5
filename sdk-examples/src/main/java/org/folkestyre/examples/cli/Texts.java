package org.folkestyre.examples.cli;

import java.util.List;
import java.util.Map;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.municipality.HubKind;

/**
 * The command line's own words in bokmål, nynorsk, Danish and English. The words of municipal
 * democracy itself (kommune, kommunedel, knutepunkt...) come from
 * {@link org.folkestyre.core.jurisdiction.Jurisdiction#term}, not from here.
 */
final class Texts {
  static final LocalizedText SOURCE = LocalizedText.of("Kilde", "Kjelde", "Kilde", "Source");
  static final LocalizedText RULE_PACK = LocalizedText.of("Regelsett", "Regelsett", "Regelsæt", "Rule pack");
  static final LocalizedText SEVERITY =
      LocalizedText.of("Alvorlighet", "Alvorsgrad", "Alvorlighed", "Severity");
  static final LocalizedText CONFIDENCE =
      LocalizedText.of("Kildegrunnlag", "Kjeldegrunnlag", "Kildegrundlag", "Confidence");
  static final LocalizedText AS_OF = LocalizedText.of("Per dato", "Per dato", "Pr. dato", "As of");
  static final LocalizedText RULE_PACKS = LocalizedText.of("Regelsett", "Regelsett", "Regelsæt", "Rule packs");
  static final LocalizedText RULES_CHECKED =
      LocalizedText.of("Regler kontrollert", "Reglar kontrollerte", "Kontrollerede regler", "Rules checked");
  static final LocalizedText RESULT = LocalizedText.of("Resultat", "Resultat", "Resultat", "Result");
  static final LocalizedText NO_VIOLATIONS =
      LocalizedText.of("ingen brudd", "ingen brot", "ingen overtrædelser", "no violations");
  static final LocalizedText ONE_VIOLATION =
      LocalizedText.of("1 brudd", "1 brot", "1 overtrædelse", "1 violation");
  static final LocalizedText VIOLATIONS =
      LocalizedText.of("{count} brudd", "{count} brot", "{count} overtrædelser", "{count} violations");

  static final LocalizedText TOUR_TITLE = LocalizedText.of(
      "Omvisning i Folkestyre: {name}", "Omvising i Folkestyre: {name}", "Rundtur i Folkestyre: {name}",
      "A tour of Folkestyre: {name}");
  static final LocalizedText CODE_ON = LocalizedText.of(
      "{term} per {date}", "{term} per {date}", "{term} pr. {date}", "{term} on {date}");
  static final LocalizedText CODE_HISTORY =
      LocalizedText.of("Nummerhistorikk", "Nummerhistorikk", "Kodehistorik", "Code history");
  static final LocalizedText CLOSED_PERIOD = LocalizedText.of(
      "{code} fra {from} til {until}", "{code} frå {from} til {until}", "{code} fra {from} til {until}",
      "{code} from {from} until {until}");
  static final LocalizedText OPEN_PERIOD = LocalizedText.of(
      "{code} fra {from}", "{code} frå {from}", "{code} fra {from}", "{code} from {from}");
  static final LocalizedText MERGER =
      LocalizedText.of("Sammenslåing", "Samanslåing", "Sammenlægning", "Merger");
  static final LocalizedText FORMED = LocalizedText.of(
      "dannet {date} av {names}", "danna {date} av {names}", "dannet {date} af {names}",
      "formed on {date} from {names}");
  static final LocalizedText AND = LocalizedText.of("og", "og", "og", "and");
  static final LocalizedText POPULATION =
      LocalizedText.of("Folketall", "Folketal", "Indbyggertal", "Population");
  static final LocalizedText COUNCIL_SIZE = LocalizedText.of(
      "{size} medlemmer; lovens minstekrav er {minimum} ({citation})",
      "{size} medlemmer; minstekravet i lova er {minimum} ({citation})",
      "{size} medlemmer; lovens minimum er {minimum} ({citation})",
      "{size} members; the legal minimum is {minimum} ({citation})");
  static final LocalizedText MEMBERS =
      LocalizedText.of("{size} medlemmer", "{size} medlemmer", "{size} medlemmer", "{size} members");
  static final LocalizedText DISTRICTS = LocalizedText.of(
      "Kommunedeler ({count})", "Kommunedelar ({count})", "Lokalområder ({count})", "Districts ({count})");
  static final LocalizedText BUDGET_YEAR =
      LocalizedText.of("Budsjett {year}", "Budsjett {year}", "Budget {year}", "Budget {year}");
  static final LocalizedText TOTAL = LocalizedText.of("Sum", "Sum", "I alt", "Total");
  static final LocalizedText TABLE_NOTE = LocalizedText.of(
      "Folketall i kommunedelene per {date}; koordinatorens stillingsandel i prosent.",
      "Folketal i kommunedelane per {date}; stillingsdelen til koordinatoren i prosent.",
      "Indbyggertal i lokalområderne pr. {date}; koordinatorens stillingsandel i procent.",
      "District populations as of {date}; the coordinator's share of a full-time position in percent.");
  static final LocalizedText RULES_CHECKED_UNDER = LocalizedText.of(
      "Regler kontrollert per {date} ({packs}):", "Reglar kontrollerte per {date} ({packs}):",
      "Kontrollerede regler pr. {date} ({packs}):", "Rules checked as of {date} ({packs}):");
  static final LocalizedText BODIES = LocalizedText.of(
      "Organer ({count}), valgperioden {start} til {end}", "Organ ({count}), valperioden {start} til {end}",
      "Organer ({count}), valgperioden {start} til {end}", "Bodies ({count}), term {start} to {end}");
  static final LocalizedText BODY = LocalizedText.of("Organ", "Organ", "Organ", "Body");
  static final LocalizedText KIND = LocalizedText.of("Type", "Type", "Type", "Kind");
  static final LocalizedText MEMBERS_COLUMN = LocalizedText.of("Medlemmer", "Medlemmer", "Medlemmer", "Members");
  static final LocalizedText DEPUTIES_COLUMN =
      LocalizedText.of("Varamedlemmer", "Varamedlemmer", "Stedfortrædere", "Deputies");
  static final LocalizedText BODIES_NOTE = LocalizedText.of(
      "Størrelsene på bystyret og nærutvalgene er Drammens; personer og partier er plassholdere.",
      "Storleikane på bystyret og nærutvala er Drammens; personar og parti er plasshaldarar.",
      "Byrådets og nærudvalgenes størrelser er Drammens; personer og partier er pladsholdere.",
      "The sizes of the council and the local committees are Drammen's; persons and parties are placeholders.");
  static final LocalizedText TOUR_CONSULTATION = LocalizedText.of(
      "Høring: kommuneplanens samfunnsdel (eksempelinnspill gjennom de fire kanalene)",
      "Høyring: kommuneplanen sin samfunnsdel (eksempelinnspel gjennom dei fire kanalane)",
      "Høring: kommuneplanens samfundsdel (eksempler på høringssvar gennem de fire kanaler)",
      "Consultation: the master plan's community part (sample submissions through the four channels)");
  static final LocalizedText TOUR_MINUTES = LocalizedText.of(
      "Møte: Holbæk kommunes Demokratieksperimentarium 24. mars 2015, offentlig referat",
      "Møte: Holbæk kommune sitt Demokratieksperimentarium 24. mars 2015, offentleg referat",
      "Møde: Holbæk Kommunes Demokratieksperimentarium 24. marts 2015, offentligt referat",
      "Meeting: Holbæk's Democracy Experimentarium, 24 March 2015, public minutes");
  static final LocalizedText WHAT_NEXT = LocalizedText.of(
      "Neste steg: «folkestyre tour --format json» skriver kommunen i JSON-formen som «folkestyre validate»"
          + " leser (docs/cli.md) – gjør den om til din egen kommune og valider den; «folkestyre rules» viser"
          + " alle reglene.",
      "Neste steg: «folkestyre tour --format json» skriv kommunen i JSON-forma som «folkestyre validate»"
          + " les (docs/cli.md) – gjer henne om til din eigen kommune og valider henne; «folkestyre rules»"
          + " viser alle reglane.",
      "Næste skridt: »folkestyre tour --format json« skriver kommunen i den JSON-form, som »folkestyre"
          + " validate« læser (docs/cli.md) – gør den til din egen kommune, og validér den; »folkestyre rules«"
          + " viser alle reglerne.",
      "What next: 'folkestyre tour --format json' prints the municipality in the JSON form that 'folkestyre"
          + " validate' reads (docs/cli.md) - turn it into your own municipality and validate it; 'folkestyre"
          + " rules' lists every rule.");

  private static final Map<HubKind, LocalizedText> HUB_KINDS = Map.of(
      HubKind.LIBRARY, LocalizedText.of("bibliotek", "bibliotek", "bibliotek", "library"),
      HubKind.SCHOOL, LocalizedText.of("skole", "skule", "skole", "school"),
      HubKind.HEALTH_INSTITUTION, LocalizedText.of(
          "helseinstitusjon", "helseinstitusjon", "sundhedsinstitution", "health institution"),
      HubKind.COMMUNITY_HOUSE, LocalizedText.of("bydelshus", "bydelshus", "medborgerhus", "community house"),
      HubKind.VOLUNTEER_CENTRE, LocalizedText.of(
          "frivilligsentral", "frivilligsentral", "frivilligcenter", "volunteer centre"),
      HubKind.OTHER, LocalizedText.of("annet", "anna", "andet", "other"));

  private Texts() {}

  /** Returns a text in a language with its placeholders filled. */
  static String format(LocalizedText text, Language language, Map<String, ?> values) {
    return text.format(values).get(language);
  }

  /** Returns the name of a kind of hub in a language. */
  static String hubKind(HubKind kind, Language language) {
    return HUB_KINDS.get(kind).get(language);
  }

  /** Returns the number of violations in words, such as "1 violation" or "ingen brudd". */
  static String violationCount(int count, Language language) {
    if (count == 0) {
      return NO_VIOLATIONS.get(language);
    }
    return count == 1 ? ONE_VIOLATION.get(language) : format(VIOLATIONS, language, Map.of("count", count));
  }

  /** Returns a text with its first letter in upper case, as a label: "kommunestyre" becomes "Kommunestyre". */
  static String capitalize(String text, Language language) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.offsetByCodePoints(0, 1);
    return text.substring(0, first).toUpperCase(language.locale()) + text.substring(first);
  }

  /** Joins names as a list in a language: "A, B and C". */
  static String list(List<String> items, Language language) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + AND.get(language) + " "
        + items.get(items.size() - 1);
  }
}
