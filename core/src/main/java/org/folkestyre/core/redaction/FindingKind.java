package org.folkestyre.core.redaction;

/**
 * What a redactor found: personal data it replaces, or content it flags for a person to review.
 *
 * <p>The first six kinds are replaced in the redacted text; {@link #SPECIAL_CATEGORY} and
 * {@link #NAMED_THIRD_PARTY} are flags only and leave the text as it is.
 */
public enum FindingKind {
  /**
   * A Norwegian fødselsnummer: eleven digits, the birth date {@code DDMMYY} then the individual
   * number and two check digits, written together or as {@code DDMMYY XXXXX} or
   * {@code DDMMYY-XXXXX}. Synthetic test numbers (Test-Norge/Tenor, month + 80) are included.
   */
  NO_FODSELSNUMMER(false, true),
  /** A Norwegian D-number (D-nummer), given to people not registered as residents: the day + 40. */
  NO_D_NUMBER(false, true),
  /**
   * A Norwegian H-number (hjelpenummer) of the health services: the month + 40; also a felles
   * hjelpenummer (FH-nummer), which starts with 8 or 9 and has no date, when its check digits are valid.
   */
  NO_H_NUMBER(false, true),
  /** A Danish CPR number (personnummer): {@code DDMMYY-SSSS}, also written without the hyphen. */
  DK_CPR(false, true),
  /** A Norwegian or Danish telephone number: eight digits, with or without {@code +47}, {@code +45}, {@code 0047} or {@code 0045}. */
  PHONE(false, false),
  /** An e-mail address. */
  EMAIL(false, false),
  /**
   * A word that points to a special category of personal data (GDPR articles 9 and 10): health,
   * religion or belief, ethnic origin, sex life or sexual orientation, trade-union membership,
   * genetic or biometric data, criminal matters. Flagged, not replaced.
   */
  SPECIAL_CATEGORY(true, false),
  /**
   * A name that probably belongs to a private third party: a capitalised word after a word for a
   * relation such as "naboen min" or "min søster", or after "fru" or "herr". Flagged, not replaced.
   */
  NAMED_THIRD_PARTY(true, false);

  private final boolean reviewFlag;
  private final boolean nationalIdentityNumber;

  FindingKind(boolean reviewFlag, boolean nationalIdentityNumber) {
    this.reviewFlag = reviewFlag;
    this.nationalIdentityNumber = nationalIdentityNumber;
  }

  /**
   * Returns whether findings of this kind are flags for review, which leave the text as it is.
   *
   * @return true for {@link #SPECIAL_CATEGORY} and {@link #NAMED_THIRD_PARTY}
   */
  public boolean isReviewFlag() {
    return reviewFlag;
  }

  /**
   * Returns whether this kind is a national identity number.
   *
   * @return true for the Norwegian numbers and the Danish CPR number
   */
  public boolean isNationalIdentityNumber() {
    return nationalIdentityNumber;
  }
}
