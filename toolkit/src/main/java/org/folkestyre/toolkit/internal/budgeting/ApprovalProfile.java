package org.folkestyre.toolkit.internal.budgeting;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.base.Throwables;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.toolkit.budgeting.Amount;
import org.folkestyre.toolkit.budgeting.Ballot;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.Project;

/**
 * An election's approval ballots with identical ballots merged, each distinct ballot carrying its
 * multiplicity, and projects indexed in the election's order.
 *
 * <p>Elections are immutable, so the profile of one is computed once and kept while the election is
 * in use: the last few are cached by the election's identity, and a cached profile goes when its
 * election is no longer reachable (the profile holds no reference to the election itself).
 */
final class ApprovalProfile {
  private static final LoadingCache<BudgetingElection, ApprovalProfile> CACHE = CacheBuilder.newBuilder()
      .weakKeys()
      .maximumSize(8)
      .build(CacheLoader.from(ApprovalProfile::new));

  /** The election's budget as it gave it. */
  final Amount electionBudget;
  final List<Project> projects;
  final int projectCount;
  final Rational budget;
  final Rational[] cost;
  final boolean[] zeroCost;
  /** Number of voters, empty ballots included. */
  final long voters;
  /** Distinct ballots as sorted project indices. */
  final int[][] ballots;
  /** How many voters cast each distinct ballot. */
  final long[] weight;
  /** Per project, the distinct ballots approving it. */
  final int[][] supporters;
  /** Per project, the number of voters approving it. */
  final long[] approvals;
  /** Per project, the projects approved on some ballot with it, itself included if approved at all. */
  final int[][] neighbours;
  /** Per project, its cost approximated within 2<sup>-50</sup> relative. */
  final double[] costApprox;
  /**
   * Per supported project, the smallest ρ it can ever have (every supporter pays an equal share),
   * approximated within 2<sup>-50</sup> relative: with cost utilities, then with approval utilities.
   */
  final double[] leastRhoCost;
  final double[] leastRhoApproval;
  private final Map<String, Integer> index;

  private ApprovalProfile(BudgetingElection election) {
    this.electionBudget = election.budget();
    projects = election.projects();
    projectCount = projects.size();
    budget = Rational.of(election.budget().toBigDecimal());
    cost = new Rational[projectCount];
    zeroCost = new boolean[projectCount];
    index = new HashMap<>();
    for (int p = 0; p < projectCount; p++) {
      Project project = projects.get(p);
      index.put(project.id(), p);
      cost[p] = Rational.of(project.cost().toBigDecimal());
      zeroCost[p] = cost[p].signum() == 0;
    }
    Map<Key, Integer> distinct = new HashMap<>();
    List<int[]> ballotList = new ArrayList<>();
    long[] weights = new long[16];
    for (Ballot ballot : election.ballots()) {
      int[] ids = new int[ballot.projectIds().size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = index.get(ballot.projectIds().get(i));
      }
      Arrays.sort(ids);
      Key key = new Key(ids);
      Integer at = distinct.get(key);
      if (at == null) {
        at = ballotList.size();
        distinct.put(key, at);
        ballotList.add(ids);
        if (at == weights.length) {
          weights = Arrays.copyOf(weights, at * 2);
        }
      }
      weights[at]++;
    }
    voters = election.ballots().size();
    ballots = ballotList.toArray(new int[0][]);
    weight = Arrays.copyOf(weights, ballots.length);
    int[] counts = new int[projectCount];
    approvals = new long[projectCount];
    for (int j = 0; j < ballots.length; j++) {
      for (int p : ballots[j]) {
        counts[p]++;
        approvals[p] += weight[j];
      }
    }
    supporters = new int[projectCount][];
    for (int p = 0; p < projectCount; p++) {
      supporters[p] = new int[counts[p]];
      counts[p] = 0;
    }
    for (int j = 0; j < ballots.length; j++) {
      for (int p : ballots[j]) {
        supporters[p][counts[p]++] = j;
      }
    }
    costApprox = new double[projectCount];
    leastRhoCost = new double[projectCount];
    leastRhoApproval = new double[projectCount];
    for (int p = 0; p < projectCount; p++) {
      costApprox[p] = cost[p].approximate();
      if (approvals[p] > 0) {
        leastRhoCost[p] = Rational.ONE.dividedBy(approvals[p]).approximate();
        leastRhoApproval[p] = cost[p].dividedBy(approvals[p]).approximate();
      }
    }
    neighbours = new int[projectCount][];
    boolean[] together = new boolean[projectCount];
    for (int p = 0; p < projectCount; p++) {
      Arrays.fill(together, false);
      int count = 0;
      for (int j : supporters[p]) {
        for (int o : ballots[j]) {
          if (!together[o]) {
            together[o] = true;
            count++;
          }
        }
      }
      neighbours[p] = new int[count];
      count = 0;
      for (int o = 0; o < projectCount; o++) {
        if (together[o]) {
          neighbours[p][count++] = o;
        }
      }
    }
  }

  /** Returns the profile of the election, from the cache when it was computed before. */
  static ApprovalProfile of(BudgetingElection election) {
    if (!election.ballotType().isApproval()) {
      throw new InvalidValueException("election.ballotType", election.ballotType().id(),
          "the budgeting rules need approval ballots (approval or choose-1)");
    }
    try {
      return CACHE.getUnchecked(election);
    } catch (UncheckedExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw e;
    }
  }

  String id(int p) {
    return projects.get(p).id();
  }

  long approvalsOf(Project project) {
    Integer p = index.get(project.id());
    return p == null ? 0 : approvals[p];
  }

  /** A sorted ballot as a hash key. */
  private record Key(int[] ids) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(ids, k.ids);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(ids);
    }
  }
}
