package org.folkestyre.core.testing;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.CaseNumber;
import org.folkestyre.core.meeting.CaseNumberContext;
import org.folkestyre.core.meeting.CaseNumberScheme;
import org.folkestyre.core.meeting.KleCode;

/**
 * Generators of case numbers and KLE codes: valid numbers of each scheme, built from their parts,
 * and text that looks like case numbers, for testing parsers.
 *
 * <p>A valid number of a scheme parses back, with
 * {@link CaseNumberContext#forScheme(CaseNumberScheme, int) the scheme's context} and the same
 * reference year, to an equal number with the same text. The numbers vary in every way the scheme
 * allows: two- and four-digit years within the 100 years up to the reference year, leading zeros,
 * type prefixes and the spaces after them, and surrounding blanks. The size bounds how many digits
 * the sequence numbers have (1 at size 0, up to 9) and how far back the years go.
 */
public final class CaseNumberGenerators {
  private static final ImmutableList<String> PREFIXES = ImmutableList.of("PS", "DS", "RS", "FO", "OR");
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ";
  private static final ImmutableList<String> PREFIX_SEPARATORS = ImmutableList.of("", " ", " ", "  ", "\u00A0");
  private static final ImmutableList<String> BLANKS = ImmutableList.of(" ", "\t", "  ");
  /** Pieces of near-miss text: digits, separators, letters, look-alikes and invisible characters. */
  private static final ImmutableList<String> PIECES = ImmutableList.of(
      "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "1", "2", "9", "00", "12", "2021", "1999", "09", "17",
      "/", "/", "-", "-", ".", " ", "\u00A0", "\t", "\n", "PS", "PS ", "P", "S", "G01", "P35", "Ø", "å", "a", "O", "l",
      "x", "+", "\u0663", "\uFF10", "\u00B2", "\uD835\uDFCE", "\uD800", "\u202E", "9999999999", "99999999999999999999",
      "00.22.04", "27.00.00-G01-", "306-", "-2009-", "/2011", "2011/");

  private CaseNumberGenerators() {}

  /**
   * Returns a generator of valid numbers of a scheme.
   *
   * @param scheme the scheme
   * @param referenceYear the reference year the numbers are to be parsed with, 1900 to 9999
   * @return the generator
   * @throws InvalidValueException if the reference year is outside 1900 to 9999
   */
  public static Generator<CaseNumber> valid(CaseNumberScheme scheme, int referenceYear) {
    Objects.requireNonNull(scheme, "scheme");
    CaseNumberContext.anyJurisdiction(referenceYear); // validates the year
    return (random, size) -> generate(scheme, referenceYear, random, size);
  }

  /**
   * Returns a generator of valid numbers of any scheme used in a jurisdiction.
   *
   * @param jurisdiction the jurisdiction, such as Norway
   * @param referenceYear the reference year the numbers are to be parsed with, 1900 to 9999
   * @return the generator
   * @throws InvalidValueException if the jurisdiction has no case-number scheme or the year is out of range
   */
  public static Generator<CaseNumber> valid(Jurisdiction jurisdiction, int referenceYear) {
    ImmutableList<CaseNumberScheme> schemes = CaseNumberScheme.usedIn(jurisdiction);
    if (schemes.isEmpty()) {
      throw new InvalidValueException("jurisdiction", jurisdiction.id(), "has no case-number scheme");
    }
    CaseNumberContext.anyJurisdiction(referenceYear);
    return (random, size) -> generate(schemes.get(random.nextInt(schemes.size())), referenceYear, random, size);
  }

  /**
   * Returns a generator of valid KLE codes: one to three groups, with or without a facet, written
   * straight after the code or after a hyphen.
   *
   * @return the generator
   */
  public static Generator<KleCode> kleCodes() {
    return (random, size) -> {
      StringBuilder text = new StringBuilder(twoDigits(random.nextInt(100)));
      int levels = 1 + random.nextInt(3);
      for (int i = 1; i < levels; i++) {
        text.append('.').append(twoDigits(random.nextInt(100)));
      }
      if (random.nextBoolean()) {
        text.append(random.nextBoolean() ? "-" : "").append(facet(random));
      }
      return KleCode.parse(text.toString());
    };
  }

  /**
   * Returns a generator of text that looks like case numbers: valid numbers of any scheme, valid
   * numbers with one to three characters inserted, deleted or replaced, and strings of digits,
   * separators, letters, look-alike digits, lone surrogates and control characters. Most of it is
   * not a case number; a parser must reject it with an
   * {@link org.folkestyre.core.InvalidValueException} and nothing else.
   *
   * @param referenceYear the reference year of the valid numbers mixed in
   * @return the generator
   */
  public static Generator<String> caseNumberLikeText(int referenceYear) {
    CaseNumberContext.anyJurisdiction(referenceYear);
    ImmutableList<CaseNumberScheme> schemes = ImmutableList.copyOf(CaseNumberScheme.values());
    return (random, size) -> {
      int mode = random.nextInt(3);
      if (mode == 2) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(size + 3);
        for (int i = 0; i < pieces; i++) {
          text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
      }
      String valid = generate(schemes.get(random.nextInt(schemes.size())), referenceYear, random, size).text();
      return mode == 0 ? valid : mutate(valid, random);
    };
  }

