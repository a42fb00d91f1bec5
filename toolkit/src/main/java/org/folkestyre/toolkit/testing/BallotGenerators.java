package org.folkestyre.toolkit.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.toolkit.budgeting.Amount;
import org.folkestyre.toolkit.budgeting.Ballot;
import org.folkestyre.toolkit.budgeting.BallotConstraints;
import org.folkestyre.toolkit.budgeting.BallotSubmission;
import org.folkestyre.toolkit.budgeting.BallotType;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.Eligibility;
import org.folkestyre.toolkit.budgeting.Project;
import org.folkestyre.toolkit.budgeting.RejectionCode;
import org.folkestyre.toolkit.budgeting.Voter;
import org.folkestyre.toolkit.budgeting.VotingWindow;
import org.folkestyre.toolkit.identity.AssuranceLevel;
import org.folkestyre.toolkit.identity.IdentityScheme;
import org.folkestyre.toolkit.identity.VerifiedIdentity;

/**
 * Generators of participatory-budgeting ballots: valid submissions from eligible, verified voters,
 * and submissions that are rejected for exactly one {@link RejectionCode}.
 *
 * <p>A scenario is set in Drammen (kommunenummer 3005) with two to five of its districts, Europe/Oslo
 * time and a voting window of one to four weeks in 2026. Its election has a few projects to a few
 * dozen (the size bounds how many), costing whole kroner, of every ballot type; its constraints, its
 * eligibility rules (residence, a minimum age of 16, "own district plus N more", a minimum assurance
 * level) are each present or not at random, and are kept by the scenario's submission. A scenario of
 * {@link #breaking(RejectionCode)} differs in one place so that its submission is rejected for that
 * code alone.
 */
public final class BallotGenerators {
  /** Districts of Drammen, by the short names residents use. */
  private static final ImmutableList<String> DISTRICTS = ImmutableList.of("Mjøndalen", "Krokstadelva",
      "Solbergelva", "Gulskogen", "Konnerud", "Fjell", "Strømsø", "Bragernes", "Åssiden", "Svelvik");
  private static final MunicipalityCode DRAMMEN = MunicipalityCode.of(Jurisdiction.norway(), "3005");
  private static final MunicipalityCode OSLO = MunicipalityCode.of(Jurisdiction.norway(), "0301");
  private static final ZoneId OSLO_ZONE = ZoneId.of("Europe/Oslo");
  private static final int MINIMUM_AGE = 16;
  private static final ImmutableSet<RejectionCode> BREAKABLE = ImmutableSet.copyOf(
      EnumSet.complementOf(EnumSet.of(RejectionCode.SECOND_BALLOT)));

  /**
   * One voter's submission to an election, with everything needed to cast it in a ballot box.
   *
   * @param election the election without ballots
   * @param eligibility who may vote
   * @param window when ballots are accepted
   * @param identity the voter
   * @param submission what she submits
   * @param castAt when she submits it
   */
  public record Scenario(BudgetingElection election, Eligibility eligibility, VotingWindow window,
      VerifiedIdentity identity, BallotSubmission submission, Instant castAt) {
    /**
     * Checks that no component is null.
     *
     * @param election the election without ballots
     * @param eligibility who may vote
     * @param window when ballots are accepted
     * @param identity the voter
     * @param submission what she submits
     * @param castAt when she submits it
     */
    public Scenario {
      Objects.requireNonNull(election, "election");
      Objects.requireNonNull(eligibility, "eligibility");
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(identity, "identity");
      Objects.requireNonNull(submission, "submission");
      Objects.requireNonNull(castAt, "castAt");
    }
  }

  private BallotGenerators() {}

  /**
   * Returns the codes {@link #breaking(RejectionCode)} can produce: every code but {@link
   * RejectionCode#SECOND_BALLOT}, which needs two submissions.
   *
   * @return the breakable codes
   */
  public static ImmutableSet<RejectionCode> breakableCodes() {
    return BREAKABLE;
  }

  /**
   * Returns a generator of scenarios whose submission is accepted.
   *
   * @return the generator
   */
  public static Generator<Scenario> valid() {
    return (random, size) -> scenario(random, size, null);
  }

  /**
   * Returns a generator of scenarios whose submission is rejected for one code and no other.
   *
   * @param code the code, one of {@link #breakableCodes()}
   * @return the generator
   * @throws IllegalArgumentException if the code is not breakable by one submission
   */
  public static Generator<Scenario> breaking(RejectionCode code) {
    if (!BREAKABLE.contains(code)) {
      throw new IllegalArgumentException("a single submission cannot break " + code);
    }
    return (random, size) -> scenario(random, size, code);
  }

