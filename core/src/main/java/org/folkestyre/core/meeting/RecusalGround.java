package org.folkestyre.core.meeting;

import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * The legal ground on which a member is disqualified from a case — ugildhet or inhabilitet (NO),
 * inhabilitet (DK).
 *
 * <p>Norway: forvaltningsloven (1967) § 6, first paragraph letters a–e (automatic disqualification)
 * and second paragraph (other special circumstances), applied to elected bodies by kommuneloven
 * § 11-10. Denmark: forvaltningsloven § 3, stk. 1, nr. 1–5.
 */
public enum RecusalGround {
  /** Forvaltningsloven § 6 (1) a: the member is a party to the case. */
  NO_FVL_6_1_A(Jurisdiction.NORWAY_ID, "forvaltningsloven § 6 første ledd bokstav a", "is a party to the case"),
  /** Forvaltningsloven § 6 (1) b: related to a party by blood or marriage, as close as siblings. */
  NO_FVL_6_1_B(Jurisdiction.NORWAY_ID, "forvaltningsloven § 6 første ledd bokstav b",
      "is related to a party in direct line or as close as siblings"),
  /** Forvaltningsloven § 6 (1) c: married, engaged or foster parent or child of a party. */
  NO_FVL_6_1_C(Jurisdiction.NORWAY_ID, "forvaltningsloven § 6 første ledd bokstav c",
      "is or was married or engaged to, or foster parent or child of, a party"),
  /** Forvaltningsloven § 6 (1) d: guardian or attorney of a party. */
  NO_FVL_6_1_D(Jurisdiction.NORWAY_ID, "forvaltningsloven § 6 første ledd bokstav d", "is guardian or attorney of a party"),
  /** Forvaltningsloven § 6 (1) e: leader or board member of a party that is a company, association or foundation. */
  NO_FVL_6_1_E(Jurisdiction.NORWAY_ID, "forvaltningsloven § 6 første ledd bokstav e",
      "leads or sits on the board of a company, association or foundation that is a party"),
  /** Forvaltningsloven § 6 (2): other special circumstances that weaken confidence in impartiality. */
  NO_FVL_6_2(Jurisdiction.NORWAY_ID, "forvaltningsloven § 6 andre ledd",
      "other special circumstances weaken confidence in the member's impartiality"),
  /** Forvaltningsloven § 3, stk. 1, nr. 1: a special personal or economic interest of one's own. */
  DK_FVL_3_1_1(Jurisdiction.DENMARK_ID, "forvaltningsloven § 3, stk. 1, nr. 1",
      "has a special personal or economic interest in the outcome, or represents someone who has"),
  /** Forvaltningsloven § 3, stk. 1, nr. 2: a spouse, relative or other close person has such an interest. */
  DK_FVL_3_1_2(Jurisdiction.DENMARK_ID, "forvaltningsloven § 3, stk. 1, nr. 2",
      "a spouse, relative or other close person has a special interest in the outcome"),
  /** Forvaltningsloven § 3, stk. 1, nr. 3: leads or is closely tied to a private legal person with such an interest. */
  DK_FVL_3_1_3(Jurisdiction.DENMARK_ID, "forvaltningsloven § 3, stk. 1, nr. 3",
      "leads or is closely tied to a company or association with a special interest in the outcome"),
  /** Forvaltningsloven § 3, stk. 1, nr. 4: took part in the decision of another authority now under review. */
  DK_FVL_3_1_4(Jurisdiction.DENMARK_ID, "forvaltningsloven § 3, stk. 1, nr. 4",
      "took part in the decision of the authority whose decision is under review"),
  /** Forvaltningsloven § 3, stk. 1, nr. 5: other circumstances that raise doubt about impartiality. */
  DK_FVL_3_1_5(Jurisdiction.DENMARK_ID, "forvaltningsloven § 3, stk. 1, nr. 5",
      "other circumstances raise doubt about the member's impartiality");

  private final String jurisdictionId;
  private final String reference;
  private final String description;

  RecusalGround(String jurisdictionId, String reference, String description) {
    this.jurisdictionId = jurisdictionId;
    this.reference = reference;
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
   * @return the reference, such as {@code "forvaltningsloven § 6 første ledd bokstav a"}
   */
  public String reference() {
    return reference;
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
