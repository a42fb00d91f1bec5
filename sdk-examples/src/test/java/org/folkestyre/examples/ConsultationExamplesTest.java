package org.folkestyre.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the code behind the consultations page of the guide. */
class ConsultationExamplesTest {

  @Test
  void theSamfunnsdelExample_isValidAndSummarised() {
    Clock clock = Clock.fixed(Instant.parse("2026-05-06T08:00:00Z"), ZoneId.of("Europe/Oslo"));
    ConsultationExamples.Outcome outcome = ConsultationExamples.samfunnsdel(clock);
    assertEquals(List.of(), outcome.report().violations());
    assertEquals(1, outcome.summary().received());
    assertEquals(LocalDate.of(2026, 5, 5), outcome.summary().closes());
    assertEquals(1, outcome.summary().changes().size());
  }
}
