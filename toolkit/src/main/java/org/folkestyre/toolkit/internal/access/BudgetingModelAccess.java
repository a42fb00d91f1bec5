package org.folkestyre.toolkit.internal.access;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.folkestyre.toolkit.budgeting.Ballot;
import org.folkestyre.toolkit.budgeting.BallotType;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.Voter;

/**
 * Cheaper construction paths of the participatory-budgeting model, for the library's Pabulib
 * reader, which builds a hundred thousand ballots at a time. The package {@code
 * org.folkestyre.toolkit.budgeting} registers the implementation when it is initialised.
 */
public final class BudgetingModelAccess {
  private static volatile Factory factory;

  private BudgetingModelAccess() {}

  /** Builds voters, ballots and elections without the builders' copies. */
  public interface Factory {
    /**
     * Obtains a voter, validated as its builder validates it, keeping the given map.
     *
     * @param id the id
     * @param district the district
     * @param age the age
     * @param attributes the attributes, kept as they are
     * @return the voter
     * @throws org.folkestyre.core.InvalidValueException if the voter is not valid
     */
    Voter voter(String id, Optional<String> district, OptionalInt age, ImmutableMap<String, String> attributes);

    /**
     * Obtains a ballot, validated as its builder validates it, keeping the given lists.
     *
     * @param voter the voter
     * @param type the type
     * @param projectIds the project ids
     * @param points the points
     * @return the ballot
     * @throws org.folkestyre.core.InvalidValueException if the ballot is not valid
     */
    Ballot ballot(Voter voter, BallotType type, ImmutableList<String> projectIds, ImmutableList<Long> points);

    /**
     * Builds an election of the builder's fields and the given ballots, which the caller has checked
     * against it: each has the builder's ballot type, names only the builder's projects and has a
     * voter no other ballot has. Every other invariant is checked as {@link
     * BudgetingElection.Builder#build()} checks it. The list is kept as it is, not copied.
     *
     * @param election the builder, without ballots
     * @param ballots the ballots
     * @return the election
     * @throws org.folkestyre.core.InvalidValueException if the election is not valid
     * @throws IllegalArgumentException if the builder has ballots
     */
    BudgetingElection buildWithCheckedBallots(BudgetingElection.Builder election, ImmutableList<Ballot> ballots);
  }

  /**
   * Registers the implementation; the model package calls this once.
   *
   * @param implementation the implementation
   * @throws IllegalStateException if one is registered already
   */
  public static synchronized void register(Factory implementation) {
    Objects.requireNonNull(implementation, "implementation");
    if (factory != null) {
      throw new IllegalStateException("the budgeting model factory is registered already");
    }
    factory = implementation;
  }

  /**
   * Returns the implementation, initialising the model package if need be.
   *
   * @return the factory
   */
  public static Factory factory() {
    Factory f = factory;
    if (f == null) {
      try {
        Class.forName(BudgetingElection.class.getName(), true, BudgetingElection.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      f = Objects.requireNonNull(factory, "the budgeting model registers its factory when it is initialised");
    }
    return f;
  }
}
