package org.folkestyre.toolkit.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.testing.GrantGenerators;
import org.junit.jupiter.api.Test;

/** The guarantees of {@link GrantAllocator}, over generated rounds. */
class TestGrantAllocatorProperties {
  private static final int TRIES = 400;
  private static final int MAX_SIZE = 40;
  private static final Validator VALIDATOR = Validator.of(List.of(GrantPoolRules.pack()));
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2015, 6, 1));

  @Test
  void totalAwardedNeverExceedsThePool() {
    PropertyCheck.forAll("total awarded <= pool", 7001L, TRIES, MAX_SIZE, GrantGenerators.allocations(),
        allocation -> {
          long budget = allocation.round().pool().budget();
          long sum = 0;
          for (GrantDecision decision : allocation.decisions()) {
            sum += decision.amountAwarded();
          }
          assertTrue(sum <= budget, sum + " > " + budget);
          assertEquals(budget - sum, allocation.remaining());
        });
  }

  @Test
  void everyApplicationIsDecidedExactlyOnce() {
    PropertyCheck.forAll("every application decided once", 7002L, TRIES, MAX_SIZE, GrantGenerators.allocations(),
        allocation -> {
          Map<String, Integer> counts = new HashMap<>();
          allocation.decisions().forEach(d -> counts.merge(d.applicationId(), 1, Integer::sum));
          assertEquals(allocation.round().applications().size(), allocation.decisions().size());
          for (GrantApplication application : allocation.round().applications()) {
            assertEquals(1, counts.getOrDefault(application.id(), 0), application.id());
          }
        });
  }

  @Test
  void anAwardIsWithinTheRequestAndAPartialAwardAtLeastTheMinimum() {
    PropertyCheck.forAll("award within request", 7003L, TRIES, MAX_SIZE, GrantGenerators.allocations(),
        allocation -> {
          for (GrantDecision decision : allocation.decisions()) {
            GrantApplication application = allocation.round().application(decision.applicationId()).orElseThrow();
            assertTrue(decision.amountAwarded() <= application.amountRequested(), decision::toString);
            if (decision.outcome() == DecisionOutcome.PARTIAL) {
              assertTrue(allocation.round().pool().partialAwards(), decision::toString);
              assertTrue(decision.amountAwarded() >= application.minimumAmount(), decision::toString);
            }
            if (decision.outcome() == DecisionOutcome.AWARDED) {
              assertEquals(application.amountRequested(), decision.amountAwarded());
            }
          }
        });
  }

  @Test
  void theAllocatorsDecisionsBreakNoRule() {
    PropertyCheck.forAll("allocations are valid", 7004L, TRIES, MAX_SIZE, GrantGenerators.allocations(),
        allocation -> {
          ValidationReport report = VALIDATOR.validate(allocation, CONTEXT);
          assertTrue(report.isValid(), report::toString);
          assertTrue(VALIDATOR.validate(allocation.round(), CONTEXT).violations().isEmpty());
        });
  }

  @Test
  void theOrderOfTheApplicationsDoesNotChangeTheOutcome() {
    Generator<GrantRound[]> shuffled = (random, size) -> {
      GrantRound round = GrantGenerators.rounds().generate(random, size);
      List<GrantApplication> applications = new ArrayList<>(round.applications());
      List<Assessment> assessments = new ArrayList<>(round.assessments());
      Collections.shuffle(applications, new Random(random.nextLong()));
      Collections.shuffle(assessments, new Random(random.nextLong()));
      return new GrantRound[] {round, GrantRound.of(round.pool(), applications, assessments)};
    };
    PropertyCheck.forAll("order of submission", 7005L, TRIES, MAX_SIZE, shuffled,
        rounds -> assertEquals(GrantAllocator.allocate(rounds[0]).decisions(),
            GrantAllocator.allocate(rounds[1]).decisions()));
  }

  @Test
  void raisingAnApplicationsScoreNeverLowersItsAward() {
    Generator<Object[]> raised = (random, size) -> {
      GrantRound round = GrantGenerators.rounds().generate(random, size);
      if (round.applications().isEmpty() || round.pool().assessment().isEmpty()) {
        return new Object[] {round, round, ""};
      }
      int victim = random.nextInt(round.applications().size());
      String id = round.applications().get(victim).id();
      Assessment before = round.assessment(id).orElseThrow();
      Map<String, Integer> points = new HashMap<>();
      for (AssessmentCriterion criterion : round.pool().assessment()) {
        int had = before.points().get(criterion.id());
        points.put(criterion.id(), had + random.nextInt(criterion.maxPoints() - had + 1));
      }
      Assessment raisedAssessment = Assessment.builder().from(before).points(points).build();
      List<Assessment> assessments = new ArrayList<>(round.assessments());
      assessments.replaceAll(a -> a.applicationId().equals(id) ? raisedAssessment : a);
      return new Object[] {round, GrantRound.of(round.pool(), round.applications(), assessments), id};
    };
    PropertyCheck.forAll("monotone in score", 7006L, TRIES, MAX_SIZE, raised, pair -> {
      String id = (String) pair[2];
      if (id.isEmpty()) {
        return;
      }
      GrantRound lower = (GrantRound) pair[0];
      GrantRound higher = (GrantRound) pair[1];
      assertTrue(higher.score(id).orElseThrow() >= lower.score(id).orElseThrow());
      long before = GrantAllocator.allocate(lower).decision(id).orElseThrow().amountAwarded();
      long after = GrantAllocator.allocate(higher).decision(id).orElseThrow().amountAwarded();
      assertTrue(after >= before, id + ": " + before + " -> " + after);
    });
  }

  @Test
  void theRankingIsByScoreThenTheDocumentedTieBreak() {
    PropertyCheck.forAll("ranking order", 7007L, TRIES, MAX_SIZE, GrantGenerators.allocations(), allocation -> {
      GrantRound round = allocation.round();
      List<GrantDecision> ranked = allocation.decisions().stream().filter(d -> d.rank().isPresent()).toList();
      for (int i = 0; i < ranked.size(); i++) {
        assertEquals(i + 1, ranked.get(i).rank().orElseThrow());
        if (i > 0) {
          GrantApplication a = round.application(ranked.get(i - 1).applicationId()).orElseThrow();
          GrantApplication b = round.application(ranked.get(i).applicationId()).orElseThrow();
          long scoreA = round.score(a.id()).orElseThrow();
          long scoreB = round.score(b.id()).orElseThrow();
          boolean ordered = scoreA > scoreB || scoreA == scoreB && (a.amountRequested() < b.amountRequested()
              || a.amountRequested() == b.amountRequested() && (a.received().isBefore(b.received())
              || a.received().equals(b.received()) && a.id().compareTo(b.id()) < 0));
          assertTrue(ordered, a + " before " + b);
        }
      }
    });
  }
}
