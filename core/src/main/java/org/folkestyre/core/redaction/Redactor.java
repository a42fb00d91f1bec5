package org.folkestyre.core.redaction;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * Removes personal data from a text before it is published — sladding (NO), anonymisering (DK) —
 * and flags what a person must review.
 *
 * <p>What it replaces: Norwegian fødselsnummer, D-numbers and H-numbers (when Norway is among its
 * jurisdictions), Danish CPR numbers (when Denmark is), and always telephone numbers of the
 * Norwegian and Danish numbering plans and e-mail addresses, which are personal data whatever the
 * jurisdiction. What it flags without changing the text: keywords of the special categories
 * (health, religion and the like) and names after words such as "naboen min". Case numbers,
 * dates, amounts, kommunenummer and postcodes are left as they are. The guide's page on redaction
 * describes every rule.
 *
 * <pre>{@code
 * RedactionResult result = Redactor.create().redact("Ring meg på 912 34 567 om sak 13/37262.");
 * result.text();       // "Ring meg på [telefon] om sak 13/37262."
 * result.findings();   // [PHONE[12, 22) probable → [telefon]]
 * }</pre>
 *
 * <p>Replacements are {@linkplain ReplacementStyle#LABEL labels} in the redactor's language by
 * default ({@code [fødselsnummer]}, {@code [telefon]}, {@code [e-post]} in bokmål), or a neutral
 * {@linkplain ReplacementStyle#MASK mask} of {@code █}. Redaction takes time linear in the length
 * of the text and is idempotent: redacting a redacted text changes nothing more. This class is
 * immutable and thread-safe.
 */
public final class Redactor {
  private static final ImmutableMap<Language, ImmutableMap<FindingKind, String>> LABELS = labels();

  private final boolean norway;
  private final boolean denmark;
  private final Language language;
  private final ReplacementStyle style;
  private final String[] labels;

  private Redactor(boolean norway, boolean denmark, Language language, ReplacementStyle style) {
    this.norway = norway;
    this.denmark = denmark;
    this.language = language;
    this.style = style;
    this.labels = new String[FindingKind.values().length];
    LABELS.get(language).forEach((kind, label) -> labels[kind.ordinal()] = label);
  }

  /**
   * Obtains a redactor for Norway and Denmark together, with labels in bokmål.
   *
   * @return the redactor
   */
  public static Redactor create() {
    return new Redactor(true, true, Language.NB, ReplacementStyle.LABEL);
  }

  /**
   * Obtains a redactor for the identity numbers of some jurisdictions, with labels in the language
   * of the first: bokmål for Norway, Danish for Denmark.
   *
   * @param jurisdictions Norway, Denmark or both, at least one
   * @return the redactor
   * @throws InvalidValueException if none is given, or one is neither Norway nor Denmark
   */
  public static Redactor forJurisdictions(Jurisdiction... jurisdictions) {
    Objects.requireNonNull(jurisdictions, "jurisdictions");
    if (jurisdictions.length == 0) {
      throw new InvalidValueException("jurisdictions", "none", "name Norway, Denmark or both");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Jurisdiction jurisdiction : jurisdictions) {
      Objects.requireNonNull(jurisdiction, "jurisdiction");
      String id = jurisdiction.id();
      if (!id.equals(Jurisdiction.NORWAY_ID) && !id.equals(Jurisdiction.DENMARK_ID)) {
        throw new InvalidValueException("jurisdiction", id,
            "the redactor knows the identity numbers of NO and DK only");
      }
      ids.add(id);
    }
    Language language = ids.iterator().next().equals(Jurisdiction.DENMARK_ID) ? Language.DA : Language.NB;
    return new Redactor(ids.contains(Jurisdiction.NORWAY_ID), ids.contains(Jurisdiction.DENMARK_ID), language,
        ReplacementStyle.LABEL);
  }

  /**
   * Returns a copy whose labels are in another language.
   *
   * @param newLanguage the language of the labels
   * @return the redactor
   */
  public Redactor withLanguage(Language newLanguage) {
    Objects.requireNonNull(newLanguage, "newLanguage");
    return new Redactor(norway, denmark, newLanguage, style);
  }

  /**
   * Returns a copy that writes another kind of replacement.
   *
   * @param newStyle labels or a mask
   * @return the redactor
   */
  public Redactor withStyle(ReplacementStyle newStyle) {
    Objects.requireNonNull(newStyle, "newStyle");
    return new Redactor(norway, denmark, language, newStyle);
  }

  /**
   * Returns the ids of the jurisdictions whose identity numbers this redactor replaces.
   *
   * @return {@code NO}, {@code DK} or both, in that order
   */
  public ImmutableSet<String> jurisdictionIds() {
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    if (norway) {
      ids.add(Jurisdiction.NORWAY_ID);
    }
    if (denmark) {
      ids.add(Jurisdiction.DENMARK_ID);
    }
    return ids.build();
  }

  /**
   * Returns the language of the labels.
   *
   * @return the language
   */
  public Language language() {
    return language;
  }

  /**
   * Returns the kind of replacement this redactor writes.
   *
   * @return labels or a mask
   */
  public ReplacementStyle style() {
    return style;
  }

  /**
   * Returns the label that replaces a kind of personal data in this redactor's language.
   *
   * @param kind a kind that is replaced, not a review flag
   * @return the label, such as {@code "[telefon]"}
   * @throws InvalidValueException if the kind is a review flag, which replaces nothing
   */
  public String label(FindingKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (kind.isReviewFlag()) {
      throw new InvalidValueException("kind", kind, "a review flag replaces nothing");
    }
    return labels[kind.ordinal()];
  }

  /**
   * Redacts a text.
   *
   * @param text the text, such as a submission to a consultation
   * @return the redacted text with every finding
   */
  public RedactionResult redact(String text) {
    Objects.requireNonNull(text, "text");
    return new Scanner(text, this, norway, denmark).scan();
  }

  /** Returns what replaces the text between two offsets, found to be of a kind. */
  String replacement(FindingKind kind, String text, int start, int end) {
    if (style == ReplacementStyle.LABEL) {
      return labels[kind.ordinal()];
    }
    return "\u2588".repeat(text.codePointCount(start, end));
  }

  @Override
  public String toString() {
    return "Redactor" + jurisdictionIds() + " " + style + " " + language.tag();
  }

  private static ImmutableMap<Language, ImmutableMap<FindingKind, String>> labels() {
    Map<Language, ImmutableMap<FindingKind, String>> all = new EnumMap<>(Language.class);
    all.put(Language.NB, labels("[fødselsnummer]", "[d-nummer]", "[h-nummer]", "[CPR-nummer]", "[telefon]", "[e-post]"));
    all.put(Language.NN, labels("[fødselsnummer]", "[d-nummer]", "[h-nummer]", "[CPR-nummer]", "[telefon]", "[e-post]"));
    all.put(Language.DA, labels("[fødselsnummer]", "[d-nummer]", "[h-nummer]", "[CPR-nummer]", "[telefon]", "[e-mail]"));
    all.put(Language.EN, labels("[national identity number]", "[D number]", "[H number]", "[CPR number]", "[phone]",
        "[e-mail]"));
    return ImmutableMap.copyOf(all);
  }

  private static ImmutableMap<FindingKind, String> labels(String fodselsnummer, String dNumber, String hNumber,
      String cpr, String phone, String email) {
    return ImmutableMap.of(FindingKind.NO_FODSELSNUMMER, fodselsnummer, FindingKind.NO_D_NUMBER, dNumber,
        FindingKind.NO_H_NUMBER, hNumber, FindingKind.DK_CPR, cpr, FindingKind.PHONE, phone, FindingKind.EMAIL, email);
  }
}