  /**
   * Returns a generator of elections with ballots of every type, from voters in Drammen's districts,
   * without constraints; for reports and counting.
   *
   * @return the generator; the size bounds the projects and, three times over, the ballots
   */
  public static Generator<BudgetingElection> elections() {
    return (random, size) -> {
      BallotType type = BallotType.values()[random.nextInt(BallotType.values().length)];
      int k = 2 + random.nextInt(4);
      List<Project> projects = projects(random, size, k);
      BudgetingElection.Builder election = BudgetingElection.builder().budget(budget(projects)).ballotType(type)
          .addAllProjects(projects);
      int voters = random.nextInt(3 * size + 2);
      for (int v = 0; v < voters; v++) {
        List<Project> chosen = choose(random, size, projects, type);
        Voter.Builder voter = Voter.builder().id(String.valueOf(v + 1));
        if (random.nextInt(4) > 0) {
          voter.district(DISTRICTS.get(random.nextInt(k)));
        }
        Ballot.Builder ballot = Ballot.builder().voter(voter.build()).type(type);
        chosen.forEach(p -> ballot.addProjectId(p.id()));
        if (type.hasPoints()) {
          points(random, type, chosen.size()).forEach(ballot::addPoint);
        }
        election.addBallot(ballot.build());
      }
      return election.build();
    };
  }

