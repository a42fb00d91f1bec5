package org.folkestyre.toolkit.internal.budgeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
  /**
   * The payment q of each project bought so far, in the order bought, or null while it has not been
   * needed exactly: most runs decide every comparison in floating point and never need it.
   */
  private final List<Rational> payments = new ArrayList<>();
  /** How to compute each payment exactly when it is first needed. */
  private final List<Recipe> recipes = new ArrayList<>();
  /** An upper bound of the absolute error of each {@link #paymentApprox}. */
  private double[] paymentError = new double[16];
  private Rational perVoter;
  private int wordsPerSet;
  /** Each class's budget as {@link Rational#approximate()}, to filter comparisons. */
  private double[] classApprox = new double[16];
  /** An upper bound of the absolute error of each {@link #classApprox}. */
  private double[] classError = new double[16];
  /** Per class, the class it was charged from, and the payment charged, while its budget is not yet exact. */
  private int[] classParent = new int[16];
  private int[] classPayment = new int[16];
  /** The class of the voters who have spent everything, or -1. */
  private int zeroClass = -1;
  /** Approximations of the {@link #payments}, within {@link #paymentError}. */
  private double[] paymentApprox = new double[16];
  private long[] classWeight = new long[16];
  private final int[] touched;
  private final double[] costApprox;
  /** For each fresh candidate found affordable in floating point, its payment, the error bound of that, and its cut. */
  private final double[] candidatePayment;
  private final double[] candidatePaymentError;
  private final int[] cutOf;

  private EqualShares(ApprovalProfile profile, boolean costUtility, TieBreaking tieBreaking, List<BudgetingStep> steps) {
    this.profile = profile;
    this.costUtility = costUtility;
    this.tieBreaking = tieBreaking;
    this.steps = steps;
    this.classOf = new int[profile.ballots.length];
    this.touched = new int[profile.ballots.length];
    this.costApprox = profile.costApprox;
    this.candidatePayment = new double[profile.projectCount];
    this.candidatePaymentError = new double[profile.projectCount];
    this.cutOf = new int[profile.projectCount];
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

  /** How much wider than the error of a double computation the bounds of a ρ are kept. */
  private static final double WIDEN = 0x1p-44;

  /**
   * Runs the method. Each evaluated ρ is first known as an interval from floating point with a
   * rigorous error bound, and computed exactly only when its interval meets the interval of the
   * smallest one (a possible tie) or its project is bought. A project's lower bound stays valid as
   * budgets shrink, so the lazy scan stops at the first project whose lower bound exceeds the best
   * upper bound; a project that cannot be afforded is dropped as soon as it is seen, which changes
   * no outcome, since it never becomes affordable again. The steps, when recorded, give the exact
   * ρ and payment of every project bought.
   */
  private Run run(Rational perVoter) {
    int m = profile.projectCount;
    startWith(perVoter);
    boolean[] selected = new boolean[m];
    Rational total = Rational.ZERO;
    // Bounds of each candidate's ρ: low is a lower bound of the current ρ at all times; high is an
    // upper bound, and exact the exact payment if known, while the candidate is fresh.
    double[] low = new double[m];
    double[] high = new double[m];
    Rational[] exact = new Rational[m];
    boolean[] fresh = new boolean[m];
    double[] leastRho = costUtility ? profile.leastRhoCost : profile.leastRhoApproval;
    double perVoterApprox = perVoter.approximate();
    // The candidates, kept in increasing order of low (then of index) at the start of each round.
    int[] candidates = new int[m];
    int count = 0;
    for (int p = 0; p < m; p++) {
      if (profile.approvals[p] == 0) {
        note(StepKind.NOT_A_CANDIDATE, p, "nobody approves it");
      } else if (profile.zeroCost[p]) {
        selected[p] = true;
        note(StepKind.SELECTED, p, "costs nothing and " + profile.approvals[p] + " voters approve it");
      } else if (costApprox[p] > perVoterApprox * profile.approvals[p] * (1 + WIDEN)) {
        // Its supporters could not afford it even with their whole budgets, and never will.
        if (steps != null) {
          steps.add(BudgetingStep.of(StepKind.DROPPED, profile.id(p), "its " + profile.approvals[p]
              + " supporters have " + Money.text(perVoter.times(profile.approvals[p]))
              + " together, less than its cost " + profile.projects.get(p).cost()));
        }
      } else {
        low[p] = leastRho[p] * (1 - WIDEN);
        candidates[count++] = p;
      }
    }
    int[] evaluated = new int[m];
    List<Integer> tied = new ArrayList<>();
    while (count > 0) {
      sortByLow(candidates, count, low);
      double bestHigh = Double.POSITIVE_INFINITY;
      int evaluatedCount = 0;
      int kept = 0;
      int next = 0;
      for (; next < count; next++) {
        int p = candidates[next];
        if (low[p] > bestHigh) {
          break;
        }
        if (!fresh[p]) {
          if (!estimate(p, low, high, exact)) {
            continue;
          }
          fresh[p] = true;
        }
        candidates[kept++] = p;
        evaluated[evaluatedCount++] = p;
        bestHigh = Math.min(bestHigh, high[p]);
      }
      // The dropped candidates are gone; those after the scan move up.
      System.arraycopy(candidates, next, candidates, kept, count - next);
      count = kept + count - next;
      if (evaluatedCount == 0) {
        break;
      }
      tied.clear();
      Rational best = null;
      double bestApprox = 0;
      for (int e = 0; e < evaluatedCount; e++) {
        int p = evaluated[e];
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
            exact[p] = payment(recipeAt(p, cutOf[p]));
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
      int chosen = Ties.choose(profile, tieBreaking, tied, "ρ", steps);
      int t;
      if (exact[chosen] != null) {
        t = addPayment(exact[chosen], null, exact[chosen].approximate(), Math.abs(exact[chosen].approximate()) * 0x1p-50);
      } else {
        t = addPayment(null, recipeAt(chosen, cutOf[chosen]), candidatePayment[chosen], candidatePaymentError[chosen]);
      }
      charge(chosen, t);
      for (int p : profile.neighbours[chosen]) {
        fresh[p] = false;
        exact[p] = null;
      }
      selected[chosen] = true;
      total = total.plus(profile.cost[chosen]);
      for (int i = 0; i < count; i++) {
        if (candidates[i] == chosen) {
          System.arraycopy(candidates, i + 1, candidates, i, count - i - 1);
          count--;
          break;
        }
      }
      if (steps != null) {
        Rational q = payment(t);
        Rational effective = profile.cost[chosen].dividedBy(q);
        steps.add(BudgetingStep.builder().kind(StepKind.SELECTED).projectId(profile.id(chosen))
            .effectiveVotes(effective.toBigDecimal(6))
            .explanation("smallest ρ = " + q.dividedBy(utility(chosen)) + ": " + profile.approvals[chosen]
                + " supporters pay at most " + Money.text(q) + " each for its cost "
                + profile.projects.get(chosen).cost() + ", an effective vote count of " + Money.text(effective))
            .build());
      }
    }
    return new Run(selected, total);
  }

  /**
   * Sorts the candidates by low, then by index, with an insertion sort: between rounds only the
   * candidates evaluated again move, so the order is nearly right already.
   */
  private static void sortByLow(int[] candidates, int count, double[] low) {
    for (int i = 1; i < count; i++) {
      int p = candidates[i];
      int j = i - 1;
      while (j >= 0 && (low[candidates[j]] > low[p] || (low[candidates[j]] == low[p] && candidates[j] > p))) {
        candidates[j + 1] = candidates[j];
        j--;
      }
      candidates[j + 1] = p;
    }
  }

  /**
   * The recipe of a fresh p's payment: none of its supporters has paid since its cut was found, so
   * gathering and cutting again arrange its classes exactly as then.
   */
  private Recipe recipeAt(int p, int cut) {
    gather(p);
    int again = approximateCut(p);
    if (again != cut) {
      throw new IllegalStateException("The cut of project " + profile.id(p) + " moved from " + cut + " to " + again);
    }
    return recipe(p, cut);
  }

  /**
   * Bounds the current ρ of p into low and high, with the exact payment when floating point cannot
   * decide where the supporters run out of money.
   *
   * @return false if p's supporters cannot afford it
   */
  private boolean estimate(int p, double[] low, double[] high, Rational[] exact) {
    gather(p);
    int cut = approximateCut(p);
    if (cut == UNAFFORDABLE) {
      noteDropped(p);
      return false;
    }
    if (cut >= 0) {
      double per = (double) cutVoters * (costUtility ? costApprox[p] : 1.0);
      double lo = (cutRemaining - cutError) / per * (1 - WIDEN);
      double hi = (cutRemaining + cutError) / per * (1 + WIDEN);
      double q = cutRemaining / cutVoters;
      // |q - exact q| <= cutError / cutVoters, plus the rounding of the division, kept wide.
      double qError = cutError / cutVoters * (1 + WIDEN) + Math.abs(q) * 0x1p-50;
      if (Double.isFinite(lo) && Double.isFinite(hi) && Double.isFinite(qError)) {
        low[p] = lo;
        high[p] = hi;
        exact[p] = null;
        cutOf[p] = cut;
        candidatePayment[p] = q;
        candidatePaymentError[p] = qError;
        return true;
      }
    }
    sortGathered();
    Rational q = exactPaymentSlowly(p);
    if (q == null) {
      return false;
    }
    double rho = q.dividedBy(utility(p)).approximate();
    low[p] = rho * (1 - WIDEN);
    high[p] = rho * (1 + WIDEN);
    exact[p] = q;
    return true;
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
  }

  private int newClass(Rational budget, long[] paidFor, int parent, int payment) {
    int c = classBudget.size();
    classBudget.add(budget);
    classPaidFor.add(paidFor);
    if (c == classWeight.length) {
      classWeight = Arrays.copyOf(classWeight, c * 2);
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
      budget = budget(classParent[c]).minus(payment(classPayment[c]));
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

  /**
   * Returns the class that the voters of class c move to when they pay payment t or all they have.
   * A class with money left is new: no class has paid t before, and distinct classes made distinct
   * sets of payments.
   */
  private int chargedClass(int c, int t) {
    double qApprox = paymentApprox[t];
    double left = classApprox[c] - qApprox;
    double error = classError[c] + paymentError[t] + (Math.abs(classApprox[c]) + Math.abs(qApprox)) * 0x1p-52;
    boolean spent;
    if (left > 2 * error) {
      spent = false;
    } else if (left < -2 * error) {
      spent = true;
    } else {
      spent = budget(c).compareTo(payment(t)) <= 0;
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
    int to = newClass(null, paidFor, c, t);
    classApprox[to] = left;
    classError[to] = error;
    return to;
  }

  /** What {@link #approximateCut} leaves of the cost at the cut, with its error bound, and the voters from there on. */
  private double cutRemaining;
  private double cutError;
  private long cutVoters;
  /** The supporters' classes of the project last gathered, with their voters. */
  private int[] gatheredClasses = new int[16];
  private long[] gatheredWeights = new long[16];
  private int gatheredCount;
  private long gatheredVoters;

  /** {@link #approximateCut} found that the supporters cannot afford the project. */
  private static final int UNAFFORDABLE = -1;
  /** {@link #approximateCut} could not decide with doubles. */
  private static final int UNSURE = -2;

  /**
   * Finds in floating point, with rigorous error bounds, which of the gathered classes pay all they
   * have for p and moves them to the front: the classes whose budget is below q, the payment that
   * the others then share equally. Starting from the equal share of the cost, every class clearly
   * below the current q pays all, which can only raise q, until no class is; q never falls, so a
   * class once below it stays below. The order of the classes does not matter, so they need no
   * sorting.
   *
   * @return the number of classes that pay all they have, {@link #UNAFFORDABLE} if the supporters
   *     cannot afford p, or {@link #UNSURE} when a budget is too close to q to call and exact
   *     arithmetic must decide
   */
  private int approximateCut(int p) {
    int count = gatheredCount;
    int[] classes = gatheredClasses;
    long[] weights = gatheredWeights;
    long voters = gatheredVoters;
    // Each bound adds the error carried by the operands to the rounding of the operation, at most
    // ROUNDING of its result's magnitude; SAFETY covers the rounding of the bounds' own arithmetic.
    double remaining = costApprox[p];
    double remainingError = Math.abs(remaining) * 0x1p-50;
    int cut = 0;
    while (true) {
      if (voters == 0) {
        // Everyone pays all, and the cost is not covered: remaining stays above 0 as each class
        // moved had less than the share of what remained.
        return remaining > remainingError * SAFETY ? UNAFFORDABLE : UNSURE;
      }
      double q = remaining / voters;
      double qError = (remainingError / voters + Math.abs(q) * ROUNDING) * SAFETY;
      boolean moved = false;
      boolean unsure = false;
      for (int i = cut; i < count; i++) {
        int c = classes[i];
        double budget = classApprox[c];
        double gap = budget - q;
        double error = (classError[c] + qError + (Math.abs(budget) + Math.abs(q)) * ROUNDING) * SAFETY;
        if (gap < -error) {
          long weight = weights[i];
          classes[i] = classes[cut];
          weights[i] = weights[cut];
          classes[cut] = c;
          weights[cut] = weight;
          cut++;
          double paid = budget * weight;
          remaining -= paid;
          remainingError += classError[c] * weight + Math.abs(paid) * ROUNDING + Math.abs(remaining) * ROUNDING;
          voters -= weight;
          moved = true;
        } else if (gap <= error || !Double.isFinite(error)) {
          unsure = true;
        }
      }
      if (!moved) {
        if (unsure || !Double.isFinite(remainingError)) {
          return UNSURE;
        }
        cutRemaining = remaining;
        cutError = remainingError * SAFETY;
        cutVoters = voters;
        return cut;
      }
    }
  }

  /** Twice the unit roundoff of a double: a bound of the relative error of one rounded operation. */
  private static final double ROUNDING = 0x1p-52;
  /** A factor that keeps error bounds summed in floating point above the exact sum of the terms. */
  private static final double SAFETY = 1 + 0x1p-20;

  /** Collects the budget classes of p's supporters, in no particular order, with their voters. */
  private void gather(int p) {
    int count = 0;
    for (int j : profile.supporters[p]) {
      int c = classOf[j];
      if (classWeight[c] == 0) {
        touched[count++] = c;
      }
      classWeight[c] += profile.weight[j];
    }
    if (gatheredClasses.length < count) {
      gatheredClasses = new int[Math.max(count, gatheredClasses.length * 2)];
      gatheredWeights = new long[gatheredClasses.length];
    }
    long voters = 0;
    for (int i = 0; i < count; i++) {
      int c = touched[i];
      gatheredClasses[i] = c;
      gatheredWeights[i] = classWeight[c];
      voters += classWeight[c];
      classWeight[c] = 0;
    }
    gatheredCount = count;
    gatheredVoters = voters;
  }

  /**
   * Sorts the gathered classes in increasing order of budget, for {@link #exactPaymentSlowly}: by
   * the budgets' approximations, then into their exact order by an insertion sort that compares
   * exactly only budgets too close to call.
   */
  private void sortGathered() {
    int count = gatheredCount;
    if (keys.length < count) {
      keys = new long[Math.max(count, keys.length * 2)];
    }
    int[] classes = gatheredClasses.clone();
    long[] weights = gatheredWeights.clone();
    if (count >= 1 << 24) {
      throw new IllegalStateException("more than 2^24 budget classes");
    }
    for (int i = 0; i < count; i++) {
      // The approximation's bits in order-preserving form, the low 24 bits replaced by the position.
      long bits = Double.doubleToLongBits(classApprox[classes[i]] + 0.0);
      long ordered = bits ^ ((bits >> 63) & Long.MAX_VALUE);
      keys[i] = (ordered & ~0xFFFFFFL) | i;
    }
    Arrays.sort(keys, 0, count);
    for (int i = 0; i < count; i++) {
      int at = (int) (keys[i] & 0xFFFFFF);
      int c = classes[at];
      long w = weights[at];
      int j = i - 1;
      while (j >= 0 && compareBudgets(gatheredClasses[j], c) > 0) {
        gatheredClasses[j + 1] = gatheredClasses[j];
        gatheredWeights[j + 1] = gatheredWeights[j];
        j--;
      }
      gatheredClasses[j + 1] = c;
      gatheredWeights[j + 1] = w;
    }
  }

  private long[] keys = new long[16];

  /**
   * Returns the exact payment of the gathered classes for p when {@link #approximateCut} could not
   * decide where they run out of money, or null if they cannot afford p.
   */
  private Rational exactPaymentSlowly(int p) {
    long voters = gatheredVoters;
    Rational remaining = profile.cost[p];
    for (int i = 0; i < gatheredCount; i++) {
      Rational budget = budget(gatheredClasses[i]);
      // q = remaining / voters is affordable to this class (and all richer ones) iff remaining <= budget * voters.
      if (remaining.compareTo(budget.times(voters)) <= 0) {
        return remaining.dividedBy(voters);
      }
      remaining = remaining.minus(budget.times(gatheredWeights[i]));
      voters -= gatheredWeights[i];
    }
    noteDropped(p);
    return null;
  }

  /**
   * How p's payment is computed exactly: the supporters before the cut pay all they have, and the
   * voters from the cut on share the rest of the cost.
   *
   * @param paying the voters before the cut with money left
   * @param times per payment made so far, how many of those voters made it
   * @param sharing the voters from the cut on
   */
  private record Recipe(int project, long paying, long[] times, long sharing) {}

  /** The recipe of p's payment from the classes gathered for it, with the cut at class {@code cut}. */
  private Recipe recipe(int p, int cut) {
    long[] times = new long[payments.size()];
    long paying = 0;
    long sharing = gatheredVoters;
    for (int i = 0; i < cut; i++) {
      int c = gatheredClasses[i];
      long weight = gatheredWeights[i];
      sharing -= weight;
      if (c == zeroClass) {
        continue;
      }
      paying += weight;
      long[] paidFor = classPaidFor.get(c);
      for (int w = 0; w < paidFor.length; w++) {
        for (long bits = paidFor[w]; bits != 0; bits &= bits - 1) {
          times[w * 64 + Long.numberOfTrailingZeros(bits)] += weight;
        }
      }
    }
    return new Recipe(p, paying, times, sharing);
  }

  /**
   * The exact money of the recipe's paying voters: the per-voter budget each, less every payment
   * times the number of them who made it, so one rational operation per payment, not per class.
   */
  private Rational money(Recipe recipe) {
    Rational money = perVoter.times(recipe.paying());
    long[] times = recipe.times();
    for (int t = 0; t < times.length; t++) {
      if (times[t] != 0) {
        money = money.minus(payment(t).times(times[t]));
      }
    }
    return money;
  }

  private Rational payment(Recipe recipe) {
    return profile.cost[recipe.project()].minus(money(recipe)).dividedBy(recipe.sharing());
  }

  /** The exact payment t, computed from its recipe when first needed. */
  private Rational payment(int t) {
    Rational q = payments.get(t);
    if (q == null) {
      q = payment(recipes.get(t));
      payments.set(t, q);
    }
    return q;
  }

  /** Records a payment, exact or by its recipe, with its approximation and that one's error bound. */
  private int addPayment(Rational exact, Recipe recipe, double approx, double error) {
    int t = payments.size();
    payments.add(exact);
    recipes.add(recipe);
    if (t == paymentApprox.length) {
      paymentApprox = Arrays.copyOf(paymentApprox, t * 2);
      paymentError = Arrays.copyOf(paymentError, t * 2);
    }
    paymentApprox[t] = approx;
    paymentError[t] = error;
    return t;
  }

  /** Records, if steps are recorded, that the supporters gathered for p cannot afford it. */
  private void noteDropped(int p) {
    if (steps != null) {
      Rational available = money(recipe(p, gatheredCount));
      steps.add(BudgetingStep.of(StepKind.DROPPED, profile.id(p), "its " + profile.approvals[p]
          + " supporters have " + Money.text(available) + " left together, less than its cost "
          + profile.projects.get(p).cost()));
    }
  }

  /** Charges p's supporters payment t, or all they have. */
  private void charge(int p, int t) {
    // The class each charged class moves to, plus one; 0 while not yet known.
    int[] moved = new int[classBudget.size()];
    for (int j : profile.supporters[p]) {
      int c = classOf[j];
      int to = moved[c] - 1;
      if (to < 0) {
        to = chargedClass(c, t);
        moved[c] = to + 1;
      }
      classOf[j] = to;
    }
  }

  private void note(StepKind kind, int p, String why) {
    if (steps != null) {
      steps.add(BudgetingStep.of(kind, profile.id(p), why));
    }
  }

}
