package org.folkestyre.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.committee.ElectionMode;
import org.folkestyre.core.committee.Gender;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.MunicipalBodies;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.committee.Term;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.testing.ReferenceData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long it takes to validate a municipality's bodies: 60 committees with 1,500 memberships in
 * all, under {@code NO-KL} and {@code DRAMMEN-NEIGHBOURHOOD}.
 *
 * <p>Drammen's 20 reference bodies are completed with district committees of 5 members and 10
 * deputies each until there are 60 bodies, and further deputies are added to reach exactly 1,500
 * memberships. Run it with
 * {@code java -cp sdk-examples/target/folkestyre.jar org.openjdk.jmh.Main CommitteeValidationBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CommitteeValidationBenchmark {
  /** The number of committees. */
  public static final int COMMITTEES = 60;
  /** The number of memberships across all committees. */
  public static final int MEMBERSHIPS = 1_500;

  private MunicipalBodies bodies;
  private Validator validator;
  private ValidationContext context;

  /** Creates the benchmark state; JMH calls {@link #setUp()} before measuring. */
  public CommitteeValidationBenchmark() {}

  /**
   * Builds the bodies and checks they are valid, so that the benchmark measures checking, not reporting.
   *
   * @throws IllegalStateException if the bodies are not as described or not valid
   */
  @Setup
  public void setUp() {
    MunicipalBodies drammen = ReferenceData.drammenBodies2019();
    List<Committee> committees = new ArrayList<>(drammen.committees());
    Term term = committees.get(0).term();
    int people = 0;
    int memberships = committees.stream().mapToInt(c -> c.memberships().size()).sum();
    for (int c = committees.size(); c < COMMITTEES; c++) {
      int remainingCommittees = COMMITTEES - c;
      int deputies = Math.max(10, (MEMBERSHIPS - memberships) / remainingCommittees - 5);
      Party party = Party.of("B" + c, "Bench " + c);
      Committee.Builder committee = Committee.builder().id("bench-" + c).name("Utvalg " + c)
          .kind(CommitteeKinds.NO_DISTRICT).term(term).electionMode(ElectionMode.AGREEMENT);
      for (int m = 0; m < 5; m++) {
        committee.addMembership(Membership.of(person(++people, m), m == 0 ? Role.CHAIR : Role.MEMBER, party));
      }
      for (int d = 0; d < Math.min(deputies, 7); d++) {
        committee.addMembership(Membership.deputy(person(++people, d), d + 1, party));
      }
      for (int d = 7; d < deputies; d++) {
        Party other = Party.of("C" + c + "-" + d, "Bench other " + d);
        committee.addMembership(Membership.deputy(person(++people, d), 1, other));
      }
      Committee built = committee.build();
      memberships += built.memberships().size();
      committees.add(built);
    }
    bodies = MunicipalBodies.builder().from(drammen).committees(committees).build();
    validator = Validator.forJurisdiction(Jurisdiction.norway(), RulePacks.DRAMMEN_NEIGHBOURHOOD);
    context = ValidationContext.asOf(LocalDate.of(2020, 6, 1));
    ValidationReport report = validator.validate(bodies, context);
    if (bodies.committees().size() != COMMITTEES || !report.violations().isEmpty()) {
      throw new IllegalStateException("expected 60 valid committees: " + bodies.committees().size() + ", "
          + report.violations());
    }
  }

  private static Person person(int id, int index) {
    return Person.of("bench-" + id, "Bench person " + id, index % 2 == 0 ? Gender.FEMALE : Gender.MALE,
        LocalDate.of(1970, 1, 1));
  }

  /**
   * Returns the number of memberships of the benchmarked bodies.
   *
   * @return the memberships across all committees
   */
  public int memberships() {
    return bodies.committees().stream().mapToInt(c -> c.memberships().size()).sum();
  }

  /**
   * Validates every committee rule of both packs.
   *
   * @return the report, so that JMH keeps the work
   */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(bodies, context);
  }
}