  private static List<Project> projects(RandomGenerator random, int size, int k) {
    int m = k + 1 + random.nextInt(size + 3);
    List<Project> projects = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      Project.Builder p = Project.builder().id(String.valueOf(100 + j)).cost(Amount.of(1_000L * (1 + random.nextInt(500))))
          .name("Prosjekt " + (j + 1));
      if (j < k) {
        p.district(DISTRICTS.get(j));
      } else if (random.nextInt(5) > 0) {
        p.district(DISTRICTS.get(random.nextInt(k)));
      }
      projects.add(p.build());
    }
    return projects;
  }

  private static Amount budget(List<Project> projects) {
    long sum = 0;
    for (Project p : projects) {
      sum += p.cost().toLongExact();
    }
    return Amount.of(sum / 2 + 1);
  }

  private static List<Project> choose(RandomGenerator random, int size, List<Project> projects, BallotType type) {
    List<Project> pool = new ArrayList<>(projects);
    int max = type == BallotType.CHOOSE_ONE ? 1 : Math.min(pool.size(), 1 + size);
    int r = random.nextInt(max + 1);
    List<Project> chosen = new ArrayList<>();
    for (int i = 0; i < r; i++) {
      chosen.add(pool.remove(random.nextInt(pool.size())));
    }
    return chosen;
  }

  private static List<Long> points(RandomGenerator random, BallotType type, int n) {
    List<Long> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      points.add(type == BallotType.CUMULATIVE ? 1L + random.nextInt(10) : -3L + random.nextInt(7));
    }
    return points;
  }

  private static boolean chance(RandomGenerator random, int percent) {
    return random.nextInt(100) < percent;
  }

  private static Scenario scenario(RandomGenerator random, int size, RejectionCode code) {
    boolean needsPoints = code == RejectionCode.OVER_POINTS || code == RejectionCode.UNDER_POINTS;
    BallotType type = needsPoints ? (random.nextBoolean() ? BallotType.CUMULATIVE : BallotType.SCORING)
        : BallotType.values()[random.nextInt(BallotType.values().length)];
    int k = 2 + random.nextInt(4);
    List<Project> projects = projects(random, size, k);
    Amount budget = budget(projects);
    int ownIndex = random.nextInt(k);
    String own = DISTRICTS.get(ownIndex);

    ZonedDateTime opens = LocalDate.of(2026, 3, 2).plusDays(random.nextInt(200)).atTime(8, 0).atZone(OSLO_ZONE);
    ZonedDateTime closes = opens.plusDays(7 + random.nextInt(22)).withHour(20);
    VotingWindow window = VotingWindow.of(opens, closes);
    long seconds = closes.toEpochSecond() - opens.toEpochSecond();
    Instant castAt = opens.toInstant().plusSeconds(random.nextLong(seconds));

    // The choices.
    List<Project> chosen = choose(random, size, projects, type);
    boolean needsChoice = code == RejectionCode.DUPLICATE_PROJECT || code == RejectionCode.TOO_MANY_PROJECTS
        || code == RejectionCode.OVER_BUDGET || code == RejectionCode.OVER_POINTS
        || (code == RejectionCode.MALFORMED_BALLOT && type.hasPoints());
    if (needsChoice && chosen.isEmpty()) {
      chosen.add(projects.get(random.nextInt(projects.size())));
    }
    if (code == RejectionCode.TOO_MANY_DISTRICTS) {
      Project elsewhere = projects.get((ownIndex + 1) % k);
      if (type == BallotType.CHOOSE_ONE) {
        chosen.clear();
      }
      if (!chosen.contains(elsewhere)) {
        chosen.add(elsewhere);
      }
    }
    List<Long> points = type.hasPoints() ? points(random, type, chosen.size()) : List.of();
    Set<String> otherDistricts = new TreeSet<>();
    long total = 0;
    for (Project p : chosen) {
      p.district().filter(d -> !d.equals(own)).ifPresent(otherDistricts::add);
      total += p.cost().toLongExact();
    }

    // The eligibility rules, kept by the choices.
    Eligibility.Builder eligibility = Eligibility.builder();
    if (chance(random, 50) || code == RejectionCode.INELIGIBLE_VOTER) {
      eligibility.municipality(DRAMMEN);
    }
    boolean districtRule = chance(random, 50) || code == RejectionCode.INELIGIBLE_DISTRICT;
    if (districtRule) {
      eligibility.addAllDistricts(DISTRICTS.subList(0, k));
    }
    boolean ageRule = chance(random, 50) || code == RejectionCode.UNDER_MINIMUM_AGE
        || code == RejectionCode.ELIGIBILITY_UNKNOWN;
    if (ageRule) {
      eligibility.minimumAge(MINIMUM_AGE);
      if (random.nextBoolean()) {
        eligibility.ageReferenceDate(opens.toLocalDate());
      }
    }
    if (code == RejectionCode.TOO_MANY_DISTRICTS) {
      eligibility.otherDistricts(otherDistricts.size() - 1);
    } else if (code != RejectionCode.INELIGIBLE_DISTRICT && chance(random, 50)) {
      eligibility.otherDistricts(otherDistricts.size() + random.nextInt(2));
    }
    AssuranceLevel level = random.nextBoolean() ? AssuranceLevel.SUBSTANTIAL : AssuranceLevel.HIGH;
    if (code == RejectionCode.ASSURANCE_TOO_LOW) {
      level = AssuranceLevel.LOW;
      eligibility.minimumAssurance(random.nextBoolean() ? AssuranceLevel.SUBSTANTIAL : AssuranceLevel.HIGH);
    } else {
      eligibility.minimumAssurance(AssuranceLevel.values()[random.nextInt(level.ordinal() + 1)]);
    }
    Eligibility rules = eligibility.build();

    // The voter.
    IdentityScheme scheme = IdentityScheme.values()[random.nextInt(IdentityScheme.values().length)];
    VerifiedIdentity.Builder identity = VerifiedIdentity.builder()
        .personKey("person-" + Long.toHexString(random.nextLong()))
        .scheme(scheme).assuranceLevel(level)
        .municipality(code == RejectionCode.INELIGIBLE_VOTER ? OSLO : DRAMMEN)
        .district(code == RejectionCode.INELIGIBLE_DISTRICT ? DISTRICTS.get(k + random.nextInt(DISTRICTS.size() - k))
            : own);
    if (scheme == IdentityScheme.STAFF_ASSISTED) {
      identity.registeredBy("servicetorget-" + (1 + random.nextInt(9)));
    }
    LocalDate ageDay = rules.ageDayFor(window.dayOf(castAt));
    int years = code == RejectionCode.UNDER_MINIMUM_AGE ? MINIMUM_AGE - 1 : 18 + random.nextInt(70);
    if (code != RejectionCode.ELIGIBILITY_UNKNOWN && (ageRule || random.nextBoolean())) {
      if (random.nextInt(4) == 0) {
        identity.age(years);
      } else {
        identity.birthDate(ageDay.minusYears(years).minusDays(random.nextInt(300)));
      }
    }

    // The constraints, kept by the choices.
    BallotConstraints.Builder constraints = BallotConstraints.builder();
    int r = chosen.size();
    if (chance(random, 50)) {
      constraints.minProjects(random.nextInt(r + 1));
    }
    if (chance(random, 50)) {
      constraints.maxProjects(r + random.nextInt(3));
    }
    if (chance(random, 30)) {
      constraints.minTotalCost(Amount.of(random.nextLong(total + 1)));
    }
    if (chance(random, 30)) {
      constraints.maxTotalCost(Amount.of(total + random.nextInt(5_001)));
    }
    BigDecimal share = BigDecimal.valueOf(total).divide(budget.toBigDecimal(), 10, RoundingMode.DOWN);
    if (chance(random, 20)) {
      constraints.minBudgetShare(share.setScale(2, RoundingMode.DOWN).min(BigDecimal.ONE));
    }
    if (chance(random, 20) && share.compareTo(BigDecimal.ONE) <= 0) {
      BigDecimal exact = BigDecimal.valueOf(total).divide(budget.toBigDecimal(), 2, RoundingMode.UP);
      constraints.maxBudgetShare(exact.min(BigDecimal.ONE));
    }
    long sum = points.stream().mapToLong(Long::longValue).sum();
    if (type.hasPoints()) {
      if (r > 0 && chance(random, 30)) {
        constraints.minPoints(points.stream().mapToLong(Long::longValue).min().orElseThrow() - random.nextInt(3));
      }
      if (r > 0 && chance(random, 30)) {
        constraints.maxPoints(points.stream().mapToLong(Long::longValue).max().orElseThrow() + random.nextInt(3));
      }
      if (chance(random, 30)) {
        constraints.minTotalPoints(sum - random.nextInt(4));
      }
      if (chance(random, 30)) {
        constraints.maxTotalPoints(sum + random.nextInt(4));
      }
    }
    BallotConstraints permissive = constraints.build();
    BallotConstraints.Builder broken = BallotConstraints.builder().from(permissive);
    if (code == RejectionCode.TOO_FEW_PROJECTS) {
      broken.minProjects(r + 1);
      if (permissive.maxProjects().isPresent() && permissive.maxProjects().getAsInt() < r + 1) {
        broken.maxProjects(r + 1);
      }
    } else if (code == RejectionCode.TOO_MANY_PROJECTS) {
      broken.maxProjects(r - 1);
      if (permissive.minProjects().isPresent() && permissive.minProjects().getAsInt() > r - 1) {
        broken.minProjects(r - 1);
      }
    } else if (code == RejectionCode.OVER_BUDGET) {
      broken.maxTotalCost(Amount.of(total - 1)).maxBudgetShare(java.util.Optional.empty());
      if (permissive.minTotalCost().isPresent() && permissive.minTotalCost().get().compareTo(Amount.of(total - 1)) > 0) {
        broken.minTotalCost(java.util.Optional.empty());
      }
    } else if (code == RejectionCode.UNDER_MINIMUM_SPEND) {
      broken.minTotalCost(Amount.of(total + 1));
      if (permissive.maxTotalCost().isPresent() && permissive.maxTotalCost().get().compareTo(Amount.of(total + 1)) < 0) {
        broken.maxTotalCost(Amount.of(total + 1));
      }
    } else if (code == RejectionCode.OVER_POINTS) {
      broken.maxTotalPoints(sum - 1);
      if (permissive.minTotalPoints().isPresent() && permissive.minTotalPoints().getAsLong() > sum - 1) {
        broken.minTotalPoints(java.util.OptionalLong.empty());
      }
    } else if (code == RejectionCode.UNDER_POINTS) {
      broken.minTotalPoints(sum + 1);
      if (permissive.maxTotalPoints().isPresent() && permissive.maxTotalPoints().getAsLong() < sum + 1) {
        broken.maxTotalPoints(sum + 1);
      }
    }
    BudgetingElection election = BudgetingElection.builder().budget(budget).ballotType(type)
        .constraints(broken.build()).addAllProjects(projects).putMetadata("country", "Norway")
        .putMetadata("unit", "Drammen").putMetadata("currency", "NOK").build();

    // The submission.
    List<String> ids = new ArrayList<>();
    chosen.forEach(p -> ids.add(p.id()));
    List<Long> pts = new ArrayList<>(points);
    if (code == RejectionCode.UNKNOWN_PROJECT) {
      int at = random.nextInt(ids.size() + 1);
      ids.add(at, "ukjent-" + random.nextInt(1000));
      if (type.hasPoints()) {
        pts.add(at, 1L);
      }
    } else if (code == RejectionCode.DUPLICATE_PROJECT) {
      int of = random.nextInt(ids.size());
      ids.add(ids.get(of));
      if (type.hasPoints()) {
        pts.add(pts.get(of));
      }
    } else if (code == RejectionCode.MALFORMED_BALLOT) {
      if (type.hasPoints()) {
        pts.remove(pts.size() - 1);
      } else {
        pts.add(1L);
      }
    }
    if (code == RejectionCode.OUTSIDE_VOTING_WINDOW) {
      castAt = random.nextBoolean() ? window.closes().plusSeconds(random.nextInt(3 * 86_400))
          : window.opens().minusSeconds(1 + random.nextInt(3 * 86_400));
    }
    BallotSubmission submission = BallotSubmission.builder().addAllProjectIds(ids).addAllPoints(pts).build();
    return new Scenario(election, rules, window, identity.build(), submission, castAt);
  }
}
