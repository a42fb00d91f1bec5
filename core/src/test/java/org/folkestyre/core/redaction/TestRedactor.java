package org.folkestyre.core.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redaction by example. Every identity number here was generated from the check-digit algorithm:
 * the Norwegian ones are dated in 2035–2037 with an individual number of 500–999, synthetic (month
 * + 80) or FH-numbers; the Danish ones are dated in 2047–2050. None belongs to a person.
 */
class TestRedactor {
  private static final Redactor BOTH = Redactor.create();

  /** Redacts {@code before + number + after} and returns the only finding, checking that it covers the number. */
  private static Finding only(Redactor redactor, String before, String number, String after) {
    String text = before + number + after;
    RedactionResult result = redactor.redact(text);
    assertEquals(1, result.findings().size(), () -> text + " → " + result.findings());
    Finding finding = result.findings().get(0);
    assertEquals(before.length(), finding.start(), text);
    assertEquals(before.length() + number.length(), finding.end(), text);
    assertEquals(number, finding.textIn(text));
    assertEquals(before + finding.replacement().orElseThrow() + after, result.text());
    return finding;
  }

  private static void nothingIn(Redactor redactor, String text) {
    RedactionResult result = redactor.redact(text);
    assertEquals(List.of(), result.findings(), text);
    assertSame(text, result.text());
    assertTrue(result.isUnchanged());
  }

