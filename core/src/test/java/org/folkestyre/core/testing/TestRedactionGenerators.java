package org.folkestyre.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.redaction.FindingKind;
import org.folkestyre.core.testing.RedactionGenerators.Document;
import org.folkestyre.core.testing.RedactionGenerators.PersonalToken;
import org.folkestyre.core.testing.RedactionGenerators.PreservedKind;
import org.folkestyre.core.testing.RedactionGenerators.PreservedToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The redaction generators: tokens are where the document says, and the identity numbers satisfy
 * the check-digit rules as security.md states them (an implementation independent of the redactor's).
 */
class TestRedactionGenerators {
  private static final long SEED = 77L;

  /** S1 = Σ digits 1–10 × 3,7,6,1,8,9,4,5,2,1 and S2 = Σ digits 1–11 × 5,4,3,2,7,6,5,4,3,2,1. */
  private static int[] sums(String number) {
    int[] w1 = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};
    int[] w2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    int s1 = 0;
    int s2 = 0;
    for (int i = 0; i < 11; i++) {
      int d = number.charAt(i) - '0';
      s1 += i < 10 ? w1[i] * d : 0;
      s2 += w2[i] * d;
    }
    return new int[] {s1 % 11, s2 % 11};
  }

  @ParameterizedTest
  @EnumSource(value = FindingKind.class, names = {"NO_FODSELSNUMMER", "NO_D_NUMBER", "NO_H_NUMBER"})
  void norwegianNumbers_haveValidCheckDigits_andNoRealDate(FindingKind kind) {
    Set<Integer> remainders = new java.util.HashSet<>();
    PropertyCheck.forAll("valid " + kind, SEED, 500, 0, RedactionGenerators.norwegianNumbers(kind), number -> {
      assertEquals(11, number.length());
      int[] sums = sums(number);
      assertTrue(sums[0] <= 3 && sums[1] == 0, number);
      remainders.add(sums[0]);
      int day = Integer.parseInt(number.substring(0, 2));
      int month = Integer.parseInt(number.substring(2, 4));
      int year = Integer.parseInt(number.substring(4, 6));
      int individual = Integer.parseInt(number.substring(6, 9));
      boolean fh = day >= 80;
      boolean synthetic = month > 80;
      assertTrue(fh || synthetic || (year >= 30 && year <= 39 && individual >= 500), number + ": could be real");
      assertEquals(kind == FindingKind.NO_D_NUMBER, day > 40 && day <= 71, number);
      if (!fh) {
        assertEquals(kind == FindingKind.NO_H_NUMBER, month > 40 && month <= 52, number);
      }
    });
    assertEquals(Set.of(0, 1, 2, 3), remainders, "both check-digit rules are used");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void cprNumbers_passOrFailModulus11_asAsked_andAreDatedInTheFuture(boolean passes) {
    int[] weights = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    PropertyCheck.forAll("CPR modulus 11 " + passes, SEED, 500, 0, RedactionGenerators.cprNumbers(passes), number -> {
      int sum = 0;
      for (int i = 0; i < 10; i++) {
        sum += weights[i] * (number.charAt(i) - '0');
      }
      assertEquals(passes, sum % 11 == 0, number);
      int seventh = number.charAt(6) - '0';
      int year = Integer.parseInt(number.substring(4, 6));
      assertTrue(seventh >= 5 && seventh <= 8 && year >= 37 && year <= 57, number + ": 2037–2057");
    });
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"NB", "NN", "DA"})
  void tokens_areWhereTheDocumentSays_inOrder_andDoNotOverlap(Language language) {
    Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
    Set<PreservedKind> preservedKinds = EnumSet.noneOf(PreservedKind.class);
    PropertyCheck.forAll("tokens in place", SEED, 300, 30, RedactionGenerators.documents(language), document -> {
      int end = 0;
      List<int[]> spans = Stream.concat(document.personal().stream().map(t -> new int[] {t.start(), t.end()}),
          document.preserved().stream().map(t -> new int[] {t.start(), t.end()}))
          .sorted(java.util.Comparator.comparingInt(s -> s[0])).toList();
      for (int[] span : spans) {
        assertTrue(span[0] >= end && span[1] > span[0], document::toString);
        end = span[1];
      }
      for (PersonalToken token : document.personal()) {
        assertEquals(token.text(), document.text().substring(token.start(), token.end()));
        kinds.add(token.kind());
      }
      for (PreservedToken token : document.preserved()) {
        assertEquals(token.text(), document.text().substring(token.start(), token.end()));
        preservedKinds.add(token.kind());
      }
      assertEquals(language, document.language());
    });
    assertEquals(language == Language.DA
        ? EnumSet.of(FindingKind.DK_CPR, FindingKind.PHONE, FindingKind.EMAIL)
        : EnumSet.of(FindingKind.NO_FODSELSNUMMER, FindingKind.NO_D_NUMBER, FindingKind.NO_H_NUMBER, FindingKind.PHONE,
            FindingKind.EMAIL), kinds);
    assertEquals(EnumSet.allOf(PreservedKind.class), preservedKinds);
  }

  @Test
  void documents_areAPureFunctionOfSeedAndSize() {
    Generator<Document> generator = RedactionGenerators.documents(Language.NB);
    Document a = generator.generate(new SplittableRandom(9), 12);
    Document b = generator.generate(new SplittableRandom(9), 12);
    assertEquals(a, b);
    assertTrue(RedactionGenerators.documents(Language.DA).generate(new SplittableRandom(9), 0).text().length() > 0);
  }

  @Test
  void englishProse_andOtherKinds_areRejected() {
    assertThrows(InvalidValueException.class, () -> RedactionGenerators.documents(Language.EN));
    assertThrows(InvalidValueException.class, () -> RedactionGenerators.norwegianNumbers(FindingKind.DK_CPR));
  }
}
