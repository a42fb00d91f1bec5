package org.folkestyre.core.redaction;

/**
 * The special category a {@link FindingKind#SPECIAL_CATEGORY} keyword points to — særlige
 * kategorier av personopplysninger (NO), følsomme personoplysninger (DK) — after GDPR articles 9
 * and 10.
 */
public enum SensitiveTopic {
  /** Health, illness, disability, medical treatment (helse, helbred). */
  HEALTH,
  /** Religion or belief (religion, livssyn, tro). */
  RELIGION_OR_BELIEF,
  /** Racial or ethnic origin (etnisk opprinnelse, etnisk oprindelse). */
  ETHNIC_ORIGIN,
  /** Sex life or sexual orientation (seksuell legning, seksuel orientering). */
  SEX_LIFE_OR_ORIENTATION,
  /** Trade-union membership (fagforeningsmedlemskap). */
  TRADE_UNION,
  /** Genetic or biometric data. */
  GENETIC_OR_BIOMETRIC,
  /** Criminal convictions and offences, article 10 (straffbare forhold). */
  CRIMINAL_MATTER
}