  // ---------------------------------------------------------------- Norwegian numbers

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # number      | kind             | certainty | why
      15033551247   | NO_FODSELSNUMMER | CERTAIN   | 15.03.35, both check digits valid by the rule before 2032
      150335 51247  | NO_FODSELSNUMMER | CERTAIN   | written DDMMYY XXXXX
      150335-51247  | NO_FODSELSNUMMER | CERTAIN   | written DDMMYY-XXXXX
      01013770170   | NO_FODSELSNUMMER | CERTAIN   | 01.01.37
      29023651295   | NO_FODSELSNUMMER | CERTAIN   | 29.02.36, a leap day
      31123598744   | NO_FODSELSNUMMER | CERTAIN   | 31.12.35
      15033551255   | NO_FODSELSNUMMER | CERTAIN   | first check digit valid only by the rule from 2032 (remainder 1)
      15033551263   | NO_FODSELSNUMMER | CERTAIN   | remainder 2, rule from 2032
      15033551271   | NO_FODSELSNUMMER | CERTAIN   | remainder 3, rule from 2032
      15033551248   | NO_FODSELSNUMMER | PROBABLE  | second check digit mistyped: still personal data
      15033551200   | NO_FODSELSNUMMER | PROBABLE  | both check digits wrong
      15033551280   | NO_FODSELSNUMMER | PROBABLE  | remainder 4 is invalid under both rules
      55033551230   | NO_D_NUMBER      | CERTAIN   | D-number: day 15 + 40
      55033551249   | NO_D_NUMBER      | CERTAIN   | D-number, rule from 2032
      55033551231   | NO_D_NUMBER      | PROBABLE  | D-number, mistyped
      71123598700   | NO_D_NUMBER      | PROBABLE  | D-number of the 31st (day 71)
      15433551300   | NO_H_NUMBER      | CERTAIN   | H-number: month 3 + 40
      15433551238   | NO_H_NUMBER      | CERTAIN   | H-number, rule from 2032
      15433551301   | NO_H_NUMBER      | PROBABLE  | H-number, mistyped
      80000001205   | NO_H_NUMBER      | CERTAIN   | FH-number: first digit 8, no date, valid check digits
      15839051287   | NO_FODSELSNUMMER | CERTAIN   | Test-Norge synthetic number: month 3 + 80
      """)
  void norwegianNumbers(String number, FindingKind kind, Certainty certainty) {
    Finding finding = only(BOTH, "Fødselsnummer: ", number, ".");
    assertEquals(kind, finding.kind());
    assertEquals(certainty, finding.certainty());
  }

  @Test
  void theRuleFrom2032_acceptsRemaindersOneToThree_theOldRuleOnlyZero() {
    assertTrue(IdentityNumbers.norwegianCheckDigitsValid(digits("15033551247")));
    assertTrue(IdentityNumbers.norwegianCheckDigitsValid(digits("15033551255")));
    assertTrue(IdentityNumbers.norwegianCheckDigitsValid(digits("15033551271")));
    assertFalse(IdentityNumbers.norwegianCheckDigitsValid(digits("15033551280")));
    assertFalse(IdentityNumbers.norwegianCheckDigitsValid(digits("15033551248")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      00000000191   | both check digits valid, but day 00 and no FH-number
      12345678911   | valid check digits, month 34
      29023551200   | 29 February of an odd year
      32013551200   | day 32
      15133551200   | month 13
      72013551200   | day 72 is no D-number
      15533551200   | month 53 is no H-number
      1503355124    | ten digits
      150335512477  | twelve digits
      """)
  void elevenDigitsThatAreNoNumber_areLeftAlone(String number, String why) {
    nothingIn(Redactor.forJurisdictions(Jurisdiction.norway()), "Nummer " + number + ".");
  }

  private static int[] digits(String number) {
    return number.chars().map(c -> c - '0').toArray();
  }

  // ---------------------------------------------------------------- Danish CPR

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # number     | certainty | why
      150347-5002  | CERTAIN   | 15.03.2047 (seventh digit 5, year 47), passes modulus 11
      1503475002   | CERTAIN   | without hyphen
      150347 5002  | CERTAIN   | with a space
      290248-5018  | CERTAIN   | 29.02.2048, a leap day
      010150-6001  | PROBABLE  | 1 January 2050, fails modulus 11: such numbers are issued and valid
      010150-6002  | CERTAIN   | the same date, passes modulus 11
      150347-5003  | PROBABLE  | fails modulus 11: never rejected, only less certain
      """)
  void danishCpr_neverRejectedOnModulus11(String number, Certainty certainty) {
    Finding finding = only(BOTH, "CPR-nr. ", number, ".");
    assertEquals(FindingKind.DK_CPR, finding.kind());
    assertEquals(certainty, finding.certainty());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      290249-5018 | 29 February 2049 does not exist
      320147-5002 | day 32
      151347-5002 | month 13
      290200-1234 | 29 February 1900 (seventh digit 1) does not exist
      """)
  void cprWithoutADate_isLeftAlone(String number, String why) {
    nothingIn(Redactor.forJurisdictions(Jurisdiction.denmark()), "CPR " + number + ".");
  }

  @Test
  void theCenturyOfACprNumber_followsTheSeventhDigit() {
    // 29.02.00: leap in 2000 (seventh digit 4), not in 1900 (seventh digit 0..3)
    assertTrue(IdentityNumbers.danishDatePlausible(digits("2902004000")));
    assertFalse(IdentityNumbers.danishDatePlausible(digits("2902000000")));
    // 29.02.96 with seventh digit 5..8 is 1896, a leap year; 29.02.00 with 5..8 is 2000
    assertTrue(IdentityNumbers.danishDatePlausible(digits("2902965000")));
    assertTrue(IdentityNumbers.danishDatePlausible(digits("2902005000")));
  }

  // ---------------------------------------------------------------- jurisdictions

  @Test
  void aNorwegianRedactor_leavesCprNumbers_aDanishOneLeavesFodselsnummer() {
    Redactor norway = Redactor.forJurisdictions(Jurisdiction.norway());
    Redactor denmark = Redactor.forJurisdictions(Jurisdiction.denmark());
    nothingIn(norway, "CPR 150347-5002.");
    nothingIn(denmark, "Fnr 15033551247.");
    assertEquals(FindingKind.NO_FODSELSNUMMER, only(norway, "Fnr ", "15033551247", ".").kind());
    assertEquals(FindingKind.DK_CPR, only(denmark, "CPR ", "150347-5002", ".").kind());
    // telephone numbers and e-mail addresses are personal data in either jurisdiction
    assertEquals(FindingKind.PHONE, only(norway, "Ring ", "+45 12 34 56 78", ".").kind());
    assertEquals(FindingKind.EMAIL, only(denmark, "Skriv til ", "kari@example.no", ".").kind());
  }

  @Test
  void jurisdictions_areNorwayDenmarkOrBoth_andSetTheDefaultLanguage() {
    assertEquals(List.of("NO", "DK"), BOTH.jurisdictionIds().asList());
    assertEquals(Language.NB, BOTH.language());
    assertEquals(Language.DA, Redactor.forJurisdictions(Jurisdiction.denmark()).language());
    assertEquals(Language.NB, Redactor.forJurisdictions(Jurisdiction.norway(), Jurisdiction.denmark()).language());
    assertEquals(List.of("NO", "DK"),
        Redactor.forJurisdictions(Jurisdiction.denmark(), Jurisdiction.norway()).jurisdictionIds().asList());
    assertThrows(InvalidValueException.class, Redactor::forJurisdictions);
    Jurisdiction sweden = Jurisdiction.builder().from(Jurisdiction.norway()).id("SE").build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Redactor.forJurisdictions(sweden));
    assertEquals("SE", e.value());
  }

  // ---------------------------------------------------------------- telephone numbers

  @ParameterizedTest(name = "{1}{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # number              | before          | certainty
      +47 912 34 567        | "Ring meg på "  | CERTAIN
      +4791234567           | "Ring meg på "  | CERTAIN
      0047 91234567         | "Ring meg på "  | CERTAIN
      0047 912 34 567       | "Ring meg på "  | CERTAIN
      004791234567          | "Ring meg på "  | CERTAIN
      (+47) 912 34 567      | "Ring meg på "  | CERTAIN
      +47 22 33 44 55       | "Ring meg på "  | CERTAIN
      +45 12 34 56 78       | "Ring til "     | CERTAIN
      +4512345678           | "Ring til "     | CERTAIN
      0045 12 34 56 78      | "Ring til "     | CERTAIN
      91234567              | "Ring meg på "  | PROBABLE
      912 34 567            | "Ring meg på "  | PROBABLE
      22 33 44 55           | "Ring meg på "  | PROBABLE
      2233 4455             | "Ring meg på "  | PROBABLE
      91234567              | "Tlf. "         | CERTAIN
      91234567              | "Tlf."          | CERTAIN
      22 33 44 55           | "telefon: "     | CERTAIN
      912 34 567            | "Mobil "        | CERTAIN
      912 34 567            | "Ring "         | CERTAIN
      912 34 567            | "(tlf. "        | CERTAIN
      20240312              | "Tlf. "         | CERTAIN
      """)
  void phoneNumbers(String number, String before, Certainty certainty) {
    Finding finding = only(BOTH, before, number, before.startsWith("(") ? ")." : ".");
    assertEquals(FindingKind.PHONE, finding.kind());
    assertEquals(certainty, finding.certainty());
  }

  @Test
  void phoneNumbers_withNoBreakSpaces() {
    assertEquals(FindingKind.PHONE, only(BOTH, "Ring ", "912\u00A034\u00A0567", ".").kind());
    assertEquals(FindingKind.PHONE, only(BOTH, "Ring ", "+47\u00A022\u00A033\u00A044\u00A055", ".").kind());
  }

  @Test
  void aPhoneNumberNextToOtherNumbers_isStillFound() {
    RedactionResult result = BOTH.redact("Sak 13/37262 912 34 567 og 47 912 34 567.");
    assertEquals("Sak 13/37262 [telefon] og 47 [telefon].", result.text());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Tallet er 12345678.",        // first digit 1: no Norwegian or Danish number
      "Tallet er 01234567.",        // first digit 0
      "Dato 20240312.",             // YYYYMMDD
      "Dato 12032024.",             // DDMMYYYY
      "I årene 2020 2021 skjedde lite.",
      "Beløpet er kr 92500000.",
      "Beløpet er 92500000 kr.",
      "Beløpet er 92500000,-",
      "Beløpet er NOK 91234567.",
      "Beløpet er 91234567 kroner.",
      "Beløpet er 91234567 mill.",
      "CVR-nr. 91234567.",
      "Orgnr: 91234567.",
      "Kontonummer 91234567.",
      "Saksnummer 91234567.",
      "Tallet 912 345 67.",         // 3-3-2 is no telephone grouping
      "Tallet 91 234 567.",         // 2-3-3
      "Tallet 91-23-45-67.",        // hyphens join no telephone number
      "Tallet 9123-4567.",
      "Tallet 912345678.",          // nine digits
      "Tallet 9123456.",            // seven digits
      "+46 8 123 456 78",           // Sweden
      "+47 912 34 56",              // seven digits after the country code
      "Kode 91234567abc.",
      "Kode abc91234567.",
      "Sak 2021/91234567.",
      "Sak 91234567/2021.",
      "Versjon 1.91234567.",
      "Beløp 91234567,50 kr."})
  void eightDigitsThatAreNoTelephoneNumber_areLeftAlone(String text) {
    nothingIn(BOTH, text);
  }

  // ---------------------------------------------------------------- e-mail

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kari@example.no", "kari.nordmann@example.no", "ola_n+hoering@post.example.org",
      "k.hansen-1985@example.dk", "søren@example.dk", "post@bærum.example.no", "KARI@EXAMPLE.NO",
      "91234567@sms.example.no"})
  void emailAddresses(String address) {
    Finding finding = only(BOTH, "Skriv til ", address, ".");
    assertEquals(FindingKind.EMAIL, finding.kind());
    assertEquals(Certainty.CERTAIN, finding.certainty());
    assertEquals(Optional.of("[e-post]"), finding.replacement());
  }

  @Test
  void emailAddresses_inBracketsAndAfterAColon() {
    assertEquals("Skriv (e-post: [e-post]) eller <[e-post]>.",
        BOTH.redact("Skriv (e-post: kari@example.no) eller <ola@example.dk>.").text());
    assertEquals("E-post:[e-post]", BOTH.redact("E-post:kari@example.no").text());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"@kommunen", "kari@", "kari@localhost", "kari@example.", "kari@example.n", "a@b@c",
      "kari.@example", "@example.no", "kari@.example.no", "kari@-example.no", "Følg oss på @drammen.kommune!"})
  void textWithAnAtThatIsNoAddress_isLeftAlone(String text) {
    nothingIn(BOTH, text);
  }

  // ---------------------------------------------------------------- what survives

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "sak 13/37262", "saksnummer 2021/1234", "sak 2011/3869-8", "journalpost 25367/2011", "PS 6/17", "PS 2015/100",
      "sag 306-2009-600", "sag 306-2019-263412", "sag 27.00.00-G01-170-23", "møtet 12.03.2024", "møtet 2024-03-12",
      "møtet 12. mars 2024", "møtet 1.1.2025", "møtet 12/3-2024", "frist 12.03.24", "kl. 18.00", "kr 50 000",
      "kr 1 250 000", "50 000 kr", "NOK 3 000 000", "kr 12 345,50", "50 000,-", "kr. 50.000", "1.250.000 kr.",
      "DKK 12.345,50", "kr 50\u00A0000", "kommunenummer 0301", "kommunenummer 3005", "kommunekode 101",
      "3015 Drammen", "0150 Oslo", "2100 København Ø", "Postboks 7500, 3008 Drammen", "org.nr. 974 760 673",
      "orgnr 974760673", "CVR 12345678", "år 2024", "i 2020 og 2021", "punkt 3.2", "25 personer", "tlf. 112",
      "Storgata 12b", "gnr. 12 bnr. 34", "12,5 %", "kontonummer 1234.56.78903", "kontonummer 1234 56 78903",
      "KID 12345678901234", "versjon 2.0.1"})
  void caseNumbersDatesAmountsKommunenummerAndPostcodes_survive(String text) {
    nothingIn(BOTH, "Se " + text + ".");
  }

  @Test
  void mustSurvive_nextToRedactedData() {
    String text = "Kari (fnr. 15033551247, tlf. 912 34 567) viser til sak 13/37262 av 12.03.2024 om kr 50 000 "
        + "til 3015 Drammen, kommunenummer 3005.";
    assertEquals("Kari (fnr. [fødselsnummer], tlf. [telefon]) viser til sak 13/37262 av 12.03.2024 om kr 50 000 "
        + "til 3015 Drammen, kommunenummer 3005.", BOTH.redact(text).text());
  }

  // ---------------------------------------------------------------- review flags

  @Test
  void specialCategories_areFlaggedNotReplaced() {
    String text = "Jeg har kreft og er medlem av fagforeningen. Hun er muslim og homofil. Han sitter i fengsel."
        + " Eg har vore sjukmeld. Min søn er sygemeldt.";
    RedactionResult result = BOTH.redact(text);
    assertSame(text, result.text());
    assertTrue(result.needsReview());
    assertEquals(List.of(SensitiveTopic.HEALTH, SensitiveTopic.TRADE_UNION, SensitiveTopic.RELIGION_OR_BELIEF,
        SensitiveTopic.SEX_LIFE_OR_ORIENTATION, SensitiveTopic.CRIMINAL_MATTER, SensitiveTopic.HEALTH,
        SensitiveTopic.HEALTH), result.findings().stream().map(f -> f.topic().orElseThrow()).toList());
    assertEquals(List.of("kreft", "fagforeningen", "muslim", "homofil", "fengsel", "sjukmeld", "sygemeldt"),
        result.findings().stream().map(f -> f.textIn(text)).toList());
    assertTrue(result.findings().stream().allMatch(f -> f.kind() == FindingKind.SPECIAL_CATEGORY
        && f.certainty() == Certainty.PROBABLE && f.replacement().isEmpty()));
  }

  @Test
  void keywords_matchWholeWordsOrStems_ignoringCase() {
    assertEquals(1, BOTH.redact("SYKDOMMEN er alvorlig.").findings().size());
    assertEquals(0, BOTH.redact("Det nye sykehjemmet og sykkelveien.").findings().size());
    assertEquals(0, BOTH.redact("Han kom med en dementi.").findings().size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Naboen min, Ola Nordmann, klager på støyen. | Ola Nordmann
      Jeg snakket med min søster Anne i går.     | Anne
      Fru Hansen har skrevet under.               | Hansen
      Grannen min Kari Olsen er òg uroa.          | Kari Olsen
      Min nabo Jens-Peter Hansen er bekymret.     | Jens-Peter Hansen
      Min nabo, som heter Per, er enig.           | Per
      """)
  void namedThirdParties_areFlaggedNotReplaced(String text, String name) {
    RedactionResult result = BOTH.redact(text);
    assertSame(text, result.text());
    List<String> names = result.findings().stream().filter(f -> f.kind() == FindingKind.NAMED_THIRD_PARTY)
        .map(f -> f.textIn(text)).toList();
    assertEquals(List.of(name), names);
    assertTrue(result.needsReview());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Naboen. Per kom senere.", "Naboen min bor i Drammen.", "Min nabo er enig med NAV.",
      "Ola Nordmann skriver dette selv.", "Jeg og naboene er enige."})
  void capitalisedWordsWithoutACue_areNoNames(String text) {
    assertTrue(BOTH.redact(text).findings().isEmpty(), () -> BOTH.redact(text).findings().toString());
  }

  @Test
  void needsReview_forFlagsAndProbableIdentityNumbers_notForPhonesOrEmail() {
    assertFalse(BOTH.redact("Ring 91234567 eller skriv til kari@example.no.").needsReview());
    assertFalse(BOTH.redact("Fnr 15033551247.").needsReview());
    assertTrue(BOTH.redact("Fnr 15033551248.").needsReview());
    assertTrue(BOTH.redact("CPR 010150-6001.").needsReview());
    assertTrue(BOTH.redact("Han er syk.").needsReview());
  }

  // ---------------------------------------------------------------- replacements

  @Test
  void labels_followTheLanguage() {
    String text = "Fnr 15033551247, D 55033551230, H 15433551300, CPR 150347-5002, tlf 91234567, kari@example.no";
    assertEquals("Fnr [fødselsnummer], D [d-nummer], H [h-nummer], CPR [CPR-nummer], tlf [telefon], [e-post]",
        BOTH.redact(text).text());
    assertEquals("Fnr [fødselsnummer], D [d-nummer], H [h-nummer], CPR [CPR-nummer], tlf [telefon], [e-post]",
        BOTH.withLanguage(Language.NN).redact(text).text());
    assertEquals("Fnr [fødselsnummer], D [d-nummer], H [h-nummer], CPR [CPR-nummer], tlf [telefon], [e-mail]",
        BOTH.withLanguage(Language.DA).redact(text).text());
    assertEquals("Fnr [national identity number], D [D number], H [H number], CPR [CPR number], tlf [phone], [e-mail]",
        BOTH.withLanguage(Language.EN).redact(text).text());
    assertEquals("[telefon]", BOTH.label(FindingKind.PHONE));
    assertThrows(InvalidValueException.class, () -> BOTH.label(FindingKind.SPECIAL_CATEGORY));
  }

  @Test
  void theMask_keepsTheLength() {
    Redactor mask = BOTH.withStyle(ReplacementStyle.MASK);
    String text = "Ring +47 912 34 567 eller skriv til søren@example.dk om sak 13/37262.";
    RedactionResult result = mask.redact(text);
    assertEquals("Ring " + "█".repeat("+47 912 34 567".length()) + " eller skriv til " + "█".repeat("søren@example.dk".length())
        + " om sak 13/37262.", result.text());
    assertEquals(text.length(), result.text().length());
    assertEquals(ReplacementStyle.MASK, mask.style());
    assertEquals(ReplacementStyle.LABEL, mask.withStyle(ReplacementStyle.LABEL).style());
  }

  @Test
  void redaction_isIdempotent_onExamples() {
    for (Redactor redactor : List.of(BOTH, BOTH.withStyle(ReplacementStyle.MASK), BOTH.withLanguage(Language.EN))) {
      for (String text : List.of("91234567-010190 12345", "91234567 20240312", "kr 41019012345 91234567",
          "Tlf 22 33 44 55 66 77 88 99", "22 33 44 55 66", "1 912 34 567", "kari@example.no@example.dk",
          "x.kari@example.no91234567")) {
        String once = redactor.redact(text).text();
        assertEquals(once, redactor.redact(once).text(), redactor + ": " + text);
      }
    }
  }

  // ---------------------------------------------------------------- findings, offsets, time

  @Test
  void offsets_areUtf16IntoTheOriginal() {
    String text = "😀 Ring 91234567, 😀 kari@example.no";
    RedactionResult result = BOTH.redact(text);
    assertEquals("91234567", result.findings().get(0).textIn(text));
    assertEquals("kari@example.no", result.findings().get(1).textIn(text));
    assertEquals(text.indexOf("9123"), result.findings().get(0).start());
  }

  @Test
  void emptyAndPlainText_areUnchanged() {
    nothingIn(BOTH, "");
    nothingIn(BOTH, "Vi ønsker flere benker i parken.");
    assertThrows(NullPointerException.class, () -> BOTH.redact(null));
  }

  @Test
  void pathologicalInput_takesLinearTime() {
    int n = 200_000;
    List<String> inputs = List.of("1 ".repeat(n), "1-".repeat(n), "a@".repeat(n), "a.".repeat(n) + "@",
        "@" + "a.".repeat(n), "+4".repeat(n), "(+47".repeat(n), "9".repeat(2 * n), "x".repeat(2 * n) + "@x.no",
        "Naboen ".repeat(n / 3), " ".repeat(2 * n) + "Per", "00".repeat(n), "12 34 ".repeat(n / 3),
        "sykdom".repeat(n / 3), "a-".repeat(n) + "@example.no");
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      for (String input : inputs) {
        BOTH.redact(input);
      }
    });
  }
}
