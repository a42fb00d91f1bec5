package org.folkestyre.core.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.testing.CaseNumberGenerators;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestCaseNumber {
  private static final int YEAR = 2024;
  private static final long SEED = 20_150_324L;
  private static final int TRIES = 400;
  private static final int MAX_SIZE = 30;

  static CaseNumberContext context(String jurisdiction, int referenceYear) {
    return jurisdiction.equals("ANY") ? CaseNumberContext.anyJurisdiction(referenceYear)
        : CaseNumberContext.of(Jurisdiction.of(jurisdiction), referenceYear);
  }

  // ---------------------------------------------------------------- parse: every example

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # context | text                  | expecting        | scheme                        | year | seq    | doc | prefix | kommune | kle
      NO        | 2021/1234             | -                | NO_CASE                       | 2021 | 1234   | -   | -      | -       | -
      NO        | 09/810                | -                | NO_CASE                       | 2009 | 810    | -   | -      | -       | -
      NO        | 14/390                | -                | NO_CASE                       | 2014 | 390    | -   | -      | -       | -
      NO        | 13/37262              | -                | NO_CASE                       | 2013 | 37262  | -   | -      | -       | -
      NO        | 2011/3869-8           | -                | NO_CASE_DOCUMENT              | 2011 | 3869   | 8   | -      | -       | -
      NO        | 25367/2011            | -                | NO_JOURNAL_ENTRY              | 2011 | 25367  | -   | -      | -       | -
      NO        | 5/2009                | -                | NO_JOURNAL_ENTRY              | 2009 | 5      | -   | -      | -       | -
      NO        | 56/09                 | NO_MEETING_CASE  | NO_MEETING_CASE               | 2009 | 56     | -   | -      | -       | -
      NO        | 59/15                 | NO_MEETING_CASE  | NO_MEETING_CASE               | 2015 | 59     | -   | -      | -       | -
      NO        | 56/09                 | NO_CASE          | NO_CASE                       | 1956 | 9      | -   | -      | -       | -
      NO        | 123/09                | -                | NO_MEETING_CASE               | 2009 | 123    | -   | -      | -       | -
      NO        | PS 6/17               | -                | NO_MEETING_CASE               | 2017 | 6      | -   | PS     | -       | -
      NO        | OR 6/17               | -                | NO_MEETING_CASE               | 2017 | 6      | -   | OR     | -       | -
      NO        | PS6/17                | -                | NO_MEETING_CASE               | 2017 | 6      | -   | PS     | -       | -
      NO        | PS 06/17              | -                | NO_MEETING_CASE               | 2017 | 6      | -   | PS     | -       | -
      NO        | PS 6/2017             | -                | NO_MEETING_CASE               | 2017 | 6      | -   | PS     | -       | -
      NO        | PS 2015/100           | -                | NO_MEETING_CASE               | 2015 | 100    | -   | PS     | -       | -
      NO        | PS 2015/15            | -                | NO_MEETING_CASE               | 2015 | 15     | -   | PS     | -       | -
      NO        | ' 2021/1234 '         | -                | NO_CASE                       | 2021 | 1234   | -   | -      | -       | -
      DK        | 13/37262              | -                | DK_YEAR_SEQUENCE              | 2013 | 37262  | -   | -      | -       | -
      DK        | 15/34881              | -                | DK_YEAR_SEQUENCE              | 2015 | 34881  | -   | -      | -       | -
      DK        | 15/10481              | -                | DK_YEAR_SEQUENCE              | 2015 | 10481  | -   | -      | -       | -
      DK        | 56/09                 | -                | DK_YEAR_SEQUENCE              | 1956 | 9      | -   | -      | -       | -
      DK        | 306-2009-600          | -                | DK_MUNICIPALITY_YEAR_SEQUENCE | 2009 | 600    | -   | -      | 306     | -
      DK        | 306-2019-263412       | -                | DK_MUNICIPALITY_YEAR_SEQUENCE | 2019 | 263412 | -   | -      | 306     | -
      DK        | 27.00.00-G01-170-23   | -                | DK_KLE                        | 2023 | 170    | -   | -      | -       | 27.00.00-G01
      ANY       | 2021/1234             | -                | NO_CASE                       | 2021 | 1234   | -   | -      | -       | -
      ANY       | 306-2009-600          | -                | DK_MUNICIPALITY_YEAR_SEQUENCE | 2009 | 600    | -   | -      | 306     | -
      ANY       | 13/37262              | DK_YEAR_SEQUENCE | DK_YEAR_SEQUENCE              | 2013 | 37262  | -   | -      | -       | -
      """)
  void parse_everyExample(String jurisdiction, String text, CaseNumberScheme expecting, CaseNumberScheme scheme,
      int year, int sequence, Integer document, String prefix, String municipality, String kle) {
    CaseNumberContext context = context(jurisdiction, YEAR);
    if (expecting != null) {
      context = context.expecting(expecting);
    }
    CaseNumber number = CaseNumber.parse(text, context);
    assertEquals(scheme, number.scheme());
    assertEquals(OptionalInt.of(year), number.year());
    assertEquals(OptionalInt.of(sequence), number.sequenceNumber());
    assertEquals(document == null ? OptionalInt.empty() : OptionalInt.of(document), number.documentNumber());
    assertEquals(Optional.ofNullable(prefix), number.prefix());
    assertEquals(Optional.ofNullable(municipality), number.municipalityCode());
    assertEquals(Optional.ofNullable(kle).map(KleCode::parse), number.kleCode());
    assertEquals(text, number.text());
    assertEquals(text, number.toString());
    assertEquals(List.of(number), CaseNumber.candidates(text, context));
  }

  @Test
  void parse_kleParts() {
    CaseNumber number = CaseNumber.parse("27.00.00-G01-170-23", CaseNumberContext.of(Jurisdiction.denmark(), YEAR));
    KleCode kle = number.kleCode().orElseThrow();
    assertEquals(27, kle.mainGroup());
    assertEquals(OptionalInt.of(0), kle.group());
    assertEquals(OptionalInt.of(0), kle.subject());
    assertEquals(Optional.of("G01"), kle.facet());
  }

  // ---------------------------------------------------------------- parse: malformed

  @ParameterizedTest(name = "''{1}'' in {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # context | text                 | the rule starts with
      NO        | 2021/                | matches none of the shapes YYYY/N or YY/N (NO_CASE), YYYY/N-D or YY/N-D
      NO        | /1234                | matches none of the shapes
      NO        | 20211/1              | matches none of the shapes
      NO        | ABC                  | matches none of the shapes
      NO        | ''                   | must not be blank
      NO        | '   '                | must not be blank
      NO        | PS /17               | matches none of the shapes
      NO        | PS 6/                | matches none of the shapes
      NO        | 2021/12a4            | matches none of the shapes
      NO        | 2021/1234a           | matches none of the shapes
      NO        | 2O21/1234            | matches none of the shapes
      NO        | ps 6/17              | matches none of the shapes
      NO        | 2021 / 1234          | matches none of the shapes
      NO        | 2021/１２３４           | matches none of the shapes
      NO        | 306-2009-600         | matches none of the shapes
      NO        | 27.00.00-G01-170-23  | matches none of the shapes
      NO        | 2021/0               | fits no case-number scheme: as NO_CASE, the sequence number must be at least 1, not 0
      NO        | 2011/3869-0          | fits no case-number scheme: as NO_CASE_DOCUMENT, the document number must be at least 1, not 0
      NO        | 2021/1234567890      | fits no case-number scheme: as NO_CASE, the sequence number 1234567890 has more than 9 digits
      NO        | 2025/1               | fits no case-number scheme: as NO_CASE, the year 2025 is not within 1925–2024, the 100 years up to the reference year
      NO        | 1/1900               | fits no case-number scheme: as NO_JOURNAL_ENTRY, the year 1900 is not within 1925–2024
      NO        | PS 1234/17           | fits no case-number scheme: as NO_MEETING_CASE, a sequence number written before the year has at most 3 digits, not 1234; as NO_MEETING_CASE, the year 1234 is not within
      DK        | 27.00-G01            | matches none of the shapes YY/N (DK_YEAR_SEQUENCE), KKK-YYYY-N (DK_MUNICIPALITY_YEAR_SEQUENCE), NN.NN.NN-XNN-N-YY (DK_KLE)
      DK        | 27.00.00-G1-170-23   | matches none of the shapes
      DK        | 27.00.00-G01-170-2023 | matches none of the shapes
      DK        | 3060-2009-600        | matches none of the shapes
      DK        | 2021/1234            | matches none of the shapes
      DK        | PS 6/17              | matches none of the shapes
      DK        | 13/37262x            | matches none of the shapes
      DK        | 13/0                 | fits no case-number scheme: as DK_YEAR_SEQUENCE, the sequence number must be at least 1, not 0
      ANY       | 20211/1              | matches none of the shapes YYYY/N or YY/N (NO_CASE)
      """)
  void parse_malformed_namesFieldValueAndRule(String jurisdiction, String text, String rule) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CaseNumber.parse(text, context(jurisdiction, YEAR)));
    assertFalse(e instanceof AmbiguousCaseNumberException, e.getMessage());
    assertEquals("caseNumber", e.field());
    assertEquals(text, e.value());
    assertTrue(e.rule().startsWith(rule), e.rule());
    assertTrue(e.getMessage().startsWith("Invalid caseNumber '" + text + "': "), e.getMessage());
    assertEquals(List.of(), CaseNumber.candidates(text, context(jurisdiction, YEAR)));
  }

  @Test
  void parse_malformed_listsEveryExpectedShape() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CaseNumber.parse("ABC", CaseNumberContext.of(Jurisdiction.norway(), YEAR)));
    for (CaseNumberScheme scheme : CaseNumberScheme.usedIn(Jurisdiction.norway())) {
      assertTrue(e.rule().contains(scheme.describeShapes()), scheme + ": " + e.rule());
    }
    assertFalse(e.rule().contains("DK_"), e.rule());
    assertTrue(e.rule().endsWith("; where N is 1 to 9 digits, n 1 to 3 digits, T a type prefix of 1 to 3 capital "
        + "letters such as PS, D a document number of 1 to 9 digits"), e.rule());
  }

  @Test
  void parse_shapeOfAnUnexpectedScheme_saysWhichSchemeItHas() {
    CaseNumberContext context = CaseNumberContext.of(Jurisdiction.norway(), YEAR).expecting(CaseNumberScheme.NO_CASE);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CaseNumber.parse("PS 6/17", context));
    assertEquals("has the shape of NO_MEETING_CASE, which the context does not expect; it expects [NO_CASE]",
        e.rule());
  }

  @Test
  void parse_jurisdictionWithoutSchemes_saysSo() {
    Jurisdiction sandbox = Jurisdiction.builder().from(Jurisdiction.norway()).id("ZY").build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CaseNumber.parse("2021/1234", CaseNumberContext.of(sandbox, YEAR)));
    assertEquals("cannot be read: Folkestyre knows no case-number scheme of ZY", e.rule());
  }

  @Test
  void parse_subdivisionOfNorway_usesNorwegianSchemes() {
    Jurisdiction buskerud = Jurisdiction.builder().from(Jurisdiction.norway()).id("NO-33").build();
    assertEquals(CaseNumberScheme.NO_CASE,
        CaseNumber.parse("2021/1234", CaseNumberContext.of(buskerud, YEAR)).scheme());
  }

  @Test
  void parse_nulls_areRejectedNamingTheParameter() {
    CaseNumberContext context = CaseNumberContext.anyJurisdiction(YEAR);
    assertEquals("text", assertThrows(NullPointerException.class, () -> CaseNumber.parse(null, context)).getMessage());
    assertEquals("context", assertThrows(NullPointerException.class, () -> CaseNumber.parse("1/09", null)).getMessage());
  }

  // ---------------------------------------------------------------- ambiguity

  @ParameterizedTest(name = "''{1}'' in {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # context | text      | candidate schemes
      NO        | 56/09     | NO_CASE NO_MEETING_CASE
      NO        | 59/15     | NO_CASE NO_MEETING_CASE
      NO        | 2021/2020 | NO_CASE NO_JOURNAL_ENTRY
      NO        | 56/2009   | NO_CASE NO_JOURNAL_ENTRY
      ANY       | 13/37262  | NO_CASE DK_YEAR_SEQUENCE
      ANY       | 09/810    | NO_CASE DK_YEAR_SEQUENCE
      ANY       | 56/09     | NO_CASE NO_MEETING_CASE DK_YEAR_SEQUENCE
      """)
  void parse_ambiguous_listsTheCandidates(String jurisdiction, String text, String schemes) {
    CaseNumberContext context = context(jurisdiction, YEAR);
    AmbiguousCaseNumberException e = assertThrows(AmbiguousCaseNumberException.class,
        () -> CaseNumber.parse(text, context));
    List<CaseNumberScheme> expected = Stream.of(schemes.split(" ")).map(CaseNumberScheme::valueOf).toList();
    assertInstanceOf(InvalidValueException.class, e);
    assertEquals("caseNumber", e.field());
    assertEquals(text, e.value());
    assertTrue(e.rule().startsWith("is ambiguous: it reads as " + expected.get(0) + " ("), e.rule());
    assertEquals(expected, e.candidateSchemes());
    assertEquals(expected, e.candidates().stream().map(CaseNumber::scheme).toList());
    assertEquals(e.candidates(), CaseNumber.candidates(text, context));
    for (CaseNumber candidate : e.candidates()) {
      assertTrue(e.rule().contains(candidate.scheme() + " (" + candidate.describeParts() + ")"), e.rule());
      assertEquals(text, candidate.text());
      assertEquals(candidate, CaseNumber.parse(text, context.expecting(candidate.scheme())));
    }
  }

  @Test
  void parse_ambiguous_messageShowsEachReading() {
    AmbiguousCaseNumberException e = assertThrows(AmbiguousCaseNumberException.class,
        () -> CaseNumber.parse("56/09", CaseNumberContext.of(Jurisdiction.norway(), YEAR)));
    assertEquals("Invalid caseNumber '56/09': is ambiguous: it reads as NO_CASE (year 1956, sequence 9) or "
        + "NO_MEETING_CASE (year 2009, sequence 56); name the expected scheme in the CaseNumberContext",
        e.getMessage());
  }

  @Test
  void parse_yearPosition_tellsCaseFromJournalEntry() {
    CaseNumberContext norway = CaseNumberContext.of(Jurisdiction.norway(), YEAR);
    assertEquals(CaseNumberScheme.NO_CASE, CaseNumber.parse("2021/1234", norway).scheme());
    assertEquals(CaseNumberScheme.NO_JOURNAL_ENTRY, CaseNumber.parse("25367/2011", norway).scheme());
    // Both parts are years of the window: a guess either way would be silent.
    assertThrows(AmbiguousCaseNumberException.class, () -> CaseNumber.parse("2011/2021", norway));
    // With reference year 2020 the year 2021 lies in the future, so only the saksnummer fits.
    assertEquals(CaseNumberScheme.NO_CASE,
        CaseNumber.parse("2011/2021", CaseNumberContext.of(Jurisdiction.norway(), 2020)).scheme());
  }

  @Test
  void ambiguousException_needsTwoCandidates() {
    CaseNumber one = CaseNumber.parse("2021/1234", CaseNumberContext.of(Jurisdiction.norway(), YEAR));
    assertThrows(IllegalArgumentException.class, () -> new AmbiguousCaseNumberException("2021/1234", List.of(one)));
  }

  // ---------------------------------------------------------------- two-digit years

  @ParameterizedTest(name = "{0} with reference year {1}")
  @CsvSource({
    "PS 6/17, 2024, 2017",
    "PS 6/17, 2017, 2017",
    "PS 6/17, 2016, 1917",
    "09/810, 2024, 2009",
    "25/1, 2024, 1925",
    "24/1, 2024, 2024",
    "00/1, 2000, 2000",
    "99/1, 2000, 1999",
  })
  void parse_twoDigitYear_expandsIntoTheHundredYearsUpToTheReferenceYear(String text, int reference, int year) {
    CaseNumber number = CaseNumber.parse(text, CaseNumberContext.of(Jurisdiction.norway(), reference)
        .expecting(text.startsWith("PS") ? CaseNumberScheme.NO_MEETING_CASE : CaseNumberScheme.NO_CASE));
    assertEquals(OptionalInt.of(year), number.year());
  }

  // ---------------------------------------------------------------- equality

  @Test
  void equality_isBySchemeAndParts_notByText() {
    CaseNumberContext norway = CaseNumberContext.of(Jurisdiction.norway(), YEAR);
    CaseNumber plain = CaseNumber.parse("PS 6/17", norway);
    for (String same : List.of("PS 06/17", "PS6/17", "PS 6/2017", "PS\u00A06/17", " PS 6/17")) {
      CaseNumber other = CaseNumber.parse(same, norway);
      assertEquals(plain, other, same);
      assertEquals(plain.hashCode(), other.hashCode(), same);
      assertEquals(same, other.toString());
    }
    assertNotEquals(plain, CaseNumber.parse("6/17", norway));
    assertNotEquals(plain, CaseNumber.parse("OR 6/17", norway));
    assertNotEquals(plain, CaseNumber.parse("PS 6/17", CaseNumberContext.of(Jurisdiction.norway(), 2016)));
    assertNotEquals(CaseNumber.parse("13/37262", norway),
        CaseNumber.parse("13/37262", CaseNumberContext.of(Jurisdiction.denmark(), YEAR)));
  }

  // ---------------------------------------------------------------- builder

  @Test
  void builder_fromParts_checksTheTextAgainstTheParts() {
    CaseNumber built = CaseNumber.builder().text("PS 6/17").scheme(CaseNumberScheme.NO_MEETING_CASE).prefix("PS")
        .sequenceNumber(6).year(2017).build();
    assertEquals(CaseNumber.parse("PS 6/17", CaseNumberContext.of(Jurisdiction.norway(), YEAR)), built);

    InvalidValueException year = assertThrows(InvalidValueException.class, () -> CaseNumber.builder()
        .text("PS 6/17").scheme(CaseNumberScheme.NO_MEETING_CASE).prefix("PS").sequenceNumber(6).year(2018).build());
    assertEquals("caseNumber.year", year.field());
    assertEquals("2018", year.value());

    InvalidValueException prefix = assertThrows(InvalidValueException.class, () -> CaseNumber.builder()
        .text("PS 6/17").scheme(CaseNumberScheme.NO_MEETING_CASE).sequenceNumber(6).year(2017).build());
    assertEquals("caseNumber.prefix", prefix.field());
    assertEquals("does not match the text 'PS 6/17', which has PS", prefix.rule());

    InvalidValueException text = assertThrows(InvalidValueException.class, () -> CaseNumber.builder()
        .text("PS 6/17").scheme(CaseNumberScheme.NO_CASE).sequenceNumber(6).year(2017).build());
    assertEquals("caseNumber.text", text.field());
    assertEquals("is not written as YYYY/N or YY/N (NO_CASE)", text.rule());

    InvalidValueException extra = assertThrows(InvalidValueException.class, () -> CaseNumber.builder()
        .text("2021/1234").scheme(CaseNumberScheme.NO_CASE).sequenceNumber(1234).year(2021).documentNumber(1)
        .build());
    assertEquals("caseNumber.documentNumber", extra.field());

    InvalidValueException zero = assertThrows(InvalidValueException.class, () -> CaseNumber.builder()
        .text("2021/0").scheme(CaseNumberScheme.NO_CASE).sequenceNumber(0).year(2021).build());
    assertEquals("the sequence number must be at least 1, not 0", zero.rule());
  }

  // ---------------------------------------------------------------- properties

  @TestFactory
  Stream<DynamicTest> roundTrip_everySchemeReparsesToAnEqualNumber() {
    return Stream.of(CaseNumberScheme.values()).map(scheme -> DynamicTest.dynamicTest(scheme.name(), () ->
        PropertyCheck.forAll("round trip of " + scheme, SEED, TRIES, MAX_SIZE,
            CaseNumberGenerators.valid(scheme, YEAR), number -> {
              CaseNumber again = CaseNumber.parse(number.toString(), CaseNumberContext.forScheme(scheme, YEAR));
              assertEquals(number, again);
              assertEquals(number.text(), again.text());
            })));
  }

  @TestFactory
  Stream<DynamicTest> jurisdictionContext_readsTheNumberOrSaysItIsAmbiguous() {
    return Stream.of(CaseNumberScheme.values()).map(scheme -> DynamicTest.dynamicTest(scheme.name(), () ->
        PropertyCheck.forAll("jurisdiction context for " + scheme, SEED, TRIES, MAX_SIZE,
            CaseNumberGenerators.valid(scheme, YEAR), number -> {
              for (CaseNumberContext context : List.of(CaseNumberContext.of(Jurisdiction.of(scheme.jurisdictionId()),
                  YEAR), CaseNumberContext.anyJurisdiction(YEAR))) {
                List<CaseNumber> candidates = CaseNumber.candidates(number.text(), context);
                assertTrue(candidates.contains(number), candidates.toString());
                if (candidates.size() == 1) {
                  assertEquals(number, CaseNumber.parse(number.text(), context));
                } else {
                  AmbiguousCaseNumberException e = assertThrows(AmbiguousCaseNumberException.class,
                      () -> CaseNumber.parse(number.text(), context));
                  assertEquals(candidates, e.candidates());
                }
              }
            })));
  }

  @Test
  void randomText_onlyEverThrowsInvalidValueException() {
    List<CaseNumberContext> contexts = List.of(CaseNumberContext.of(Jurisdiction.norway(), YEAR),
        CaseNumberContext.of(Jurisdiction.denmark(), YEAR), CaseNumberContext.anyJurisdiction(YEAR),
        CaseNumberContext.forScheme(CaseNumberScheme.NO_MEETING_CASE, 1900));
    PropertyCheck.forAll("case-number-like text", SEED, 3000, MAX_SIZE, CaseNumberGenerators.caseNumberLikeText(YEAR),
        text -> {
          for (CaseNumberContext context : contexts) {
            List<CaseNumber> candidates = CaseNumber.candidates(text, context);
            try {
              CaseNumber number = CaseNumber.parse(text, context);
              assertEquals(List.of(number), candidates);
              assertEquals(text, number.toString());
            } catch (AmbiguousCaseNumberException e) {
              assertTrue(candidates.size() > 1, text);
            } catch (InvalidValueException e) {
              assertEquals(List.of(), candidates, text);
              assertEquals("caseNumber", e.field());
              assertEquals(text, e.value());
            }
          }
          try {
            KleCode.parse(text);
          } catch (InvalidValueException e) {
            assertEquals("kleCode", e.field());
          }
        });
  }

  @Test
  void generators_areDeterministicPerSeedAndSize() {
    for (CaseNumberScheme scheme : CaseNumberScheme.values()) {
      for (int size = 0; size <= MAX_SIZE; size += 5) {
        CaseNumber a = PropertyCheck.replay(CaseNumberGenerators.valid(scheme, YEAR), 7L, size);
        CaseNumber b = PropertyCheck.replay(CaseNumberGenerators.valid(scheme, YEAR), 7L, size);
        assertEquals(a, b);
        assertEquals(a.text(), b.text());
      }
    }
    assertTrue(CaseNumberGenerators.valid(Jurisdiction.denmark(), YEAR).generate(new SplittableRandom(1), 3)
        .scheme().jurisdictionId().equals("DK"));
  }

  // ---------------------------------------------------------------- the guide's snippet (docs/cases.md)

  @Test
  void guideSnippet() {
    CaseNumberContext norway = CaseNumberContext.of(Jurisdiction.norway(), 2017);
    CaseNumber saksnummer = CaseNumber.parse("2017/11256", norway);
    CaseNumber moetesak = CaseNumber.parse("PS 6/17", norway);
    assertEquals(CaseNumberScheme.NO_CASE, saksnummer.scheme());
    assertEquals(OptionalInt.of(6), moetesak.sequenceNumber());

    AmbiguousCaseNumberException e = assertThrows(AmbiguousCaseNumberException.class,
        () -> CaseNumber.parse("56/09", norway));
    assertEquals(List.of(CaseNumberScheme.NO_CASE, CaseNumberScheme.NO_MEETING_CASE), e.candidateSchemes());
    CaseNumber utvalgssak = CaseNumber.parse("56/09", norway.expecting(CaseNumberScheme.NO_MEETING_CASE));
    assertEquals(OptionalInt.of(2009), utvalgssak.year());

    Case sak = Case.builder()
        .caseNumber(saksnummer)
        .title("Reguleringsplan for Sentrum")
        .addStep(CaseStep.of("formannskapet", LocalDate.of(2017, 2, 7), CaseRole.PREPARING, moetesak))
        .addStep(CaseStep.of("kommunestyret", LocalDate.of(2017, 2, 21), CaseRole.DECIDING))
        .build();
    assertEquals("kommunestyret", sak.finalDecision().orElseThrow().committeeId());
  }
}
