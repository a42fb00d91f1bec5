package org.folkestyre.core.meeting;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.meeting.CaseNumberSyntax.Reading;
import org.immutables.value.Value;

/**
 * The number a case system gives a case or one of its documents — saksnummer, journalpostnummer,
 * møtesaksnummer (NO), sagsnummer, journalnummer (DK) — kept as written, with its scheme and parts.
 *
 * <p>Numbers come in many schemes and the same text can belong to several: {@code 56/09} is a
 * Norwegian møtesaksnummer (case 56 of 2009), an older Norwegian saksnummer (case 9 of 1956 or
 * 2056) or a Danish sagsnummer. Folkestyre therefore never normalises a number to one format: it
 * keeps the {@linkplain #text() exact text} and records the {@linkplain #scheme() scheme} it was
 * read as and the parts it has. {@link #parse(String, CaseNumberContext)} returns a number only
 * when exactly one scheme fits and otherwise says which schemes do; {@link #candidates(String,
 * CaseNumberContext)} returns every reading for a caller who wants to choose. The shapes of each
 * scheme are listed in {@link CaseNumberScheme}.
 *
 * <p><b>Equality</b> is by scheme and parts, not by text: {@code PS 6/17}, {@code PS 06/17},
 * {@code PS6/17} and {@code PS 6/2017} are equal when they were read with the same reference
 * year (all are politisk sak 6 of 2017), while {@code 56/09} and {@code PS 56/09} are not (one has
 * a type prefix). {@link #toString()} returns the exact text.
 *
 * <p>A number can also be built from its parts with {@link #builder()}; the text must then be
 * written in the scheme and agree with the parts (a two-digit year in the text must be the last
 * two digits of {@link #year()}). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseNumber {
  private static final String FIELD = "caseNumber";

  CaseNumber() {}

  /**
   * Returns the number exactly as it was written, including any surrounding blanks; not part of equality.
   *
   * @return the text, such as {@code "PS 6/17"}
   */
  @Value.Auxiliary
  public abstract String text();

  /**
   * Returns the scheme the number was read as.
   *
   * @return the scheme
   */
  public abstract CaseNumberScheme scheme();

  /**
   * Returns the year, with four digits; a two-digit year is expanded with the context's pivot.
   *
   * @return the year, such as 2017 for {@code PS 6/17}; present in every built-in scheme
   */
  public abstract OptionalInt year();

  /**
   * Returns the sequence number within the year (sakssekvensnummer, journalsekvensnummer,
   * møtesakssekvensnummer, løbenummer).
   *
   * @return the sequence number, 1 or more, such as 1234 for {@code 2021/1234}; present in every built-in scheme
   */
  public abstract OptionalInt sequenceNumber();

  /**
   * Returns the document number within the case (dokumentnummer).
   *
   * @return the document number, 1 or more, such as 8 for {@code 2011/3869-8}; present only in
   *     {@link CaseNumberScheme#NO_CASE_DOCUMENT}
   */
  public abstract OptionalInt documentNumber();

  /**
   * Returns the type prefix of a møtesaksnummer, such as {@code PS} (politisk sak), {@code DS}
   * (delegert sak), {@code RS} (referatsak), {@code FO} (forespørsel) or {@code OR} (orientering).
   *
   * @return the prefix, or empty
   */
  public abstract Optional<String> prefix();

  /**
   * Returns the Danish kommunekode the number starts with.
   *
   * @return the three-digit code, such as {@code "306"}; present only in
   *     {@link CaseNumberScheme#DK_MUNICIPALITY_YEAR_SEQUENCE}
   */
  public abstract Optional<String> municipalityCode();

  /**
   * Returns the KLE subject and handling facet the number starts with.
   *
   * @return the KLE code with its facet, such as {@code 27.00.00-G01}; present only in
   *     {@link CaseNumberScheme#DK_KLE}
   */
  public abstract Optional<KleCode> kleCode();

  /**
   * Parses a case number that must fit exactly one scheme of the context.
   *
   * <p>Surrounding blanks are ignored when reading and kept in {@link #text()}.
   *
   * @param text the number as written, such as {@code "2021/1234"} or {@code "PS 6/17"}
   * @param context the jurisdiction, expected schemes and reference year
   * @return the number
   * @throws AmbiguousCaseNumberException if more than one scheme fits; it lists the candidates
   * @throws InvalidValueException with field {@code caseNumber} if no scheme fits; the rule names
   *     the expected shapes, or why the shapes that match do not fit
   */
  public static CaseNumber parse(String text, CaseNumberContext context) {
    Analysis analysis = analyse(text, context);
    if (analysis.fits.size() == 1) {
      return analysis.fits.get(0);
    }
    if (analysis.fits.size() > 1) {
      throw new AmbiguousCaseNumberException(text, analysis.fits);
    }
    throw analysis.failure(text, context);
  }

  /**
   * Returns every reading of a text that fits a scheme of the context, for a caller who wants to choose.
   *
   * @param text the number as written
   * @param context the jurisdiction, expected schemes and reference year
   * @return the readings, at most one per scheme, in the order of {@link CaseNumberScheme}; empty if none fits
   */
  public static ImmutableList<CaseNumber> candidates(String text, CaseNumberContext context) {
    return ImmutableList.copyOf(analyse(text, context).fits);
  }

  /**
   * Returns a new builder, for a number whose scheme and parts are already known.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static Analysis analyse(String text, CaseNumberContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    Analysis analysis = new Analysis();
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return analysis;
    }
    for (CaseNumberScheme scheme : context.jurisdictionSchemes()) {
      boolean expected = context.schemes().contains(scheme);
      for (Reading reading : CaseNumberSyntax.read(stripped, scheme)) {
        String problem = reading.problem();
        if (problem == null) {
          problem = yearProblem(reading, context);
        }
        if (problem != null) {
          if (expected) {
            analysis.problems.add("as " + scheme + ", " + problem);
          }
        } else {
          (expected ? analysis.fits : analysis.unexpected).add(build(text, reading, context));
        }
      }
    }
    return analysis;
  }

  private static String yearProblem(Reading reading, CaseNumberContext context) {
    if (reading.year().length() == 2) {
      return null;
    }
    int year = Integer.parseInt(reading.year());
    return context.isWithinWindow(year) ? null : "the year " + reading.year() + " is not within "
        + context.earliestYear() + "–" + context.referenceYear() + ", the 100 years up to the reference year";
  }

  private static CaseNumber build(String text, Reading reading, CaseNumberContext context) {
    int year = Integer.parseInt(reading.year());
    Builder builder = builder().text(text).scheme(reading.scheme())
        .year(reading.year().length() == 2 ? context.expandTwoDigitYear(year) : year)
        .sequenceNumber(Integer.parseInt(reading.sequence()));
    if (reading.document() != null) {
      builder.documentNumber(Integer.parseInt(reading.document()));
    }
    if (reading.prefix() != null) {
      builder.prefix(reading.prefix());
    }
    if (reading.municipality() != null) {
      builder.municipalityCode(reading.municipality());
    }
    if (reading.kle() != null) {
      builder.kleCode(KleCode.parse(reading.kle()));
    }
    return builder.build();
  }

  @Value.Check
  void check() {
    List<Reading> readings = CaseNumberSyntax.read(text().strip(), scheme());
    Reading reading = readings.stream().filter(r -> r.problem() == null).findFirst().orElseThrow(() ->
        new InvalidValueException(FIELD + ".text", text(), readings.isEmpty()
            ? "is not written as " + scheme().describeShapes() : readings.get(0).problem()));
    agree("sequenceNumber", sequenceNumber(), reading.sequence());
    agree("documentNumber", documentNumber(), reading.document());
    agree("prefix", prefix(), Optional.ofNullable(reading.prefix()));
    agree("municipalityCode", municipalityCode(), Optional.ofNullable(reading.municipality()));
    agree("kleCode", kleCode(), Optional.ofNullable(reading.kle()).map(KleCode::parse));
    if (year().isEmpty()) {
      throw new InvalidValueException(FIELD + ".year", "none", "the text '" + text() + "' has the year "
          + reading.year());
    }
    int year = year().getAsInt();
    if (year < 1000 || year > 9999) {
      throw new InvalidValueException(FIELD + ".year", year, "must have four digits");
    }
    int written = Integer.parseInt(reading.year());
    if (reading.year().length() == 2 ? year % 100 != written : year != written) {
      throw new InvalidValueException(FIELD + ".year", year, "does not match the year " + reading.year()
          + " in the text '" + text() + "'");
    }
  }

  private void agree(String part, OptionalInt actual, String digits) {
    agree(part, actual.isPresent() ? Optional.of(actual.getAsInt()) : Optional.empty(),
        Optional.ofNullable(digits).map(Integer::parseInt));
  }

  private void agree(String part, Optional<?> actual, Optional<?> written) {
    if (!actual.equals(written)) {
      throw new InvalidValueException(FIELD + "." + part, actual.map(Object::toString).orElse("none"),
          "does not match the text '" + text() + "', which has " + written.map(Object::toString).orElse("none"));
    }
  }

  /**
   * Describes the parts for a message, such as {@code type PS, sequence 6, year 2017}.
   *
   * @return the description
   */
  String describeParts() {
    List<String> parts = new ArrayList<>();
    prefix().ifPresent(p -> parts.add("type " + p));
    municipalityCode().ifPresent(m -> parts.add("kommunekode " + m));
    kleCode().ifPresent(k -> parts.add("KLE " + k));
    year().ifPresent(y -> parts.add("year " + y));
    sequenceNumber().ifPresent(s -> parts.add("sequence " + s));
    documentNumber().ifPresent(d -> parts.add("document " + d));
    return String.join(", ", parts);
  }

  /**
   * Returns the number exactly as it was written.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text();
  }

  /** What reading a text found: the fitting numbers, those of unexpected schemes, and the problems. */
  private static final class Analysis {
    final List<CaseNumber> fits = new ArrayList<>();
    final List<CaseNumber> unexpected = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    InvalidValueException failure(String text, CaseNumberContext context) {
      if (text.isBlank()) {
        return new InvalidValueException(FIELD, text, "must not be blank");
      }
      if (context.schemes().isEmpty()) {
        return new InvalidValueException(FIELD, text, "cannot be read: Folkestyre knows no case-number scheme of "
            + context.jurisdiction().map(j -> j.id()).orElse("any jurisdiction"));
      }
      if (!unexpected.isEmpty()) {
        return new InvalidValueException(FIELD, text, "has the shape of "
            + unexpected.stream().map(n -> n.scheme().name()).distinct().collect(Collectors.joining(" and "))
            + ", which the context does not expect; it expects " + context.schemes());
      }
      if (!problems.isEmpty()) {
        return new InvalidValueException(FIELD, text, "fits no case-number scheme: " + String.join("; ", problems));
      }
      return new InvalidValueException(FIELD, text, "matches none of the shapes "
          + context.schemes().stream().map(CaseNumberScheme::describeShapes).collect(Collectors.joining(", "))
          + "; where " + legend(context.schemes()));
    }

    /** Explains the notation of the shapes of some schemes. */
    private static String legend(Set<CaseNumberScheme> schemes) {
      List<String> legend = new ArrayList<>();
      legend.add("N is 1 to 9 digits");
      if (schemes.contains(CaseNumberScheme.NO_MEETING_CASE)) {
        legend.add("n 1 to 3 digits");
        legend.add("T a type prefix of 1 to 3 capital letters such as PS");
      }
      if (schemes.contains(CaseNumberScheme.NO_CASE_DOCUMENT)) {
        legend.add("D a document number of 1 to 9 digits");
      }
      if (schemes.contains(CaseNumberScheme.DK_MUNICIPALITY_YEAR_SEQUENCE)) {
        legend.add("KKK a three-digit kommunekode");
      }
      if (schemes.contains(CaseNumberScheme.DK_KLE)) {
        legend.add("NN.NN.NN-XNN a KLE subject with its handling facet");
      }
      return String.join(", ", legend);
    }
  }

  /** Builds a {@link CaseNumber}: text and scheme are required, with the parts the scheme has. */
  public static final class Builder extends ImmutableCaseNumber.Builder {
    Builder() {}
  }
}
