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
}
