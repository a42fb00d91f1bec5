package org.folkestyre.core.meeting;

import java.util.Optional;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * The legal ground for handling an agenda item behind closed doors — hjemmel for lukking (NO),
 * lukket punkt (DK).
 *
 * <p>Norway: kommuneloven § 11-5 second paragraph lists when a meeting <em>must</em> be closed,
 * the third paragraph when it <em>may</em> be. Each Norwegian ground names the section of
 * offentleglova that exempts the same information from public access, where there is one; these
 * references are given for the reader and no rule checks them. Denmark: the council decides case
 * by case to handle an item behind closed doors because of confidential information
 * (styrelsesloven § 10); no standing category of closed items exists.
 */
public enum ClosureGround {
  /** Kommuneloven § 11-5 (2) a: an employee's service matters — mandatory. */
  NO_KL_11_5_2_A(Jurisdiction.NORWAY_ID, "kommuneloven § 11-5 andre ledd bokstav a", true,
      "offentleglova § 25 andre ledd", "an employee's service matters (tjenstlige forhold)"),
  /** Kommuneloven § 11-5 (2) b: information subject to a statutory duty of confidentiality — mandatory. */
  NO_KL_11_5_2_B(Jurisdiction.NORWAY_ID, "kommuneloven § 11-5 andre ledd bokstav b", true,
      "offentleglova § 13", "information subject to a statutory duty of confidentiality (taushetsplikt)"),
  /** Kommuneloven § 11-5 (3) a: a person's privacy requires it — optional. */
  NO_KL_11_5_3_A(Jurisdiction.NORWAY_ID, "kommuneloven § 11-5 tredje ledd bokstav a", false,
      null, "privacy (personvern)"),
  /**
   * Kommuneloven § 11-5 (3) b: weighty public interests, and the information would be exempt from
   * access under offentleglova if it were in a document — optional.
   */
  NO_KL_11_5_3_B(Jurisdiction.NORWAY_ID, "kommuneloven § 11-5 tredje ledd bokstav b", false,
      "offentleglova kapittel 3", "weighty public interests, information exempt under offentleglova"),
  /** Styrelsesloven § 10: the council decided, for this case, to handle it behind closed doors. */
  DK_KSL_10(Jurisdiction.DENMARK_ID, "kommunestyrelsesloven § 10", false,
      null, "confidential information, decided case by case (lukket punkt)");

  private final String jurisdictionId;
  private final String reference;
  private final boolean mandatory;
  private final String accessReference;
  private final String description;

  ClosureGround(String jurisdictionId, String reference, boolean mandatory, String accessReference,
      String description) {
    this.jurisdictionId = jurisdictionId;
    this.reference = reference;
    this.mandatory = mandatory;
    this.accessReference = accessReference;
    this.description = description;
  }

  /**
   * Returns the id of the jurisdiction whose law gives the ground.
   *
   * @return {@code "NO"} or {@code "DK"}
   */
  public String jurisdictionId() {
    return jurisdictionId;
  }

  /**
   * Returns the legal reference.
   *
   * @return the reference, such as {@code "kommuneloven § 11-5 andre ledd bokstav a"}
   */
  public String reference() {
    return reference;
  }

  /**
   * Returns whether the law requires the item to be closed, rather than allowing it.
   *
   * @return true for the grounds of kommuneloven § 11-5 second paragraph
   */
  public boolean isMandatory() {
    return mandatory;
  }

  /**
   * Returns the section of the access-to-information act that exempts the same information.
   *
   * @return the reference, such as {@code "offentleglova § 13"}, or empty where there is none
   */
  public Optional<String> accessReference() {
    return Optional.ofNullable(accessReference);
  }

  /**
   * Returns what the ground covers, in English.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return reference;
  }
}
