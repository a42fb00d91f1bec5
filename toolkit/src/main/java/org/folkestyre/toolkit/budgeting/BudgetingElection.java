package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.toolkit.internal.access.BudgetingModelAccess;
import org.immutables.value.Value;

/**
 * A participatory-budgeting election — avstemning i et borgerbudsjett (NO), afstemning om et
 * borgerbudget (DK): a budget, the projects put to the vote and the ballots cast.
 *
 * <p>Projects keep the order of the source (a Pabulib file's {@code PROJECTS} section), which is
 * the order outcomes list them in. Ballots keep the order they were cast in; every ballot has the
 * election's {@link #ballotType()} and names only projects of the election, and no voter casts two.
 * Free-form descriptive data (country, unit, dates, language …) is kept in {@link #metadata()}.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class BudgetingElection {
  /**
   * Metadata keys the model holds in its own fields, so they may not appear in {@link #metadata()}:
   * the budget, the ballot type, the counts derived from the data and the ballot constraints, in
   * the spelling of Pabulib's {@code META} section.
   */
  public static final ImmutableSet<String> RESERVED_METADATA_KEYS = ImmutableSet.of(
      "budget", "vote_type", "num_projects", "num_votes", "min_length", "max_length", "min_sum_cost",
      "max_sum_cost", "min_budget_share", "max_budget_share", "min_points", "max_points", "min_sum_points",
      "max_sum_points");

  /**
   * Set while {@link #buildWithCheckedBallots} builds an election, whose ballots the caller has
   * checked against it already.
   */
  private static final ThreadLocal<Boolean> BALLOTS_CHECKED = new ThreadLocal<>();

  static {
    BudgetingModelAccess.register(new ModelFactory());
  }

  BudgetingElection() {}

  /**
   * Returns the money to be spent on the projects.
   *
   * @return the budget, in the same unit as the project costs
   */
  public abstract Amount budget();

  /**
   * Returns the type of every ballot.
   *
   * @return the ballot type
   */
  public abstract BallotType ballotType();

  /**
   * Returns the constraints a ballot had to keep.
   *
   * @return the constraints; {@link BallotConstraints#none()} unless set
   */
  @Value.Default
  public BallotConstraints constraints() {
    return BallotConstraints.none();
  }

  /**
   * Returns the projects put to the vote, in the order of the source.
   *
   * @return the projects, with distinct ids
   */
  public abstract ImmutableList<Project> projects();

  /**
   * Returns the ballots cast, in the order of the source.
   *
   * @return the ballots, one per voter
   */
  public abstract ImmutableList<Ballot> ballots();

  /**
   * Returns descriptive data about the election, such as {@code country}, {@code unit} or {@code
   * currency}, in the order of the source.
   *
   * @return the metadata: keys non-empty and not among {@link #RESERVED_METADATA_KEYS}, values non-empty
   */
  public abstract ImmutableMap<String, String> metadata();

  /**
   * Returns the projects by id, in project order.
   *
   * @return the projects by id
   */
  @Value.Lazy
  public ImmutableMap<String, Project> projectsById() {
    ImmutableMap.Builder<String, Project> map = ImmutableMap.builderWithExpectedSize(projects().size());
    projects().forEach(p -> map.put(p.id(), p));
    return map.build();
  }

  /**
   * Finds a project by id.
   *
   * @param id the project id
   * @return the project, or empty if the election has none with that id
   */
  public Optional<Project> project(String id) {
    return Optional.ofNullable(projectsById().get(id));
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Set<String> projectIds = new HashSet<>();
    for (Project project : projects()) {
      if (!projectIds.add(project.id())) {
        throw new InvalidValueException("election.projects", project.id(), "project ids must be unique");
      }
    }
    if (BALLOTS_CHECKED.get() == null) {
      checkBallots(projectIds);
    }
    for (Map.Entry<String, String> entry : metadata().entrySet()) {
      Ids.checkId("election.metadata key", entry.getKey());
      if (RESERVED_METADATA_KEYS.contains(entry.getKey())) {
        throw new InvalidValueException("election.metadata", entry.getKey(),
            "is held in the election's own fields, not in metadata");
      }
      Ids.checkText("election.metadata." + entry.getKey(), entry.getValue());
    }
  }

  private void checkBallots(Set<String> projectIds) {
    Set<String> voterIds = new HashSet<>();
    for (Ballot ballot : ballots()) {
      String voter = ballot.voter().id();
      if (!voterIds.add(voter)) {
        throw new InvalidValueException("election.ballots", voter, "a voter casts at most one ballot");
      }
      if (ballot.type() != ballotType()) {
        throw new InvalidValueException("ballot[" + voter + "].type", ballot.type().id(),
            "must be the election's ballot type " + ballotType().id());
      }
      for (String id : ballot.projectIds()) {
        if (!projectIds.contains(id)) {
          throw new InvalidValueException("ballot[" + voter + "].projectIds", id, "is not a project of the election");
        }
      }
    }
  }

  /**
   * Builds an election of the builder's fields and ballots the caller has checked: each has the
   * election's ballot type, names only its projects and has its own voter. Everything else is
   * checked as usual. The list is kept, not copied into the builder's own.
   */
  static BudgetingElection buildWithCheckedBallots(Builder builder, ImmutableList<Ballot> ballots) {
    BALLOTS_CHECKED.set(Boolean.TRUE);
    try {
      ImmutableBudgetingElection election = (ImmutableBudgetingElection) builder.build();
      if (!election.ballots().isEmpty()) {
        throw new IllegalArgumentException("the builder has ballots of its own");
      }
      return election.withBallots(ballots);
    } finally {
      BALLOTS_CHECKED.remove();
    }
  }

  /** The model's construction paths for the library's own readers. */
  private static final class ModelFactory implements BudgetingModelAccess.Factory {
    @Override
    public Voter voter(String id, Optional<String> district, OptionalInt age, ImmutableMap<String, String> attributes) {
      return Voter.create(id, district, age, attributes);
    }

    @Override
    public Ballot ballot(Voter voter, BallotType type, ImmutableList<String> projectIds, ImmutableList<Long> points) {
      return Ballot.create(voter, type, projectIds, points);
    }

    @Override
    public BudgetingElection buildWithCheckedBallots(Builder election, ImmutableList<Ballot> ballots) {
      return BudgetingElection.buildWithCheckedBallots(election, ballots);
    }
  }

  /** Builds a {@link BudgetingElection}. */
  public static final class Builder extends ImmutableBudgetingElection.Builder {
    Builder() {}
  }
}
