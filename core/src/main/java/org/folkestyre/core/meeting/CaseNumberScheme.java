package org.folkestyre.core.meeting;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * A way of numbering cases, with the shapes it is written in — saksnummer and its relatives (NO),
 * sagsnummer and journalnummer (DK).
 *
 * <p>Shapes use this notation: {@code YYYY} a four-digit year, {@code YY} a two-digit year,
 * {@code N} a sequence number of 1 to 9 digits, {@code n} a sequence number of 1 to 3 digits,
 * {@code D} a document number of 1 to 9 digits, {@code T} a type prefix of 1 to 3 capital letters
 * (A–Z, Æ, Ø, Å) such as {@code PS}, followed by optional spaces, {@code KKK} a three-digit Danish
 * kommunekode, {@code NN.NN.NN-XNN} a KLE subject with its handling facet. Numbers may carry
 * leading zeros; sequence and document numbers are at least 1.
 *
 * <p>Norway numbers cases after Noark 5; Denmark has no national format, so its schemes are those
 * observed in the municipalities' case systems.
 */
public enum CaseNumberScheme {
  /**
   * Saksnummer (arkivsaksnummer, Noark 5 M003 = saksår M011 + sakssekvensnummer M012): year first,
   * {@code 2021/1234}, older {@code 09/810}.
   */
  NO_CASE(Jurisdiction.NORWAY_ID, "saksnummer", "2021/1234", "YYYY/N", "YY/N"),
  /**
   * Saksnummer with document number (registreringsID, Noark 5 M004): document 8 of case
   * 2011/3869 is {@code 2011/3869-8}.
   */
  NO_CASE_DOCUMENT(Jurisdiction.NORWAY_ID, "saksnummer med dokumentnummer", "2011/3869-8", "YYYY/N-D", "YY/N-D"),
  /**
   * Journalpostnummer (løpenummer, Noark 5 M014 + M013): sequence first, {@code 25367/2011}, so
   * that it is not confused with a saksnummer. Only the four-digit year is recognised.
   */
  NO_JOURNAL_ENTRY(Jurisdiction.NORWAY_ID, "journalpostnummer", "25367/2011", "N/YYYY"),
  /**
   * Møtesaksnummer (utvalgssaksnummer; Noark 4 UB.USEKNR + UB.AAR, eInnsyn møtesakssekvensnummer +
   * møtesaksår), with an optional type prefix such as {@code PS} (politisk sak): {@code 56/09},
   * {@code PS 6/17}, {@code PS 2015/100}. Without a prefix only the two-digit year is recognised,
   * since {@code N/YYYY} is a journalpostnummer.
   */
  NO_MEETING_CASE(Jurisdiction.NORWAY_ID, "møtesaksnummer", "PS 6/17", "n/YY", "T n/YY", "T n/YYYY", "T YYYY/N"),
  /** Sagsnummer as year and sequence (Acadre style): {@code 13/37262}. */
  DK_YEAR_SEQUENCE(Jurisdiction.DENMARK_ID, "sagsnummer (år/løbenummer)", "13/37262", "YY/N"),
  /** Sagsnummer as kommunekode, year and sequence: {@code 306-2009-600}. */
  DK_MUNICIPALITY_YEAR_SEQUENCE(
      Jurisdiction.DENMARK_ID, "sagsnummer (kommunekode-år-løbenummer)", "306-2009-600", "KKK-YYYY-N"),
  /**
   * Journalnummer built on KL Emnesystematik: KLE subject, handling facet, sequence and two-digit
   * year, {@code 27.00.00-G01-170-23}.
   */
  DK_KLE(Jurisdiction.DENMARK_ID, "journalnummer (KLE)", "27.00.00-G01-170-23", "NN.NN.NN-XNN-N-YY");

  private final String jurisdictionId;
  private final String localName;
  private final String example;
  private final ImmutableList<String> shapes;

  CaseNumberScheme(String jurisdictionId, String localName, String example, String... shapes) {
    this.jurisdictionId = jurisdictionId;
    this.localName = localName;
    this.example = example;
    this.shapes = ImmutableList.copyOf(shapes);
  }

  /**
   * Returns the id of the jurisdiction whose case systems use the scheme.
   *
   * @return the jurisdiction id, {@code "NO"} or {@code "DK"}
   */
  public String jurisdictionId() {
    return jurisdictionId;
  }

  /**
   * Returns the name the scheme has in its jurisdiction's language.
   *
   * @return the local name, such as {@code "møtesaksnummer"}
   */
  public String localName() {
    return localName;
  }

  /**
   * Returns a real example of a number in the scheme.
   *
   * @return the example, such as {@code "PS 6/17"}
   */
  public String example() {
    return example;
  }

  /**
   * Returns the shapes the scheme is written in, in the notation of the class documentation.
   *
   * @return the shapes, such as {@code YYYY/N} and {@code YY/N}
   */
  public ImmutableList<String> shapes() {
    return shapes;
  }

  /**
   * Returns whether a number of the scheme identifies a whole case, rather than one of its
   * documents, a journal entry or its place on an agenda.
   *
   * @return false for {@link #NO_CASE_DOCUMENT}, {@link #NO_JOURNAL_ENTRY} and {@link #NO_MEETING_CASE}
   */
  public boolean identifiesCase() {
    return this != NO_CASE_DOCUMENT && this != NO_JOURNAL_ENTRY && this != NO_MEETING_CASE;
  }

  /**
   * Returns whether the scheme is used in a jurisdiction or one of its subdivisions.
   *
   * @param jurisdiction the jurisdiction, such as Norway or a Norwegian county {@code NO-33}
   * @return true if the jurisdiction's id is the scheme's or starts with it and a hyphen
   */
  public boolean appliesTo(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    String id = jurisdiction.id();
    return id.equals(jurisdictionId) || id.startsWith(jurisdictionId + "-");
  }

  /**
   * Returns the schemes used in a jurisdiction, in declaration order.
   *
   * @param jurisdiction the jurisdiction
   * @return the schemes; empty for a jurisdiction Folkestyre knows no case numbers of
   */
  public static ImmutableList<CaseNumberScheme> usedIn(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return Arrays.stream(values()).filter(s -> s.appliesTo(jurisdiction)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the scheme's shapes joined for a message, such as {@code YYYY/N or YY/N (NO_CASE)}.
   *
   * @return the description
   */
  String describeShapes() {
    return String.join(" or ", shapes) + " (" + name() + ")";
  }
}
