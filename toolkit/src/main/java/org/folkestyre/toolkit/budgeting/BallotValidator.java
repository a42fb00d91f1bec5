package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.folkestyre.toolkit.identity.VerifiedIdentity;

/**
 * Checks ballots against an election's projects, {@link BallotConstraints} and {@link Eligibility},
 * and reports every problem with its {@link RejectionCode} — kontroll av stemmesedler (NO),
 * kontrol af stemmesedler (DK).
 *
 * <p>The same checks serve a {@link BallotBox} taking ballots from verified voters and a file of
 * ballots read back, such as a Pabulib file ({@link #validateAll()}). Nothing is corrected: a
 * repeated or unknown project is reported, not dropped. Each problem is reported once, under its own
 * code: the limits on the number of projects, their cost and their points apply to the distinct
 * projects of the election on the ballot, so that an unknown or repeated choice is reported only as
 * such. Points are checked only when they match the choices. This class is immutable and
 * thread-safe.
 */
public final class BallotValidator {
  private final BudgetingElection election;
  private final Eligibility eligibility;

  private BallotValidator(BudgetingElection election, Eligibility eligibility) {
    this.election = election;
    this.eligibility = eligibility;
  }

  /**
   * Obtains a validator of an election's ballot rules and eligibility.
   *
   * @param election the election: its projects, budget, ballot type and constraints
   * @param eligibility who may vote
   * @return the validator
   */
  public static BallotValidator of(BudgetingElection election, Eligibility eligibility) {
    return new BallotValidator(Objects.requireNonNull(election, "election"),
        Objects.requireNonNull(eligibility, "eligibility"));
  }

  /**
   * Obtains a validator of an election's ballot rules only, for data without eligibility rules such
   * as most Pabulib files.
   *
   * @param election the election
   * @return the validator, with {@link Eligibility#anyone()}
   */
  public static BallotValidator of(BudgetingElection election) {
    return of(election, Eligibility.anyone());
  }

  /**
   * Returns the election whose rules are checked.
   *
   * @return the election
   */
  public BudgetingElection election() {
    return election;
  }

  /**
   * Returns who may vote.
   *
   * @return the eligibility
   */
  public Eligibility eligibility() {
    return eligibility;
  }

  /**
   * Checks a submission from a verified person: eligibility, the districts of the chosen projects,
   * and the ballot's content. Whether the person has voted before and whether voting is open are the
   * {@link BallotBox}'s questions.
   *
   * @param identity the verified identity
   * @param submission the submission
   * @param castOn the day the ballot is cast, in the voting window's zone
   * @return every reason to reject it, in the order eligibility, districts, content; empty if valid
   */
  public ImmutableList<BallotRejection> check(VerifiedIdentity identity, BallotSubmission submission,
      LocalDate castOn) {
    ImmutableList.Builder<BallotRejection> out = ImmutableList.builder();
    ImmutableList<BallotRejection> voter = eligibility.check(identity, castOn);
    out.addAll(voter);
    checkDistricts(identity.district(), knownProjects(submission), voter, out);
    out.addAll(checkContent(submission));
    return out.build();
  }

  /**
   * Checks a ballot as recorded, such as one read from a file: what its voter record says of district
   * and age, the districts of its projects, and its content.
   *
   * @param ballot the ballot
   * @return every reason it is invalid; empty if valid
   */
  public ImmutableList<BallotRejection> check(Ballot ballot) {
    ImmutableList.Builder<BallotRejection> out = ImmutableList.builder();
    ImmutableList<BallotRejection> voter = eligibility.checkRecorded(ballot.voter());
    out.addAll(voter);
    BallotSubmission submission = BallotSubmission.from(ballot);
    checkDistricts(ballot.voter().district().map(String::strip), knownProjects(submission), voter, out);
    out.addAll(checkContent(submission));
    return out.build();
  }

  /**
   * Checks every ballot of the election, as {@code pb validate} does.
   *
   * @return one entry for each invalid ballot, in ballot order; empty if all are valid
   */
  public ImmutableList<InvalidBallot> validateAll() {
    ImmutableList.Builder<InvalidBallot> out = ImmutableList.builder();
    List<Ballot> ballots = election.ballots();
    for (int i = 0; i < ballots.size(); i++) {
      ImmutableList<BallotRejection> rejections = check(ballots.get(i));
      if (!rejections.isEmpty()) {
        out.add(InvalidBallot.of(i, ballots.get(i).voter().id(), rejections));
      }
    }
    return out.build();
  }

