package org.folkestyre.toolkit.budgeting.pabulib;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.OptionalInt;
import org.folkestyre.toolkit.budgeting.Ballot;
import org.folkestyre.toolkit.budgeting.BallotType;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.Voter;
import org.folkestyre.toolkit.internal.access.BudgetingModelAccess;

/** The model's construction paths the reader uses on its hot path. */
final class Models {
  private static final BudgetingModelAccess.Factory FACTORY = BudgetingModelAccess.factory();

  private Models() {}

  static Voter voter(String id, Optional<String> district, OptionalInt age, ImmutableMap<String, String> attributes) {
    return FACTORY.voter(id, district, age, attributes);
  }

  static Ballot ballot(Voter voter, BallotType type, ImmutableList<String> projectIds, ImmutableList<Long> points) {
    return FACTORY.ballot(voter, type, projectIds, points);
  }

  static BudgetingElection buildWithCheckedBallots(BudgetingElection.Builder election, ImmutableList<Ballot> ballots) {
    return FACTORY.buildWithCheckedBallots(election, ballots);
  }
}
