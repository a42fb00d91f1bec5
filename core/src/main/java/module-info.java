/**
 * Folkestyre core: municipalities and districts, jurisdictions with their terms and
 * calendars, committees and their meetings, the governance-rule engine, seat allocation, and the
 * redaction of personal data before publication.
 *
 * <p>Every public type is immutable and thread-safe unless it says otherwise; no method
 * accepts or returns {@code null}.
 */
module org.folkestyre.core {
  requires transitive com.google.common;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  // Generated value classes carry @Generated and Error Prone annotations; neither is needed at run time.
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.folkestyre.core;
  exports org.folkestyre.core.jurisdiction;
  exports org.folkestyre.core.municipality;
  exports org.folkestyre.core.committee;
  exports org.folkestyre.core.meeting;
  exports org.folkestyre.core.governance;
  exports org.folkestyre.core.election;
  exports org.folkestyre.core.redaction;
  exports org.folkestyre.core.testing;
  exports org.folkestyre.core.spi;
  exports org.folkestyre.core.internal to org.folkestyre.toolkit;

  uses org.folkestyre.core.spi.JurisdictionProvider;
}
