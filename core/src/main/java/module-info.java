/**
 * Folkestyre core: municipalities and districts, jurisdictions with their terms and
 * calendars, committees and their meetings, the governance-rule engine, seat allocation,
 * consultations with loyalty to every input, the redaction of personal data before publication,
 * and the exchange of meetings and cases as OParl 1.1 JSON and iCalendar feeds.
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
  // Optional: only org.folkestyre.core.interchange.oparl binds JSON, and it says so. Core runs without Jackson.
  requires static com.fasterxml.jackson.databind;

  exports org.folkestyre.core;
  exports org.folkestyre.core.jurisdiction;
  exports org.folkestyre.core.municipality;
  exports org.folkestyre.core.committee;
  exports org.folkestyre.core.meeting;
  exports org.folkestyre.core.minutes;
  exports org.folkestyre.core.governance;
  exports org.folkestyre.core.audit;
  exports org.folkestyre.core.plan;
  exports org.folkestyre.core.election;
  exports org.folkestyre.core.consultation;
  exports org.folkestyre.core.redaction;
  exports org.folkestyre.core.testing;
  exports org.folkestyre.core.spi;
  exports org.folkestyre.core.interchange;
  exports org.folkestyre.core.interchange.oparl;
  exports org.folkestyre.core.interchange.ical;
  exports org.folkestyre.core.internal to org.folkestyre.toolkit;

  uses org.folkestyre.core.spi.JurisdictionProvider;
}
