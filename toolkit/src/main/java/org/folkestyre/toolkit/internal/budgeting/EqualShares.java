package org.folkestyre.toolkit.internal.budgeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.folkestyre.toolkit.budgeting.BudgetingStep;
import org.folkestyre.toolkit.budgeting.StepKind;
import org.folkestyre.toolkit.budgeting.TieBreaking;

/**
 * The Method of Equal Shares with cost or approval (cardinality) utilities, in exact arithmetic.
 *
 * <p>Every voter starts with the same budget. A project's ρ is the smallest price per unit of
 * utility at which its supporters can pay its cost, each paying ρ·u or all she has left; the
 * project with the smallest ρ is bought, and each supporter pays {@code min(budget, ρ·u)}. Since an
 * approval ballot gives a project the same utility u for every supporter, ρ·u is one payment q per
 * project, and supporters are ordered by what they have left.
 *
 * <p>Voters whose budgets are equal are kept in one budget class, so the rational arithmetic runs
 * over the classes, not over the voters; the candidates are scanned lazily in increasing order of
 * their last ρ, which can only grow as budgets shrink.
 */
final class EqualShares {
  /** The outcome of one run. */
  static final class Run {
    final boolean[] selected;
    final Rational totalCost;

    Run(boolean[] selected, Rational totalCost) {
      this.selected = selected;
      this.totalCost = totalCost;
    }
  }

  private final ApprovalProfile profile;
  private final boolean costUtility;
  private final TieBreaking tieBreaking;
  private final List<BudgetingStep> steps;

  private final int[] classOf;
  private final List<Rational> classBudget = new ArrayList<>();
  /** Each class's budget as {@link Rational#approximate()}, to filter comparisons. */
  private double[] classApprox = new double[16];
  private final Map<Rational, Integer> classByBudget = new HashMap<>();
  private long[] classWeight = new long[16];
  /** How many distinct ballots are in each class; a class with none is dead and not ranked. */
  private int[] classMembers = new int[16];
  private final int[] touched;
  private final double[] costApprox;
  private int[] classRank = new int[16];

  private EqualShares(ApprovalProfile profile, boolean costUtility, TieBreaking tieBreaking, List<BudgetingStep> steps) {
    this.profile = profile;
    this.costUtility = costUtility;
    this.tieBreaking = tieBreaking;
    this.steps = steps;
    this.classOf = new int[profile.ballots.length];
    this.touched = new int[profile.ballots.length];
    this.costApprox = new double[profile.projectCount];
    for (int p = 0; p < profile.projectCount; p++) {
      costApprox[p] = profile.cost[p].approximate();
    }
  }

  /**
   * Runs the method once with a per-voter budget.
   *
   * @param steps where to record the steps, or null
   */
  static Run run(ApprovalProfile profile, boolean costUtility, Rational perVoter, TieBreaking tieBreaking,
      List<BudgetingStep> steps) {
    return new EqualShares(profile, costUtility, tieBreaking, steps).run(perVoter);
  }

