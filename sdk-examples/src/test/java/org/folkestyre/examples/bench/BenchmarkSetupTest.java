package org.folkestyre.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Runs each benchmark's setup and one operation, so that the benchmarks cannot rot between runs. */
class BenchmarkSetupTest {

  @Test
  void municipalityValidation() {
    MunicipalityValidationBenchmark benchmark = new MunicipalityValidationBenchmark();
    benchmark.setUp();
    assertTrue(benchmark.validate().violations().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"dhondt", "sainte-lague", "modified-sainte-lague", "hare"})
  void seatAllocation_thousandSeatsAmongThousandLists(String method) {
    SeatAllocationBenchmark benchmark = new SeatAllocationBenchmark();
    benchmark.method = method;
    benchmark.setUp();
    assertEquals(SeatAllocationBenchmark.SIZE, benchmark.allocate().totalSeats());
    assertEquals(SeatAllocationBenchmark.SIZE, benchmark.allocate().seats().size());
  }

  @Test
  void committeeValidation_sixtyCommitteesFifteenHundredMemberships() {
    CommitteeValidationBenchmark benchmark = new CommitteeValidationBenchmark();
    benchmark.setUp();
    assertEquals(CommitteeValidationBenchmark.MEMBERSHIPS, benchmark.memberships());
    assertTrue(benchmark.validate().violations().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"nb", "da"})
  void redaction_oneMegabyteOfProse(String language) {
    RedactionBenchmark benchmark = new RedactionBenchmark();
    benchmark.language = language;
    benchmark.setUp();
    int bytes = benchmark.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertTrue(bytes >= RedactionBenchmark.MIN_BYTES && bytes < RedactionBenchmark.MIN_BYTES + 20_000, "" + bytes);
    RedactionBenchmark.Throughput throughput = new RedactionBenchmark.Throughput();
    org.folkestyre.core.redaction.RedactionResult result = benchmark.redact(throughput);
    assertEquals(bytes / 1e6, throughput.megabytes, 1e-9);
    assertTrue(result.redactions().size() > 3_000, "the prose is dense with personal data: " + result);
    RedactionBenchmark again = new RedactionBenchmark();
    again.language = language;
    again.setUp();
    assertEquals(benchmark.text(), again.text(), "the text is generated from a fixed seed");
  }

  @Test
  void consultationSummary_hundredThousandSubmissions() {
    ConsultationSummaryBenchmark benchmark = new ConsultationSummaryBenchmark();
    benchmark.setUp();
    assertEquals(ConsultationSummaryBenchmark.SUBMISSIONS, benchmark.submissions());
    assertTrue(benchmark.summarise().campaigns().size() >= 3, "the three campaigns are found");
  }
}
