package org.folkestyre.core.redaction;

/**
 * Why a submission is withheld whole from publication, after the terms of regjeringen.no for
 * høringssvar and the practice of Danish municipalities.
 */
public enum WithholdingReason {
  /** It holds personal data about individuals that redaction cannot remove safely. */
  PERSONAL_DATA,
  /** It holds special categories of personal data (GDPR articles 9 and 10), such as health. */
  SPECIAL_CATEGORY,
  /** It is hateful or discriminatory. */
  HATEFUL_OR_DISCRIMINATORY,
  /** It is defamatory. */
  DEFAMATION,
  /** It is otherwise unlawful: threats, incitement. */
  OTHER_UNLAWFUL,
  /** It concerns a purely private matter (DK: "forhold af privat karakter"). */
  PRIVATE_MATTER,
  /** It was filed in someone else's name. */
  FILED_IN_ANOTHERS_NAME
}