  private static String mutate(String text, RandomGenerator random) {
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
      String piece = PIECES.get(random.nextInt(PIECES.size()));
      switch (random.nextInt(3)) {
        case 0:
          sb.insert(at, piece);
          break;
        case 1:
          if (sb.length() > 0) {
            sb.deleteCharAt(at);
          }
          break;
        default:
          if (sb.length() > 0) {
            sb.replace(at, at + 1, piece);
          }
          break;
      }
    }
    return sb.toString();
  }

  private static CaseNumber generate(CaseNumberScheme scheme, int referenceYear, RandomGenerator random, int size) {
    int year = referenceYear - random.nextInt(Math.min(CaseNumberContext.WINDOW_YEARS, 1 + 4 * size));
    int maxDigits = Math.min(9, 1 + size / 3);
    CaseNumber.Builder builder = CaseNumber.builder().scheme(scheme).year(year);
    String text;
    switch (scheme) {
      case NO_CASE: {
        int sequence = sequence(random, maxDigits);
        builder.sequenceNumber(sequence);
        text = anyYear(year, random) + "/" + digits(sequence, 9, random);
        break;
      }
      case NO_CASE_DOCUMENT: {
        int sequence = sequence(random, maxDigits);
        int document = sequence(random, Math.min(3, maxDigits));
        builder.sequenceNumber(sequence).documentNumber(document);
        text = anyYear(year, random) + "/" + digits(sequence, 9, random) + "-" + digits(document, 9, random);
        break;
      }
      case NO_JOURNAL_ENTRY: {
        int sequence = sequence(random, maxDigits);
        builder.sequenceNumber(sequence);
        text = digits(sequence, 9, random) + "/" + year;
        break;
      }
      case NO_MEETING_CASE:
        text = meetingCase(builder, year, random, maxDigits);
        break;
      case DK_YEAR_SEQUENCE: {
        int sequence = sequence(random, maxDigits);
        builder.sequenceNumber(sequence);
        text = twoDigits(year % 100) + "/" + digits(sequence, 9, random);
        break;
      }
      case DK_MUNICIPALITY_YEAR_SEQUENCE: {
        int sequence = sequence(random, maxDigits);
        String code = Integer.toString(101 + random.nextInt(760));
        builder.sequenceNumber(sequence).municipalityCode(code);
        text = code + "-" + year + "-" + digits(sequence, 9, random);
        break;
      }
      case DK_KLE: {
        int sequence = sequence(random, maxDigits);
        String kle = twoDigits(random.nextInt(100)) + "." + twoDigits(random.nextInt(100)) + "."
            + twoDigits(random.nextInt(100)) + "-" + facet(random);
        builder.sequenceNumber(sequence).kleCode(KleCode.parse(kle));
        text = kle + "-" + digits(sequence, 9, random) + "-" + twoDigits(year % 100);
        break;
      }
      default:
        throw new AssertionError(scheme);
    }
    if (random.nextInt(16) == 0) {
      text = BLANKS.get(random.nextInt(BLANKS.size())) + text;
    }
    if (random.nextInt(16) == 0) {
      text = text + BLANKS.get(random.nextInt(BLANKS.size()));
    }
    return builder.text(text).build();
  }

  private static String meetingCase(CaseNumber.Builder builder, int year, RandomGenerator random, int maxDigits) {
    int form = random.nextInt(4);
    String prefix = "";
    if (form > 0) {
      String type = random.nextInt(3) > 0 ? PREFIXES.get(random.nextInt(PREFIXES.size())) : randomPrefix(random);
      builder.prefix(type);
      prefix = type + PREFIX_SEPARATORS.get(random.nextInt(PREFIX_SEPARATORS.size()));
    }
    if (form == 3) {
      int sequence = sequence(random, maxDigits);
      builder.sequenceNumber(sequence);
      return prefix + year + "/" + digits(sequence, 9, random);
    }
    int sequence = sequence(random, Math.min(3, maxDigits));
    builder.sequenceNumber(sequence);
    return prefix + digits(sequence, 3, random) + "/" + (form == 2 ? Integer.toString(year) : twoDigits(year % 100));
  }

  private static String randomPrefix(RandomGenerator random) {
    StringBuilder sb = new StringBuilder();
    int length = 1 + random.nextInt(3);
    for (int i = 0; i < length; i++) {
      sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return sb.toString();
  }

  private static String anyYear(int year, RandomGenerator random) {
    return random.nextInt(4) == 0 ? twoDigits(year % 100) : Integer.toString(year);
  }

  private static int sequence(RandomGenerator random, int maxDigits) {
    int digits = 1 + random.nextInt(maxDigits);
    int low = digits == 1 ? 1 : (int) Math.pow(10, digits - 1);
    int high = (int) Math.min(Integer.MAX_VALUE, (long) Math.pow(10, digits) - 1);
    return low + random.nextInt(high - low + 1);
  }

  /** Writes a number, sometimes with leading zeros, in at most {@code maxLength} digits. */
  private static String digits(int value, int maxLength, RandomGenerator random) {
    String plain = Integer.toString(value);
    if (random.nextInt(8) == 0 && plain.length() < maxLength) {
      int zeros = 1 + random.nextInt(maxLength - plain.length());
      return "0".repeat(zeros) + plain;
    }
    return plain;
  }

  private static String twoDigits(int value) {
    return String.format(Locale.ROOT, "%02d", value);
  }

  private static String facet(RandomGenerator random) {
    return LETTERS.charAt(random.nextInt(LETTERS.length())) + twoDigits(random.nextInt(100));
  }
}
