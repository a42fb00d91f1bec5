package org.folkestyre.core.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.folkestyre.core.Language;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.core.testing.RedactionGenerators;
import org.folkestyre.core.testing.RedactionGenerators.Document;
import org.folkestyre.core.testing.RedactionGenerators.PersonalToken;
import org.folkestyre.core.testing.RedactionGenerators.PreservedToken;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of redaction on generated Norwegian and Danish documents with personal data and
 * non-personal numbers embedded at known positions.
 */
class TestRedactionLaws {
  private static final long SEED = 20_321_001L;
  private static final int TRIES = 400;
  private static final int MAX_SIZE = 40;
  private static final List<Language> LANGUAGES = List.of(Language.NB, Language.NN, Language.DA);
  private static final List<Redactor> REDACTORS = List.of(Redactor.create(),
      Redactor.create().withStyle(ReplacementStyle.MASK), Redactor.create().withLanguage(Language.EN));

  private static Stream<DynamicTest> forEachLanguageAndRedactor(String property,
      java.util.function.BiConsumer<Redactor, Document> check) {
    return LANGUAGES.stream().flatMap(language -> REDACTORS.stream().map(redactor -> DynamicTest.dynamicTest(
        language.tag() + ", " + redactor, () -> PropertyCheck.forAll(property + " (" + language.tag() + ", " + redactor
            + ")", SEED, TRIES, MAX_SIZE, RedactionGenerators.documents(language), d -> check.accept(redactor, d)))));
  }

  @TestFactory
  Stream<DynamicTest> everyEmbeddedIdentifier_isFoundWithItsKindAndCertainty_andNothingElse() {
    return forEachLanguageAndRedactor("exactly the embedded personal data is redacted", (redactor, document) -> {
      RedactionResult result = redactor.redact(document.text());
      List<Finding> redactions = result.redactions();
      assertEquals(document.personal().size(), redactions.size(), () -> "found " + redactions);
      for (int i = 0; i < redactions.size(); i++) {
        PersonalToken token = document.personal().get(i);
        Finding finding = redactions.get(i);
        String where = token + " vs " + finding;
        assertEquals(token.kind(), finding.kind(), where);
        assertEquals(token.start(), finding.start(), where);
        assertEquals(token.end(), finding.end(), where);
        assertEquals(token.certainty(), finding.certainty(), where);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> everyEmbeddedIdentifier_isAbsentFromTheOutput() {
    return forEachLanguageAndRedactor("no embedded personal data is left", (redactor, document) -> {
      String text = redactor.redact(document.text()).text();
      assertEquals(document.expectedText(redactor), text);
      for (PersonalToken token : document.personal()) {
        assertFalse(text.contains(token.text()), () -> token + " is left in\n" + text);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> everyNonPersonalNumber_survivesUntouched() {
    return forEachLanguageAndRedactor("case numbers, dates, amounts, postcodes, kommunenummer survive",
        (redactor, document) -> {
          RedactionResult result = redactor.redact(document.text());
          for (PreservedToken token : document.preserved()) {
            Finding probe = Finding.namedThirdParty(token.start(), token.end());
            for (Finding redaction : result.redactions()) {
              assertFalse(redaction.overlaps(probe), () -> token + " was touched by " + redaction);
            }
            assertTrue(result.text().contains(token.text()), () -> token + " is missing from\n" + result.text());
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> redaction_isIdempotent() {
    return forEachLanguageAndRedactor("redacting a redacted text changes nothing", (redactor, document) -> {
      String once = redactor.redact(document.text()).text();
      RedactionResult twice = redactor.redact(once);
      assertEquals(once, twice.text());
      assertTrue(twice.isUnchanged(), () -> "found again: " + twice.redactions());
    });
  }

  @TestFactory
  Stream<DynamicTest> findings_areOrderedWithinTheOriginal_andFlagsChangeNothing() {
    return forEachLanguageAndRedactor("findings are well formed", (redactor, document) -> {
      RedactionResult result = redactor.redact(document.text());
      int previous = 0;
      for (Finding finding : result.findings()) {
        assertTrue(finding.start() >= previous || !finding.isRedaction(), finding::toString);
        assertTrue(finding.end() <= document.text().length());
        previous = finding.start();
      }
      if (result.redactions().isEmpty()) {
        assertEquals(document.text(), result.text());
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> aRedactorForOneJurisdiction_leavesTheOthersNumbers() {
    Redactor norway = Redactor.forJurisdictions(Jurisdiction.norway());
    Redactor denmark = Redactor.forJurisdictions(Jurisdiction.denmark());
    return Stream.of(
        DynamicTest.dynamicTest("NO redactor on Danish text", () -> PropertyCheck.forAll("CPR left by a NO redactor",
            SEED, TRIES, MAX_SIZE, RedactionGenerators.documents(Language.DA), document -> {
              RedactionResult result = norway.redact(document.text());
              List<PersonalToken> expected = document.personal().stream()
                  .filter(t -> t.kind() != FindingKind.DK_CPR).toList();
              assertEquals(expected.stream().map(PersonalToken::start).toList(),
                  result.redactions().stream().map(Finding::start).toList());
            })),
        DynamicTest.dynamicTest("DK redactor on Norwegian text", () -> PropertyCheck.forAll(
            "fødselsnummer left by a DK redactor", SEED, TRIES, MAX_SIZE, RedactionGenerators.documents(Language.NB),
            document -> {
              RedactionResult result = denmark.redact(document.text());
              List<PersonalToken> expected = document.personal().stream()
                  .filter(t -> !t.kind().isNationalIdentityNumber()).toList();
              assertEquals(expected.stream().map(PersonalToken::start).toList(),
                  result.redactions().stream().map(Finding::start).toList());
            })));
  }
}
