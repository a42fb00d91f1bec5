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
  /** Each class's budget, or null until it is needed exactly (see {@link #budget}). */
  private final List<Rational> classBudget = new ArrayList<>();
  /**
   * Per class, the set of payments (bits indexing {@link #payments}) that its voters made: a class
   * with a positive budget has exactly the per-voter budget less those payments. Kept so that the
   * money of many classes can be summed with one rational operation per payment instead of one per
   * class.
   */
  private final List<long[]> classPaidFor = new ArrayList<>();
  /** The payment q of each project bought so far, in the order bought. */
  private final List<Rational> payments = new ArrayList<>();
  private Rational perVoter;
  private int wordsPerSet;
  /** Each class's budget as {@link Rational#approximate()}, to filter comparisons. */
  private double[] classApprox = new double[16];
  /** An upper bound of the absolute error of each {@link #classApprox}. */
  private double[] classError = new double[16];
  /** Per class, the class it was charged from, and the payment charged, while its budget is not yet exact. */
  private int[] classParent = new int[16];
  private int[] classPayment = new int[16];
  /** The classes with a positive budget by the payments they made. */
  private final Map<PaidFor, Integer> classByPayments = new HashMap<>();
  /** The class of the voters who have spent everything, or -1. */
  private int zeroClass = -1;
  /** Approximations of the {@link #payments}, within 2<sup>-50</sup> relative. */
  private double[] paymentApprox = new double[16];
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
    EqualShares method = new EqualShares(profile, costUtility, tieBreaking, steps);
    return steps == null ? method.runQuietly(perVoter) : method.run(perVoter);
  }

  /** How much wider than the error of a double computation the bounds of a ρ are kept. */
  private static final double WIDEN = 0x1p-44;

  /**
   * The same run as {@link #run(Rational)} with the same outcome, for when no steps are recorded:
   * each evaluated ρ is first known as an interval from floating point with a rigorous error bound,
   * and computed exactly only when its interval meets the interval of the smallest one (a possible
   * tie) or its project is bought. A project's lower bound stays valid as budgets shrink, so the
   * lazy scan stops at the first project whose lower bound exceeds the best upper bound; a project
   * that cannot be afforded is dropped as soon as it is seen, which changes no outcome, since it
   * never becomes affordable again.
   */
  private Run runQuietly(Rational perVoter) {
    int m = profile.projectCount;
    startWith(perVoter);
    boolean[] selected = new boolean[m];
    Rational total = Rational.ZERO;
    // Bounds of each candidate's ρ: low is a lower bound of the current ρ at all times; high is an
    // upper bound, and exact the exact payment if known, while the candidate is fresh.
    double[] low = new double[m];
    double[] high = new double[m];
    Rational[] exact = new Rational[m];
    int[] cutOf = new int[m];
    boolean[] fresh = new boolean[m];
    List<Integer> candidates = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      if (profile.approvals[p] == 0) {
        continue;
      }
      if (profile.zeroCost[p]) {
        selected[p] = true;
      } else {
        double equalShare = profile.cost[p].dividedBy(profile.approvals[p]).dividedBy(utility(p)).approximate();
        low[p] = equalShare * (1 - WIDEN);
        candidates.add(p);
      }
    }
    List<Integer> evaluated = new ArrayList<>();
    List<Integer> tied = new ArrayList<>();
    while (!candidates.isEmpty()) {
      rankClasses();
      candidates.sort((a, b) -> {
        int c = Double.compare(low[a], low[b]);
        return c != 0 ? c : Integer.compare(a, b);
      });
      double bestHigh = Double.POSITIVE_INFINITY;
      evaluated.clear();
      for (java.util.Iterator<Integer> it = candidates.iterator(); it.hasNext(); ) {
        int p = it.next();
        if (low[p] > bestHigh) {
          break;
        }
        if (!fresh[p]) {
          if (!estimate(p, low, high, exact, cutOf)) {
            it.remove();
            continue;
          }
          fresh[p] = true;
        }
        evaluated.add(p);
        bestHigh = Math.min(bestHigh, high[p]);
      }
      if (evaluated.isEmpty()) {
        break;
      }
      tied.clear();
      Rational best = null;
      double bestApprox = 0;
      for (int p : evaluated) {
        if (low[p] > bestHigh) {
          continue;
        }
        tied.add(p);
      }
      if (tied.size() > 1) {
        // Intervals meet: decide exactly.
        List<Integer> contenders = new ArrayList<>(tied);
        tied.clear();
        for (int p : contenders) {
          if (exact[p] == null) {
            exact[p] = exactPaymentAt(p, cutOf[p]);
          }
          Rational rho = exact[p].dividedBy(utility(p));
          double rhoApprox = rho.approximate();
          int c = best == null ? -1 : Rational.compare(rho, rhoApprox, best, bestApprox);
          if (c < 0) {
            best = rho;
            bestApprox = rhoApprox;
            tied.clear();
            tied.add(p);
          } else if (c == 0) {
            tied.add(p);
          }
        }
        tied.sort(null);
      }
      int chosen = Ties.choose(profile, tieBreaking, tied, "ρ", null);
      if (exact[chosen] == null) {
        exact[chosen] = exactPaymentAt(chosen, cutOf[chosen]);
      }
      charge(chosen, exact[chosen]);
      for (int p : profile.neighbours[chosen]) {
        fresh[p] = false;
        exact[p] = null;
      }
      selected[chosen] = true;
      total = total.plus(profile.cost[chosen]);
      candidates.remove(Integer.valueOf(chosen));
    }
    return new Run(selected, total);
  }

  /**
   * The exact payment of a fresh p whose cut was found by {@link #approximateCut}: none of its
   * supporters has paid since, so its classes, their order and the cut are still the same.
   */
  private Rational exactPaymentAt(int p, int cut) {
    gather(p);
    return exactPayment(p, cut);
  }

  /**
   * Bounds the current ρ of p into low and high, with the exact payment when floating point cannot
   * decide where the supporters run out of money.
   *
   * @return false if p's supporters cannot afford it
   */
  private boolean estimate(int p, double[] low, double[] high, Rational[] exact, int[] cutOf) {
    gather(p);
    int cut = approximateCut(p, gatheredCount, gatheredClasses, gatheredWeights, gatheredVoters);
    if (cut == UNAFFORDABLE) {
      return false;
    }
    if (cut >= 0) {
      double per = (double) cutVoters * (costUtility ? costApprox[p] : 1.0);
      double lo = (cutRemaining - cutError) / per * (1 - WIDEN);
      double hi = (cutRemaining + cutError) / per * (1 + WIDEN);
      if (Double.isFinite(lo) && Double.isFinite(hi)) {
        low[p] = lo;
        high[p] = hi;
        exact[p] = null;
        cutOf[p] = cut;
        return true;
      }
    }
    Rational q = exactPayment(p, UNSURE);
    if (q == null) {
      return false;
    }
    double rho = q.dividedBy(utility(p)).approximate();
    low[p] = rho * (1 - WIDEN);
    high[p] = rho * (1 + WIDEN);
    exact[p] = q;
    return true;
  }

  private Run run(Rational perVoter) {
    int m = profile.projectCount;
    startWith(perVoter);
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
      for (int p : profile.neighbours[chosen]) {
        fresh[p] = false;
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

  /** Puts every voter into one class with the per-voter budget. */
  private void startWith(Rational perVoter) {
    this.perVoter = perVoter;
    this.wordsPerSet = (profile.projectCount + 63) / 64;
    int c = newClass(perVoter, new long[wordsPerSet], -1, -1);
    classApprox[c] = perVoter.approximate();
    classError[c] = Math.abs(classApprox[c]) * 0x1p-50;
    classMembers[c] = profile.ballots.length;
  }

  /** A set of payments as a hash key. */
  private record PaidFor(long[] bits) {
    @Override
    public boolean equals(Object o) {
      return o instanceof PaidFor other && Arrays.equals(bits, other.bits);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bits);
    }
  }

  private int newClass(Rational budget, long[] paidFor, int parent, int payment) {
    int c = classBudget.size();
    classBudget.add(budget);
    classPaidFor.add(paidFor);
    if (c == classWeight.length) {
      classWeight = Arrays.copyOf(classWeight, c * 2);
      classMembers = Arrays.copyOf(classMembers, c * 2);
      classApprox = Arrays.copyOf(classApprox, c * 2);
      classError = Arrays.copyOf(classError, c * 2);
      classParent = Arrays.copyOf(classParent, c * 2);
      classPayment = Arrays.copyOf(classPayment, c * 2);
    }
    classParent[c] = parent;
    classPayment[c] = payment;
    return c;
  }

  /** The exact budget of a class, computed from the class it was charged from when first needed. */
  private Rational budget(int c) {
    Rational budget = classBudget.get(c);
    if (budget == null) {
      budget = budget(classParent[c]).minus(payments.get(classPayment[c]));
      classBudget.set(c, budget);
    }
    return budget;
  }

  /** Compares the budgets of two classes: by their approximations when clearly apart, else exactly. */
  private int compareBudgets(int a, int b) {
    double gap = classApprox[a] - classApprox[b];
    double tolerance = 2 * (classError[a] + classError[b]) + (Math.abs(classApprox[a]) + Math.abs(classApprox[b])) * 0x1p-50;
    if (gap > tolerance) {
      return 1;
    }
    if (gap < -tolerance) {
      return -1;
    }
    return budget(a).compareTo(budget(b));
  }

  /** Returns the class that the voters of class c move to when they pay q (payment index t) or all they have. */
  private int chargedClass(int c, int t, Rational q) {
    double qApprox = paymentApprox[t];
    double left = classApprox[c] - qApprox;
    double error = classError[c] + Math.abs(qApprox) * 0x1p-50 + (Math.abs(classApprox[c]) + Math.abs(qApprox)) * 0x1p-52;
    boolean spent;
    if (left > 2 * error) {
      spent = false;
    } else if (left < -2 * error) {
      spent = true;
    } else {
      spent = budget(c).compareTo(q) <= 0;
    }
    if (spent) {
      if (zeroClass < 0) {
        zeroClass = newClass(Rational.ZERO, new long[wordsPerSet], -1, -1);
        classApprox[zeroClass] = 0;
        classError[zeroClass] = 0;
      }
      return zeroClass;
    }
    long[] paidFor = classPaidFor.get(c).clone();
    paidFor[t / 64] |= 1L << (t % 64);
    PaidFor key = new PaidFor(paidFor);
    Integer known = classByPayments.get(key);
    if (known != null) {
      return known;
    }
    int to = newClass(null, paidFor, c, t);
    classApprox[to] = left;
    classError[to] = error;
    classByPayments.put(key, to);
    return to;
  }

  /** Ranks the budget classes by budget, so that supporters sort by an int comparison. */
  private void rankClasses() {
    int size = classBudget.size();
    int[] live = new int[size];
    int count = 0;
    for (int c = 0; c < size; c++) {
      if (classMembers[c] > 0) {
        live[count++] = c;
      }
    }
    if (count < 1 << 24) {
      // Sort by the approximations' bits in order-preserving form, the low bits replaced by the position;
      // the insertion sort below then puts any near-equal budgets into their exact order.
      long[] keys = new long[count];
      for (int i = 0; i < count; i++) {
        long bits = Double.doubleToLongBits(classApprox[live[i]] + 0.0);
        long ordered = bits ^ ((bits >> 63) & Long.MAX_VALUE);
        keys[i] = (ordered & ~0xFFFFFFL) | i;
      }
      Arrays.sort(keys);
      int[] sorted = new int[count];
      for (int i = 0; i < count; i++) {
        sorted[i] = live[(int) (keys[i] & 0xFFFFFF)];
      }
      live = sorted;
    }
    for (int i = 1; i < count; i++) {
      int c = live[i];
      int j = i - 1;
      while (j >= 0 && compareBudgets(live[j], c) > 0) {
        live[j + 1] = live[j];
        j--;
      }
      live[j + 1] = c;
    }
    if (classRank.length < size) {
      classRank = new int[Math.max(size, classRank.length * 2)];
    }
    for (int r = 0; r < count; r++) {
      classRank[live[r]] = r;
    }
  }

  /** What {@link #approximateCut} leaves of the cost at the cut, with its error bound, and the voters from there on. */
  private double cutRemaining;
  private double cutError;
  private long cutVoters;
  /** The supporters' classes of the project last gathered, in increasing order of budget, with their voters. */
  private int[] gatheredClasses = new int[16];
  private long[] gatheredWeights = new long[16];
  private int gatheredCount;
  private long gatheredVoters;

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
    // The error carried over from the budgets' own approximations.
    double carried = 0;
    for (int i = 0; i < count; i++) {
      double budget = classApprox[classes[i]];
      double budgetError = classError[classes[i]];
      double need = budget * voters;
      double gap = remaining - need;
      double error = (magnitude + Math.abs(need)) * (i + 4) * 0x1p-48 + 2 * (carried + budgetError * voters);
      if (gap < -error) {
        cutRemaining = remaining;
        cutError = error;
        cutVoters = voters;
        return i;
      }
      if (gap <= error || !Double.isFinite(error)) {
        return UNSURE;
      }
      double paid = budget * weights[i];
      remaining -= paid;
      magnitude += Math.abs(paid);
      carried += budgetError * weights[i];
      voters -= weights[i];
    }
    return UNAFFORDABLE;
  }

  /** Collects the budget classes of p's supporters in increasing order of budget, with their voters. */
  private void gather(int p) {
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
    if (gatheredClasses.length < count) {
      gatheredClasses = new int[count];
      gatheredWeights = new long[count];
    }
    for (int i = 0; i < count; i++) {
      int c = (int) keyed[i];
      gatheredClasses[i] = c;
      gatheredWeights[i] = classWeight[c];
      classWeight[c] = 0;
    }
    gatheredCount = count;
    gatheredVoters = voters;
  }

  /** Returns the largest payment q of a supporter of p, or null if the supporters cannot afford p. */
  private Rational payment(int p) {
    gather(p);
    return exactPayment(p, approximateCut(p, gatheredCount, gatheredClasses, gatheredWeights, gatheredVoters));
  }

  /** Returns the exact payment of the gathered classes for p, given the result of {@link #approximateCut}. */
  private Rational exactPayment(int p, int cut) {
    int count = gatheredCount;
    int[] classes = gatheredClasses;
    long[] weights = gatheredWeights;
    long voters = gatheredVoters;
    Rational cost = profile.cost[p];
    if (cut >= 0) {
      // The poorer classes pay all they have: the per-voter budget less their payments, per voter.
      long[] times = new long[payments.size()];
      long paying = 0;
      for (int i = 0; i < cut; i++) {
        voters -= weights[i];
        int c = classes[i];
        if (c == zeroClass) {
          continue;
        }
        paying += weights[i];
        long[] paidFor = classPaidFor.get(c);
        for (int w = 0; w < paidFor.length; w++) {
          for (long bits = paidFor[w]; bits != 0; bits &= bits - 1) {
            times[w * 64 + Long.numberOfTrailingZeros(bits)] += weights[i];
          }
        }
      }
      Rational remaining = cost.minus(perVoter.times(paying));
      for (int t = 0; t < times.length; t++) {
        if (times[t] != 0) {
          remaining = remaining.plus(payments.get(t).times(times[t]));
        }
      }
      return remaining.dividedBy(voters);
    }
    Rational remaining = cost;
    for (int i = 0; cut == UNSURE && i < count; i++) {
      Rational budget = budget(classes[i]);
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
        available = available.plus(budget(classes[i]).times(weights[i]));
      }
      steps.add(BudgetingStep.of(StepKind.DROPPED, profile.id(p), "its " + profile.approvals[p]
          + " supporters have " + Money.text(available) + " left together, less than its cost "
          + profile.projects.get(p).cost()));
    }
    return null;
  }

  private void charge(int p, Rational q) {
    int paymentIndex = payments.size();
    payments.add(q);
    if (paymentIndex == paymentApprox.length) {
      paymentApprox = Arrays.copyOf(paymentApprox, paymentIndex * 2);
    }
    paymentApprox[paymentIndex] = q.approximate();
    // The class each charged class moves to, plus one; 0 while not yet known.
    int[] moved = new int[classBudget.size()];
    for (int j : profile.supporters[p]) {
      int c = classOf[j];
      int to = moved[c] - 1;
      if (to < 0) {
        to = chargedClass(c, paymentIndex, q);
        moved[c] = to + 1;
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