  private Run run(Rational perVoter) {
    int m = profile.projectCount;
    classMembers[classFor(perVoter)] = profile.ballots.length;
    boolean[] selected = new boolean[m];
    Rational total = Rational.ZERO;
    Rational[] last = new Rational[m];
    double[] lastApprox = new double[m];
    Rational[] payment = new Rational[m];
    boolean[] fresh = new boolean[m];
    List<Integer> candidates = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      if (profile.approvals[p] == 0) {
        note(StepKind.NOT_A_CANDIDATE, p, "nobody approves it");
      } else if (profile.zeroCost[p]) {
        selected[p] = true;
        note(StepKind.SELECTED, p, "costs nothing and " + profile.approvals[p] + " voters approve it");
      } else {
        // A lower bound of ρ: every supporter pays an equal share.
        last[p] = profile.cost[p].dividedBy(profile.approvals[p]).dividedBy(utility(p));
        lastApprox[p] = last[p].approximate();
        candidates.add(p);
      }
    }
    while (!candidates.isEmpty()) {
      rankClasses();
      candidates.sort((a, b) -> {
        int c = Rational.compare(last[a], lastApprox[a], last[b], lastApprox[b]);
        return c != 0 ? c : Integer.compare(a, b);
      });
      Rational best = null;
      double bestApprox = 0;
      List<Integer> tied = new ArrayList<>();
      List<Integer> dropped = new ArrayList<>();
      for (int p : candidates) {
        if (best != null && Rational.compare(last[p], lastApprox[p], best, bestApprox) > 0) {
          break;
        }
        Rational rho;
        if (fresh[p]) {
          // No supporter of p paid for anything since its ρ was computed: it is still exact.
          rho = last[p];
        } else {
          Rational q = payment(p);
          if (q == null) {
            dropped.add(p);
            continue;
          }
          rho = q.dividedBy(utility(p));
          last[p] = rho;
          lastApprox[p] = rho.approximate();
          payment[p] = q;
          fresh[p] = true;
        }
        int c = best == null ? -1 : Rational.compare(rho, lastApprox[p], best, bestApprox);
        if (c < 0) {
          best = rho;
          bestApprox = lastApprox[p];
          tied.clear();
          tied.add(p);
        } else if (c == 0) {
          tied.add(p);
        }
      }
      candidates.removeAll(dropped);
      if (tied.isEmpty()) {
        break;
      }
      tied.sort(null);
      int chosen = Ties.choose(profile, tieBreaking, tied, "ρ", steps);
      Rational q = payment[chosen];
      charge(chosen, q);
      for (int j : profile.supporters[chosen]) {
        for (int p : profile.ballots[j]) {
          fresh[p] = false;
        }
      }
      selected[chosen] = true;
      total = total.plus(profile.cost[chosen]);
      candidates.remove(Integer.valueOf(chosen));
      if (steps != null) {
        Rational effective = profile.cost[chosen].dividedBy(q);
        steps.add(BudgetingStep.builder().kind(StepKind.SELECTED).projectId(profile.id(chosen))
            .effectiveVotes(effective.toBigDecimal(6))
            .explanation("smallest ρ = " + best + ": " + profile.approvals[chosen] + " supporters pay at most "
                + Money.text(q) + " each for its cost " + profile.projects.get(chosen).cost()
                + ", an effective vote count of " + Money.text(effective))
            .build());
      }
    }
    return new Run(selected, total);
  }

  private Rational utility(int p) {
    return costUtility ? profile.cost[p] : Rational.ONE;
  }

  private int classFor(Rational budget) {
    Integer c = classByBudget.get(budget);
    if (c == null) {
      c = classBudget.size();
      classBudget.add(budget);
      classByBudget.put(budget, c);
      if (c == classWeight.length) {
        classWeight = Arrays.copyOf(classWeight, c * 2);
        classMembers = Arrays.copyOf(classMembers, c * 2);
        classApprox = Arrays.copyOf(classApprox, c * 2);
      }
      classApprox[c] = budget.approximate();
    }
    return c;
  }

  /** Ranks the budget classes by budget, so that supporters sort by an int comparison. */
  private void rankClasses() {
    int size = classBudget.size();
    List<Integer> live = new ArrayList<>();
    for (int c = 0; c < size; c++) {
      if (classMembers[c] > 0) {
        live.add(c);
      }
    }
    live.sort((a, b) -> Rational.compare(classBudget.get(a), classApprox[a], classBudget.get(b), classApprox[b]));
    if (classRank.length < size) {
      classRank = new int[Math.max(size, classRank.length * 2)];
    }
    for (int r = 0; r < live.size(); r++) {
      classRank[live.get(r)] = r;
    }
  }

  /** {@link #approximateCut} found that the supporters cannot afford the project. */
  private static final int UNAFFORDABLE = -1;
  /** {@link #approximateCut} could not decide with doubles. */
  private static final int UNSURE = -2;

  /**
   * Finds in floating point, with a rigorous error bound, the first class (in increasing order of
   * budget) that can pay the equal share of what the poorer classes leave of the cost.
   *
   * @return the index of that class, {@link #UNAFFORDABLE} if there is none, or {@link #UNSURE}
   *     when some comparison is too close to call and exact arithmetic must decide
   */
  private int approximateCut(int p, int count, int[] classes, long[] weights, long voters) {
    double remaining = costApprox[p];
    // An upper bound of the magnitudes summed so far; each double operation errs by at most 2^-50 of it.
    double magnitude = remaining;
    for (int i = 0; i < count; i++) {
      double budget = classApprox[classes[i]];
      double need = budget * voters;
      double gap = remaining - need;
      double error = (magnitude + need) * (i + 4) * 0x1p-48;
      if (gap < -error) {
        return i;
      }
      if (gap <= error || !Double.isFinite(error)) {
        return UNSURE;
      }
      double paid = budget * weights[i];
      remaining -= paid;
      magnitude += paid;
      voters -= weights[i];
    }
    return UNAFFORDABLE;
  }

  /** Returns the largest payment q of a supporter of p, or null if the supporters cannot afford p. */
  private Rational payment(int p) {
    int count = 0;
    for (int j : profile.supporters[p]) {
      int c = classOf[j];
      if (classWeight[c] == 0) {
        touched[count++] = c;
      }
      classWeight[c] += profile.weight[j];
    }
    long[] keyed = new long[count];
    long voters = 0;
    for (int i = 0; i < count; i++) {
      int c = touched[i];
      keyed[i] = ((long) classRank[c] << 32) | c;
      voters += classWeight[c];
    }
    Arrays.sort(keyed);
    long[] weights = new long[count];
    int[] classes = new int[count];
    for (int i = 0; i < count; i++) {
      classes[i] = (int) keyed[i];
      weights[i] = classWeight[classes[i]];
      classWeight[classes[i]] = 0;
    }
    Rational cost = profile.cost[p];
    int cut = approximateCut(p, count, classes, weights, voters);
    if (cut >= 0) {
      Rational remaining = cost;
      for (int i = 0; i < cut; i++) {
        remaining = remaining.minus(classBudget.get(classes[i]).times(weights[i]));
        voters -= weights[i];
      }
      return remaining.dividedBy(voters);
    }
    Rational remaining = cost;
    for (int i = 0; cut == UNSURE && i < count; i++) {
      Rational budget = classBudget.get(classes[i]);
      // q = remaining / voters is affordable to this class (and all richer ones) iff remaining <= budget * voters.
      if (remaining.compareTo(budget.times(voters)) <= 0) {
        return remaining.dividedBy(voters);
      }
      remaining = remaining.minus(budget.times(weights[i]));
      voters -= weights[i];
    }
    if (steps != null) {
      Rational available = Rational.ZERO;
      for (int i = 0; i < count; i++) {
        available = available.plus(classBudget.get(classes[i]).times(weights[i]));
      }
      steps.add(BudgetingStep.of(StepKind.DROPPED, profile.id(p), "its " + profile.approvals[p]
          + " supporters have " + Money.text(available) + " left together, less than its cost "
          + profile.projects.get(p).cost()));
    }
    return null;
  }

  private void charge(int p, Rational q) {
    Map<Integer, Integer> moved = new HashMap<>();
    for (int j : profile.supporters[p]) {
      int c = classOf[j];
      Integer to = moved.get(c);
      if (to == null) {
        Rational budget = classBudget.get(c);
        to = classFor(budget.compareTo(q) <= 0 ? Rational.ZERO : budget.minus(q));
        moved.put(c, to);
      }
      classMembers[c]--;
      classMembers[to]++;
      classOf[j] = to;
    }
  }

  private void note(StepKind kind, int p, String why) {
    if (steps != null) {
      steps.add(BudgetingStep.of(kind, profile.id(p), why));
    }
  }

}
