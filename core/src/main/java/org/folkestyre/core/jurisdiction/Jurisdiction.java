package org.folkestyre.core.jurisdiction;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.ZoneId;
import java.util.Currency;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.internal.jurisdiction.BuiltInJurisdictions;
import org.folkestyre.core.internal.jurisdiction.JurisdictionRegistry;
import org.immutables.value.Value;

/**
 * A legal system whose municipalities Folkestyre models: Norway or Denmark, or one a vendor adds.
 *
 * <p>A jurisdiction names the concepts of municipal democracy in four languages
 * ({@code kommunestyre}/{@code kommunalbestyrelse}), knows its public holidays, the shape of its
 * municipality codes, and the rule packs that apply to its municipalities. Look one up with
 * {@link #of(String)} or {@link #norway()}; list them with {@link #available()}. Vendors add
 * jurisdictions through {@link org.folkestyre.core.spi.JurisdictionProvider}, building them with
 * {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Jurisdiction {
  /** The id of Norway. */
  public static final String NORWAY_ID = "NO";
  /** The id of Denmark. */
  public static final String DENMARK_ID = "DK";

  Jurisdiction() {}

  /**
   * Returns the unique id: an ISO 3166 code, such as {@code "NO"}, or a subdivision code.
   *
   * @return the id, upper case
   */
  public abstract String id();

  /**
   * Returns the name of the jurisdiction in every language.
   *
   * @return the name, such as Norge / Noreg / Norge / Norway
   */
  public abstract LocalizedText name();

  /**
   * Returns the language its municipalities publish in.
   *
   * @return the primary language, {@link Language#NB} for Norway
   */
  public abstract Language primaryLanguage();

  /**
   * Returns the time zone its meetings and deadlines are kept in.
   *
   * @return the zone, such as {@code Europe/Oslo}
   */
  public abstract ZoneId zone();

  /**
   * Returns the currency of its budgets.
   *
   * @return the currency, such as NOK
   */
  public abstract Currency currency();

  /**
   * Returns the number of digits of a municipality code: 4 for a Norwegian kommunenummer,
   * 3 for a Danish kommunekode.
   *
   * @return the number of digits, between 1 and 9
   */
  public abstract int municipalityCodeDigits();

  /**
   * Returns the local names of the concepts of municipal democracy; every {@link Concept} has one.
   *
   * @return the terms by concept
   */
  public abstract ImmutableMap<Concept, LocalizedText> terms();

  /**
   * Returns the calendar of public holidays and working days.
   *
   * @return the holiday calendar
   */
  public abstract HolidayCalendar holidayCalendar();

  /**
   * Returns the ids of the rule packs that apply to every municipality of this jurisdiction.
   *
   * @return the rule-pack ids, such as {@code NO-KL}
   */
  public abstract ImmutableSet<String> rulePackIds();

  /**
   * Returns the name of a concept in a language, as this jurisdiction uses it.
   *
   * @param concept the concept
   * @param language the language
   * @return the term, such as {@code "kommunestyre"}
   */
  public String term(Concept concept, Language language) {
    return terms().get(concept).get(language);
  }

  /**
   * Returns a builder for a new jurisdiction, for vendors adding one through the SPI.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a jurisdiction by id, ignoring case and surrounding blanks.
   *
   * <p>The first call loads the providers; a provider must not call this method (nor
   * {@link #available()}) from {@link org.folkestyre.core.spi.JurisdictionProvider#jurisdictions()}.
   *
   * @param id the id, such as {@code "NO"} or {@code "dk"}
   * @return the jurisdiction
   * @throws InvalidValueException if no jurisdiction has that id; the message lists the
   *     available ids
   */
  public static Jurisdiction of(String id) {
    return JurisdictionRegistry.instance().of(id);
  }

  /**
   * Returns every available jurisdiction: the built-in ones first, then those of providers.
   *
   * @return the jurisdictions in a deterministic order
   */
  public static ImmutableList<Jurisdiction> available() {
    return JurisdictionRegistry.instance().available();
  }

  /**
   * Returns Norway, whose municipalities are governed by kommuneloven.
   *
   * <p>Built-in jurisdictions cannot be replaced, so this is the same as {@code of("NO")}; unlike
   * {@link #of(String)} it is safe to call from a
   * {@link org.folkestyre.core.spi.JurisdictionProvider} while the registry is loading, for
   * instance to reuse Norway's holiday calendar.
   *
   * @return the Norwegian jurisdiction
   */
  public static Jurisdiction norway() {
    return BuiltInJurisdictions.NORWAY;
  }

  /**
   * Returns Denmark, whose municipalities are governed by the kommunestyrelseslov.
   *
   * <p>Like {@link #norway()}, this is the same as {@code of("DK")} and safe to call from a
   * {@link org.folkestyre.core.spi.JurisdictionProvider}.
   *
   * @return the Danish jurisdiction
   */
  public static Jurisdiction denmark() {
    return BuiltInJurisdictions.DENMARK;
  }

  @Value.Check
  void check() {
    if (!id().matches("[A-Z]{2}(-[A-Z0-9]{1,3})?")) {
      throw new InvalidValueException(
          "id", id(), "must be an upper-case ISO 3166 code such as 'NO' or 'NO-33'");
    }
    if (municipalityCodeDigits() < 1 || municipalityCodeDigits() > 9) {
      throw new InvalidValueException("municipalityCodeDigits", municipalityCodeDigits(), "must be 1 to 9");
    }
    for (Concept concept : Concept.values()) {
      if (!terms().containsKey(concept)) {
        throw new InvalidValueException("terms", id(), "has no term for " + concept);
      }
    }
  }

  /**
   * Compares by id alone: two jurisdictions with the same id are the same jurisdiction.
   *
   * @param other the other object
   * @return true if the other is a jurisdiction with the same id
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Jurisdiction && ((Jurisdiction) other).id().equals(id());
  }

  @Override
  public int hashCode() {
    return id().hashCode();
  }

  @Override
  public String toString() {
    return id();
  }

  /** Builds a {@link Jurisdiction}; every attribute is required. */
  public static final class Builder extends ImmutableJurisdiction.Builder {
    Builder() {}
  }
}
