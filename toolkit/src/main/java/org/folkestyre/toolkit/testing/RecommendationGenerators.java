package org.folkestyre.toolkit.testing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.toolkit.method.AccessBarrier;
import org.folkestyre.toolkit.method.Arena;
import org.folkestyre.toolkit.method.CostClass;
import org.folkestyre.toolkit.method.Iap2Level;
import org.folkestyre.toolkit.method.Mode;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Purpose;
import org.folkestyre.toolkit.method.TargetGroup;
import org.folkestyre.toolkit.recommend.RecommendationRequest;

/**
 * Generators of requests to the method recommender, and of the same requests with one constraint
 * relaxed, for properties such as "relaxing a constraint never removes a ranked method".
 */
public final class RecommendationGenerators {
  /** The ways {@link #relax(RecommendationRequest, RandomGenerator)} can relax a request. */
  private static final int RELAXATIONS = 6;

  private RecommendationGenerators() {}

  /**
   * Returns a generator of valid requests: every purpose, level, mode and budget class; the size
   * bounds the number of target groups (one more than the size, at most five) and of
   * accessibility needs (at most the size, at most three); arena, ages, calendar days and a
   * deliberative goal appear from size 1.
   *
   * @return the generator
   */
  public static Generator<RecommendationRequest> requests() {
    return RecommendationGenerators::request;
  }

  /**
   * Returns a generator of pairs of a request and the same request with one constraint relaxed.
   *
   * @return the generator of {@code [request, relaxed]} lists
   */
  public static Generator<List<RecommendationRequest>> relaxedPairs() {
    return (random, size) -> {
      RecommendationRequest request = request(random, size);
      return List.of(request, relax(request, random));
    };
  }

  /**
   * Returns the request with one constraint relaxed, chosen at random: a higher budget class,
   * {@link Mode#HYBRID}, more calendar days or none, no arena, a wider age range, or a goal that is
   * not deliberative. A request with nothing left to relax in the chosen way is returned unchanged.
   *
   * @param request the request
   * @param random the source of randomness
   * @return the relaxed request
   */
  public static RecommendationRequest relax(RecommendationRequest request, RandomGenerator random) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(random, "random");
    RecommendationRequest.Builder builder = RecommendationRequest.builder().from(request);
    switch (random.nextInt(RELAXATIONS)) {
      case 0 -> {
        int cost = request.maximumCost().ordinal();
        builder.maximumCost(CostClass.values()[cost + random.nextInt(CostClass.values().length - cost)]);
      }
      case 1 -> builder.mode(Mode.HYBRID);
      case 2 -> {
        if (request.availableDays().isPresent() && random.nextBoolean()) {
          builder.availableDays(request.availableDays().getAsInt() + 1 + random.nextInt(365));
        } else {
          builder.availableDays(OptionalInt.empty());
        }
      }
      case 3 -> builder.arena(Optional.empty());
      case 4 -> {
        if (request.minimumAge().isPresent()) {
          builder.minimumAge(random.nextInt(request.minimumAge().getAsInt() + 1));
        }
        if (request.maximumAge().isPresent()) {
          int max = request.maximumAge().getAsInt();
          builder.maximumAge(max + random.nextInt(ParticipationMethod.MAX_AGE - max + 1));
        }
      }
      default -> builder.deliberative(false);
    }
    return builder.build();
  }

  private static RecommendationRequest request(RandomGenerator random, int size) {
    RecommendationRequest.Builder builder = RecommendationRequest.builder()
        .purpose(pick(random, Purpose.values()))
        .level(pick(random, Iap2Level.values()))
        .mode(pick(random, Mode.values()))
        .maximumCost(pick(random, CostClass.values()));
    int groups = 1 + random.nextInt(Math.min(size, 4) + 1);
    for (int i = 0; i < groups; i++) {
      builder.addAudience(pick(random, TargetGroup.values()));
    }
    int needs = random.nextInt(Math.min(size, 3) + 1);
    for (int i = 0; i < needs; i++) {
      builder.addAccessibilityNeed(pick(random, AccessBarrier.values()));
    }
    if (size > 0) {
      if (random.nextBoolean()) {
        builder.arena(pick(random, Arena.values()));
      }
      if (random.nextInt(4) == 0) {
        builder.deliberative(true);
      }
      if (random.nextBoolean()) {
        int min = random.nextInt(80);
        builder.minimumAge(min);
        if (random.nextBoolean()) {
          builder.maximumAge(min + random.nextInt(ParticipationMethod.MAX_AGE - min + 1));
        }
      }
      if (random.nextBoolean()) {
        builder.availableDays(1 + random.nextInt(400));
      }
    }
    return builder.build();
  }

  private static <T> T pick(RandomGenerator random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