  /**
   * Checks every ballot of an election against its ballot constraints.
   *
   * @param election the election, such as one read from a Pabulib file
   * @return one entry for each invalid ballot, in ballot order
   */
  public static ImmutableList<InvalidBallot> validateAll(BudgetingElection election) {
    return of(election).validateAll();
  }

  /**
   * Checks the content of a submission: known and distinct projects, points matching the choices,
   * and the election's {@link BallotConstraints}.
   *
   * @param submission the submission
   * @return every reason to reject its content, in the order structure, choices, count, cost, points
   */
  public ImmutableList<BallotRejection> checkContent(BallotSubmission submission) {
    ImmutableList.Builder<BallotRejection> out = ImmutableList.builder();
    BallotType type = election.ballotType();
    List<String> ids = submission.projectIds();
    List<Long> points = submission.points();
    boolean pointsMatch = type.hasPoints() ? points.size() == ids.size() : points.isEmpty();
    if (!pointsMatch) {
      out.add(BallotRejection.of(RejectionCode.MALFORMED_BALLOT, ImmutableMap.of("points",
          String.valueOf(points.size()), "projects", String.valueOf(ids.size()), "type", type.id(),
          "expected", String.valueOf(type.hasPoints() ? ids.size() : 0))));
    }
    Map<String, Long> known = new LinkedHashMap<>();
    Map<String, Integer> positions = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      String position = String.valueOf(i + 1);
      if (!seen.add(id)) {
        out.add(BallotRejection.of(RejectionCode.DUPLICATE_PROJECT, ImmutableMap.of("position", position,
            "project", id)));
      } else if (election.project(id).isEmpty()) {
        out.add(BallotRejection.of(RejectionCode.UNKNOWN_PROJECT, ImmutableMap.of("position", position,
            "project", id)));
      } else {
        known.put(id, type.hasPoints() && pointsMatch ? points.get(i) : 0L);
        positions.put(id, i + 1);
      }
    }
    checkCount(known.size(), out);
    checkCost(known.keySet(), out);
    if (type.hasPoints() && pointsMatch) {
      checkPoints(known, positions, out);
    }
    return out.build();
  }

  private void checkCount(int count, ImmutableList.Builder<BallotRejection> out) {
    BallotConstraints c = election.constraints();
    OptionalInt max = c.maxProjects();
    if (election.ballotType() == BallotType.CHOOSE_ONE && (max.isEmpty() || max.getAsInt() > 1)) {
      max = OptionalInt.of(1);
    }
    if (c.minProjects().isPresent() && count < c.minProjects().getAsInt()) {
      out.add(BallotRejection.of(RejectionCode.TOO_FEW_PROJECTS, ImmutableMap.of(
          "minimum", String.valueOf(c.minProjects().getAsInt()), "count", String.valueOf(count))));
    }
    if (max.isPresent() && count > max.getAsInt()) {
      out.add(BallotRejection.of(RejectionCode.TOO_MANY_PROJECTS, ImmutableMap.of(
          "maximum", String.valueOf(max.getAsInt()), "count", String.valueOf(count))));
    }
  }

  private void checkCost(Set<String> projectIds, ImmutableList.Builder<BallotRejection> out) {
    BallotConstraints c = election.constraints();
    BigDecimal total = BigDecimal.ZERO;
    for (String id : projectIds) {
      total = total.add(election.projectsById().get(id).cost().toBigDecimal());
    }
    BigDecimal budget = election.budget().toBigDecimal();
    Optional<BigDecimal> upper = min(c.maxTotalCost().map(Amount::toBigDecimal),
        c.maxBudgetShare().map(budget::multiply));
    Optional<BigDecimal> lower = max(c.minTotalCost().map(Amount::toBigDecimal),
        c.minBudgetShare().map(budget::multiply));
    if (upper.isPresent() && total.compareTo(upper.get()) > 0) {
      out.add(BallotRejection.of(RejectionCode.OVER_BUDGET, ImmutableMap.of(
          "total", Amount.of(total).toString(), "limit", Amount.of(upper.get()).toString())));
    }
    if (lower.isPresent() && total.compareTo(lower.get()) < 0) {
      out.add(BallotRejection.of(RejectionCode.UNDER_MINIMUM_SPEND, ImmutableMap.of(
          "total", Amount.of(total).toString(), "limit", Amount.of(lower.get()).toString())));
    }
  }

  private void checkPoints(Map<String, Long> points, Map<String, Integer> positions,
      ImmutableList.Builder<BallotRejection> out) {
    BallotConstraints c = election.constraints();
    OptionalLong minEach = c.minPoints().isPresent() || election.ballotType() != BallotType.CUMULATIVE
        ? c.minPoints() : OptionalLong.of(0);
    BigInteger sum = BigInteger.ZERO;
    for (Map.Entry<String, Long> entry : points.entrySet()) {
      long p = entry.getValue();
      sum = sum.add(BigInteger.valueOf(p));
      String position = String.valueOf(positions.get(entry.getKey()));
      if (minEach.isPresent() && p < minEach.getAsLong()) {
        out.add(BallotRejection.of(RejectionCode.UNDER_POINTS, ImmutableMap.of("points", String.valueOf(p),
            "limit", String.valueOf(minEach.getAsLong()), "position", position, "project", entry.getKey())));
      }
      if (c.maxPoints().isPresent() && p > c.maxPoints().getAsLong()) {
        out.add(BallotRejection.of(RejectionCode.OVER_POINTS, ImmutableMap.of("points", String.valueOf(p),
            "limit", String.valueOf(c.maxPoints().getAsLong()), "position", position, "project", entry.getKey())));
      }
    }
    if (c.minTotalPoints().isPresent() && sum.compareTo(BigInteger.valueOf(c.minTotalPoints().getAsLong())) < 0) {
      out.add(BallotRejection.of(RejectionCode.UNDER_POINTS, ImmutableMap.of("points", sum.toString(),
          "limit", String.valueOf(c.minTotalPoints().getAsLong()), "scope", "total")));
    }
    if (c.maxTotalPoints().isPresent() && sum.compareTo(BigInteger.valueOf(c.maxTotalPoints().getAsLong())) > 0) {
      out.add(BallotRejection.of(RejectionCode.OVER_POINTS, ImmutableMap.of("points", sum.toString(),
          "limit", String.valueOf(c.maxTotalPoints().getAsLong()), "scope", "total")));
    }
  }

  private void checkDistricts(Optional<String> own, List<Project> projects, List<BallotRejection> voter,
      ImmutableList.Builder<BallotRejection> out) {
    OptionalInt allowed = eligibility.otherDistricts();
    if (allowed.isEmpty()) {
      return;
    }
    Set<String> others = new TreeSet<>();
    for (Project project : projects) {
      project.district().map(String::strip).ifPresent(others::add);
    }
    if (own.isEmpty()) {
      boolean reported = voter.stream().anyMatch(r -> r.code() == RejectionCode.ELIGIBILITY_UNKNOWN
          && "district".equals(r.details().get("missing")));
      if (!reported && !others.isEmpty()) {
        out.add(Eligibility.unknown("district"));
      }
      return;
    }
    others.remove(own.get().strip());
    if (others.size() > allowed.getAsInt()) {
      out.add(BallotRejection.of(RejectionCode.TOO_MANY_DISTRICTS, ImmutableMap.of(
          "otherDistricts", String.valueOf(allowed.getAsInt()), "count", String.valueOf(others.size()),
          "districts", String.join(", ", others))));
    }
  }

  private List<Project> knownProjects(BallotSubmission submission) {
    Set<String> seen = new HashSet<>();
    ImmutableList.Builder<Project> out = ImmutableList.builder();
    for (String id : submission.projectIds()) {
      if (seen.add(id)) {
        election.project(id).ifPresent(out::add);
      }
    }
    return out.build();
  }

  private static Optional<BigDecimal> min(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(a.get().min(b.get()));
    }
    return a.isPresent() ? a : b;
  }

  private static Optional<BigDecimal> max(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(a.get().max(b.get()));
    }
    return a.isPresent() ? a : b;
  }
}
